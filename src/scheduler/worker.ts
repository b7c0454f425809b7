// The durable job worker: claims due jobs from `scheduled_jobs`, runs them once, retries failures and 429s.
//
// Why not pg-boss: pg-boss 12 needs Node 22. pg-boss 10.4.2 allows Node 20, and a spike showed it starts
// on PGlite (custom `db` answering multi-statement SQL via exec). It was still not taken, because
// (1) its singleton keys guard only queued/active jobs: after completion the same key is accepted again,
// so a re-plan would re-send a reminder; we need a permanent "sent for this occurrence" record per tenant;
// (2) due times and expiry use the database's now(), so an injected clock cannot drive it and the
// guarantees could only be tested with real sleeps; (3) it keeps a second schema outside our drizzle
// migrations and tenant scoping. `scheduled_jobs` already has a per-tenant unique idempotency key and
// SKIP LOCKED claims with an expiring lease on both PGlite and PostgreSQL; this worker adds fencing
// (a worker whose lease expired cannot finish a re-claimed job), backoff retries and Retry-After for 429s.
import type { Clock } from "../clock.js";
import { errorName, type Logger } from "../log.js";
import type { ScheduledJob, Store, TenantStore } from "../store/index.js";
import { type DeliveryRouter, RateLimited } from "./deliver.js";

export interface JobDeps {
  store: Store;
  tenant: TenantStore;
  clock: Clock;
  delivery: DeliveryRouter;
  logger: Logger;
  /** Records progress on this claim (e.g. a posted message's reference); false when the claim is lost. */
  note(details: Record<string, unknown>): Promise<boolean>;
}

/** What a job ended as: done with an outcome, or to run again at a later time (not a failure). */
export type JobResult = { outcome: string; details?: Record<string, unknown> } | { postponeTo: Date };

export type JobHandler = (job: ScheduledJob, deps: JobDeps) => Promise<JobResult>;

export interface WorkerOptions {
  store: Store;
  clock: Clock;
  delivery: DeliveryRouter;
  logger: Logger;
  handlers: Readonly<Record<string, JobHandler>>;
  batchSize?: number;
  /** A claim expires after this long; another worker may then take the job over. */
  leaseSeconds?: number;
  intervalMs?: number;
  maxAttempts?: number;
}

export interface Worker {
  /** Claims and runs the jobs due now; returns how many it finished (in any way). */
  tick(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Rate limits are the platform asking for patience, not a broken job: they get many more tries. */
const MAX_RATE_LIMITED_ATTEMPTS = 50;

export function createWorker(options: WorkerOptions): Worker {
  const { store, clock, delivery, logger, handlers } = options;
  const batchSize = options.batchSize ?? 10;
  const leaseSeconds = options.leaseSeconds ?? 120;
  const intervalMs = options.intervalMs ?? 5_000;
  const maxAttempts = options.maxAttempts ?? 5;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  async function runOne(job: ScheduledJob): Promise<void> {
    const attempt = job.attempts;
    const log = logger.child({ jobId: job.id, kind: job.kind, attempt });
    const handler = handlers[job.kind];
    if (!handler) {
      await store.jobs.failJob(job.id, `no handler for ${job.kind}`, null, attempt);
      log.warn("job kind without handler, marked failed");
      return;
    }
    const deps: JobDeps = {
      store,
      tenant: store.forTenant(job.tenantId),
      clock,
      delivery,
      logger: log,
      note: (details) => store.jobs.noteJob(job.id, attempt, details),
    };
    try {
      const result = await handler(job, deps);
      if ("postponeTo" in result) {
        await store.jobs.postponeJob(job.id, result.postponeTo, attempt);
        log.debug({ runAt: result.postponeTo.toISOString() }, "job postponed");
        return;
      }
      const done = await store.jobs.completeJob(job.id, clock.now(), attempt, {
        outcome: result.outcome,
        ...result.details,
      });
      if (!done) log.warn("claim lost before completion; another worker owns the job now");
      else log.info({ outcome: result.outcome }, "job done");
    } catch (error) {
      const now = clock.now();
      if (error instanceof RateLimited) {
        const retryAt =
          attempt >= MAX_RATE_LIMITED_ATTEMPTS ? null : new Date(now.getTime() + error.retryAfterMs);
        await store.jobs.failJob(job.id, "rate limited", retryAt, attempt);
        log.warn({ retryAfterMs: error.retryAfterMs }, "rate limited, retrying later");
        return;
      }
      // The error's class or code only: a driver's message can carry a query's parameters (user text).
      const reason = errorName(error);
      const retryAt = attempt >= maxAttempts ? null : new Date(now.getTime() + 60_000 * 2 ** (attempt - 1));
      await store.jobs.failJob(job.id, reason.slice(0, 500), retryAt, attempt);
      log.error({ err: errorName(error), final: retryAt === null }, "job failed");
    }
  }

  async function tick(): Promise<number> {
    const jobs = await store.jobs.claimDueJobs(clock.now(), batchSize, leaseSeconds);
    for (const job of jobs) await runOne(job);
    return jobs.length;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error: unknown) => logger.error({ err: errorName(error) }, "scheduler tick failed"))
        .finally(schedule);
    }, intervalMs);
  }

  return {
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
