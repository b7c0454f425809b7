// The scheduler the app starts: one worker running the job kinds the command families declare.
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/index.js";
import type { DeliveryRouter } from "./deliver.js";
import { createWorker, type JobHandler, type Worker } from "./worker.js";

export interface SchedulerDeps {
  store: Store;
  clock: Clock;
  delivery: DeliveryRouter;
  logger: Logger;
  /** Job handlers by kind: the registry's JOB_HANDLERS (the scheduler knows no family itself). */
  handlers: Readonly<Record<string, JobHandler>>;
  intervalMs?: number;
  batchSize?: number;
  concurrency?: number;
}

export function createScheduler(deps: SchedulerDeps): Worker {
  return createWorker({
    store: deps.store,
    clock: deps.clock,
    delivery: deps.delivery,
    logger: deps.logger,
    handlers: deps.handlers,
    ...(deps.intervalMs ? { intervalMs: deps.intervalMs } : {}),
    ...(deps.batchSize ? { batchSize: deps.batchSize } : {}),
    // A few jobs at once, so one post waiting for its channel's slot does not hold up other channels.
    concurrency: deps.concurrency ?? 4,
  });
}
