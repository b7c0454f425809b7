// "Ich gehe" / "Ich kann nicht": records the caller's answer; under a reminder it redraws the reminder in place.

import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import { findMeeting } from "../../scheduler/meetings.js";
import type { Ctx } from "../context.js";
import { gremium } from "../messages/index.js";
import { recordAnswer } from "./answer.js";
import { formatWhen, parseMeetingRef, reminderReply } from "./view.js";

/** Where the button was: a reminder of this one meeting, or an overview of many (the digest). */
export type AnsweredFrom = "reminder" | "overview";

export async function answerAttendance(
  value: string | undefined,
  status: "going" | "not_going",
  ctx: Ctx,
  from: AnsweredFrom,
): Promise<Reply> {
  const ref = parseMeetingRef(value);
  const committee = ref && (await ctx.store.findCommittee(ref.committeeId));
  if (!ref || !committee || committee.archivedAt) return errorReply(gremium.meetingGone);
  const meeting = await findMeeting(ctx.store, committee, ref.occurrenceAt, ctx.tenant.federalState);
  if (!meeting || meeting.status === "cancelled") return errorReply(gremium.meetingGone);
  await recordAnswer(ctx, meeting, status);
  if (from === "overview") {
    return message([
      text(gremium.attendanceNoted(committee.name, formatWhen(meeting.startsAt, committee.timezone))),
    ]);
  }
  const reply = await reminderReply(ctx.store, meeting);
  return reply.kind === "message" ? { ...reply, replaceOriginal: true } : reply;
}
