// After a meeting: everyone who said yes or was expected gets a private prompt: „Wer war da?“, log it, minutes.

import { findMeeting } from "../../../scheduler/meetings.js";
import { delivererOf } from "../../../scheduler/route.js";
import type { JobHandler } from "../../../scheduler/worker.js";
import { rosterOf } from "../roster.js";
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

  const roster = await rosterOf(tenant, m);
  const asked = [...new Set([...roster.going, ...roster.expected])];
  if (p.memberId === undefined) {
    for (const memberId of asked) {
      await tenant.scheduleJob(JOB.after, memberKey(job.idempotencyKey, memberId), now, { ...p, memberId });
    }
    return { outcome: "fanned_out", details: { recipients: asked.length } };
  }
  const members = await tenant.listMembers();
  const others = asked
    .filter((id) => id !== p.memberId)
    .map((id) => ({ id, name: members.find((x) => x.id === id)?.displayName || "?" }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const deliverer = await delivererOf(tenant, delivery);
  const sent = await deliverer.deliver(
    { tenantId: job.tenantId, memberId: p.memberId, idempotencyKey: job.idempotencyKey },
    afterMeetingPrompt(m, others),
  );
  return { outcome: "sent", details: { messageRef: sent.messageRef } };
};
