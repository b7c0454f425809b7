// Who goes to one meeting: explicit answers, confirmed attendance, and the usual attendees expected by default.
// Expected attendees are worked out when read, never stored, so no job or count sees them twice.
import type { Meeting } from "../../scheduler/meetings.js";
import type { TenantStore } from "../../store/index.js";

export interface Roster {
  /** Said yes (or were confirmed as there): member ids. */
  going: number[];
  /** Confirmed after the meeting as having been there. */
  attended: number[];
  notGoing: number[];
  /** Usual attendees who have not answered: they are expected to go. */
  expected: number[];
}

export async function rosterOf(
  store: Pick<TenantStore, "attendance" | "usualAttendees">,
  m: Pick<Meeting, "committee" | "occurrenceAt">,
): Promise<Roster> {
  const [rows, usual] = await Promise.all([
    store.attendance(m.committee.id, m.occurrenceAt),
    store.usualAttendees(m.committee.id),
  ]);
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
