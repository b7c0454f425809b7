// Minutes of a meeting (decisions in meetings.notes, tasks in meeting_tasks) and the deputy's atomic take-over.
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { committees, meetingAttendance, meetings, meetingTasks } from "../schema/index.js";

export type MeetingTask = typeof meetingTasks.$inferSelect;
export interface TaskInput {
  what: string;
  ownerId: number;
  dueOn: string;
}

export function minutesRepository(db: Db, tenantId: number) {
  /** The meeting row of an occurrence, created on first use (as attendance does). */
  async function meetingId(committeeId: number, occurrenceAt: Date): Promise<number> {
    const [c] = await db
      .select({ id: committees.id })
      .from(committees)
      .where(and(eq(committees.tenantId, tenantId), eq(committees.id, committeeId)));
    if (!c) throw new Error("unknown committee for this tenant");
    await db.insert(meetings).values({ tenantId, committeeId, occurrenceAt }).onConflictDoNothing();
    const [row] = await db
      .select({ id: meetings.id })
      .from(meetings)
      .where(
        and(
          eq(meetings.tenantId, tenantId),
          eq(meetings.committeeId, committeeId),
          eq(meetings.occurrenceAt, occurrenceAt),
        ),
      );
    if (!row) throw new Error("meeting vanished");
    return row.id;
  }

  return {
    /**
     * The first member to take over an uncovered meeting wins: the meeting row is locked while checking, so of
     * two simultaneous taps exactly one becomes "going". Returns who holds the meeting afterwards.
     */
    async takeOverMeeting(
      committeeId: number,
      occurrenceAt: Date,
      memberId: number,
    ): Promise<{ won: boolean; holderId: number }> {
      const id = await meetingId(committeeId, occurrenceAt);
      return db.transaction(async (tx) => {
        await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id)).for("update");
        const [holder] = await tx
          .select({ memberId: meetingAttendance.memberId })
          .from(meetingAttendance)
          .where(
            and(
              eq(meetingAttendance.meetingId, id),
              inArray(meetingAttendance.status, ["going", "attended"]),
            ),
          )
          .orderBy(asc(meetingAttendance.updatedAt))
          .limit(1);
        if (holder) return { won: holder.memberId === memberId, holderId: holder.memberId };
        await tx
          .insert(meetingAttendance)
          .values({ tenantId, meetingId: id, memberId, status: "going" })
          .onConflictDoUpdate({
            target: [meetingAttendance.meetingId, meetingAttendance.memberId],
            set: { status: "going", updatedAt: sql`now()` },
          });
        return { won: true, holderId: memberId };
      });
    },

    /** Saves the minutes: the decisions replace the meeting's notes, the tasks are added. */
    async saveMinutes(
      committeeId: number,
      occurrenceAt: Date,
      decisions: string,
      tasks: TaskInput[],
      by: number,
    ): Promise<MeetingTask[]> {
      const id = await meetingId(committeeId, occurrenceAt);
      return db.transaction(async (tx) => {
        await tx.update(meetings).set({ notes: decisions, updatedAt: sql`now()` }).where(eq(meetings.id, id));
        if (tasks.length === 0) return [];
        return tx
          .insert(meetingTasks)
          .values(tasks.map((t) => ({ tenantId, meetingId: id, createdBy: by, ...t })))
          .returning();
      });
    },

    async minutesOf(
      committeeId: number,
      occurrenceAt: Date,
    ): Promise<{ decisions: string; tasks: MeetingTask[] }> {
      const [m] = await db
        .select({ id: meetings.id, notes: meetings.notes })
        .from(meetings)
        .where(
          and(
            eq(meetings.tenantId, tenantId),
            eq(meetings.committeeId, committeeId),
            eq(meetings.occurrenceAt, occurrenceAt),
          ),
        );
      if (!m) return { decisions: "", tasks: [] };
      const tasks = await db
        .select()
        .from(meetingTasks)
        .where(and(eq(meetingTasks.tenantId, tenantId), eq(meetingTasks.meetingId, m.id)))
        .orderBy(asc(meetingTasks.dueOn), asc(meetingTasks.id));
      return { decisions: m.notes, tasks };
    },

    async findTask(
      id: number,
    ): Promise<(MeetingTask & { committeeId: number; occurrenceAt: Date }) | undefined> {
      const [row] = await db
        .select({
          task: meetingTasks,
          committeeId: meetings.committeeId,
          occurrenceAt: meetings.occurrenceAt,
        })
        .from(meetingTasks)
        .innerJoin(meetings, eq(meetings.id, meetingTasks.meetingId))
        .where(and(eq(meetingTasks.tenantId, tenantId), eq(meetingTasks.id, id)));
      return row && { ...row.task, committeeId: row.committeeId, occurrenceAt: row.occurrenceAt };
    },

    /** Marks a task done once; false when it was done already (or is unknown). */
    async completeTask(id: number, at: Date): Promise<boolean> {
      const rows = await db
        .update(meetingTasks)
        .set({ doneAt: at })
        .where(and(eq(meetingTasks.tenantId, tenantId), eq(meetingTasks.id, id), isNull(meetingTasks.doneAt)))
        .returning({ id: meetingTasks.id });
      return rows.length > 0;
    },
  };
}
