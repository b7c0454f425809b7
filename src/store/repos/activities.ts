// Activities: recorded whole with their partner links, listed, totalled; deletion is soft.
import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import {
  type ActivityRole,
  activities,
  activityPartners,
  type Focus,
  type Goal,
  type Level,
  type PartnerType,
  partners,
} from "../schema/index.js";
import { insertPartner } from "./partners.js";
import { forgetRecentTitles, keptRecentTitles, type RecentTitle } from "./recent-titles.js";

export type ActivityRow = typeof activities.$inferSelect;

export interface Activity extends ActivityRow {
  partners: { id: number; name: string; type: PartnerType }[];
}

export interface ActivityInput {
  districtId: number;
  authorId: number;
  occurredOn: string;
  minutes: number;
  title: string;
  notes?: string;
  level: Level;
  focus: Focus;
  role: ActivityRole;
  periodStart?: string | null;
  periodEnd?: string | null;
  goals?: Goal[];
  targetGroups?: string[];
  participants?: number | null;
  caseRef?: string | null;
  /** Saved after its author confirmed a weak privacy hint: its text is for the author's eyes only. */
  confidential?: boolean;
  /** Idempotency key of the confirmation; recording the same key again returns the first activity. */
  entryKey?: string | null;
  /** Set once when a session of an offer is logged; an edit never changes it. */
  offerId?: number | null;
  partnerIds?: number[];
  /** Partners to create in the same transaction as the activity. */
  newPartners?: { name: string; type: PartnerType }[];
}

export interface ActivityFilter {
  authorId?: number;
  districtId?: number;
  /** Inclusive ISO dates (yyyy-MM-dd). */
  from?: string;
  to?: string;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface ActivityTotals {
  count: number;
  minutes: number;
  participants: number;
  byFocus: Partial<Record<Focus, number>>;
  byLevel: Partial<Record<Level, number>>;
  byRole: Partial<Record<ActivityRole, number>>;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export function activityRepository(db: Db, tenantId: number) {
  /** Forgets the kept recent titles once a write has ended, committed or not. */
  const afterWrite = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } finally {
      forgetRecentTitles(db, tenantId);
    }
  };
  const live = and(eq(activities.tenantId, tenantId), isNull(activities.deletedAt));

  function where(filter: ActivityFilter): SQL | undefined {
    return and(
      live,
      filter.authorId === undefined ? undefined : eq(activities.authorId, filter.authorId),
      filter.districtId === undefined ? undefined : eq(activities.districtId, filter.districtId),
      filter.from === undefined ? undefined : gte(activities.occurredOn, filter.from),
      filter.to === undefined ? undefined : lte(activities.occurredOn, filter.to),
    );
  }

  async function withPartners(rows: ActivityRow[], from: Db | Tx = db): Promise<Activity[]> {
    if (rows.length === 0) return [];
    const links = await from
      .select({
        activityId: activityPartners.activityId,
        id: partners.id,
        name: partners.name,
        type: partners.type,
      })
      .from(activityPartners)
      .innerJoin(partners, eq(partners.id, activityPartners.partnerId))
      .where(
        and(
          eq(activityPartners.tenantId, tenantId),
          inArray(
            activityPartners.activityId,
            rows.map((r) => r.id),
          ),
        ),
      )
      .orderBy(asc(partners.name));
    return rows.map((row) => ({
      ...row,
      partners: links
        .filter((l) => l.activityId === row.id)
        .map(({ id, name, type }) => ({ id, name, type })),
    }));
  }

