// The scheduler the app starts: one worker with the committee job kinds (others can add theirs).
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/index.js";
import type { DeliveryRouter } from "./deliver.js";
import { promptAfterMeeting } from "./jobs/after-meeting.js";
import { JOB } from "./jobs/kinds.js";
import { planCommittee } from "./jobs/plan.js";
import { sendReminder } from "./jobs/reminder.js";
import { createWorker, type JobHandler, type Worker } from "./worker.js";

export const committeeJobHandlers: Record<string, JobHandler> = {
  [JOB.plan]: planCommittee,
  [JOB.reminder]: sendReminder,
  [JOB.after]: promptAfterMeeting,
};

export interface SchedulerDeps {
  store: Store;
  clock: Clock;
  delivery: DeliveryRouter;
  logger: Logger;
  /** Further job kinds (digests, review reminders) of other families. */
  handlers?: Record<string, JobHandler>;
  intervalMs?: number;
  batchSize?: number;
}

export function createScheduler(deps: SchedulerDeps): Worker {
  return createWorker({
    store: deps.store,
    clock: deps.clock,
    delivery: deps.delivery,
    logger: deps.logger,
    handlers: { ...committeeJobHandlers, ...deps.handlers },
    ...(deps.intervalMs ? { intervalMs: deps.intervalMs } : {}),
    ...(deps.batchSize ? { batchSize: deps.batchSize } : {}),
  });
}
