// Retention rule: the first day whose activities are still kept, in the tenant's time zone.
import { TZDate } from "@date-fns/tz";
import { format, subDays, subMonths } from "date-fns";
import type { Ctx } from "../context.js";
import { startOfDayIn } from "../digest/week.js";

/**
 * How long the delivery ledger remembers a post. A job retries for minutes and is postponed for days at
 * most, so after a month nobody asks the ledger about a key again; keeping it longer only grows the table.
 */
export const LEDGER_DAYS = 30;

export function retentionCutoff(now: Date, months: number, timezone: string): string {
  return format(subMonths(new TZDate(now, timezone), months), "yyyy-MM-dd");
}

/**
 * Deletes what is past retention and audits each count; returns how many activities went. Needs nobody has
 * touched since the cutoff and the minutes of meetings before it go too: anonymised or not, free text is
 * kept no longer than the work it came from.
 */
export async function purgeExpired(
  ctx: Pick<Ctx, "store" | "clock" | "timezone">,
  months: number,
  actorId: number | null,
) {
  const cutoff = retentionCutoff(ctx.clock.now(), months, ctx.timezone);
  const before = startOfDayIn(cutoff, ctx.timezone);
  // Audit action per kind, so the trail says what went („Alte Bedarfe gelöscht“).
  const purged: [action: string, subject: string, count: number][] = [
    ["retention.purge", "activities", await ctx.store.purgeActivitiesBefore(cutoff)],
    ["retention.purge_needs", "needs", await ctx.store.purgeNeedsBefore(before)],
    ["retention.purge_minutes", "minutes", await ctx.store.purgeMinutesBefore(before)],
  ];
  // Operational rows, no free text: pruned on their own (shorter) clock and not audited.
  await ctx.store.pruneDeliveriesBefore(subDays(ctx.clock.now(), LEDGER_DAYS));
  for (const [action, subject, count] of purged) {
    if (count > 0)
      await ctx.store.audit(action, actorId, subject, { purged: count, before: cutoff }, ctx.clock.now());
  }
  return purged[0]?.[2] ?? 0;
}