  /** Creates missing partners and links every partner; ids from another tenant are refused. */
  async function linkPartners(tx: Tx, activityId: number, input: ActivityInput): Promise<void> {
    const ids = new Set(input.partnerIds ?? []);
    for (const p of input.newPartners ?? []) {
      const created = await insertPartner(tx, tenantId, { ...p, districtId: input.districtId });
      ids.add(created.id);
    }
    if (ids.size === 0) return;
    const owned = await tx
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.tenantId, tenantId), inArray(partners.id, [...ids])));
    if (owned.length !== ids.size) throw new Error("unknown partner for this tenant");
    await tx
      .insert(activityPartners)
      .values([...ids].map((partnerId) => ({ tenantId, activityId, partnerId })));
  }

  function columns(input: ActivityInput) {
    return {
      districtId: input.districtId,
      occurredOn: input.occurredOn,
      minutes: input.minutes,
      title: input.title,
      notes: input.notes ?? "",
      level: input.level,
      focus: input.focus,
      role: input.role,
      periodStart: input.periodStart ?? null,
      periodEnd: input.periodEnd ?? null,
      goals: input.goals ?? [],
      targetGroups: input.targetGroups ?? [],
      participants: input.participants ?? null,
      caseRef: input.caseRef ?? null,
      confidential: input.confidential ?? false,
    };
  }

  return {
    /** Stores the activity and its partner links whole, or nothing at all. */
    async recordActivity(input: ActivityInput): Promise<Activity> {
      return afterWrite(
        db.transaction(async (tx) => {
          const [row] = await tx
            .insert(activities)
            .values({
              tenantId,
              authorId: input.authorId,
              entryKey: input.entryKey ?? null,
              offerId: input.offerId ?? null,
              ...columns(input),
            })
            .onConflictDoNothing({ target: [activities.tenantId, activities.entryKey] })
            .returning();
          if (!row) {
            // Saved before from the same confirmation (a double tap): hand back that activity, write nothing.
            const earlier = await tx
              .select()
              .from(activities)
              .where(and(eq(activities.tenantId, tenantId), eq(activities.entryKey, input.entryKey ?? "")));
            const [full] = await withPartners(earlier, tx);
            if (!full) throw new Error("insert returned nothing");
            return full;
          }
          await linkPartners(tx, row.id, input);
          const [full] = await withPartners([row], tx);
          return full as Activity;
        }),
      );
    },

    /** Replaces the activity's fields and partner links in one transaction. */
    async updateActivity(id: number, input: ActivityInput, at: Date): Promise<Activity | undefined> {
      return afterWrite(
        db.transaction(async (tx) => {
          const [row] = await tx
            .update(activities)
            .set({ ...columns(input), updatedAt: at })
            .where(and(live, eq(activities.id, id)))
            .returning();
          if (!row) return undefined;
          await tx
            .delete(activityPartners)
            .where(and(eq(activityPartners.tenantId, tenantId), eq(activityPartners.activityId, id)));
          await linkPartners(tx, id, input);
          const [full] = await withPartners([row], tx);
          return full;
        }),
      );
    },

    /** The live activity saved under an entry key (a confirmation, a logged meeting), if any. */
    async findActivityByEntryKey(entryKey: string): Promise<Activity | undefined> {
      const rows = await db
        .select()
        .from(activities)
        .where(and(live, eq(activities.entryKey, entryKey)));
      const [full] = await withPartners(rows);
      return full;
    },

    async getActivity(id: number): Promise<Activity | undefined> {
      const rows = await db
        .select()
        .from(activities)
        .where(and(live, eq(activities.id, id)));
      const [full] = await withPartners(rows);
      return full;
    },

    /**
     * Deletes the activity for everyone and erases its free text at once (title, notes, target groups,
     * case reference, partner links). What statistics need stays until retention: day, minutes, focus,
     * level, role, district.
     */
    async deleteActivity(id: number, at: Date): Promise<boolean> {
      return afterWrite(
        db.transaction(async (tx) => {
          const rows = await tx
            .update(activities)
            .set({ deletedAt: at, updatedAt: at, title: "", notes: "", targetGroups: [], caseRef: null })
            .where(and(live, eq(activities.id, id)))
            .returning({ id: activities.id });
          if (rows.length === 0) return false;
          await tx
            .delete(activityPartners)
            .where(and(eq(activityPartners.tenantId, tenantId), eq(activityPartners.activityId, id)));
          return true;
        }),
      );
    },

    /**
     * The earliest live activity with the same title (any case, outer spaces ignored), district and day, by
     * anyone in the team. Another author's confidential activity is left out: its text is theirs alone, and
     * a match would tell the viewer what it says.
     */
    async findLikelyDuplicate(
      probe: { title: string; districtId: number; occurredOn: string },
      viewerId: number,
    ): Promise<{ id: number; occurredOn: string } | undefined> {
      const [row] = await db
        .select({ id: activities.id, occurredOn: activities.occurredOn })
        .from(activities)
        .where(
          and(
            live,
            eq(activities.districtId, probe.districtId),
            eq(activities.occurredOn, probe.occurredOn),
            sql`lower(trim(${activities.title})) = lower(${probe.title.trim()})`,
            or(eq(activities.confidential, false), eq(activities.authorId, viewerId)),
          ),
        )
        .orderBy(asc(activities.id))
        .limit(1);
      return row;
    },

    /** Title and focus of the team's latest activities, newest first; confidential text stays out. */
    async recentTitles(limit: number): Promise<RecentTitle[]> {
      return keptRecentTitles(db, tenantId, limit, () =>
        db
          .select({ title: activities.title, focus: activities.focus })
          .from(activities)
          .where(and(live, eq(activities.confidential, false), ne(activities.title, "")))
          .orderBy(desc(activities.occurredOn), desc(activities.id))
          .limit(limit),
      );
    },

    /** Newest first. */
    async listActivities(filter: ActivityFilter, page: Page): Promise<Activity[]> {
      const rows = await db
        .select()
        .from(activities)
        .where(where(filter))
        .orderBy(desc(activities.occurredOn), desc(activities.id))
        .limit(page.limit)
        .offset(page.offset);
      return withPartners(rows);
    },

    async countActivities(filter: ActivityFilter): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(activities).where(where(filter));
      return row?.n ?? 0;
    },

    /** Minutes summed per focus, level and role. */
    async activityTotals(filter: ActivityFilter): Promise<ActivityTotals> {
      const rows = await db
        .select({
          focus: activities.focus,
          level: activities.level,
          role: activities.role,
          count: sql<number>`count(*)::int`,
          minutes: sql<number>`coalesce(sum(${activities.minutes}), 0)::int`,
          participants: sql<number>`coalesce(sum(${activities.participants}), 0)::int`,
        })
        .from(activities)
        .where(where(filter))
        .groupBy(activities.focus, activities.level, activities.role);
      const totals: ActivityTotals = {
        count: 0,
        minutes: 0,
        participants: 0,
        byFocus: {},
        byLevel: {},
        byRole: {},
      };
      for (const r of rows) {
        totals.count += r.count;
        totals.minutes += r.minutes;
        totals.participants += r.participants;
        totals.byFocus[r.focus] = (totals.byFocus[r.focus] ?? 0) + r.minutes;
        totals.byLevel[r.level] = (totals.byLevel[r.level] ?? 0) + r.minutes;
        totals.byRole[r.role] = (totals.byRole[r.role] ?? 0) + r.minutes;
      }
      return totals;
    },

    /** Partners by number of activities, most first. */
    async topPartners(
      filter: ActivityFilter,
      limit: number,
    ): Promise<{ id: number; name: string; activities: number; minutes: number }[]> {
      return db
        .select({
          id: partners.id,
          name: partners.name,
          activities: sql<number>`count(*)::int`,
          minutes: sql<number>`coalesce(sum(${activities.minutes}), 0)::int`,
        })
        .from(activityPartners)
        .innerJoin(activities, eq(activities.id, activityPartners.activityId))
        .innerJoin(partners, eq(partners.id, activityPartners.partnerId))
        .where(and(where(filter), eq(activityPartners.tenantId, tenantId)))
        .groupBy(partners.id, partners.name)
        .orderBy(desc(sql`count(*)`), asc(partners.name))
        .limit(limit);
    },
  };
}
