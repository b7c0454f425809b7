// Sozialräume: the districts a team works in, with the channel that speaks for each.

import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { copyRows, type KeptReads } from "../kept-reads.js";
import { districts } from "../schema/index.js";

export type District = typeof districts.$inferSelect;

export function districtRepository(db: Db, tenantId: number, kept: KeptReads) {
  const scope = eq(districts.tenantId, tenantId);
  return {
    async createDistrict(name: string, channelId?: string): Promise<District> {
      const [row] = await db
        .insert(districts)
        .values({ tenantId, name, channelId: channelId ?? null })
        .returning();
      if (!row) throw new Error("insert returned nothing");
      return row;
    },

    /** Active districts, alphabetically. */
    async listDistricts(): Promise<District[]> {
      return kept.keep(
        `districts:${tenantId}`,
        () =>
          db
            .select()
            .from(districts)
            .where(and(scope, isNull(districts.archivedAt)))
            .orderBy(asc(districts.name)),
        copyRows,
      );
    },

    async findDistrict(id: number): Promise<District | undefined> {
      const [row] = await db
        .select()
        .from(districts)
        .where(and(scope, eq(districts.id, id)));
      return row;
    },

    async findDistrictByName(name: string): Promise<District | undefined> {
      const [row] = await db
        .select()
        .from(districts)
        .where(and(scope, sql`lower(${districts.name}) = lower(${name})`));
      return row;
    },

    async districtForChannel(channelId: string): Promise<District | undefined> {
      const [row] = await db
        .select()
        .from(districts)
        .where(and(scope, eq(districts.channelId, channelId), isNull(districts.archivedAt)));
      return row;
    },

    /** The district's yearly target of case-independent hours; null removes it. */
    async setDistrictBudget(districtId: number, hours: number | null): Promise<District | undefined> {
      const [row] = await db
        .update(districts)
        .set({ budgetHours: hours })
        .where(and(scope, eq(districts.id, districtId)))
        .returning();
      return row;
    },

    async assignChannel(districtId: number, channelId: string | null): Promise<District | undefined> {
      const [row] = await db
        .update(districts)
        .set({ channelId })
        .where(and(scope, eq(districts.id, districtId)))
        .returning();
      return row;
    },

    async renameDistrict(districtId: number, name: string): Promise<District | undefined> {
      const [row] = await db
        .update(districts)
        .set({ name })
        .where(and(scope, eq(districts.id, districtId)))
        .returning();
      return row;
    },

    async archiveDistrict(districtId: number, at: Date): Promise<District | undefined> {
      const [row] = await db
        .update(districts)
        .set({ archivedAt: at })
        .where(and(scope, eq(districts.id, districtId)))
        .returning();
      return row;
    },
  };
}
