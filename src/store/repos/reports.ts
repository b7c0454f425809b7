// Read-only aggregates for the youth-office report (the weekly digest reads in digest-reads.ts); tenant-scoped.
import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import {
  type ActivityRole,
  activities,
  activityPartners,
  type Focus,
  type Goal,
  type Level,
  meetingAttendance,
  meetings,
  type PartnerType,
  partners,
} from "../schema/index.js";

/** A district (or the whole tenant when `districtId` is absent) and an inclusive day range (yyyy-MM-dd). */
export interface ReportScope {
  districtId?: number;
  from: string;
  to: string;
}

export interface DayFocusLevel {
  day: string;
  focus: Focus;
  level: Level;
  count: number;
  minutes: number;
}

export interface Breakdown {
  focus: Focus;
  level: Level;
  role: ActivityRole;
  count: number;
  minutes: number;
  participants: number;
}

export interface PartnerContact {
  id: number;
  name: string;
  type: PartnerType;
  createdAt: Date;
  /** Day of the latest activity with this partner, null when there was none. */
  lastContact: string | null;
  contacts: number;
  archivedAt: Date | null;
}

export const int = (expr: SQL) => sql<number>`coalesce(${expr}, 0)::int`;

/** A report's breakdown of activities: per focus, level and role, the count, minutes and participants. */
export const breakdownColumns = {
  focus: activities.focus,
  level: activities.level,
  role: activities.role,
  count: sql<number>`count(*)::int`,
  minutes: int(sql`sum(${activities.minutes})`),
  participants: int(sql`sum(${activities.participants})`),
};

/**
 * One row per target group of an activity, as `tg(name)`. A confidential activity's groups are its author's
 * text, so it counts under one `null` group instead of by name.
 */
export const targetGroupRows = sql`unnest(case when ${activities.confidential} then array[null]::text[] else ${activities.targetGroups} end) as tg(name)`;

