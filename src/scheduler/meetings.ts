// A committee's meetings in a window: rule occurrences with their cancellations, moves and holidays applied.
import type { Committee, MeetingOverride, MeetingStatus, TenantStore } from "../store/index.js";
import { publicHoliday } from "./holidays.js";
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
}

type Overrides = Pick<TenantStore, "meetingOverrides">;

function toMeeting(
  committee: Committee,
  occurrenceAt: Date,
  override: MeetingOverride | undefined,
  state: string,
) {
  const status: MeetingStatus = override?.status ?? "scheduled";
  const startsAt = status === "moved" && override?.movedTo ? override.movedTo : occurrenceAt;
  const holiday = publicHoliday(startsAt, state, committee.timezone);
  return {
    committee,
    occurrenceAt,
    startsAt,
    endsAt: new Date(startsAt.getTime() + committee.durationMinutes * 60_000),
    status,
    ...(holiday ? { holiday } : {}),
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
  const key = (committeeId: number, at: Date) => `${committeeId}@${at.getTime()}`;
  const byKey = new Map(overrides.map((o) => [key(o.committeeId, o.occurrenceAt), o]));
  const out: Meeting[] = [];
  const seen = new Set<string>();
  for (const committee of committees) {
    for (const at of occurrencesBetween(committee, from, to)) {
      seen.add(key(committee.id, at));
      out.push(toMeeting(committee, at, byKey.get(key(committee.id, at)), federalState));
    }
  }
  // Meetings moved into the window from an original start outside it.
  for (const o of overrides) {
    const committee = committees.find((c) => c.id === o.committeeId);
    if (!committee || seen.has(key(o.committeeId, o.occurrenceAt))) continue;
    if (!isOccurrence(committee, o.occurrenceAt)) continue;
    out.push(toMeeting(committee, o.occurrenceAt, o, federalState));
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
  return toMeeting(committee, occurrenceAt, override, federalState);
}
