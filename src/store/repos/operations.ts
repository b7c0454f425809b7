// Digest subscriptions, durable jobs and the audit log.
import { and, asc, desc, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { auditLog, digestSubscriptions, scheduledJobs } from "../schema/index.js";

export type DigestSubscription = typeof digestSubscriptions.$inferSelect;
export type ScheduledJob = typeof scheduledJobs.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;

export function digestRepository(db: Db, tenantId: number) {
  const scope = eq(digestSubscriptions.tenantId, tenantId);
  return {
    /** Subscribes a channel (again): a second subscription for the same district replaces the first. */
    async subscribeDigest(input: {
      channelId: string;
      districtId: number | null;
      weekday: number;
      time: string;
      timezone: string;
      createdBy: number;
    }): Promise<DigestSubscription> {
      return db.transaction(async (tx) => {
        await tx
          .delete(digestSubscriptions)
          .where(
            and(
              scope,
              eq(digestSubscriptions.channelId, input.channelId),
              input.districtId === null
                ? isNull(digestSubscriptions.districtId)
                : eq(digestSubscriptions.districtId, input.districtId),
            ),
          );
        const [row] = await tx
          .insert(digestSubscriptions)
          .values({ tenantId, ...input })
          .returning();
        if (!row) throw new Error("insert returned nothing");
        return row;
      });
    },

    async unsubscribeDigest(channelId: string): Promise<number> {
      const rows = await db
        .delete(digestSubscriptions)
        .where(and(scope, eq(digestSubscriptions.channelId, channelId)))
        .returning({ id: digestSubscriptions.id });
      return rows.length;
    },

    async listDigestSubscriptions(): Promise<DigestSubscription[]> {
      return db.select().from(digestSubscriptions).where(scope).orderBy(asc(digestSubscriptions.id));
    },
  };
}

export function jobRepository(db: Db, tenantId: number) {
  const scope = eq(scheduledJobs.tenantId, tenantId);
  return {
    /** Schedules a job once per idempotency key; returns false when it already existed. */
    async scheduleJob(kind: string, idempotencyKey: string, runAt: Date, payload: Record<string, unknown>) {
      const rows = await db
        .insert(scheduledJobs)
        .values({ tenantId, kind, idempotencyKey, runAt, payload })
        .onConflictDoNothing()
        .returning({ id: scheduledJobs.id });
      return rows.length > 0;
    },

    async listJobs(kind?: string): Promise<ScheduledJob[]> {
      return db
        .select()
        .from(scheduledJobs)
        .where(and(scope, kind ? eq(scheduledJobs.kind, kind) : undefined))
        .orderBy(asc(scheduledJobs.runAt));
    },

    async cancelJob(idempotencyKey: string): Promise<boolean> {
      const rows = await db
        .delete(scheduledJobs)
        .where(
          and(scope, eq(scheduledJobs.idempotencyKey, idempotencyKey), eq(scheduledJobs.status, "pending")),
        )
        .returning({ id: scheduledJobs.id });
      return rows.length > 0;
    },
  };
}

/**
 * The worker's view of the queue. It spans tenants by nature (one worker serves all), hands out
 * each job's tenant id, and touches nothing but job rows.
 */
export function jobQueue(db: Db) {
  /** Only the holder of the current claim (same attempt, still running) may finish a job. */
  const fenced = (attempt?: number) =>
    attempt === undefined
      ? undefined
      : and(eq(scheduledJobs.status, "running"), eq(scheduledJobs.attempts, attempt));
  return {
    /** Claims due jobs with SKIP LOCKED so several processes never take the same one. */
    async claimDueJobs(now: Date, limit: number, leaseSeconds: number): Promise<ScheduledJob[]> {
      const lease = new Date(now.getTime() + leaseSeconds * 1000);
      const claimable = sql`select id from scheduled_jobs
          where run_at <= ${now.toISOString()}::timestamptz
            and (status = 'pending' or (status = 'running' and locked_until < ${now.toISOString()}::timestamptz))
          order by run_at limit ${limit} for update skip locked`;
      return db
        .update(scheduledJobs)
        .set({ status: "running", lockedUntil: lease, attempts: sql`${scheduledJobs.attempts} + 1` })
        .where(sql`${scheduledJobs.id} in (${claimable})`)
        .returning();
    },

    /**
     * Marks the job done. With `attempt` (the claim's `attempts`) it is fenced: a worker whose lease
     * expired and whose job another worker re-claimed changes nothing and gets false back.
     * `outcome` (e.g. "sent", "late", "dropped:over") is merged into the payload for the record.
     */
    async completeJob(
      id: number,
      at: Date,
      attempt?: number,
      outcome?: Record<string, unknown>,
    ): Promise<boolean> {
      const rows = await db
        .update(scheduledJobs)
        .set({
          status: "done",
          doneAt: at,
          lockedUntil: null,
          ...(outcome ? { payload: sql`${scheduledJobs.payload} || ${JSON.stringify(outcome)}::jsonb` } : {}),
        })
        .where(and(eq(scheduledJobs.id, id), fenced(attempt)))
        .returning({ id: scheduledJobs.id });
      return rows.length > 0;
    },

    /** Puts the job back for a later try, or marks it failed for good (fenced like `completeJob`). */
    async failJob(id: number, error: string, retryAt: Date | null, attempt?: number): Promise<boolean> {
      const rows = await db
        .update(scheduledJobs)
        .set(
          retryAt
            ? { status: "pending", runAt: retryAt, lastError: error, lockedUntil: null }
            : { status: "failed", lastError: error, lockedUntil: null },
        )
        .where(and(eq(scheduledJobs.id, id), fenced(attempt)))
        .returning({ id: scheduledJobs.id });
      return rows.length > 0;
    },

    /**
     * The heartbeat of a long job: pushes its lease to `until` while this claim still holds it, so no
     * other worker re-claims a job that is merely slow. False when the claim is lost.
     */
    async extendLease(id: number, attempt: number, until: Date): Promise<boolean> {
      const rows = await db
        .update(scheduledJobs)
        .set({ lockedUntil: until })
        .where(and(eq(scheduledJobs.id, id), fenced(attempt)))
        .returning({ id: scheduledJobs.id });
      return rows.length > 0;
    },

    /** Records progress on a claimed job (e.g. the posted message's reference) without finishing it. */
    async noteJob(id: number, attempt: number, note: Record<string, unknown>): Promise<boolean> {
      const rows = await db
        .update(scheduledJobs)
        .set({ payload: sql`${scheduledJobs.payload} || ${JSON.stringify(note)}::jsonb` })
        .where(and(eq(scheduledJobs.id, id), fenced(attempt)))
        .returning({ id: scheduledJobs.id });
      return rows.length > 0;
    },

    /** Puts a claimed job back to wait until `runAt` (not a failure: e.g. its meeting moved later). */
    async postponeJob(id: number, runAt: Date, attempt?: number): Promise<boolean> {
      const rows = await db
        .update(scheduledJobs)
        .set({ status: "pending", runAt, lockedUntil: null })
        .where(and(eq(scheduledJobs.id, id), fenced(attempt)))
        .returning({ id: scheduledJobs.id });
      return rows.length > 0;
    },

    async pendingJobCount(now: Date): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(scheduledJobs)
        .where(
          and(
            or(eq(scheduledJobs.status, "pending"), eq(scheduledJobs.status, "running")),
            lte(scheduledJobs.runAt, now),
          ),
        );
      return row?.n ?? 0;
    },
  };
}

export function auditRepository(db: Db, tenantId: number) {
  return {
    /** Details must never hold client data: ids, counts and date ranges only. */
    async audit(
      action: string,
      actorId: number | null,
      subject = "",
      details: Record<string, unknown> = {},
      at?: Date,
    ) {
      await db
        .insert(auditLog)
        .values({ tenantId, actorId, action, subject, details, ...(at ? { at } : {}) });
    },

    async auditTrail(limit = 100): Promise<AuditEntry[]> {
      return db
        .select()
        .from(auditLog)
        .where(eq(auditLog.tenantId, tenantId))
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(limit);
    },
  };
}
