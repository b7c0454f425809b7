// "absagen", "verschieben", "archivieren", "bearbeiten": changing a meeting or a committee (who may: owner.ts).
import { TZDate } from "@date-fns/tz";
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Committee } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { germanDayAt } from "../messages/format.js";
import { gremium } from "../messages/index.js";
import { committeeForm } from "./form.js";
import { afterKey, deputyKey, reminderKey } from "./jobs/kinds.js";
import { requestPlan } from "./jobs/plan.js";
import { activeCommitteeByName, meetingOnDay } from "./lookup.js";
import { refuseChange } from "./owner.js";
import { atLocal, parseDay, parseTime, splitNameAndDates } from "./parse.js";
import { formatWhen } from "./view.js";

/** Drops the not-yet-sent jobs of one occurrence and re-plans, so reminders follow the new time. */
async function replan(ctx: Ctx, committee: Committee, occurrenceAt: Date): Promise<void> {
  for (const lead of committee.reminderLeadMinutes)
    await ctx.store.cancelJob(reminderKey(committee.id, occurrenceAt, lead));
  await ctx.store.cancelJob(afterKey(committee.id, occurrenceAt));
  await ctx.store.cancelJob(deputyKey(committee.id, occurrenceAt));
  await requestPlan(ctx.store, committee.id, ctx.clock.now());
}

export async function cancelMeeting(rest: string, ctx: Ctx): Promise<Reply> {
  const { name, tokens } = splitNameAndDates(rest, ctx.clock.now(), ctx.timezone);
  const first = tokens[0];
  if (!name || !first) return errorReply(gremium.dateMissing);
  const committee = await activeCommitteeByName(ctx, name);
  if (!committee) return errorReply(gremium.unknownCommittee(name));
  const refused = await refuseChange(ctx, committee, "cancel");
  if (refused) return refused;
  const day = parseDay(first, ctx.clock.now(), committee.timezone);
  const meeting = day && (await meetingOnDay(ctx, committee, day));
  if (!meeting) return errorReply(gremium.noMeetingOn(committee.name, first));
  const label = germanDayAt(meeting.startsAt, committee.timezone);
  if (meeting.status === "cancelled") return errorReply(gremium.alreadyCancelled(committee.name, label));
  await ctx.store.cancelMeeting(committee.id, meeting.occurrenceAt);
  await replan(ctx, committee, meeting.occurrenceAt);
  await ctx.store.audit("committee.meeting_cancel", ctx.caller.id, `committee:${committee.id}`, {
    occurrenceAt: meeting.occurrenceAt.toISOString(),
  });
  return message([text(gremium.cancelled(committee.name, label))], "public");
}

export async function moveMeeting(rest: string, ctx: Ctx): Promise<Reply> {
  const now = ctx.clock.now();
  const { name, tokens } = splitNameAndDates(rest, now, ctx.timezone);
  const [first, ...after] = tokens;
  if (!name || !first || after.length === 0) return errorReply(gremium.moveUsage);
  const committee = await activeCommitteeByName(ctx, name);
  if (!committee) return errorReply(gremium.unknownCommittee(name));
  const refused = await refuseChange(ctx, committee, "move");
  if (refused) return refused;
  const tz = committee.timezone;
  const day = parseDay(first, now, tz);
  const meeting = day && (await meetingOnDay(ctx, committee, day));
  if (!meeting || meeting.status === "cancelled")
    return errorReply(gremium.noMeetingOn(committee.name, first));
  // New date and/or time; what is left out stays as it was.
  const current = new TZDate(meeting.startsAt.getTime(), tz);
  let newDay = { year: current.getFullYear(), month: current.getMonth() + 1, day: current.getDate() };
  let newTime = { hours: current.getHours(), minutes: current.getMinutes() };
  for (const token of after) {
    const d = parseDay(token, now, tz);
    const t = parseTime(token);
    if (d) newDay = d;
    else if (t) newTime = t;
    else return errorReply(gremium.moveUsage);
  }
  const to = atLocal(newDay, newTime.hours, newTime.minutes, tz);
  if (to <= now) return errorReply(gremium.movedToPast);
  await ctx.store.moveMeeting(committee.id, meeting.occurrenceAt, to);
  await replan(ctx, committee, meeting.occurrenceAt);
  await ctx.store.audit("committee.meeting_move", ctx.caller.id, `committee:${committee.id}`, {
    occurrenceAt: meeting.occurrenceAt.toISOString(),
    movedTo: to.toISOString(),
  });
  return message(
    [text(gremium.moved(committee.name, formatWhen(meeting.startsAt, tz), formatWhen(to, tz)))],
    "public",
  );
}

export async function archiveCommittee(rest: string, ctx: Ctx): Promise<Reply> {
  if (!rest) return errorReply(gremium.nameMissing);
  const committee = await activeCommitteeByName(ctx, rest);
  if (!committee) return errorReply(gremium.unknownCommittee(rest));
  const refused = await refuseChange(ctx, committee, "archive");
  if (refused) return refused;
  await ctx.store.archiveCommittee(committee.id, ctx.clock.now());
  await ctx.store.audit("committee.archive", ctx.caller.id, `committee:${committee.id}`);
  return message([text(gremium.archived(committee.name))]);
}

export async function editCommittee(rest: string, ctx: Ctx): Promise<Reply> {
  if (!rest) return errorReply(gremium.nameMissing);
  const committee = await activeCommitteeByName(ctx, rest);
  if (!committee) return errorReply(gremium.unknownCommittee(rest));
  return { kind: "form", form: await committeeForm(ctx, committee) };
}
