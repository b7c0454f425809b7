// Committees (Gremien): their rule, usual attendees, per-occurrence overrides and attendance.
import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import {
  type Attendance,
  type CommitteePart,
  type CommitteeType,
  calendarTokens,
  committeeMembers,
  committees,
  meetingAttendance,
  meetings,
} from "../schema/index.js";

export type Committee = typeof committees.$inferSelect;
export type MeetingOverride = typeof meetings.$inferSelect;
export type CalendarToken = typeof calendarTokens.$inferSelect;

export interface CommitteeInput {
  districtId: number;
  name: string;
  type: CommitteeType;
  part: CommitteePart;
  recurrence: string;
  firstStartsAt: Date;
  durationMinutes: number;
  timezone: string;
  location?: string;
  channelId?: string | null;
  reminderLeadMinutes?: number[];
  skipPublicHolidays?: boolean;
  skipSchoolHolidays?: boolean;
  usualAttendeeIds?: number[];
  /** The creating member; set on create only. */
  createdBy?: number;
}

export function committeeRepository(db: Db, tenantId: number) {
  const scope = eq(committees.tenantId, tenantId);

  async function meetingFor(committeeId: number, occurrenceAt: Date): Promise<MeetingOverride> {
    const committee = await db
      .select({ id: committees.id })
      .from(committees)
      .where(and(scope, eq(committees.id, committeeId)));
    if (committee.length === 0) throw new Error("unknown committee for this tenant");
    await db.insert(meetings).values({ tenantId, committeeId, occurrenceAt }).onConflictDoNothing();
    const [row] = await db
      .select()
      .from(meetings)
      .where(
        and(
          eq(meetings.tenantId, tenantId),
          eq(meetings.committeeId, committeeId),
          eq(meetings.occurrenceAt, occurrenceAt),
        ),
      );
    if (!row) throw new Error("meeting vanished");
    return row;
  }

  return {
    async createCommittee(input: CommitteeInput): Promise<Committee> {
      return db.transaction(async (tx) => {
        const { usualAttendeeIds, ...fields } = input;
        const [row] = await tx
          .insert(committees)
          .values({ tenantId, ...fields, location: fields.location ?? "" })
          .returning();
        if (!row) throw new Error("insert returned nothing");
        if (usualAttendeeIds?.length) {
          await tx
            .insert(committeeMembers)
            .values(usualAttendeeIds.map((memberId) => ({ tenantId, committeeId: row.id, memberId })));
        }
        return row;
      });
    },

    async updateCommittee(
      id: number,
      patch: Partial<Omit<CommitteeInput, "usualAttendeeIds" | "createdBy">>,
    ) {
      const [row] = await db
        .update(committees)
        .set(patch)
        .where(and(scope, eq(committees.id, id)))
        .returning();
      return row;
    },

    async listCommittees(districtId?: number): Promise<Committee[]> {
      return db
        .select()
        .from(committees)
        .where(
          and(
            scope,
            isNull(committees.archivedAt),
            districtId === undefined ? undefined : eq(committees.districtId, districtId),
          ),
        )
        .orderBy(asc(committees.name));
    },

    async findCommittee(id: number): Promise<Committee | undefined> {
      const [row] = await db
        .select()
        .from(committees)
        .where(and(scope, eq(committees.id, id)));
      return row;
    },

    async findCommitteeByName(name: string): Promise<Committee | undefined> {
      const [row] = await db
        .select()
        .from(committees)
        .where(and(scope, sql`lower(${committees.name}) = lower(${name})`));
      return row;
    },

    async archiveCommittee(id: number, at: Date): Promise<boolean> {
      const rows = await db
        .update(committees)
        .set({ archivedAt: at })
        .where(and(scope, eq(committees.id, id)))
        .returning({ id: committees.id });
      return rows.length > 0;
    },

    async usualAttendees(committeeId: number): Promise<number[]> {
      const rows = await db
        .select({ memberId: committeeMembers.memberId })
        .from(committeeMembers)
        .where(and(eq(committeeMembers.tenantId, tenantId), eq(committeeMembers.committeeId, committeeId)));
      return rows.map((r) => r.memberId);
    },

    async setUsualAttendees(committeeId: number, memberIds: number[]): Promise<void> {
      await db.transaction(async (tx) => {
        await tx
          .delete(committeeMembers)
          .where(and(eq(committeeMembers.tenantId, tenantId), eq(committeeMembers.committeeId, committeeId)));
        if (memberIds.length) {
          await tx
            .insert(committeeMembers)
            .values(memberIds.map((memberId) => ({ tenantId, committeeId, memberId })));
        }
      });
    },

    async cancelMeeting(committeeId: number, occurrenceAt: Date): Promise<MeetingOverride> {
      const meeting = await meetingFor(committeeId, occurrenceAt);
      const [row] = await db
        .update(meetings)
        .set({ status: "cancelled", movedTo: null })
        .where(eq(meetings.id, meeting.id))
        .returning();
      return row ?? meeting;
    },

    async moveMeeting(committeeId: number, occurrenceAt: Date, to: Date): Promise<MeetingOverride> {
      const meeting = await meetingFor(committeeId, occurrenceAt);
      const [row] = await db
        .update(meetings)
        .set({ status: "moved", movedTo: to })
        .where(eq(meetings.id, meeting.id))
        .returning();
      return row ?? meeting;
    },

    /** Overrides of occurrences (by original start, or moved into) the window [from, to). */
    async meetingOverrides(committeeIds: number[], from: Date, to: Date): Promise<MeetingOverride[]> {
      if (committeeIds.length === 0) return [];
      return db
        .select()
        .from(meetings)
        .where(
          and(
            eq(meetings.tenantId, tenantId),
            inArray(meetings.committeeId, committeeIds),
            or(
              and(gte(meetings.occurrenceAt, from), lt(meetings.occurrenceAt, to)),
              and(gte(meetings.movedTo, from), lt(meetings.movedTo, to)),
            ),
          ),
        );
    },

    async setAttendance(
      committeeId: number,
      occurrenceAt: Date,
      memberId: number,
      status: Attendance,
    ): Promise<void> {
      const meeting = await meetingFor(committeeId, occurrenceAt);
      await db
        .insert(meetingAttendance)
        .values({ tenantId, meetingId: meeting.id, memberId, status })
        .onConflictDoUpdate({
          target: [meetingAttendance.meetingId, meetingAttendance.memberId],
          set: { status, updatedAt: sql`now()` },
        });
    },

    async attendance(
      committeeId: number,
      occurrenceAt: Date,
    ): Promise<{ memberId: number; status: Attendance }[]> {
      return db
        .select({ memberId: meetingAttendance.memberId, status: meetingAttendance.status })
        .from(meetingAttendance)
        .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
        .where(
          and(
            eq(meetingAttendance.tenantId, tenantId),
            eq(meetings.committeeId, committeeId),
            eq(meetings.occurrenceAt, occurrenceAt),
          ),
        );
    },

    /** Every answer to these committees' meetings that occur in [from, to), in one read (the digest's list). */
    async attendanceBetween(
      committeeIds: readonly number[],
      from: Date,
      to: Date,
    ): Promise<{ committeeId: number; occurrenceAt: Date; memberId: number; status: Attendance }[]> {
      if (committeeIds.length === 0) return [];
      return db
        .select({
          committeeId: meetings.committeeId,
          occurrenceAt: meetings.occurrenceAt,
          memberId: meetingAttendance.memberId,
          status: meetingAttendance.status,
        })
        .from(meetingAttendance)
        .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
        .where(
          and(
            eq(meetingAttendance.tenantId, tenantId),
            inArray(meetings.committeeId, [...committeeIds]),
            gte(meetings.occurrenceAt, from),
            lt(meetings.occurrenceAt, to),
          ),
        );
    },

    /** The usual attendees of each of these committees, in one read. */
    async usualAttendeesOf(committeeIds: readonly number[]): Promise<Map<number, number[]>> {
      const out = new Map<number, number[]>(committeeIds.map((id) => [id, []]));
      if (committeeIds.length === 0) return out;
      const rows = await db
        .select({ committeeId: committeeMembers.committeeId, memberId: committeeMembers.memberId })
        .from(committeeMembers)
        .where(
          and(
            eq(committeeMembers.tenantId, tenantId),
            inArray(committeeMembers.committeeId, [...committeeIds]),
          ),
        );
      for (const r of rows) out.get(r.committeeId)?.push(r.memberId);
      return out;
    },

    async createCalendarToken(memberId: number, token: string, districtId?: number): Promise<CalendarToken> {
      const [row] = await db
        .insert(calendarTokens)
        .values({ tenantId, memberId, token, districtId: districtId ?? null })
        .returning();
      if (!row) throw new Error("insert returned nothing");
      return row;
    },

    async revokeCalendarTokens(memberId: number, at: Date): Promise<number> {
      const rows = await db
        .update(calendarTokens)
        .set({ revokedAt: at })
        .where(
          and(
            eq(calendarTokens.tenantId, tenantId),
            eq(calendarTokens.memberId, memberId),
            isNull(calendarTokens.revokedAt),
          ),
        )
        .returning({ id: calendarTokens.id });
      return rows.length;
    },
  };
}

/** The feed URL's secret token is the only key a calendar client has; it names its tenant. */
export function calendarTokenLookup(db: Db) {
  return {
    async resolveCalendarToken(token: string): Promise<CalendarToken | undefined> {
      const [row] = await db
        .select()
        .from(calendarTokens)
        .where(and(eq(calendarTokens.token, token), isNull(calendarTokens.revokedAt)));
      return row;
    },
  };
}
