// The scheduler's handler for "cooperation_review" jobs: reminds the member and the district channel once.
import { delivererOf } from "../../scheduler/route.js";
import type { JobHandler } from "../../scheduler/worker.js";
import { buildReviewReminder } from "./review.js";
import { REVIEW_JOB, reviewPayload } from "./schedule.js";

export const sendReviewReminder: JobHandler = async (job, { tenant, delivery, note }) => {
  const p = reviewPayload(job.payload);
  const coop = await tenant.findCooperation(p.cooperationId);
  if (!coop || coop.status === "ended") return { outcome: "dropped:ended" };
  // Extended or changed since: the job of the new day reminds instead.
  if (coop.reviewOn !== p.reviewOn) return { outcome: "dropped:moved" };
  const partner = await tenant.findPartner(coop.partnerId);
  if (!partner) return { outcome: "dropped:no_partner" };
  const district = coop.districtId ? await tenant.findDistrict(coop.districtId) : undefined;
  const deliverer = await delivererOf(tenant, delivery);
  const reply = buildReviewReminder(coop, partner, district?.name);
  // Each recipient once, even when a retry follows a half-done run: progress is noted on the job.
  const done = new Set(Array.isArray(job.payload.sentTo) ? (job.payload.sentTo as string[]) : []);
  const targets = [
    { key: `m${p.memberId}`, target: { memberId: p.memberId } },
    ...(district?.channelId
      ? [{ key: `c${district.channelId}`, target: { channelId: district.channelId } }]
      : []),
  ];
  for (const { key, target } of targets) {
    if (done.has(key)) continue;
    await deliverer.deliver(
      { tenantId: job.tenantId, ...target, idempotencyKey: `${job.idempotencyKey}:${key}` },
      reply,
    );
    done.add(key);
    // A lost claim means another worker owns the job now: it continues from the noted progress.
    if (!(await note({ sentTo: [...done] }))) return { outcome: "claim_lost" };
  }
  return { outcome: "sent", details: { recipients: targets.length } };
};

/** Pass to `createScheduler({ handlers })`. */
export const cooperationJobHandlers: Record<string, JobHandler> = { [REVIEW_JOB]: sendReviewReminder };
