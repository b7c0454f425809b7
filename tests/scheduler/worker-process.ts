// A separate bot process for the scheduler tests: runs one worker against DATABASE_URL until nothing is due.
// Env: DATABASE_URL, NOW (ISO, the fixed clock), OUT (file to append "sent <key>" lines), MODE ("send" | "hang"),
// GO (optional: a file to wait for after "ready", so that processes which started at different speeds race).
import { appendFileSync, existsSync } from "node:fs";
import { fixedClock } from "../../src/clock.js";
import { JOB_HANDLERS } from "../../src/commands/registry.js";
import { createLogger } from "../../src/log.js";
import { type Deliverer, DeliveryRouter } from "../../src/scheduler/deliver.js";
import { createScheduler } from "../../src/scheduler/index.js";
import { createStore, openDatabase } from "../../src/store/index.js";

const { DATABASE_URL, NOW, OUT, MODE, GO } = process.env;
if (!DATABASE_URL || !NOW || !OUT) throw new Error("DATABASE_URL, NOW and OUT are required");

const database = await openDatabase({ databaseUrl: DATABASE_URL });
const deliverer: Deliverer = {
  platform: "console",
  async deliver(target) {
    appendFileSync(OUT, `start ${process.pid} ${target.idempotencyKey}\n`);
    if (MODE === "hang") await new Promise(() => {}); // killed here by the test
    await new Promise((r) => setTimeout(r, Math.random() * 10));
    appendFileSync(OUT, `sent ${process.pid} ${target.idempotencyKey}\n`);
    return { messageRef: `${process.pid}-${target.idempotencyKey}` };
  },
  async update() {},
};
const delivery = new DeliveryRouter();
delivery.register(deliverer);
const worker = createScheduler({
  handlers: JOB_HANDLERS,
  store: createStore(database.db),
  clock: fixedClock(NOW),
  delivery,
  logger: createLogger("silent"),
  batchSize: 1,
});
if (GO) {
  appendFileSync(OUT, `ready ${process.pid}\n`);
  while (!existsSync(GO)) await new Promise((r) => setTimeout(r, 10));
}
let idle = 0;
while (idle < 3) {
  idle = (await worker.tick()) === 0 ? idle + 1 : 0;
  if (idle) await new Promise((r) => setTimeout(r, 20));
}
await database.close();
appendFileSync(OUT, `exit ${process.pid}\n`);
