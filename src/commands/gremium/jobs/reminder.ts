// Sends one committee reminder: on time, late while still useful, or dropped when the meeting has begun.

import { findMeeting } from "../../../scheduler/meetings.js";
import { delivererOf } from "../../../scheduler/route.js";
import type { JobHandler } from "../../../scheduler/worker.js";
import { reminderReply } from "../view.js";
import { channelOf } from "./channel.js";
import { JOB, meetingPayload, memberKey } from "./kinds.js";

/** A reminder sent more than this after its due time is marked late. */
export const LATE_AFTER_MS = 10 * 60_000;
/** A job claimed this early (clock skew between workers) runs now instead of being postponed. */
const EARLY_TOLERANCE_MS = 60_000;

export const sendReminder: JobHandler = async (job, { tenant, clock, delivery }) => {
  const p = meetingPayload(job.payload);
  const committee = await tenant.findCommittee(p.committeeId);
  if (!committee || committee.archivedAt) return { outcome: "dropped:archived" };
  const lead = p.leadMinutes ?? 0;
  if (!committee.reminderLeadMinutes.includes(lead)) return { outcome: "dropped:lead_removed" };
  const { federalState } = await tenant.tenant();
  const m = await findMeeting(tenant, committee, new Date(p.occurrenceAt), federalState);
  if (!m) return { outcome: "dropped:no_occurrence" };
  if (m.status === "cancelled") return { outcome: "dropped:cancelled" };

  const now = clock.now();
  const due = new Date(m.startsAt.getTime() - lead * 60_000);
  // Moved later since it was planned: wait for the new due time.
  if (due.getTime() > now.getTime() + EARLY_TOLERANCE_MS) return { postponeTo: due };
  // Useless once the meeting has begun.
  if (now >= m.startsAt) return { outcome: "dropped:over" };
  const lateByMs = now.getTime() - due.getTime();
  const late = lateByMs > LATE_AFTER_MS;
  // After downtime several leads may be due at once: only the nearest one is sent.
  if (
    late &&
    committee.reminderLeadMinutes.some((l) => l < lead && m.startsAt.getTime() - l * 60_000 <= now.getTime())
  ) {
    return { outcome: "dropped:superseded" };
  }

  const channelId = p.memberId === undefined ? await channelOf(tenant, committee) : undefined;
  if (p.memberId === undefined && !channelId) {
    // No channel: each usual attendee gets the reminder privately, each as its own idempotent job.
    const attendees = await tenant.usualAttendees(committee.id);
    for (const memberId of attendees) {
      await tenant.scheduleJob(JOB.reminder, memberKey(job.idempotencyKey, memberId), now, {
        ...p,
        memberId,
      });
    }
    return { outcome: "fanned_out", details: { recipients: attendees.length } };
  }

  const deliverer = await delivererOf(tenant, delivery);
  const reply = await reminderReply(tenant, m, { late });
  const sent = await deliverer.deliver(
    {
      tenantId: job.tenantId,
      ...(channelId ? { channelId } : { memberId: p.memberId }),
      idempotencyKey: job.idempotencyKey,
    },
    reply,
  );
  return {
    outcome: late ? "late" : "sent",
    details: {
      messageRef: sent.messageRef,
      ...(late ? { lateByMinutes: Math.round(lateByMs / 60_000) } : {}),
    },
  };
};
