// A tenant's school holidays: ranges of local days, imported from the state's iCalendar file or typed by hand.
import { and, asc, eq, gte, lte } from "drizzle-orm";
import type { Db } from "../db.js";
import { schoolHolidays } from "../schema/index.js";

export type SchoolHoliday = typeof schoolHolidays.$inferSelect;

export function holidayRepository(db: Db, tenantId: number) {
  const scope = eq(schoolHolidays.tenantId, tenantId);
  return {
    /** Adds ranges; one already there (same first and last day) is kept. Returns how many were new. */
    async addSchoolHolidays(ranges: { startsOn: string; endsOn: string; name: string }[]): Promise<number> {
      if (ranges.length === 0) return 0;
      const rows = await db
        .insert(schoolHolidays)
        .values(ranges.map((r) => ({ tenantId, ...r })))
        .onConflictDoNothing()
        .returning({ id: schoolHolidays.id });
      return rows.length;
    },

    /** Ranges that touch [fromDay, toDay] (ISO days), or all when no window is given; by first day. */
    async schoolHolidays(fromDay?: string, toDay?: string): Promise<SchoolHoliday[]> {
      return db
        .select()
        .from(schoolHolidays)
        .where(
          and(
            scope,
            fromDay ? gte(schoolHolidays.endsOn, fromDay) : undefined,
            toDay ? lte(schoolHolidays.startsOn, toDay) : undefined,
          ),
        )
        .orderBy(asc(schoolHolidays.startsOn));
    },

    async removeSchoolHoliday(id: number): Promise<boolean> {
      const rows = await db
        .delete(schoolHolidays)
        .where(and(scope, eq(schoolHolidays.id, id)))
        .returning({ id: schoolHolidays.id });
      return rows.length > 0;
    },
  };
}
