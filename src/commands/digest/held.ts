// Which committee meetings took place in a period and which the team confirmed attending („davon besucht“):
// a meeting counts where it actually happens (a moved one in its new period), a cancelled one never, and only
// attendance confirmed after the meeting („Wer war da?“) counts, never a promise.
import { isOccurrence, occurrencesBetween } from "../../scheduler/recurrence.js";
import type { Committee, TenantStore } from "../../store/index.js";

export interface HeldMeeting {
  committeeId: number;
  occurrenceAt: Date;
}

export async function heldAndAttended(
  store: Pick<TenantStore, "meetingOverrides" | "attendedMeetings">,
  committees: Committee[],
  from: Date,
  to: Date,
): Promise<{ held: HeldMeeting[]; attended: HeldMeeting[] }> {
  const ids = committees.map((c) => c.id);
  const key = (committeeId: number, at: Date) => `${committeeId}@${at.getTime()}`;
  const overrides = new Map(
    (await store.meetingOverrides(ids, from, to)).map((o) => [key(o.committeeId, o.occurrenceAt), o]),
  );
  const inWindow = (at: Date) => at >= from && at < to;
  const byCommittee = new Map<number, Date[]>();
  for (const o of overrides.values()) {
    byCommittee.set(o.committeeId, [...(byCommittee.get(o.committeeId) ?? []), o.occurrenceAt]);
  }
  const held: HeldMeeting[] = [];
  for (const c of committees) {
    const planned = occurrencesBetween(c, from, to).map((at) => at.getTime());
    const plannedSet = new Set(planned);
    // An override inside the window is one of the planned occurrences or none at all; only one from
    // outside (moved into the window) needs the rule asked again. Asking it for each of a year's
    // overrides parsed the rule thousands of times.
    const movedIn = (byCommittee.get(c.id) ?? [])
      .filter((at) => !plannedSet.has(at.getTime()) && !inWindow(at) && isOccurrence(c, at))
      .map((at) => at.getTime());
    for (const t of new Set([...planned, ...movedIn])) {
      const at = new Date(t);
      const o = overrides.get(key(c.id, at));
      if (o?.status === "cancelled") continue;
      const startsAt = o?.status === "moved" && o.movedTo ? o.movedTo : at;
      if (inWindow(startsAt)) held.push({ committeeId: c.id, occurrenceAt: at });
    }
  }
  const heldKeys = new Set(held.map((m) => key(m.committeeId, m.occurrenceAt)));
  const attended = (await store.attendedMeetings(ids, from, to)).filter((a) =>
    heldKeys.has(key(a.committeeId, a.occurrenceAt)),
  );
  return { held, attended };
}