export function reportRepository(db: Db, tenantId: number) {
  const live = and(eq(activities.tenantId, tenantId), isNull(activities.deletedAt));
  const inScope = (s: ReportScope) =>
    and(
      live,
      s.districtId === undefined ? undefined : eq(activities.districtId, s.districtId),
      gte(activities.occurredOn, s.from),
      lte(activities.occurredOn, s.to),
    );

  return {
    /** Activities and minutes per day, focus and level (the digest buckets them into weeks). */
    async dailyFocusMinutes(scope: ReportScope): Promise<DayFocusLevel[]> {
      return db
        .select({
          day: activities.occurredOn,
          focus: activities.focus,
          level: activities.level,
          count: sql<number>`count(*)::int`,
          minutes: int(sql`sum(${activities.minutes})`),
        })
        .from(activities)
        .where(inScope(scope))
        .groupBy(activities.occurredOn, activities.focus, activities.level)
        .orderBy(asc(activities.occurredOn));
    },

    /** Activities, minutes and participants per focus, level and role. */
    async activityBreakdown(scope: ReportScope): Promise<Breakdown[]> {
      return db
        .select(breakdownColumns)
        .from(activities)
        .where(inScope(scope))
        .groupBy(activities.focus, activities.level, activities.role);
    },

    /** Per goal: activities and minutes (an activity with several goals counts for each). */
    async goalTotals(scope: ReportScope): Promise<{ goal: Goal; count: number; minutes: number }[]> {
      const goal = sql<Goal>`g.goal`;
      return db
        .select({ goal, count: sql<number>`count(*)::int`, minutes: int(sql`sum(${activities.minutes})`) })
        .from(activities)
        .innerJoin(sql`unnest(${activities.goals}) as g(goal)`, sql`true`)
        .where(inScope(scope))
        .groupBy(goal)
        .orderBy(goal);
    },

    /**
     * Per target group: activities, minutes and participants reached. The groups of a confidential
     * activity are its author's text, so they count under one `null` group instead of by name.
     */
    async targetGroupTotals(
      scope: ReportScope,
    ): Promise<{ targetGroup: string | null; count: number; minutes: number; participants: number }[]> {
      const group = sql<string | null>`tg.name`;
      return db
        .select({
          targetGroup: group,
          count: sql<number>`count(*)::int`,
          minutes: int(sql`sum(${activities.minutes})`),
          participants: int(sql`sum(${activities.participants})`),
        })
        .from(activities)
        .innerJoin(targetGroupRows, sql`true`)
        .where(inScope(scope))
        .groupBy(group)
        .orderBy(group);
    },

    /**
     * Partners of a district (its own, or met in one of its activities in the range) with their
     * contacts in the range and the latest one; all of the tenant's partners without a district.
     */
    async partnerContacts(
      districtId: number | undefined,
      range: { from?: string; to: string },
    ): Promise<PartnerContact[]> {
      const contactScope = and(
        live,
        range.from === undefined ? undefined : gte(activities.occurredOn, range.from),
        lte(activities.occurredOn, range.to),
        districtId === undefined ? undefined : eq(activities.districtId, districtId),
      );
      // From the district's activities to their partners, one primary-key probe each: the planner would rather
      // hash all of the tenant's activity_partners rows, which costs about twice as much on both databases
      // (the `offset 0` keeps it from flattening the lateral back into that join).
      const met = db
        .select({ partnerId: activityPartners.partnerId })
        .from(activityPartners)
        .where(
          and(
            eq(activityPartners.tenantId, tenantId),
            sql`${activityPartners.activityId} = ${activities.id}`,
          ),
        )
        .offset(0)
        .as("met");
      const contacts = db
        .select({
          partnerId: met.partnerId,
          last: sql<string>`max(${activities.occurredOn})`.as("last"),
          n: sql<number>`count(*)::int`.as("n"),
        })
        .from(activities)
        .crossJoinLateral(met)
        .where(contactScope)
        .groupBy(met.partnerId)
        .as("contacts");
      return db
        .select({
          id: partners.id,
          name: partners.name,
          type: partners.type,
          createdAt: partners.createdAt,
          archivedAt: partners.archivedAt,
          lastContact: sql<string | null>`${contacts.last}::text`,
          contacts: int(sql`${contacts.n}`),
        })
        .from(partners)
        .leftJoin(contacts, eq(contacts.partnerId, partners.id))
        .where(
          and(
            eq(partners.tenantId, tenantId),
            districtId === undefined
              ? undefined
              : or(eq(partners.districtId, districtId), sql`${contacts.partnerId} is not null`),
          ),
        )
        .orderBy(asc(partners.name));
    },

    /**
     * Meetings of these committees that actually take place in [from, to) (a moved one at its new time) and at
     * least one member was confirmed at after the meeting; `going` counts the confirmed members.
     */
    async attendedMeetings(
      committeeIds: number[],
      from: Date,
      to: Date,
    ): Promise<{ committeeId: number; occurrenceAt: Date; going: number }[]> {
      if (committeeIds.length === 0) return [];
      const startsAt = sql`coalesce(${meetings.movedTo}, ${meetings.occurrenceAt})`;
      return db
        .select({
          committeeId: meetings.committeeId,
          occurrenceAt: meetings.occurrenceAt,
          going: sql<number>`count(*)::int`,
        })
        .from(meetings)
        .innerJoin(meetingAttendance, eq(meetingAttendance.meetingId, meetings.id))
        .where(
          and(
            eq(meetings.tenantId, tenantId),
            inArray(meetings.committeeId, committeeIds),
            sql`${startsAt} >= ${from.toISOString()}::timestamptz`,
            sql`${startsAt} < ${to.toISOString()}::timestamptz`,
            sql`${meetings.status} <> 'cancelled'`,
            eq(meetingAttendance.status, "attended"),
          ),
        )
        .groupBy(meetings.committeeId, meetings.occurrenceAt);
    },
  };
}
