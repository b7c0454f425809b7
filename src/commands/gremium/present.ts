// „Ich war da“ / „Anna war da“: confirms attendance after a meeting; only confirmed attendance counts in reports.
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import { findMeeting, type Meeting } from "../../scheduler/meetings.js";
import type { Ctx } from "../context.js";
import { germanDayAt } from "../messages/format.js";
import { gremium, teilnahme } from "../messages/index.js";
import { parseMeetingRef } from "./view.js";

/** The meeting a button names, if it still exists and took place. */
export async function meetingOfValue(value: string | undefined, ctx: Ctx): Promise<Meeting | undefined> {
  const ref = parseMeetingRef(value);
  const committee = ref && (await ctx.store.findCommittee(ref.committeeId));
  if (!ref || !committee) return undefined;
  const m = await findMeeting(ctx.store, committee, ref.occurrenceAt, ctx.tenant.federalState);
  return m && m.status !== "cancelled" ? m : undefined;
}

/** Marks a member as having been there; refuses before the meeting has ended (a promise is not attendance). */
export async function markAttended(ctx: Ctx, m: Meeting, memberId: number): Promise<Reply | undefined> {
  if (m.endsAt > ctx.clock.now()) return errorReply(teilnahme.notYetOver);
  await ctx.store.setAttendance(m.committee.id, m.occurrenceAt, memberId, "attended");
  return undefined;
}

export async function confirmAttended(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const m = await meetingOfValue(value, ctx);
  if (!m) return errorReply(gremium.meetingGone);
  const other = Number((value ?? "").split("|")[2]);
  const member = Number.isInteger(other) && other > 0 ? await ctx.store.findMember(other) : ctx.caller;
  if (!member) return errorReply(gremium.meetingGone);
  const refused = await markAttended(ctx, m, member.id);
  if (refused) return refused;
  await ctx.store.audit("committee.attended", ctx.caller.id, `committee:${m.committee.id}`, {
    occurrenceAt: m.occurrenceAt.toISOString(),
    memberId: member.id,
  });
  const day = germanDayAt(m.startsAt, m.committee.timezone);
  return message([
    text(
      member.id === ctx.caller.id
        ? teilnahme.confirmedYou(m.committee.name, day)
        : teilnahme.confirmedOther(member.displayName || "?", m.committee.name, day),
    ),
  ]);
}
