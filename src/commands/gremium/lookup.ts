// Finding committees and meetings for a handler: by name, the next meeting, the meeting on a given day.
import { findMeeting, type Meeting, meetingsBetween } from "../../scheduler/meetings.js";
import { occurrencesBetween } from "../../scheduler/recurrence.js";
import type { Committee } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { type Day, dayBounds } from "./parse.js";

const DAY_MS = 86_400_000;

export async function activeCommitteeByName(ctx: Ctx, name: string): Promise<Committee | undefined> {
  const committee = await ctx.store.findCommitteeByName(name.trim());
  return committee && !committee.archivedAt ? committee : undefined;
}

export async function upcoming(ctx: Ctx, committees: Committee[], days: number): Promise<Meeting[]> {
  const now = ctx.clock.now();
  return meetingsBetween(
    ctx.store,
    committees,
    now,
    new Date(now.getTime() + days * DAY_MS),
    ctx.tenant.federalState,
  );
}

/** The next meeting that takes place (not cancelled) within about a year. */
export async function nextMeeting(ctx: Ctx, committee: Committee): Promise<Meeting | undefined> {
  return (await upcoming(ctx, [committee], 400)).find((m) => m.status !== "cancelled");
}

/** The latest meeting that has begun (not cancelled) within the last 90 days. */
export async function lastMeeting(ctx: Ctx, committee: Committee): Promise<Meeting | undefined> {
  const now = ctx.clock.now();
  const past = await meetingsBetween(
    ctx.store,
    [committee],
    new Date(now.getTime() - 90 * DAY_MS),
    new Date(now.getTime() + 1),
    ctx.tenant.federalState,
  );
  return past.filter((m) => m.status !== "cancelled").at(-1);
}

/** The meeting on a local day: one that takes place that day, else one originally planned for it. */
export async function meetingOnDay(ctx: Ctx, committee: Committee, day: Day): Promise<Meeting | undefined> {
  const { from, to } = dayBounds(day, committee.timezone);
  const [there] = await meetingsBetween(ctx.store, [committee], from, to, ctx.tenant.federalState);
  if (there) return there;
  const [original] = occurrencesBetween(committee, from, to);
  return original ? findMeeting(ctx.store, committee, original, ctx.tenant.federalState) : undefined;
}
