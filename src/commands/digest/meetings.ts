// Committee meetings of a district in the next 14 days with who is going, via the scheduler's meeting expansion.
import { meetingsBetween } from "../../scheduler/meetings.js";
import type { MeetingStatus, Tenant, TenantStore } from "../../store/index.js";
import { rostersOf } from "../gremium/roster.js";

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

export async function upcomingMeetings(
  store: TenantStore,
  tenant: Pick<Tenant, "federalState">,
  districtId: number,
  now: Date,
): Promise<UpcomingMeeting[]> {
  const committees = await store.listCommittees(districtId);
  if (committees.length === 0) return [];
  const to = new Date(now.getTime() + MEETINGS_AHEAD_DAYS * 86_400_000);
  const found = (await meetingsBetween(store, committees, now, to, tenant.federalState)).filter(
    (m) => m.status !== "cancelled",
  );
  if (found.length === 0) return [];
  const [list, rosters] = await Promise.all([store.listMembers(), rostersOf(store, found)]);
  const members = new Map(list.map((m) => [m.id, m.displayName || "?"] as const));
  const names = (ids: number[]) => ids.map((id) => members.get(id) ?? "?").sort();
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
