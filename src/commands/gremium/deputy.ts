// „Ich übernehme“: the first colleague to tap takes the meeting over; later taps learn who already did.
import { errorReply, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { gremium, teilnahme } from "../messages/index.js";
import { meetingOfValue } from "./present.js";
import { formatWhen } from "./view.js";

export async function takeOver(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const m = await meetingOfValue(value, ctx);
  if (!m || m.startsAt <= ctx.clock.now()) return errorReply(gremium.meetingGone);
  const { won, holderId } = await ctx.store.takeOverMeeting(m.committee.id, m.occurrenceAt, ctx.caller.id);
  const holder = won ? ctx.caller : await ctx.store.findMember(holderId);
  const name = holder?.displayName || "?";
  if (!won) return errorReply(teilnahme.deputyAlready(name));
  await ctx.store.audit("committee.deputy", ctx.caller.id, `committee:${m.committee.id}`, {
    occurrenceAt: m.occurrenceAt.toISOString(),
  });
  const taken = teilnahme.deputyTaken(name, m.committee.name, formatWhen(m.startsAt, m.committee.timezone));
  return { kind: "message", elements: [text(taken)], visibility: "public", replaceOriginal: true };
}
