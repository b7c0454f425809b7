// Paced delivery with two workers on one database: posts to a channel keep the spacing the limiter hands
// out, every job is posted exactly once (also when its slot is far off and it is postponed), and a job
// that runs longer than its lease keeps it by the heartbeat instead of being taken over.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/clock.js";
import type { Deliverer } from "../../src/scheduler/deliver.js";
import { DeliveryRouter } from "../../src/scheduler/deliver.js";
import { createPacer, paced } from "../../src/scheduler/pace.js";
import { createWorker, type JobHandler, type Worker } from "../../src/scheduler/worker.js";
import { createStore, type Database, type Store } from "../../src/store/index.js";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../support/db.js";
import { seedTenant } from "../support/fixtures.js";
import { silent } from "./support.js";

let t: TestDatabase;
let second: Database | undefined;
let stores: [Store, Store];
beforeAll(async () => {
  t = await openTestDatabase();
  second = usingPostgres ? await t.reopen() : undefined;
  stores = [t.store, second ? createStore(second.db) : t.store];
});
afterAll(async () => {
  await second?.close();
  await t.close();
});

interface Post {
  key: string;
  channel: string;
  at: number;
}

const INTERVAL_MS = 400;
/**
 * Slots are spaced exactly; a post leaves a little after its slot starts (the slot's round trip, a busy
 * event loop). The platform intervals carry a margin for that (PACE_MS); here the assertion does.
 */
const JITTER_MS = 100;

/** Posts the job's text to its channel through whatever deliverer the router has. */
const post: JobHandler = async (job, { delivery }) => {
  const channelId = String(job.payload.channel);
  const sent = await delivery.for("console")?.deliver(
    { tenantId: job.tenantId, channelId, idempotencyKey: job.idempotencyKey },
    {
      kind: "message",
      elements: [],
      visibility: "public",
    },
  );
  return { outcome: "sent", details: { messageRef: sent?.messageRef ?? "" } };
};

function recorder(posts: Post[], holdMs = 0): Deliverer {
  return {
    platform: "console",
    async deliver(target) {
      posts.push({ key: target.idempotencyKey ?? "", channel: target.channelId ?? "", at: Date.now() });
      if (holdMs) await new Promise((r) => setTimeout(r, holdMs));
      return { messageRef: `m-${posts.length}` };
    },
    async update() {},
  };
}

function workers(posts: Post[], maxWaitMs: number) {
  return stores.map((store) => {
    const pacer = createPacer({
      slots: store.slots,
      clock: systemClock,
      maxWaitMs,
      limits: (_p, target) => [
        { key: `test:${target.tenantId}:${target.channelId}`, intervalMs: INTERVAL_MS },
      ],
    });
    const delivery = new DeliveryRouter((d) => paced(d, pacer));
    delivery.register(recorder(posts));
    return createWorker({
      store,
      clock: systemClock,
      delivery,
      logger: silent,
      handlers: { "test.post": post },
      batchSize: 4,
      concurrency: 4,
    });
  });
}

async function drain(ws: Worker[], until: () => Promise<boolean>) {
  const deadline = Date.now() + 20_000;
  while (!(await until())) {
    if (Date.now() > deadline) throw new Error("jobs did not finish");
    const ran = await Promise.all(ws.map((w) => w.tick()));
    if (ran.every((n) => n === 0)) await new Promise((r) => setTimeout(r, 20));
  }
}

async function seedPosts(externalId: string, channels: number, perChannel: number) {
  const { store } = await seedTenant(t.store, externalId);
  const now = new Date();
  for (let c = 0; c < channels; c++)
    for (let i = 0; i < perChannel; i++)
      await store.scheduleJob("test.post", `post-${c}-${i}`, now, { channel: `C${c}` });
  const allDone = async () => (await store.listJobs("test.post")).every((j) => j.status === "done");
  return { store, allDone, total: channels * perChannel };
}

function expectPaced(posts: Post[]) {
  const byChannel = new Map<string, Post[]>();
  for (const p of posts) byChannel.set(p.channel, [...(byChannel.get(p.channel) ?? []), p]);
  for (const list of byChannel.values()) {
    const times = list.map((p) => p.at).sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(INTERVAL_MS - JITTER_MS);
  }
}

describe("paced delivery with two workers", () => {
  it("spaces the posts of each channel and posts every job exactly once", async () => {
    const posts: Post[] = [];
    const { allDone, total } = await seedPosts("T-pace", 3, 5);
    await drain(workers(posts, 5_000), allDone);
    expect(posts).toHaveLength(total);
    expect(new Set(posts.map((p) => p.key)).size).toBe(total);
    expectPaced(posts);
    // Paced, not serialised: the channels went out side by side, so the whole took about 5 intervals.
    const span = Math.max(...posts.map((p) => p.at)) - Math.min(...posts.map((p) => p.at));
    expect(span).toBeLessThan(INTERVAL_MS * 5 * 3);
  });

  it("postpones a job whose slot is too far off and still posts it exactly once", async () => {
    const posts: Post[] = [];
    const { store, allDone, total } = await seedPosts("T-pace-far", 1, 6);
    await drain(workers(posts, INTERVAL_MS), allDone);
    expect(posts.map((p) => p.key).sort()).toEqual(
      Array.from({ length: total }, (_, i) => `post-0-${i}`).sort(),
    );
    expectPaced(posts);
    const jobs = await store.listJobs("test.post");
    // Some waited by being put back (claimed more than once) rather than by holding a worker.
    expect(jobs.some((j) => j.attempts > 1)).toBe(true);
  });

  it("keeps a long job's lease by the heartbeat, so the other worker does not post it again", async () => {
    const posts: Post[] = [];
    const { store } = await seedTenant(t.store, "T-pace-long");
    await store.scheduleJob("test.post", "long", new Date(), { channel: "C-long" });
    const [slow, other] = stores.map((s) => {
      const delivery = new DeliveryRouter();
      delivery.register(recorder(posts, 1_200));
      return createWorker({
        store: s,
        clock: systemClock,
        delivery,
        logger: silent,
        handlers: { "test.post": post },
        leaseSeconds: 0.4,
        heartbeatMs: 100,
      });
    }) as [Worker, Worker];
    const running = slow.tick();
    let otherRan = 0;
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 60));
      otherRan += await other.tick();
    }
    expect(await running).toBe(1);
    expect(otherRan).toBe(0);
    expect(posts.map((p) => p.key)).toEqual(["long"]);
    const [job] = await store.listJobs("test.post");
    expect(job?.status).toBe("done");
  });
});
