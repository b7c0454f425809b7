// A committee's meetings in a window: rule occurrences with their cancellations, moves and holidays applied.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Committee, MeetingOverride, MeetingStatus, TenantStore } from "../store/index.js";
import { dayNotes, type HolidayCalendar, skipped } from "./holidays.js";
import { isOccurrence, occurrencesBetween } from "./recurrence.js";

export interface Meeting {
  committee: Committee;
  /** The rule's original start: the key of overrides, attendance and jobs. */
  occurrenceAt: Date;
  /** Where it really starts (the moved time for a moved meeting). */
  startsAt: Date;
  endsAt: Date;
  status: MeetingStatus;
  /** Name of the public holiday the meeting falls on, if any. */
  holiday?: string;
  /** Name of the school holidays the meeting lies in, if any. */
  schoolHoliday?: string;
}

type Overrides = Pick<TenantStore, "meetingOverrides" | "schoolHolidays">;

const DAY_MS = 86_400_000;
const isoDay = (at: Date) => format(new TZDate(at.getTime(), "UTC"), "yyyy-MM-dd");

/** The days a window's school holidays are read for: a day's slack each side for time zones. */
export const holidayDays = (from: Date, to: Date): { fromDay: string; toDay: string } => ({
  fromDay: isoDay(new Date(from.getTime() - DAY_MS)),
  toDay: isoDay(new Date(to.getTime() + DAY_MS)),
});

/** The tenant's holiday calendar for a window. */
export async function holidayCalendar(
  store: Pick<TenantStore, "schoolHolidays">,
  state: string,
  from: Date,
  to: Date,
): Promise<HolidayCalendar> {
  const { fromDay, toDay } = holidayDays(from, to);
  return { state, schoolHolidays: await store.schoolHolidays(fromDay, toDay) };
}

/** A rule occurrence the committee's rhythm leaves out (holiday skip), unless someone changed it by hand. */
const leftOut = (committee: Committee, at: Date, calendar: HolidayCalendar, override?: MeetingOverride) =>
  !override && skipped(dayNotes(at, calendar, committee.timezone), committee);

function toMeeting(
  committee: Committee,
  occurrenceAt: Date,
  override: MeetingOverride | undefined,
  calendar: HolidayCalendar,
) {
  const status: MeetingStatus = override?.status ?? "scheduled";
  const startsAt = status === "moved" && override?.movedTo ? override.movedTo : occurrenceAt;
  return {
    committee,
    occurrenceAt,
    startsAt,
    endsAt: new Date(startsAt.getTime() + committee.durationMinutes * 60_000),
    status,
    ...dayNotes(startsAt, calendar, committee.timezone),
  } satisfies Meeting;
}

/** Meetings whose effective start lies in [from, to), ascending by start. */
export async function meetingsBetween(
  store: Overrides,
  committees: Committee[],
  from: Date,
  to: Date,
  federalState: string,
): Promise<Meeting[]> {
  const overrides = await store.meetingOverrides(
    committees.map((c) => c.id),
    from,
    to,
  );
  return meetingsFrom(committees, overrides, await holidayCalendar(store, federalState, from, to), from, to);
}

/**
 * The same from what was read: the committees' overrides of the window (store.meetingOverrides) and its
 * holiday calendar (the school holidays of holidayDays).
 */
export function meetingsFrom(
  committees: Committee[],
  overrides: MeetingOverride[],
  calendar: HolidayCalendar,
  from: Date,
  to: Date,
): Meeting[] {
  const key = (committeeId: number, at: Date) => `${committeeId}@${at.getTime()}`;
  const byKey = new Map(overrides.map((o) => [key(o.committeeId, o.occurrenceAt), o]));
  const out: Meeting[] = [];
  const seen = new Set<string>();
  for (const committee of committees) {
    for (const at of occurrencesBetween(committee, from, to)) {
      seen.add(key(committee.id, at));
      const override = byKey.get(key(committee.id, at));
      if (leftOut(committee, at, calendar, override)) continue;
      out.push(toMeeting(committee, at, override, calendar));
    }
  }
  // Meetings moved into the window from an original start outside it.
  for (const o of overrides) {
    const committee = committees.find((c) => c.id === o.committeeId);
    if (!committee || seen.has(key(o.committeeId, o.occurrenceAt))) continue;
    if (!isOccurrence(committee, o.occurrenceAt)) continue;
    out.push(toMeeting(committee, o.occurrenceAt, o, calendar));
  }
  return out
    .filter((m) => m.startsAt >= from && m.startsAt < to)
    .sort(
      (a, b) =>
        a.startsAt.getTime() - b.startsAt.getTime() || a.committee.name.localeCompare(b.committee.name),
    );
}

/** One meeting by its original start, or undefined when the rule has no such occurrence. */
export async function findMeeting(
  store: Overrides,
  committee: Committee,
  occurrenceAt: Date,
  federalState: string,
): Promise<Meeting | undefined> {
  if (!isOccurrence(committee, occurrenceAt)) return undefined;
  const [override] = (
    await store.meetingOverrides([committee.id], occurrenceAt, new Date(occurrenceAt.getTime() + 1))
  ).filter((o) => o.occurrenceAt.getTime() === occurrenceAt.getTime());
  // The skip looks at the original day, the notes at the day it takes place.
  const other = override?.movedTo ?? occurrenceAt;
  const [first, last] = other < occurrenceAt ? [other, occurrenceAt] : [occurrenceAt, other];
  const calendar = await holidayCalendar(store, federalState, first, last);
  if (leftOut(committee, occurrenceAt, calendar, override)) return undefined;
  return toMeeting(committee, occurrenceAt, override, calendar);
}
