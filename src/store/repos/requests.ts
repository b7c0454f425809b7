// Remembers keys of platform requests for a while, so a replayed request is recognised (seen_requests).
import { lte, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { seenRequests } from "../schema/index.js";

/** Asks one thing: is this the first sight of `key` within the last `ttlSeconds`? */
export interface RequestLedger {
  /** True when the key is new (and now remembered until now + ttl); false when it was seen and has not expired. */
  firstSight(key: string, now: Date, ttlSeconds: number): Promise<boolean>;
  /**
   * The same question in two stages, for a caller that must answer before the database does (Slack's ack):
   * `here` is this process's memory, known at once; `everywhere` adds the other processes on the database.
   */
  sight(key: string, now: Date, ttlSeconds: number): Sighting;
}

export interface Sighting {
  here: boolean;
  /** Never rejects: while the database cannot answer, this process's memory decides (see below). */
  everywhere: Promise<boolean>;
}

/** How long the shared check may take before this process's memory decides alone. */
const SHARED_CHECK_MS = 1_000;

/** Expired rows are purged at most this often per process, by whichever request comes next. */
const PURGE_EVERY_MS = 60_000;

/**
 * The ledger in the database, shared by every process on it (PostgreSQL). Platform bookkeeping, not tenant
 * data: a request is recognised before its tenant is known, so the table has no tenant column.
 *
 * While the database cannot be reached (an error, or no answer within a second) the process's own memory
 * decides instead: a replay to this process
 * is still refused, one to another instance is not. Refusing everything instead would turn every outage
 * into silence for the user, while a request that passes can do no more than the original could (its
 * writes stay idempotent by their entry keys, and without the database nothing is written anyway).
 */
export function databaseRequestLedger(db: Db): RequestLedger {
  const local = memoryRequestLedger();
  let lastPurge = 0;
  // One statement decides: a new key is inserted; an expired one (not purged yet) is taken over; a live one
  // is left alone and returns no row. Two processes racing on the same key: only one gets the row. Built
  // once: it runs on every request.
  const claim = db
    .insert(seenRequests)
    .values({ key: sql.placeholder("key"), expiresAt: sql.placeholder("expiresAt") })
    .onConflictDoUpdate({
      target: seenRequests.key,
      set: { expiresAt: sql`excluded.expires_at` },
      setWhere: sql`${seenRequests.expiresAt} <= ${sql.placeholder("now")}::timestamptz`,
    })
    .returning({ key: seenRequests.key })
    .prepare("seen_request_claim");
  const sight = (key: string, now: Date, ttlSeconds: number): Sighting => {
    const here = local.sight(key, now, ttlSeconds).here;
    if (!here) return { here, everywhere: Promise.resolve(false) };
    // Asked on the next turn of the event loop: the caller answers first (Slack's ack is sent in this turn).
    const everywhere = new Promise<boolean>((resolve) => {
      setImmediate(() => resolve(bounded(shared(key, now, ttlSeconds))));
    });
    return { here, everywhere };
  };
  return {
    sight,
    firstSight: (key, now, ttlSeconds) => sight(key, now, ttlSeconds).everywhere,
  };

  /** Bounded: a hanging database must not hold a request for long; its error or silence counts as new. */
  async function bounded(check: Promise<boolean>): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), SHARED_CHECK_MS);
    });
    try {
      return await Promise.race([check.catch(() => true), slow]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function shared(key: string, now: Date, ttlSeconds: number): Promise<boolean> {
    if (now.getTime() - lastPurge >= PURGE_EVERY_MS) {
      lastPurge = now.getTime();
      await db.delete(seenRequests).where(lte(seenRequests.expiresAt, now));
    }
    const expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
    const rows = await claim.execute({ key, expiresAt, now: now.toISOString() });
    return rows.length > 0;
  }
}

/**
 * The ledger in process memory, for the embedded database: PGlite is one process by construction, so no
 * other instance can be replayed to. The store keeps one per database object, so an app restarted within the
 * process still refuses; a new process forgets it (a replay within the window after that passes the
 * signature check, and writes made from it stay idempotent by their entry keys).
 */
export function memoryRequestLedger(): RequestLedger & { readonly size: number } {
  // Map keeps insertion order; with one ttl per caller expiries are (nearly) monotone, so pruning stops early.
  const seen = new Map<string, number>();
  const prune = (nowMs: number) => {
    for (const [key, expires] of seen) {
      if (expires > nowMs) break;
      seen.delete(key);
    }
  };
  const sight = (key: string, now: Date, ttlSeconds: number): Sighting => {
    const nowMs = now.getTime();
    prune(nowMs);
    const expires = seen.get(key);
    if (expires !== undefined && expires > nowMs) return { here: false, everywhere: Promise.resolve(false) };
    seen.delete(key);
    seen.set(key, nowMs + ttlSeconds * 1000);
    return { here: true, everywhere: Promise.resolve(true) };
  };
  return {
    sight,
    firstSight: async (key, now, ttlSeconds) => sight(key, now, ttlSeconds).here,
    get size() {
      return seen.size;
    },
  };
}
