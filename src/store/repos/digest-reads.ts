// Everything one district's weekly digest reads, in one statement: on the embedded database every statement
// costs a round trip to its worker and PGlite's own overhead, and the digest used to send about twenty.
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import {
  type Attendance,
  committees,
  cooperations,
  type Focus,
  meetings,
  meetingTasks,
  needs,
  offers,
  type PartnerType,
  schoolHolidays,
} from "../schema/index.js";
import type { Committee, MeetingOverride } from "./committees.js";
import type { Cooperation } from "./cooperations.js";
import type { SchoolHoliday } from "./holidays.js";
import { jsonOf, rowsOf } from "./json-rows.js";
import type { MeetingTask } from "./minutes.js";
import type { Need } from "./needs.js";
import type { OfferRow, OfferSessions } from "./offers.js";
import type { DayFocusLevel } from "./reports.js";

/** The days and instants one digest looks at; days are local (yyyy-MM-dd) and inclusive, instants [from, to). */
export interface DigestWindow {
  /** Activities per day, focus and level: the history's first Monday up to the reported Sunday (or today). */
  daysFrom: string;
  daysTo: string;
  /** The reported week. */
  weekStart: string;
  weekEnd: string;
  weekFrom: Date;
  weekTo: Date;
  /** The day the digest is made: blind spots and the year's budget look up to it. */
  today: string;
  /** Meetings coming up, and the days of the school holidays read around them. */
  meetingsFrom: Date;
  meetingsTo: Date;
  holidaysFrom: string;
  holidaysTo: string;
  /** Minutes per author in the week: only where the tenant enabled per-person figures. */
  perAuthor: boolean;
}

export interface DigestReads {
  daily: DayFocusLevel[];
  /** The week's longest activities (the highlights' count), longest first; a confidential one's title is null. */
  largest: { id: number; title: string | null; minutes: number; focus: Focus }[];
  /** Partners created in the week that belong to the district or appeared in its activities. */
  newPartners: { id: number; name: string; type: PartnerType }[];
  /** The latest day per focus up to today, for the focuses that have one. */
  lastPerFocus: { focus: Focus; last: string }[];
  /** The district's partners (its own, or met in its activities up to today) with their latest contact, by name. */
  partners: {
    id: number;
    name: string;
    createdAt: Date;
    archivedAt: Date | null;
    lastContact: string | null;
  }[];
  /** The district's cooperations, last changed first, and the names of their partners. */
  cooperations: Cooperation[];
  partnerNames: Map<number, string>;
  /** The district's committees (not archived), by name, with what their coming meetings need. */
  committees: Committee[];
  overrides: MeetingOverride[];
  schoolHolidays: SchoolHoliday[];
  attendance: { committeeId: number; occurrenceAt: Date; memberId: number; status: Attendance }[];
  usualAttendees: Map<number, number[]>;
  /** Open tasks of those committees, by due day. */
  tasks: (MeetingTask & { committeeId: number })[];
  memberNames: Map<number, string>;
  /** The district's yearly target, and its case-independent minutes from 1 January up to today when it has one. */
  budgetHours: number | null;
  budgetMinutes: number;
  /** The loop: the district's needs (most often seen first), the week's sightings, offers and their sessions. */
  needs: Need[];
  sightings: { needId: number }[];
  offers: OfferRow[];
  sessions: OfferSessions[];
  perAuthor?: { memberId: number; name: string; count: number; minutes: number }[];
}

type Json = Record<string, unknown>;

const agg = (rows: SQL, order: SQL) =>
  sql`(select coalesce(json_agg(x order by ${order}), '[]'::json) from (${rows}) x)`;
const day = (d: string) => sql`${d}::date`;
const instant = (at: Date) => sql`${at.toISOString()}::timestamptz`;
/** db.execute's rows: an array on postgres.js, `{ rows }` on PGlite in this process. */
const rowsFrom = (result: unknown): Json[] =>
  Array.isArray(result) ? (result as Json[]) : ((result as { rows?: Json[] }).rows ?? []);
const dates = <R extends Json>(rows: R[], ...keys: (keyof R)[]): R[] =>
  rows.map((r) => {
    const out: Json = { ...r };
    for (const k of keys) out[k as string] = r[k] === null ? null : new Date(r[k] as string);
    return out as R;
  });

