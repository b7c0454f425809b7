// One bot replica of the scheduler benchmark: the real worker, pacer and Slack deliverer against
// DATABASE_URL and the strict fake Slack at SLACK_API_URL, until it is sent SIGTERM.

import { createSlackDeliverer } from "../../src/bot/slack/deliver.js";
import { systemClock } from "../../src/clock.js";
import { createLogger } from "../../src/log.js";
import { DeliveryRouter } from "../../src/scheduler/deliver.js";
import { createScheduler } from "../../src/scheduler/index.js";
import { deliveryGuards } from "../../src/scheduler/pace.js";
import { delivererOf } from "../../src/scheduler/route.js";
import type { JobHandler } from "../../src/scheduler/worker.js";
import { createStore, openDatabase } from "../../src/store/index.js";

const { DATABASE_URL, SLACK_API_URL } = process.env;
if (!DATABASE_URL || !SLACK_API_URL) throw new Error("DATABASE_URL and SLACK_API_URL are required");

const logger = createLogger("silent");
const database = await openDatabase({ databaseUrl: DATABASE_URL });
const store = createStore(database.db);
// The same guards as the app: the delivery ledger and the shared pacing.
const delivery = new DeliveryRouter(deliveryGuards(store, systemClock));
delivery.register(
  createSlackDeliverer({ store, tokenFor: async () => "xoxb-bench", slackApiUrl: SLACK_API_URL, logger }),
);

/** A reminder reduced to its delivery: the key in the text, so the fake Slack can count it. */
const remind: JobHandler = async (job, { tenant }) => {
  const deliverer = await delivererOf(tenant, delivery);
  const sent = await deliverer.deliver(
    { tenantId: job.tenantId, channelId: String(job.payload.channel), idempotencyKey: job.idempotencyKey },
    {
      kind: "message",
      visibility: "public",
      elements: [{ type: "text", text: `Erinnerung ${job.idempotencyKey}` }],
    },
  );
  return { outcome: "sent", details: { messageRef: sent.messageRef } };
};

const worker = createScheduler({
  store,
  clock: systemClock,
  delivery,
  logger,
  handlers: { "bench.remind": remind },
  intervalMs: 100,
  batchSize: Number(process.env.BATCH ?? 25),
  concurrency: Number(process.env.CONCURRENCY ?? 50),
});
worker.start();
process.on("SIGTERM", () => {
  worker
    .stop()
    .then(() => database.close())
    .finally(() => process.exit(0));
});
