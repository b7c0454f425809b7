// The delivery ledger: a job retried after its post went out does not post again, whether the post was
// recorded (the job died after it) or its answer was lost (the platform is asked via findPosted).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock.js";
import type { Delivered, DeliveryTarget } from "../../src/scheduler/deliver.js";
import { DeliveryRouter } from "../../src/scheduler/deliver.js";
import { deliveryGuards } from "../../src/scheduler/pace.js";
import { createWorker, type JobHandler } from "../../src/scheduler/worker.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";
import { seedTenant } from "../support/fixtures.js";
import { RecordingDeliverer, silent } from "./support.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

const START = "2026-11-30T07:00:00Z";

/** A platform that can say whether a post with a given key exists (as Slack can via metadata). */
class SearchableDeliverer extends RecordingDeliverer {
  async findPosted(target: DeliveryTarget): Promise<Delivered | undefined> {
    const found = this.sent.find((s) => s.target.idempotencyKey === target.idempotencyKey);
    return found ? { messageRef: found.ref } : undefined;
  }
}

/** Posts once; `dieAfterPost` makes the first attempt fail after its post, as a crashed process would. */
function handler(dieAfterPost: boolean): JobHandler {
  return async (job, { delivery }) => {
    const sent = await delivery
      .for("console")
      ?.deliver(
        { tenantId: job.tenantId, channelId: "C-ledger", idempotencyKey: job.idempotencyKey },
        { kind: "message", visibility: "public", elements: [{ type: "text", text: "Erinnerung" }] },
      );
    if (dieAfterPost && job.attempts === 1) throw new Error("died after posting");
    return { outcome: "sent", details: { messageRef: sent?.messageRef ?? "" } };
  };
}

async function run(externalId: string, deliverer: RecordingDeliverer, dieAfterPost: boolean) {
  const { store } = await seedTenant(t.store, externalId);
  const clock = fixedClock(START);
  await store.scheduleJob("test.post", `${externalId}-once`, clock.now(), {});
  const delivery = new DeliveryRouter(deliveryGuards(t.store, clock));
  delivery.register(deliverer);
  const worker = createWorker({
    store: t.store,
    clock,
    delivery,
    logger: silent,
    handlers: { "test.post": handler(dieAfterPost) },
  });
  expect(await worker.tick()).toBe(1);
  clock.advance(10 * 60_000);
  expect(await worker.tick()).toBe(1);
  const [job] = await store.listJobs("test.post");
  return job;
}

describe("delivery ledger", () => {
  it("does not post again when the job died after a recorded post", async () => {
    const deliverer = new RecordingDeliverer();
    const job = await run("T-ledger-died", deliverer, true);
    expect(deliverer.sent).toHaveLength(1);
    expect(job?.status).toBe("done");
    expect(job?.payload.messageRef).toBe(deliverer.sent[0]?.ref);
  });

  it("asks the platform when the answer to a post was lost, and does not post again", async () => {
    const deliverer = new SearchableDeliverer();
    deliverer.before = (call) => {
      // The post reaches the platform, the answer does not reach us.
      if (call === 1) {
        deliverer.sent.push({
          target: { tenantId: 0, idempotencyKey: "T-ledger-lost-once" },
          reply: { kind: "message", visibility: "public", elements: [] },
          ref: "msg-lost",
        });
        throw new Error("socket hang up");
      }
    };
    const job = await run("T-ledger-lost", deliverer, false);
    expect(deliverer.sent.map((s) => s.ref)).toEqual(["msg-lost"]);
    expect(job?.status).toBe("done");
    expect(job?.payload.messageRef).toBe("msg-lost");
  });

  it("still retries a failed post when the platform cannot be asked (Teams), so nothing is lost", async () => {
    const deliverer = new RecordingDeliverer();
    deliverer.before = (call) => {
      if (call === 1) throw new Error("socket hang up");
    };
    const job = await run("T-ledger-teams", deliverer, false);
    expect(deliverer.calls).toBe(2);
    expect(job?.status).toBe("done");
  });
});
