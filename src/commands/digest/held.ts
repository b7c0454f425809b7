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
  const held: HeldMeeting[] = [];
  for (const c of committees) {
    const planned = occurrencesBetween(c, from, to).map((at) => at.getTime());
    const movedIn = [...overrides.values()]
      .filter((o) => o.committeeId === c.id && isOccurrence(c, o.occurrenceAt))
      .map((o) => o.occurrenceAt.getTime());
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
