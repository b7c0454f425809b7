// The partner register (institutions, groups): the one writer of partners. Activities and cooperations link to
// them; a merge moves those links here, in one transaction, so no other repository rewrites partner ids.

import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { copyRows, type KeptReads } from "../kept-reads.js";
import {
  activities,
  activityPartners,
  cooperations,
  offerPartners,
  type PartnerType,
  partners,
} from "../schema/index.js";

export type Partner = typeof partners.$inferSelect;

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** How much a partner is used: what a lead needs to decide what to merge, retype or archive. */
export interface PartnerUsage {
  partnerId: number;
  activities: number;
  cooperations: number;
  /** The latest day of a live activity with this partner (yyyy-MM-dd), or null. */
  lastActivityOn: string | null;
  /** When a cooperation with this partner last changed, or null. */
  lastCooperationAt: Date | null;
}

/** What a merge moved to the partner that is kept. */
export interface MergeResult {
  kept: Partner;
  activities: number;
  cooperations: number;
  offers: number;
}

/**
 * Creates a partner inside a caller's transaction (the activity save path creates its new partners with the
 * activity): the same insert as `createPartner`, so partners have one writer.
 */
export async function insertPartner(
  tx: Db | Tx,
  tenantId: number,
  values: { name: string; type: PartnerType; districtId?: number | null },
): Promise<Partner> {
  const [row] = await tx
    .insert(partners)
    .values({ tenantId, name: values.name, type: values.type, districtId: values.districtId ?? null })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export function partnerRepository(db: Db, tenantId: number, kept: KeptReads) {
  const scope = eq(partners.tenantId, tenantId);
  const one = async (
    id: number,
    patch: Partial<Pick<Partner, "name" | "type" | "districtId" | "archivedAt">>,
  ) => {
    const [row] = await db
      .update(partners)
      .set(patch)
      .where(and(scope, eq(partners.id, id)))
      .returning();
    return row;
  };
  return {
    async createPartner(name: string, type: PartnerType, districtId?: number): Promise<Partner> {
      return insertPartner(db, tenantId, { name, type, districtId: districtId ?? null });
    },

    /** Every partner, archived ones too: old entries keep showing the names they were saved with. */
    async listPartners(): Promise<Partner[]> {
      return kept.keep(
        `partners:${tenantId}`,
        () => db.select().from(partners).where(scope).orderBy(asc(partners.name)),
        copyRows,
      );
    },

    /** The partners offered when something new is entered: archived ones are not suggested. */
    async listActivePartners(): Promise<Partner[]> {
      return db
        .select()
        .from(partners)
        .where(and(scope, isNull(partners.archivedAt)))
        .orderBy(asc(partners.name));
    },

    async findPartner(id: number): Promise<Partner | undefined> {
      const [row] = await db
        .select()
        .from(partners)
        .where(and(scope, eq(partners.id, id)));
      return row;
    },

    async findPartnerByName(name: string): Promise<Partner | undefined> {
      const [row] = await db
        .select()
        .from(partners)
        .where(and(scope, sql`lower(${partners.name}) = lower(${name})`));
      return row;
    },

    updatePartner: (id: number, patch: Partial<Pick<Partner, "name" | "type" | "districtId">>) =>
      one(id, patch),

    renamePartner: (id: number, name: string) => one(id, { name }),
    retypePartner: (id: number, type: PartnerType) => one(id, { type }),
    archivePartner: (id: number, at: Date) => one(id, { archivedAt: at }),

    /** Links per partner: live activities, cooperations and when each was last used. */
    async partnerUsage(): Promise<PartnerUsage[]> {
      const [acts, coops] = await Promise.all([
        db
          .select({
            partnerId: activityPartners.partnerId,
            count: sql<number>`count(*)::int`,
            last: sql<string | null>`max(${activities.occurredOn})::text`,
          })
          .from(activityPartners)
          .innerJoin(activities, eq(activities.id, activityPartners.activityId))
          .where(and(eq(activityPartners.tenantId, tenantId), isNull(activities.deletedAt)))
          .groupBy(activityPartners.partnerId),
        db
          .select({
            partnerId: cooperations.partnerId,
            count: sql<number>`count(*)::int`,
            last: sql<Date | null>`max(${cooperations.updatedAt})`,
          })
          .from(cooperations)
          .where(eq(cooperations.tenantId, tenantId))
          .groupBy(cooperations.partnerId),
      ]);
      const byId = new Map<number, PartnerUsage>();
      const entry = (partnerId: number) => {
        let u = byId.get(partnerId);
        if (!u) {
          u = { partnerId, activities: 0, cooperations: 0, lastActivityOn: null, lastCooperationAt: null };
          byId.set(partnerId, u);
        }
        return u;
      };
      for (const a of acts)
        Object.assign(entry(a.partnerId), { activities: a.count, lastActivityOn: a.last });
      for (const c of coops) {
        // The driver may hand back a string for an aggregate; the register compares instants.
        const last = c.last === null ? null : new Date(c.last);
        Object.assign(entry(c.partnerId), { cooperations: c.count, lastCooperationAt: last });
      }
      return [...byId.values()];
    },

    /**
     * Moves every link of `dropId` (activities, cooperations, offers, its district) to `keepId` and deletes it, all in one
     * transaction: a failure leaves both partners as they were. An activity linked to both keeps one link.
     */
    async mergePartners(keepId: number, dropId: number): Promise<MergeResult | undefined> {
      if (keepId === dropId) return undefined;
      return db.transaction(async (tx) => {
        const both = await tx
          .select()
          .from(partners)
          .where(and(scope, inArray(partners.id, [keepId, dropId])))
          .for("update");
        const keep = both.find((p) => p.id === keepId);
        const drop = both.find((p) => p.id === dropId);
        if (!keep || !drop) return undefined;
        const linkScope = and(
          eq(activityPartners.tenantId, tenantId),
          eq(activityPartners.partnerId, dropId),
        );
        const alreadyKept = tx
          .select({ id: activityPartners.activityId })
          .from(activityPartners)
          .where(and(eq(activityPartners.tenantId, tenantId), eq(activityPartners.partnerId, keepId)));
        await tx
          .delete(activityPartners)
          .where(and(linkScope, inArray(activityPartners.activityId, alreadyKept)));
        const moved = await tx
          .update(activityPartners)
          .set({ partnerId: keepId })
          .where(linkScope)
          .returning({ id: activityPartners.activityId });
        const offerLinks = and(eq(offerPartners.tenantId, tenantId), eq(offerPartners.partnerId, dropId));
        const offersKept = tx
          .select({ id: offerPartners.offerId })
          .from(offerPartners)
          .where(and(eq(offerPartners.tenantId, tenantId), eq(offerPartners.partnerId, keepId)));
        await tx.delete(offerPartners).where(and(offerLinks, inArray(offerPartners.offerId, offersKept)));
        const movedOffers = await tx
          .update(offerPartners)
          .set({ partnerId: keepId })
          .where(offerLinks)
          .returning({ id: offerPartners.offerId });
        const coops = await tx
          .update(cooperations)
          .set({ partnerId: keepId })
          .where(and(eq(cooperations.tenantId, tenantId), eq(cooperations.partnerId, dropId)))
          .returning({ id: cooperations.id });
        await tx.delete(partners).where(and(scope, eq(partners.id, dropId)));
        const [kept] = await tx
          .update(partners)
          .set({ districtId: keep.districtId ?? drop.districtId })
          .where(and(scope, eq(partners.id, keepId)))
          .returning();
        if (!kept) throw new Error("kept partner vanished during the merge");
        return { kept, activities: moved.length, cooperations: coops.length, offers: movedOffers.length };
      });
    },
  };
}
