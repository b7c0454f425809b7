// Needs seen in case work (Bedarfe) and who has seen them: the one writer of needs and need sightings.
import { and, asc, count, desc, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { type NeedStatus, needSightings, needs } from "../schema/index.js";

export type NeedRow = typeof needs.$inferSelect;
export interface Need extends NeedRow {
  /** How many members have seen it, its author included. */
  seen: number;
}

export interface NeedInput {
  districtId: number;
  description: string;
  theme: string;
  targetGroup: string;
  createdBy: number;
}

export function needRepository(db: Db, tenantId: number) {
  const scope = eq(needs.tenantId, tenantId);
  const seenCount = db
    .select({ needId: needSightings.needId, seen: count().as("seen") })
    .from(needSightings)
    .where(eq(needSightings.tenantId, tenantId))
    .groupBy(needSightings.needId)
    .as("seen_counts");

  async function withSeen(where: ReturnType<typeof and>): Promise<Need[]> {
    const rows = await db
      .select({ need: needs, seen: seenCount.seen })
      .from(needs)
      .leftJoin(seenCount, eq(seenCount.needId, needs.id))
      .where(where)
      .orderBy(desc(sql`coalesce(${seenCount.seen}, 0)`), asc(needs.id));
    return rows.map((r) => ({ ...r.need, seen: Number(r.seen ?? 0) }));
  }

  return {
    /** Records a need and its author's own sighting together. */
    async recordNeed(input: NeedInput, at: Date): Promise<Need> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(needs)
          .values({ tenantId, ...input, createdAt: at, updatedAt: at })
          .returning();
        if (!row) throw new Error("insert returned nothing");
        await tx
          .insert(needSightings)
          .values({ tenantId, needId: row.id, memberId: input.createdBy, seenAt: at });
        return { ...row, seen: 1 };
      });
    },

    async findNeed(id: number): Promise<Need | undefined> {
      const [row] = await withSeen(and(scope, eq(needs.id, id)));
      return row;
    },

    /** Needs of one district (or all), most often seen first. */
    async listNeeds(filter: { districtId?: number } = {}): Promise<Need[]> {
      return withSeen(
        and(scope, filter.districtId === undefined ? undefined : eq(needs.districtId, filter.districtId)),
      );
    },

    /** „Sehe ich auch“: false when this member had already seen it (a second tap adds nothing). */
    async addSighting(needId: number, memberId: number, at: Date): Promise<boolean> {
      return db.transaction(async (tx) => {
        const [need] = await tx
          .select({ id: needs.id })
          .from(needs)
          .where(and(scope, eq(needs.id, needId)));
        if (!need) return false;
        const added = await tx
          .insert(needSightings)
          .values({ tenantId, needId, memberId, seenAt: at })
          .onConflictDoNothing()
          .returning({ needId: needSightings.needId });
        if (added.length > 0)
          await tx
            .update(needs)
            .set({ updatedAt: at })
            .where(and(scope, eq(needs.id, needId)));
        return added.length > 0;
      });
    },

    async setNeedStatus(needId: number, status: NeedStatus, at: Date): Promise<Need | undefined> {
      const [row] = await db
        .update(needs)
        .set({ status, updatedAt: at, doneAt: status === "done" ? at : null })
        .where(and(scope, eq(needs.id, needId)))
        .returning({ id: needs.id });
      return row ? (await withSeen(and(scope, eq(needs.id, row.id))))[0] : undefined;
    },

    /** Sightings in [from, to): who added theirs after the need was raised, for the digest. */
    async sightingsBetween(
      from: Date,
      to: Date,
      districtId?: number,
    ): Promise<{ needId: number; at: Date }[]> {
      return db
        .select({ needId: needSightings.needId, at: needSightings.seenAt })
        .from(needSightings)
        .innerJoin(needs, eq(needs.id, needSightings.needId))
        .where(
          and(
            eq(needSightings.tenantId, tenantId),
            scope,
            districtId === undefined ? undefined : eq(needs.districtId, districtId),
            gte(needSightings.seenAt, from),
            lt(needSightings.seenAt, to),
          ),
        );
    },

    /**
     * Retention: needs nobody has touched since `before` go for good, with their sightings (cascade); offers
     * that answered them keep running and lose only the link (offers.need_id is set null).
     */
    async purgeNeedsBefore(before: Date): Promise<number> {
      const gone = await db
        .delete(needs)
        .where(and(scope, lt(needs.updatedAt, before)))
        .returning({ id: needs.id });
      return gone.length;
    },
  };
}
