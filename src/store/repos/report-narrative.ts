// The report's narrative: what the team carried per focus, by title and role, with partners; confidential entries stay out.
import { and, desc, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { type ActivityRole, activities, activityPartners, type Focus, partners } from "../schema/index.js";
import type { ReportScope } from "./reports.js";

export interface ActivityThread {
  focus: Focus;
  title: string;
  role: ActivityRole;
  count: number;
  minutes: number;
  first: string;
  last: string;
  partners: string[];
}

export function reportNarrativeRepository(db: Db, tenantId: number) {
  // A confidential entry's title is its author's text: it never reaches a report, not even as a count by title.
  const shown = (s: ReportScope) =>
    and(
      eq(activities.tenantId, tenantId),
      isNull(activities.deletedAt),
      eq(activities.confidential, false),
      s.districtId === undefined ? undefined : eq(activities.districtId, s.districtId),
      gte(activities.occurredOn, s.from),
      lte(activities.occurredOn, s.to),
    );
  const title = sql<string>`btrim(${activities.title})`;

  return {
    /** Per focus the `perFocus` largest threads (same title and role) by hours, with the partners named in them. */
    async activityThreads(scope: ReportScope, perFocus: number): Promise<ActivityThread[]> {
      const ranked = db
        .select({
          focus: activities.focus,
          title: title.as("title"),
          role: activities.role,
          count: sql<number>`count(*)::int`.as("count"),
          minutes: sql<number>`sum(${activities.minutes})::int`.as("minutes"),
          first: sql<string>`min(${activities.occurredOn})::text`.as("first"),
          last: sql<string>`max(${activities.occurredOn})::text`.as("last"),
          rank: sql<number>`row_number() over (partition by ${activities.focus} order by sum(${activities.minutes}) desc, ${title})`.as(
            "rank",
          ),
        })
        .from(activities)
        .where(shown(scope))
        .groupBy(activities.focus, title, activities.role)
        .as("ranked");
      const threads = await db
        .select()
        .from(ranked)
        .where(lte(ranked.rank, perFocus))
        .orderBy(ranked.focus, desc(ranked.minutes), ranked.title);
      if (threads.length === 0) return [];
      const named = await db
        .selectDistinct({ focus: activities.focus, title, role: activities.role, name: partners.name })
        .from(activities)
        .innerJoin(activityPartners, eq(activityPartners.activityId, activities.id))
        .innerJoin(partners, eq(partners.id, activityPartners.partnerId))
        // Only the threads kept: naming the partners of every activity would read the whole period again.
        .where(
          and(
            shown(scope),
            eq(activityPartners.tenantId, tenantId),
            inArray(title, [...new Set(threads.map((t) => t.title))]),
          ),
        );
      const key = (x: { focus: string; title: string; role: string }) =>
        `${x.focus}\u0000${x.role}\u0000${x.title}`;
      const byThread = new Map<string, string[]>();
      for (const n of named) byThread.set(key(n), [...(byThread.get(key(n)) ?? []), n.name]);
      return threads.map(({ rank: _rank, ...t }) => ({
        ...t,
        partners: (byThread.get(key(t)) ?? []).sort((a, b) => a.localeCompare(b, "de")),
      }));
    },
  };
}
