// Who goes to one meeting: explicit answers, confirmed attendance, and the usual attendees expected by default.
// Expected attendees are worked out when read, never stored, so no job or count sees them twice.
import type { Meeting } from "../../scheduler/meetings.js";
import type { Attendance, TenantStore } from "../../store/index.js";

export interface Roster {
  /** Said yes (or were confirmed as there): member ids. */
  going: number[];
  /** Confirmed after the meeting as having been there. */
  attended: number[];
  notGoing: number[];
  /** Usual attendees who have not answered: they are expected to go. */
  expected: number[];
}

type Answer = { memberId: number; status: Attendance };

export async function rosterOf(
  store: Pick<TenantStore, "attendanceBetween" | "usualAttendeesOf">,
  m: Pick<Meeting, "committee" | "occurrenceAt">,
): Promise<Roster> {
  // One roster per meeting given, so the first is this one's.
  return (await rostersOf(store, [m]))[0] as Roster;
}

/** The rosters of several meetings in two reads, in their order: the digest's list. */
export async function rostersOf(
  store: Pick<TenantStore, "attendanceBetween" | "usualAttendeesOf">,
  list: Pick<Meeting, "committee" | "occurrenceAt">[],
): Promise<Roster[]> {
  if (list.length === 0) return [];
  const committeeIds = [...new Set(list.map((m) => m.committee.id))];
  // Answers hang on the occurrence (a moved meeting keeps its original one), so the range spans those.
  const occurrences = list.map((m) => m.occurrenceAt.getTime());
  const from = new Date(Math.min(...occurrences));
  const to = new Date(Math.max(...occurrences) + 1);
  const [rows, usual] = await Promise.all([
    store.attendanceBetween(committeeIds, from, to),
    store.usualAttendeesOf(committeeIds),
  ]);
  return rostersFrom(list, rows, usual);
}

/** The rosters from what was read: the meetings' answers (others' are left out) and usual attendees. */
export function rostersFrom(
  list: Pick<Meeting, "committee" | "occurrenceAt">[],
  rows: (Answer & { committeeId: number; occurrenceAt: Date })[],
  usual: ReadonlyMap<number, number[]>,
): Roster[] {
  return list.map((m) =>
    rosterFrom(
      rows.filter(
        (r) => r.committeeId === m.committee.id && r.occurrenceAt.getTime() === m.occurrenceAt.getTime(),
      ),
      usual.get(m.committee.id) ?? [],
    ),
  );
}

function rosterFrom(rows: Answer[], usual: number[]): Roster {
  const answered = new Set(rows.map((r) => r.memberId));
  return {
    going: rows.filter((r) => r.status === "going" || r.status === "attended").map((r) => r.memberId),
    attended: rows.filter((r) => r.status === "attended").map((r) => r.memberId),
    notGoing: rows.filter((r) => r.status === "not_going").map((r) => r.memberId),
    expected: usual.filter((id) => !answered.has(id)),
  };
}

/** Somebody from the team will be there: a yes, or a usual attendee who has not declined. */
export const isCovered = (r: Roster) => r.going.length + r.expected.length > 0;
