// Retention: what is older than the tenant's retention period is deleted for good.
import { and, eq, inArray, lt, ne } from "drizzle-orm";
import type { Db } from "../db.js";
import { activities, meetings, meetingTasks } from "../schema/index.js";
import { forgetRecentTitles } from "./recent-titles.js";

export function retentionRepository(db: Db, tenantId: number) {
  return {
    /** Hard-deletes activities (and, by cascade, their partner links) that happened before `day`. */
    async purgeActivitiesBefore(day: string): Promise<number> {
      const rows = await db
        .delete(activities)
        .where(and(eq(activities.tenantId, tenantId), lt(activities.occurredOn, day)))
        .returning({ id: activities.id });
      forgetRecentTitles(db, tenantId);
      return rows.length;
    },

    /**
     * The minutes of meetings before `before`: their decisions are emptied and their tasks deleted, in one
     * transaction. The meeting rows stay (status and attendance are the committee's record, not free text).
     */
    async purgeMinutesBefore(before: Date): Promise<number> {
      return db.transaction(async (tx) => {
        const old = tx
          .select({ id: meetings.id })
          .from(meetings)
          .where(and(eq(meetings.tenantId, tenantId), lt(meetings.occurrenceAt, before)));
        const tasks = await tx
          .delete(meetingTasks)
          .where(and(eq(meetingTasks.tenantId, tenantId), inArray(meetingTasks.meetingId, old)))
          .returning({ id: meetingTasks.id });
        const notes = await tx
          .update(meetings)
          .set({ notes: "" })
          .where(
            and(eq(meetings.tenantId, tenantId), lt(meetings.occurrenceAt, before), ne(meetings.notes, "")),
          )
          .returning({ id: meetings.id });
        return tasks.length + notes.length;
      });
    },
  };
}
