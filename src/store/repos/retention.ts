// Retention: activities older than the tenant's retention period are deleted for good.
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../db.js";
import { activities } from "../schema/index.js";

export function retentionRepository(db: Db, tenantId: number) {
  return {
    /** Hard-deletes activities (and, by cascade, their partner links) that happened before `day`. */
    async purgeActivitiesBefore(day: string): Promise<number> {
      const rows = await db
        .delete(activities)
        .where(and(eq(activities.tenantId, tenantId), lt(activities.occurredOn, day)))
        .returning({ id: activities.id });
      return rows.length;
    },
  };
}