export function digestReadRepository(db: Db, tenantId: number) {
  return {
    /** The digest's data of a district and week, in one statement; undefined when the district is not this tenant's. */
    async digestReads(districtId: number, w: DigestWindow): Promise<DigestReads | undefined> {
      const t = () => sql`${tenantId}::int`;
      const d = () => sql`${districtId}::int`;
      const ofDistrict = sql`a.tenant_id = ${t()} and a.deleted_at is null and a.district_id = ${d()}`;
      const theirCommittees = sql`(select c.id from committees c
        where c.tenant_id = ${t()} and c.district_id = ${d()} and c.archived_at is null)`;
      const inMeetingWindow = sql`((m.occurrence_at >= ${instant(w.meetingsFrom)} and m.occurrence_at < ${instant(w.meetingsTo)})
        or (m.moved_to >= ${instant(w.meetingsFrom)} and m.moved_to < ${instant(w.meetingsTo)}))`;
      const parts: Record<string, SQL> = {
        daily: agg(
          sql`select a.occurred_on as day, a.focus, a.level, count(*)::int as count,
            coalesce(sum(a.minutes), 0)::int as minutes from live a
            where a.occurred_on between ${day(w.daysFrom)} and ${day(w.daysTo)}
            group by a.occurred_on, a.focus, a.level`,
          sql`x.day`,
        ),
        largest: agg(
          sql`select a.id, case when a.confidential then null else a.title end as title, a.minutes, a.focus,
            a.occurred_on from activities a where ${ofDistrict} and a.occurred_on between ${day(w.weekStart)} and ${day(w.weekEnd)}
            order by a.minutes desc, a.occurred_on, a.id limit 3`,
          sql`x.minutes desc, x.occurred_on, x.id`,
        ),
        // Any of the district's activities, a planned one after today too: not only the live rows read.
        new_partners: agg(
          sql`select p.id, p.name, p.type, p.created_at from partners p
            where p.tenant_id = ${t()} and p.created_at >= ${instant(w.weekFrom)} and p.created_at < ${instant(w.weekTo)}
              and (p.district_id = ${d()} or p.id in (select ap.partner_id from activity_partners ap
                join activities a on a.id = ap.activity_id where ap.tenant_id = ${t()} and ${ofDistrict}))`,
          sql`x.created_at, x.id`,
        ),
        // One small lookup per focus, each walking the (tenant, district, day) index backwards until it meets
        // that focus: cheaper than grouping all of the district's activities.
        last_per_focus: agg(
          sql`select f.focus, (select max(a.occurred_on) from activities a
              where ${ofDistrict} and a.occurred_on <= ${day(w.today)} and a.focus = f.focus) as last
            from unnest(enum_range(null::focus)) as f(focus)`,
          sql`x.focus`,
        ),
        // The links of the district's activities in one scan of activity_partners' primary key (`= any` of their
        // ids): cheaper than a probe per activity, and than hashing all of the tenant's links (the planner's pick).
        partners: agg(
          sql`select p.id, p.name, p.created_at as "createdAt", p.archived_at as "archivedAt",
              c.last as "lastContact" from partners p
            left join (select ap.partner_id, max(a.occurred_on) as last from activity_partners ap
              join live a on a.id = ap.activity_id
              where ap.tenant_id = ${t()} and ap.activity_id = any(array(select id from live))
              group by ap.partner_id) c on c.partner_id = p.id
            where p.tenant_id = ${t()} and (p.district_id = ${d()} or c.partner_id is not null)`,
          sql`x.name`,
        ),
        cooperations: agg(
          sql`select * from cooperations where tenant_id = ${t()} and district_id = ${d()}`,
          sql`x.updated_at desc`,
        ),
        partner_names: agg(
          sql`select p.id, p.name from partners p where p.tenant_id = ${t()} and p.id in
            (select partner_id from cooperations where tenant_id = ${t()} and district_id = ${d()})`,
          sql`x.id`,
        ),
        committees: agg(sql`select * from committees where id in ${theirCommittees}`, sql`x.name`),
        overrides: agg(
          sql`select m.* from meetings m
            where m.tenant_id = ${t()} and m.committee_id in ${theirCommittees} and ${inMeetingWindow}`,
          sql`x.id`,
        ),
        school_holidays: agg(
          sql`select * from school_holidays where tenant_id = ${t()}
            and ends_on >= ${day(w.holidaysFrom)} and starts_on <= ${day(w.holidaysTo)}`,
          sql`x.starts_on`,
        ),
        // Answers hang on the occurrence, and every meeting coming up is one of the overridden window's rows
        // (moved in from outside it too) or has no row, so no answer.
        attendance: agg(
          sql`select m.committee_id as "committeeId", m.occurrence_at as "occurrenceAt",
              ma.member_id as "memberId", ma.status from meeting_attendance ma join meetings m on m.id = ma.meeting_id
            where ma.tenant_id = ${t()} and m.tenant_id = ${t()} and m.committee_id in ${theirCommittees}
              and ${inMeetingWindow}`,
          sql`x."committeeId", x."occurrenceAt", x."memberId"`,
        ),
        usual_attendees: agg(
          sql`select committee_id as "committeeId", member_id as "memberId" from committee_members
            where tenant_id = ${t()} and committee_id in ${theirCommittees}`,
          sql`x."committeeId", x."memberId"`,
        ),
        tasks: agg(
          sql`select t.*, m.committee_id as "committeeId" from meeting_tasks t join meetings m on m.id = t.meeting_id
            where t.tenant_id = ${t()} and t.done_at is null and m.committee_id in ${theirCommittees}`,
          sql`x.due_on, x.id`,
        ),
        member_names: agg(
          sql`select id, display_name as name from members where tenant_id = ${t()}`,
          sql`x.id`,
        ),
        budget_minutes: sql`case when dd.budget_hours > 0 then (select coalesce(sum(a.minutes), 0)::int
          from live a where a.level = 'case_independent'
            and a.occurred_on between ${day(`${w.today.slice(0, 4)}-01-01`)} and ${day(w.today)}) else 0 end`,
        needs: agg(
          sql`select n.*, coalesce(s.seen, 0)::int as seen from needs n
            left join (select need_id, count(*) as seen from need_sightings where tenant_id = ${t()} group by need_id) s
              on s.need_id = n.id
            where n.tenant_id = ${t()} and n.district_id = ${d()}`,
          sql`x.seen desc, x.id`,
        ),
        sightings: agg(
          sql`select s.need_id as "needId" from need_sightings s join needs n on n.id = s.need_id
            where s.tenant_id = ${t()} and n.tenant_id = ${t()} and n.district_id = ${d()}
              and s.seen_at >= ${instant(w.weekFrom)} and s.seen_at < ${instant(w.weekTo)}`,
          sql`x."needId"`,
        ),
        offers: agg(
          sql`select * from offers where tenant_id = ${t()} and district_id = ${d()}`,
          sql`x.title`,
        ),
        sessions: agg(
          sql`select a.offer_id as "offerId", count(*)::int as sessions,
              coalesce(sum(a.participants), 0)::int as participants from activities a
            where ${ofDistrict} and a.offer_id is not null and a.occurred_on between ${day(w.weekStart)} and ${day(w.weekEnd)}
            group by a.offer_id`,
          sql`x."offerId"`,
        ),
        per_author: w.perAuthor
          ? agg(
              sql`select m.id as "memberId", m.display_name as name, count(*)::int as count,
                  coalesce(sum(a.minutes), 0)::int as minutes from live a join members m on m.id = a.author_id
                where a.occurred_on between ${day(w.weekStart)} and ${day(w.weekEnd)}
                group by m.id, m.display_name`,
              sql`x.name`,
            )
          : sql`null`,
      };
      // The district's live activities up to today, read once for the figures, the contacts, the budget and
      // the per-person rows (the planner keeps a CTE used more than once); the rest use an index of their own.
      const result = await db.execute(sql`
        with live as (
          select a.id, a.occurred_on, a.focus, a.level, a.minutes, a.author_id from activities a
          where ${ofDistrict} and a.occurred_on <= ${day(w.today)}
        )
        select dd.budget_hours, ${sql.join(
          Object.entries(parts).map(([name, part]) => sql`${part} as ${sql.identifier(name)}`),
          sql`, `,
        )}
        from districts dd where dd.tenant_id = ${t()} and dd.id = ${d()}`);
      const [row] = rowsFrom(result);
      if (!row) return undefined;
      const list = (value: unknown) => jsonOf<Json[]>(value);
      const usual = new Map<number, number[]>();
      for (const r of list(row.usual_attendees) as { committeeId: number; memberId: number }[])
        usual.set(r.committeeId, [...(usual.get(r.committeeId) ?? []), r.memberId]);
      const named = (value: unknown) =>
        new Map((list(value) as { id: number; name: string }[]).map((r) => [r.id, r.name] as const));
      const needRows = list(row.needs);
      const taskRows = list(row.tasks);
      return {
        daily: list(row.daily) as unknown as DayFocusLevel[],
        largest: list(row.largest).map((r) => ({
          id: r.id as number,
          title: r.title as string | null,
          minutes: r.minutes as number,
          focus: r.focus as Focus,
        })),
        newPartners: list(row.new_partners).map((r) => ({
          id: r.id as number,
          name: r.name as string,
          type: r.type as PartnerType,
        })),
        lastPerFocus: (list(row.last_per_focus) as { focus: Focus; last: string | null }[]).flatMap((r) =>
          r.last ? [{ focus: r.focus, last: r.last }] : [],
        ),
        partners: dates(list(row.partners), "createdAt", "archivedAt") as unknown as DigestReads["partners"],
        cooperations: rowsOf(cooperations, list(row.cooperations)),
        partnerNames: named(row.partner_names),
        committees: rowsOf(committees, list(row.committees)),
        overrides: rowsOf(meetings, list(row.overrides)),
        schoolHolidays: rowsOf(schoolHolidays, list(row.school_holidays)),
        attendance: dates(list(row.attendance), "occurrenceAt") as unknown as DigestReads["attendance"],
        usualAttendees: usual,
        tasks: rowsOf(meetingTasks, taskRows).map((task, i) => ({
          ...task,
          committeeId: Number(taskRows[i]?.committeeId),
        })),
        memberNames: named(row.member_names),
        budgetHours: (row.budget_hours as number | null) ?? null,
        budgetMinutes: Number(row.budget_minutes ?? 0),
        needs: rowsOf(needs, needRows).map((n, i) => ({ ...n, seen: Number(needRows[i]?.seen ?? 0) })),
        sightings: list(row.sightings) as unknown as { needId: number }[],
        offers: rowsOf(offers, list(row.offers)),
        sessions: list(row.sessions) as unknown as OfferSessions[],
        ...(w.perAuthor ? { perAuthor: list(row.per_author) as unknown as DigestReads["perAuthor"] } : {}),
      };
    },
  };
}
