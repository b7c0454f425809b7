// Committee meetings of a district in the next 14 days with who is going, via the scheduler's meeting expansion.
import { holidayDays, meetingsFrom } from "../../scheduler/meetings.js";
import type { DigestReads, MeetingStatus, Tenant } from "../../store/index.js";
import { rostersFrom } from "../gremium/roster.js";

export const MEETINGS_AHEAD_DAYS = 14;

export interface UpcomingMeeting {
  committeeId: number;
  committee: string;
  occurrenceAt: Date;
  startsAt: Date;
  status: MeetingStatus;
  going: string[];
  /** Usual attendees who have not answered: expected by default. */
  expected: string[];
}

/** The window the digest reads meetings for: now up to 14 days ahead, with the school holidays around it. */
export function meetingsWindow(now: Date) {
  const to = new Date(now.getTime() + MEETINGS_AHEAD_DAYS * 86_400_000);
  const { fromDay, toDay } = holidayDays(now, to);
  return { meetingsFrom: now, meetingsTo: to, holidaysFrom: fromDay, holidaysTo: toDay };
}

/** From what the digest read for the window of meetingsWindow(now). */
export function upcomingFrom(
  reads: Pick<
    DigestReads,
    "committees" | "overrides" | "schoolHolidays" | "attendance" | "usualAttendees" | "memberNames"
  >,
  tenant: Pick<Tenant, "federalState">,
  now: Date,
): UpcomingMeeting[] {
  if (reads.committees.length === 0) return [];
  const { meetingsTo } = meetingsWindow(now);
  const calendar = { state: tenant.federalState, schoolHolidays: reads.schoolHolidays };
  const found = meetingsFrom(reads.committees, reads.overrides, calendar, now, meetingsTo).filter(
    (m) => m.status !== "cancelled",
  );
  const rosters = rostersFrom(found, reads.attendance, reads.usualAttendees);
  const names = (ids: number[]) => ids.map((id) => reads.memberNames.get(id) || "?").sort();
  return found.map((m, i) => ({
    committeeId: m.committee.id,
    committee: m.committee.name,
    occurrenceAt: m.occurrenceAt,
    startsAt: m.startsAt,
    status: m.status,
    going: names(rosters[i]?.going ?? []),
    expected: names(rosters[i]?.expected ?? []),
  }));
}
