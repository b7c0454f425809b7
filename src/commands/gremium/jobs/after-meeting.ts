// After a meeting: every member who said they go gets a private prompt to log it as an activity.

import { findMeeting } from "../../../scheduler/meetings.js";
import { delivererOf } from "../../../scheduler/route.js";
import type { JobHandler } from "../../../scheduler/worker.js";
import { afterMeetingPrompt } from "../view.js";
import { JOB, meetingPayload, memberKey } from "./kinds.js";

/** Older prompts are no help any more: nobody logs a meeting from weeks ago from a chat button. */
const STALE_AFTER_MS = 14 * 86_400_000;

export const promptAfterMeeting: JobHandler = async (job, { tenant, clock, delivery }) => {
  const p = meetingPayload(job.payload);
  const committee = await tenant.findCommittee(p.committeeId);
  if (!committee || committee.archivedAt) return { outcome: "dropped:archived" };
  const { federalState } = await tenant.tenant();
  const m = await findMeeting(tenant, committee, new Date(p.occurrenceAt), federalState);
  if (!m) return { outcome: "dropped:no_occurrence" };
  if (m.status === "cancelled") return { outcome: "dropped:cancelled" };
  const now = clock.now();
  if (m.endsAt.getTime() > now.getTime() + 60_000) return { postponeTo: m.endsAt };
  if (now.getTime() - m.endsAt.getTime() > STALE_AFTER_MS) return { outcome: "dropped:stale" };

  if (p.memberId === undefined) {
    const going = (await tenant.attendance(committee.id, m.occurrenceAt)).filter((a) => a.status === "going");
    for (const { memberId } of going) {
      await tenant.scheduleJob(JOB.after, memberKey(job.idempotencyKey, memberId), now, { ...p, memberId });
    }
    return { outcome: "fanned_out", details: { recipients: going.length } };
  }
  const deliverer = await delivererOf(tenant, delivery);
  const sent = await deliverer.deliver(
    { tenantId: job.tenantId, memberId: p.memberId, idempotencyKey: job.idempotencyKey },
    afterMeetingPrompt(m),
  );
  return { outcome: "sent", details: { messageRef: sent.messageRef } };
};
