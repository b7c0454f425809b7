// "sozialraum digest abonnieren|abbestellen|liste|vorschau": the channel's weekly digest and a private preview now.
import { z } from "zod";
import { type Element, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import { type Ctx, isLead } from "../context.js";
import { common, digest as t } from "../messages/index.js";
import { own } from "../text.js";
import { buildDigest } from "./build.js";
import { chooseDistrict } from "./districts.js";
import { digestElements } from "./reply.js";
import { scheduleNextDigest } from "./schedule.js";

/** A preview of all districts at once only for small tenants. */
export const PREVIEW_ALL_MAX = 3;

/** What the words must amount to, checked at the boundary. */
const scheduleSchema = z.object({
  name: z.string().max(60, t.nameTooLong),
  weekday: z.number().int().min(1).max(7),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, t.badTime),
});

const WEEKDAY_WORDS: Record<string, number> = {
  mo: 1,
  montag: 1,
  montags: 1,
  di: 2,
  dienstag: 2,
  dienstags: 2,
  mi: 3,
  mittwoch: 3,
  mittwochs: 3,
  do: 4,
  donnerstag: 4,
  donnerstags: 4,
  fr: 5,
  freitag: 5,
  freitags: 5,
  sa: 6,
  samstag: 6,
  samstags: 6,
  so: 7,
  sonntag: 7,
  sonntags: 7,
};

/** Splits "[Sozialraum] [Wochentag] [HH:MM | H Uhr]" into its parts; the time is validated. */
export function parseSchedule(
  rest: string,
): { name: string; weekday: number; time: string } | { error: string } {
  const words = rest.split(/\s+/).filter(Boolean);
  let weekday = 1;
  let time = "08:00";
  const name: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] ?? "").toLowerCase().replace(/[.,]$/, "");
    const day = own(WEEKDAY_WORDS, w);
    const clock = w.match(/^(\d{1,2})(?::(\d{2}))?$/);
    if (day !== undefined) weekday = day;
    else if (clock && (clock[2] !== undefined || words[i + 1]?.toLowerCase() === "uhr")) {
      const h = Number(clock[1]);
      const m = Number(clock[2] ?? "0");
      if (h > 23 || m > 59) return { error: t.badTime };
      time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
    } else if (w === "uhr") continue;
    else name.push(words[i] ?? "");
  }
  const checked = scheduleSchema.safeParse({ name: name.join(" "), weekday, time });
  return checked.success ? checked.data : { error: checked.error.issues[0]?.message ?? t.usage };
}

export async function subscribe(ctx: Ctx, rest: string): Promise<Reply> {
  if (!isLead(ctx)) return errorReply(common.leadsOnly);
  if (!ctx.where.channelId || ctx.where.isDirect) return errorReply(t.needsChannel);
  const parsed = parseSchedule(rest);
  if ("error" in parsed) return errorReply(parsed.error);
  const choice = await chooseDistrict(ctx, parsed.name);
  if ("error" in choice) return errorReply(choice.error);
  const district = "district" in choice ? choice.district : null;
  const sub = await ctx.store.subscribeDigest({
    channelId: ctx.where.channelId,
    districtId: district?.id ?? null,
    weekday: parsed.weekday,
    time: parsed.time,
    timezone: ctx.tenant.timezone,
    createdBy: ctx.caller.id,
  });
  await scheduleNextDigest(ctx.store, sub, ctx.clock.now());
  await ctx.store.audit("digest.subscribe", ctx.caller.id, `subscription:${sub.id}`, {}, ctx.clock.now());
  return message(
    [text(t.subscribed(district?.name ?? t.allDistricts, t.weekdays[parsed.weekday - 1] ?? "", parsed.time))],
    "public",
  );
}

export async function unsubscribe(ctx: Ctx): Promise<Reply> {
  if (!isLead(ctx)) return errorReply(common.leadsOnly);
  if (!ctx.where.channelId || ctx.where.isDirect) return errorReply(t.needsChannel);
  // Pending jobs of removed subscriptions find no subscription and end as "dropped:unsubscribed".
  const n = await ctx.store.unsubscribeDigest(ctx.where.channelId);
  if (n > 0) await ctx.store.audit("digest.unsubscribe", ctx.caller.id, "", { removed: n }, ctx.clock.now());
  return message([text(t.unsubscribed(n))]);
}

export async function listSubscriptions(ctx: Ctx): Promise<Reply> {
  const subs = await ctx.store.listDigestSubscriptions();
  if (subs.length === 0) return message([text(t.noSubscriptions)]);
  const names = new Map((await ctx.store.listDistricts()).map((d) => [d.id, d.name] as const));
  return message([
    text(t.listTitle, "heading"),
    {
      type: "list",
      items: subs.map((s) => ({
        title: t.listLine(
          s.channelId,
          s.districtId === null ? t.allDistricts : (names.get(s.districtId) ?? "?"),
          t.weekdays[s.weekday - 1] ?? "",
          s.time,
        ),
      })),
    },
  ]);
}

/** This week's digest, privately, now. */
export async function preview(ctx: Ctx, rest: string): Promise<Reply> {
  const choice = await chooseDistrict(ctx, rest);
  if ("error" in choice) return errorReply(choice.error);
  // Without a name in a channel of no district: one digest when it is clear, else ask (a phone screen is small).
  if ("all" in choice && choice.all.length > PREVIEW_ALL_MAX) {
    return errorReply(t.whichDistrict(choice.all.map((d) => d.name).join(", ")));
  }
  const districts = "district" in choice ? [choice.district] : choice.all;
  const elements: Element[] = [];
  for (const district of districts) {
    if (elements.length) elements.push({ type: "divider" });
    elements.push(
      ...digestElements(await buildDigest(ctx.store, ctx.tenant, district, ctx.clock.now(), { soFar: true })),
    );
  }
  return message(elements, "private");
}
