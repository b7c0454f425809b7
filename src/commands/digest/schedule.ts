// Weekly delivery on the durable job queue: one job per subscription and ISO week (the idempotency key), chained week to week.

import { delivererOf } from "../../scheduler/route.js";
import type { JobHandler } from "../../scheduler/worker.js";
import type { DigestSubscription, TenantStore } from "../../store/index.js";
import { buildDigest } from "./build.js";
import { digestReply } from "./reply.js";
import { addDays, instantAt, isoWeekday, isoWeekKey, localDay } from "./week.js";

export const DIGEST_JOB = "digest";
/** A digest that could not go out within this long after its time is skipped, not sent stale. */
export const STALE_AFTER_MS = 2 * 86_400_000;

export const digestKey = (subscriptionId: number, day: string) =>
  `digest:${subscriptionId}:${isoWeekKey(day)}`;

/** The subscription's next local weekday and time strictly after `after`. */
export function nextRun(sub: Pick<DigestSubscription, "weekday" | "time" | "timezone">, after: Date) {
  const today = localDay(after, sub.timezone);
  for (let i = 0; i <= 7; i++) {
    const day = addDays(today, i);
    if (isoWeekday(day) !== sub.weekday) continue;
    const at = instantAt(day, sub.time, sub.timezone);
    if (at > after) return { day, at };
  }
  const day = addDays(today, 7);
  return { day, at: instantAt(day, sub.time, sub.timezone) };
}

/** Schedules the subscription's next digest once; several callers or processes create one job. */
export async function scheduleNextDigest(
  store: Pick<TenantStore, "scheduleJob">,
  sub: DigestSubscription,
  after: Date,
): Promise<{ key: string; at: Date; created: boolean }> {
  const { day, at } = nextRun(sub, after);
  const key = digestKey(sub.id, day);
  const created = await store.scheduleJob(DIGEST_JOB, key, at, {
    subscriptionId: sub.id,
    at: at.toISOString(),
  });
  return { key, at, created };
}

/** Builds and posts the digest of each district of the subscription, then chains next week's job. */
export const digestJob: JobHandler = async (job, { tenant: store, clock, delivery, note }) => {
  const subscriptionId = Number(job.payload.subscriptionId);
  const at = new Date(String(job.payload.at ?? job.runAt.toISOString()));
  const sub = (await store.listDigestSubscriptions()).find((s) => s.id === subscriptionId);
  if (!sub) return { outcome: "dropped:unsubscribed" };
  const now = clock.now();
  await scheduleNextDigest(store, sub, now > at ? now : at);
  if (now.getTime() - at.getTime() > STALE_AFTER_MS) return { outcome: "dropped:stale" };

  const tenant = await store.tenant();
  const deliverer = await delivererOf(store, delivery);
  const districts =
    sub.districtId === null
      ? await store.listDistricts()
      : [await store.findDistrict(sub.districtId)].filter((d) => d !== undefined && !d.archivedAt);
  // Districts already posted by an earlier attempt of this job are recorded in its payload.
  const sent = new Set<number>(Array.isArray(job.payload.sent) ? (job.payload.sent as number[]) : []);
  for (const district of districts) {
    if (!district || sent.has(district.id)) continue;
    const data = await buildDigest(store, tenant, district, at);
    await deliverer.deliver(
      {
        tenantId: tenant.id,
        channelId: sub.channelId,
        idempotencyKey: `${job.idempotencyKey}:d${district.id}`,
      },
      digestReply(data, "public"),
    );
    sent.add(district.id);
    if (!(await note({ sent: [...sent] }))) throw new Error("claim lost while posting digests");
  }
  return { outcome: "sent", details: { districts: sent.size } };
};

/** Pass to `createScheduler({ handlers })`. */
export const digestJobHandlers: Record<string, JobHandler> = { [DIGEST_JOB]: digestJob };
