// Plans a committee's reminder and after-meeting jobs for the weeks ahead, then plans itself again.

import { meetingsBetween } from "../../../scheduler/meetings.js";
import type { JobHandler } from "../../../scheduler/worker.js";
import type { TenantStore } from "../../../store/index.js";
import { DEPUTY_LEAD_MS } from "./deputy.js";
import { afterKey, deputyKey, JOB, reminderKey } from "./kinds.js";

const DAY_MS = 86_400_000;
/** How far ahead jobs exist; longer than the longest lead (14 days) plus the re-plan period. */
export const PLAN_HORIZON_MS = 56 * DAY_MS;
const WEEK_MS = 7 * DAY_MS;

/** Asks the worker to (re)plan a committee now, e.g. after it was created or edited. */
export async function requestPlan(store: Pick<TenantStore, "scheduleJob">, committeeId: number, now: Date) {
  await store.scheduleJob(JOB.plan, `plan:${committeeId}:at:${now.toISOString()}`, now, { committeeId });
}

export const planCommittee: JobHandler = async (job, { tenant, clock }) => {
  const committeeId = Number(job.payload.committeeId);
  const committee = await tenant.findCommittee(committeeId);
  if (!committee || committee.archivedAt) return { outcome: "dropped:archived" };
  const now = clock.now();
  const { federalState } = await tenant.tenant();
  const meetings = await meetingsBetween(
    tenant,
    [committee],
    now,
    new Date(now.getTime() + PLAN_HORIZON_MS),
    federalState,
  );
  let planned = 0;
  for (const m of meetings) {
    if (m.status === "cancelled") continue;
    const occurrenceAt = m.occurrenceAt.toISOString();
    for (const lead of committee.reminderLeadMinutes) {
      const runAt = new Date(m.startsAt.getTime() - lead * 60_000);
      if (runAt < now) continue; // planned too late for this lead: a nearer lead will remind
      const key = reminderKey(committee.id, m.occurrenceAt, lead);
      if (
        await tenant.scheduleJob(JOB.reminder, key, runAt, { committeeId, occurrenceAt, leadMinutes: lead })
      )
        planned++;
    }
    await tenant.scheduleJob(JOB.after, afterKey(committee.id, m.occurrenceAt), m.endsAt, {
      committeeId,
      occurrenceAt,
    });
    // Vertretung: 3 days before (at once when planned later), the job asks only if nobody goes.
    const deputyAt = new Date(Math.max(now.getTime(), m.startsAt.getTime() - DEPUTY_LEAD_MS));
    await tenant.scheduleJob(JOB.deputy, deputyKey(committee.id, m.occurrenceAt), deputyAt, {
      committeeId,
      occurrenceAt,
    });
  }
  // Every plan chain of a committee converges on the same weekly key, so chains never multiply.
  const week = Math.floor(now.getTime() / WEEK_MS) + 1;
  await tenant.scheduleJob(JOB.plan, `plan:${committeeId}:week:${week}`, new Date(week * WEEK_MS), {
    committeeId,
  });
  return { outcome: "planned", details: { planned } };
};
