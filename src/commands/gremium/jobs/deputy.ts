// Vertretung: asks the district for a deputy when nobody from the team goes to a meeting (3 days before, or
// at once when the last one going cancels); one tap „Ich übernehme“, the first wins (takeOverMeeting).
import { findMeeting } from "../../../scheduler/meetings.js";
import { delivererOf } from "../../../scheduler/route.js";
import type { JobHandler } from "../../../scheduler/worker.js";
import type { TenantStore } from "../../../store/index.js";
import { isCovered, rosterOf } from "../roster.js";
import { deputyAsk } from "../view.js";
import { channelOf } from "./channel.js";
import { JOB, meetingPayload, memberKey } from "./kinds.js";

/** How long before a meeting the bot looks for a deputy if nobody has said yes. */
export const DEPUTY_LEAD_MS = 3 * 86_400_000;
const EARLY_TOLERANCE_MS = 60_000;

/** Asks now (the last one going has just cancelled); the job itself checks again that nobody goes. */
export async function requestDeputy(
  store: Pick<TenantStore, "scheduleJob">,
  committeeId: number,
  occurrenceAt: Date,
  now: Date,
  cause: string,
): Promise<void> {
  const iso = occurrenceAt.toISOString();
  await store.scheduleJob(JOB.deputy, `deputy:${committeeId}:${iso}:${cause}`, now, {
    committeeId,
    occurrenceAt: iso,
  });
}

export const askForDeputy: JobHandler = async (job, { tenant, clock, delivery }) => {
  const p = meetingPayload(job.payload);
  const committee = await tenant.findCommittee(p.committeeId);
  if (!committee || committee.archivedAt) return { outcome: "dropped:archived" };
  const { federalState } = await tenant.tenant();
  const m = await findMeeting(tenant, committee, new Date(p.occurrenceAt), federalState);
  if (!m) return { outcome: "dropped:no_occurrence" };
  if (m.status === "cancelled") return { outcome: "dropped:cancelled" };
  const now = clock.now();
  if (now >= m.startsAt) return { outcome: "dropped:over" };
  // Planned 3 days before; a meeting moved later since then is asked about 3 days before its new time.
  const due = new Date(m.startsAt.getTime() - DEPUTY_LEAD_MS);
  if (!job.idempotencyKey.includes(":cancel:") && due.getTime() > now.getTime() + EARLY_TOLERANCE_MS)
    return { postponeTo: due };
  const roster = await rosterOf(tenant, m);
  if (isCovered(roster)) return { outcome: "covered" };
  // A committee nobody in the team is tied to (no usual attendee, no answer at all) is not the team's gap to
  // fill: it shows in the digest as „nobody goes“ instead of a call for a deputy before every meeting.
  if (roster.notGoing.length === 0 && (await tenant.usualAttendees(committee.id)).length === 0)
    return { outcome: "untied" };

  const channelId = p.memberId === undefined ? await channelOf(tenant, committee) : undefined;
  if (p.memberId === undefined && !channelId) {
    // No channel: everyone who has not declined is asked privately, each as its own idempotent job.
    const asked = (await tenant.listMembers()).map((x) => x.id).filter((id) => !roster.notGoing.includes(id));
    for (const memberId of asked)
      await tenant.scheduleJob(JOB.deputy, memberKey(job.idempotencyKey, memberId), now, { ...p, memberId });
    return { outcome: "fanned_out", details: { recipients: asked.length } };
  }
  const deliverer = await delivererOf(tenant, delivery);
  const sent = await deliverer.deliver(
    {
      tenantId: job.tenantId,
      ...(channelId ? { channelId } : { memberId: p.memberId }),
      idempotencyKey: job.idempotencyKey,
    },
    deputyAsk(m),
  );
  return { outcome: "sent", details: { messageRef: sent.messageRef } };
};
