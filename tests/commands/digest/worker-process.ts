// A scheduler process for the exactly-once test: ticks the digest jobs at a fixed time, prints one JSON line per delivery.
import { fixedClock } from "../../../src/clock.js";
import { digestJobHandlers } from "../../../src/commands/digest/index.js";
import { createLogger } from "../../../src/log.js";
import { DeliveryRouter } from "../../../src/scheduler/deliver.js";
import { createScheduler } from "../../../src/scheduler/index.js";
import { createStore, openDatabase } from "../../../src/store/index.js";

const [url, at] = process.argv.slice(2);
if (!url || !at) throw new Error("usage: worker-process <database url> <iso time>");
const database = await openDatabase({ databaseUrl: url });
const delivery = new DeliveryRouter();
delivery.register({
  platform: "console",
  async deliver(target) {
    process.stdout.write(`${JSON.stringify({ pid: process.pid, channelId: target.channelId })}\n`);
    return { messageRef: `${process.pid}` };
  },
  async update() {},
});
const worker = createScheduler({
  store: createStore(database.db),
  clock: fixedClock(at),
  delivery,
  logger: createLogger("silent"),
  handlers: digestJobHandlers,
  batchSize: 1,
});
for (let i = 0; i < 8; i++) await worker.tick();
await database.close();
