// Send slots shared by every process on the database (the rate limiter behind paced delivery) and the
// delivery ledger that tells a retried job whether its post already went out.
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { deliveryLedger, sendSlots } from "../schema/index.js";

/** A slot to send at, or (when the next free one is too far away) when to ask again. */
export type SlotAnswer = { at: Date } | { busyUntil: Date };

export function sendSlotRepository(db: Db) {
  return {
    /**
     * Takes the next slot for `key` if it starts within `maxWaitMs` of `now`: one atomic upsert, so two
     * takers (in any process) never get slots closer than `intervalMs`. A slot further away is not taken,
     * so a caller that gives up and comes back later has not pushed everyone else back.
     * Time is the caller's (injected) clock, not the database's, so tests can drive it.
     */
    async takeSlot(key: string, now: Date, intervalMs: number, maxWaitMs: number): Promise<SlotAnswer> {
      const nowIso = now.toISOString();
      const first = new Date(now.getTime() + intervalMs);
      const rows = await db
        .insert(sendSlots)
        .values({ key, nextAt: first })
        .onConflictDoUpdate({
          target: sendSlots.key,
          set: {
            nextAt: sql`greatest(${sendSlots.nextAt}, ${nowIso}::timestamptz) + ${intervalMs} * interval '1 millisecond'`,
          },
          setWhere: sql`${sendSlots.nextAt} <= ${new Date(now.getTime() + maxWaitMs).toISOString()}::timestamptz`,
        })
        .returning({ nextAt: sendSlots.nextAt });
      const taken = rows[0];
      if (taken) return { at: new Date(taken.nextAt.getTime() - intervalMs) };
      const [row] = await db
        .select({ nextAt: sendSlots.nextAt })
        .from(sendSlots)
        .where(eq(sendSlots.key, key));
      return { busyUntil: row?.nextAt ?? now };
    },
  };
}

export type LedgerEntry = { startedAt: Date; messageRef: string | null };

/** The delivery ledger of one tenant (see schema `delivery_ledger`). */
export function deliveryLedgerRepository(db: Db, tenantId: number) {
  const scope = (key: string) => and(eq(deliveryLedger.tenantId, tenantId), eq(deliveryLedger.key, key));
  return {
    /** Records that a post for `key` starts now; returns the earlier entry instead when there is one. */
    async beginDelivery(key: string, at: Date): Promise<LedgerEntry | undefined> {
      const inserted = await db
        .insert(deliveryLedger)
        .values({ tenantId, key, startedAt: at })
        .onConflictDoNothing()
        .returning({ key: deliveryLedger.key });
      if (inserted.length > 0) return undefined;
      const [row] = await db
        .select({ startedAt: deliveryLedger.startedAt, messageRef: deliveryLedger.messageRef })
        .from(deliveryLedger)
        .where(scope(key));
      return row;
    },

    async finishDelivery(key: string, messageRef: string): Promise<void> {
      await db.update(deliveryLedger).set({ messageRef }).where(scope(key));
    },

    /** Forgets deliveries started before `before`; returns how many. */
    async pruneDeliveriesBefore(before: Date): Promise<number> {
      const rows = await db
        .delete(deliveryLedger)
        .where(and(eq(deliveryLedger.tenantId, tenantId), lt(deliveryLedger.startedAt, before)))
        .returning({ key: deliveryLedger.key });
      return rows.length;
    },
  };
}
