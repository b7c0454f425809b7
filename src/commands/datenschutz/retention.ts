// Retention rule: the first day whose activities are still kept, in the tenant's time zone.
import { TZDate } from "@date-fns/tz";
import { format, subMonths } from "date-fns";
import type { Ctx } from "../context.js";

export function retentionCutoff(now: Date, months: number, timezone: string): string {
  return format(subMonths(new TZDate(now, timezone), months), "yyyy-MM-dd");
}

/**
 * Deletes what is past retention and audits the count; returns how many activities went. Needs nobody has
 * touched since the cutoff go too: anonymised by design, but kept no longer than the work they came from.
 */
export async function purgeExpired(
  ctx: Pick<Ctx, "store" | "clock" | "timezone">,
  months: number,
  actorId: number | null,
) {
  const cutoff = retentionCutoff(ctx.clock.now(), months, ctx.timezone);
  const purged = await ctx.store.purgeActivitiesBefore(cutoff);
  const [y, m, d] = cutoff.split("-").map(Number);
  const needs = await ctx.store.purgeNeedsBefore(
    new Date(new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, ctx.timezone).getTime()),
  );
  if (needs > 0)
    await ctx.store.audit(
      "retention.purge",
      actorId,
      "needs",
      { purged: needs, before: cutoff },
      ctx.clock.now(),
    );
  if (purged > 0)
    await ctx.store.audit(
      "retention.purge",
      actorId,
      "activities",
      { purged, before: cutoff },
      ctx.clock.now(),
    );
  return purged;
}
