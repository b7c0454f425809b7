// "Ich gehe" / "Ich kann nicht" on a reminder: records the caller's answer and redraws the reminder in place.

import { errorReply, type Reply } from "../../conversation/reply.js";
import { findMeeting } from "../../scheduler/meetings.js";
import type { Attendance } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { gremium } from "../messages/index.js";
import { parseMeetingRef, reminderReply } from "./view.js";

export async function answerAttendance(
  value: string | undefined,
  status: Attendance,
  ctx: Ctx,
): Promise<Reply> {
  const ref = parseMeetingRef(value);
  const committee = ref && (await ctx.store.findCommittee(ref.committeeId));
  if (!ref || !committee || committee.archivedAt) return errorReply(gremium.meetingGone);
  const meeting = await findMeeting(ctx.store, committee, ref.occurrenceAt, ctx.tenant.federalState);
  if (!meeting || meeting.status === "cancelled") return errorReply(gremium.meetingGone);
  await ctx.store.setAttendance(committee.id, meeting.occurrenceAt, ctx.caller.id, status);
  const reply = await reminderReply(ctx.store, meeting);
  return reply.kind === "message" ? { ...reply, replaceOriginal: true } : reply;
}
