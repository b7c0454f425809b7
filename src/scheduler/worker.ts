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
// A running job's lease is extended by a heartbeat, so only a dead worker's jobs are taken over.
//
// The remaining gap in exactly-once: a post succeeded but the process died (or lost the answer) before
// completeJob; the job is re-claimed once its lease expires. Neither platform has an idempotency key for
// posts (Slack's chat.postMessage only carries metadata; the Bot Framework has nothing for proactive
// sends), so the delivery ledger (ledger.ts) closes it: a row per post written before it, a reference after
// it, and on Slack the key in the message metadata, looked up on a retry whose outcome is unknown.
import type { Clock } from "../clock.js";
import { errorName, type Logger } from "../log.js";
import type { ScheduledJob, Store, TenantStore } from "../store/index.js";
import { type DeliveryRouter, RateLimited } from "./deliver.js";
import { Paced } from "./pace.js";

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
  /** How often a running job's lease is extended; default a third of the lease. */
  heartbeatMs?: number;
  /** Jobs of one claimed batch run at once (a paced post waits for its slot without holding the rest). */
  concurrency?: number;
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
  const heartbeatMs = options.heartbeatMs ?? (leaseSeconds * 1000) / 3;
  const concurrency = Math.max(1, options.concurrency ?? 1);
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
    // The heartbeat: while the handler runs, the lease keeps moving ahead of the clock. A handler stuck
    // for ten leases is given up on (its lease then expires, another worker takes over), and the timer
    // never keeps a process alive on its own.
    const giveUpAt = Date.now() + 10 * leaseSeconds * 1000;
    const heartbeat = setInterval(() => {
      if (Date.now() > giveUpAt) {
        clearInterval(heartbeat);
        log.warn("job runs far beyond its lease; heartbeat stopped");
        return;
      }
      const until = new Date(clock.now().getTime() + leaseSeconds * 1000);
      store.jobs
        .extendLease(job.id, attempt, until)
        .then((held) => {
          if (!held) log.warn("lease lost while running");
        })
        .catch((error: unknown) => log.warn({ err: errorName(error) }, "heartbeat failed"));
    }, heartbeatMs);
    heartbeat.unref();
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
      if (error instanceof Paced) {
        await store.jobs.postponeJob(job.id, error.until, attempt);
        log.debug({ runAt: error.until.toISOString() }, "send slot far off, job postponed");
        return;
      }
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
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function tick(): Promise<number> {
    const jobs = await store.jobs.claimDueJobs(clock.now(), batchSize, leaseSeconds);
    let next = 0;
    const lane = async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        if (job) await runOne(job);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, lane));
    return jobs.length;
  }

  // Running on its own, the worker keeps up to `concurrency` jobs in flight and tops up as each ends,
  // so one post waiting for its channel's slot never holds back the claim of the next jobs.
  const inFlight = new Set<Promise<void>>();
  async function topUp(): Promise<void> {
    const free = Math.min(batchSize, concurrency - inFlight.size);
    if (free <= 0) return;
    for (const job of await store.jobs.claimDueJobs(clock.now(), free, leaseSeconds)) {
      const run = runOne(job)
        .catch((error: unknown) => logger.error({ err: errorName(error) }, "job run failed"))
        .finally(() => inFlight.delete(run));
      inFlight.add(run);
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = topUp()
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
      await Promise.all(inFlight);
    },
  };
}
