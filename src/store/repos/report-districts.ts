// The report's figures for every district at once (grouped by district): one query per table instead of one per district.
// An archived district's activities come too: the total counts them, as the tenant-wide report does.
import { and, eq, gte, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { type ActivityRole, activities, type Focus, type Goal, type Level } from "../schema/index.js";
import { breakdownColumns, int, targetGroupRows } from "./reports.js";

/** An inclusive day range over all of the tenant's districts. */
export interface DistrictsScope {
  from: string;
  to: string;
}

export function reportDistrictsRepository(db: Db, tenantId: number) {
  const inScope = (s: DistrictsScope) =>
    and(
      eq(activities.tenantId, tenantId),
      isNull(activities.deletedAt),
      gte(activities.occurredOn, s.from),
      lte(activities.occurredOn, s.to),
    );
  return {
    async breakdownByDistrict(scope: DistrictsScope): Promise<
      {
        districtId: number;
        focus: Focus;
        level: Level;
        role: ActivityRole;
        count: number;
        minutes: number;
        participants: number;
      }[]
    > {
      return db
        .select({ districtId: activities.districtId, ...breakdownColumns })
        .from(activities)
        .where(inScope(scope))
        .groupBy(activities.districtId, activities.focus, activities.level, activities.role);
    },

    async goalTotalsByDistrict(
      scope: DistrictsScope,
    ): Promise<{ districtId: number; goal: Goal; count: number; minutes: number }[]> {
      const goal = sql<Goal>`g.goal`;
      return (
        db
          .select({
            districtId: activities.districtId,
            goal,
            count: sql<number>`count(*)::int`,
            minutes: int(sql`sum(${activities.minutes})`),
          })
          .from(activities)
          .innerJoin(sql`unnest(${activities.goals}) as g(goal)`, sql`true`)
          .where(inScope(scope))
          .groupBy(activities.districtId, goal)
          // By goal first: the report's total adds the districts' rows up in this order.
          .orderBy(goal, activities.districtId)
      );
    },

    /** As `targetGroupTotals`: a confidential activity's groups count under one `null` group. */
    async targetGroupTotalsByDistrict(scope: DistrictsScope): Promise<
      {
        districtId: number;
        targetGroup: string | null;
        count: number;
        minutes: number;
        participants: number;
      }[]
    > {
      const group = sql<string | null>`tg.name`;
      return (
        db
          .select({
            districtId: activities.districtId,
            targetGroup: group,
            count: sql<number>`count(*)::int`,
            minutes: int(sql`sum(${activities.minutes})`),
            participants: int(sql`sum(${activities.participants})`),
          })
          .from(activities)
          .innerJoin(targetGroupRows, sql`true`)
          .where(inScope(scope))
          .groupBy(activities.districtId, group)
          // By group first: the report's total adds the districts' rows up in this order.
          .orderBy(group, activities.districtId)
      );
    },

    /** Minutes per district, focus and ISO week („2026-47“) or month („2026-11“): the charts' bars. */
    async focusMinutesByDistrict(
      scope: DistrictsScope,
      bucket: "week" | "month",
    ): Promise<{ districtId: number; bucket: string; focus: Focus; minutes: number }[]> {
      const key =
        bucket === "week"
          ? sql<string>`to_char(${activities.occurredOn}, 'IYYY-IW')`
          : sql<string>`to_char(${activities.occurredOn}, 'YYYY-MM')`;
      return db
        .select({
          districtId: activities.districtId,
          bucket: key,
          focus: activities.focus,
          minutes: int(sql`sum(${activities.minutes})`),
        })
        .from(activities)
        .where(inScope(scope))
        .groupBy(activities.districtId, key, activities.focus);
    },
  };
}
