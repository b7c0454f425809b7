// The bare SQL the yearly report over all districts needs, as one statement or its parts side by side, and a reader.
import { type SQL, sql } from "drizzle-orm";
import type { Period } from "../src/commands/digest/period.js";
import type { Db } from "../src/store/index.js";

export interface BareWindow {
  period: Period;
  previous: Period;
  /** The period's first and last-plus-one local midnight: the window meetings are counted in. */
  from: Date;
  to: Date;
  threadsPerFocus: number;
}

/**
 * Everything an „alle“ yearly report reads from the database, in plain selects: per district, focus, level and
 * role the period's and the year before's counts, minutes and participants; per district the goals, target groups
 * (a confidential activity's under one null group) and monthly minutes per focus; the largest threads per focus
 * with their partners; every partner's contacts in the period; the cooperations with partner and district names;
 * the committees with their meetings in the window and the attendance confirmed at them; needs, sightings, offers
 * and their sessions; the districts.
 * Hand-written, no ORM, no mapping, no recurrence expansion: the floor.
 */
export function bareReportParts(tenantId: number, w: BareWindow): Record<string, SQL> {
  const { period: p, previous: b } = w;
  const from = sql`${w.from.toISOString()}::timestamptz`;
  const to = sql`${w.to.toISOString()}::timestamptz`;
  const live = sql`tenant_id = ${tenantId} and deleted_at is null`;
  const inPeriod = sql`${live} and occurred_on between ${p.from}::date and ${p.to}::date`;
  const activeCommittees = sql`(select id from committees where tenant_id = ${tenantId} and archived_at is null)`;
  return {
    now_rows: sql`
      select district_id, focus, level, role, count(*)::int n, coalesce(sum(minutes), 0)::int m,
        coalesce(sum(participants), 0)::int p
      from activities where ${inPeriod} group by 1, 2, 3, 4`,
    before_rows: sql`
      select district_id, focus, level, role, count(*)::int n, coalesce(sum(minutes), 0)::int m,
        coalesce(sum(participants), 0)::int p
      from activities where ${live} and occurred_on between ${b.from}::date and ${b.to}::date group by 1, 2, 3, 4`,
    goal_rows: sql`
      select district_id, g.goal, count(*)::int n, coalesce(sum(minutes), 0)::int m
      from activities, unnest(goals) g(goal) where ${inPeriod} group by 1, 2`,
    group_rows: sql`
      select district_id, tg.name, count(*)::int n, coalesce(sum(minutes), 0)::int m,
        coalesce(sum(participants), 0)::int p
      from activities, unnest(case when confidential then array[null]::text[] else target_groups end) tg(name)
      where ${inPeriod} group by 1, 2`,
    bar_rows: sql`
      select district_id, to_char(occurred_on, 'YYYY-MM') bucket, focus, coalesce(sum(minutes), 0)::int m
      from activities where ${inPeriod} group by 1, 2, 3`,
    // The largest threads per focus, each with the partners named in its activities.
    threads: sql`
      with threads as (
        select * from (
          select focus, btrim(title) title, role, count(*)::int n, sum(minutes)::int m,
            min(occurred_on)::text first, max(occurred_on)::text last,
            row_number() over (partition by focus order by sum(minutes) desc, btrim(title)) rank
          from activities where ${inPeriod} and not confidential group by 1, 2, 3
        ) r where rank <= ${w.threadsPerFocus}
      ),
      -- Materialized: inlined, the per-thread subquery below would join the period's activities again for each thread.
      named as materialized (
        select distinct a.focus, btrim(a.title) title, a.role, pa.name
        from activities a
        join activity_partners ap on ap.activity_id = a.id and ap.tenant_id = ${tenantId}
        join partners pa on pa.id = ap.partner_id
        join threads t on t.focus = a.focus and t.role = a.role and t.title = btrim(a.title)
        where a.tenant_id = ${tenantId} and a.deleted_at is null and not a.confidential
          and a.occurred_on between ${p.from}::date and ${p.to}::date
      )
      select t.*, (select json_agg(n.name order by n.name) from named n
        where n.focus = t.focus and n.role = t.role and n.title = t.title) partners
      from threads t`,
    partner_rows: sql`
      select pa.id, pa.name, pa.type, c.last, coalesce(c.n, 0) n
      from partners pa left join (
        select ap.partner_id, max(a.occurred_on)::text last, count(*)::int n
        from activities a join activity_partners ap on ap.activity_id = a.id and ap.tenant_id = ${tenantId}
        where a.tenant_id = ${tenantId} and a.deleted_at is null
          and a.occurred_on between ${p.from}::date and ${p.to}::date
        group by 1
      ) c on c.partner_id = pa.id
      where pa.tenant_id = ${tenantId}`,
    coop_rows: sql`
      select c.id, pa.name partner, d.name district, c.status, c.starts_on, c.ends_on, c.review_on
      from cooperations c join partners pa on pa.id = c.partner_id left join districts d on d.id = c.district_id
      where c.tenant_id = ${tenantId}`,
    committee_rows: sql`
      select id, district_id, name, type, part, recurrence, first_starts_at, timezone
      from committees where tenant_id = ${tenantId} and archived_at is null`,
    meeting_rows: sql`
      select committee_id, occurrence_at, moved_to, status from meetings
      where tenant_id = ${tenantId} and committee_id in ${activeCommittees}
        and (occurrence_at >= ${from} and occurrence_at < ${to} or moved_to >= ${from} and moved_to < ${to})`,
    attended_rows: sql`
      select mt.committee_id, mt.occurrence_at, count(*)::int going
      from meetings mt join meeting_attendance ma on ma.meeting_id = mt.id
      where mt.tenant_id = ${tenantId} and mt.committee_id in ${activeCommittees}
        and mt.status <> 'cancelled' and ma.status = 'attended'
        and coalesce(mt.moved_to, mt.occurrence_at) >= ${from} and coalesce(mt.moved_to, mt.occurrence_at) < ${to}
      group by 1, 2`,
    need_rows: sql`
      select n.id, n.district_id, n.description, n.status, n.created_at, n.done_at,
        (select count(*)::int from need_sightings s where s.need_id = n.id and s.tenant_id = ${tenantId}) seen
      from needs n where n.tenant_id = ${tenantId}`,
    sighting_rows: sql`
      select s.need_id, s.seen_at from need_sightings s join needs n on n.id = s.need_id
      where s.tenant_id = ${tenantId} and n.tenant_id = ${tenantId} and s.seen_at >= ${from} and s.seen_at < ${to}`,
    offer_rows: sql`select id, district_id, title, need_id, ended_at from offers where tenant_id = ${tenantId}`,
    session_rows: sql`
      select offer_id, count(*)::int sessions, coalesce(sum(participants), 0)::int p
      from activities where ${inPeriod} and offer_id is not null group by 1`,
    districts: sql`select id, name, budget_hours from districts where tenant_id = ${tenantId}`,
  };
}

const agg = (rows: SQL) => sql`(select json_agg(x) from (${rows}) x)`;

/** All parts in one statement: one round trip, one connection, the parts one after the other. */
export function bareReportSql(parts: Record<string, SQL>): SQL {
  const columns = Object.entries(parts).map(([name, rows]) => sql`${agg(rows)} ${sql.identifier(name)}`);
  return sql`select ${sql.join(columns, sql`, `)}`;
}

/** Each part as a statement of its own, all at once: on PostgreSQL each on a connection of the pool. */
export async function bareReportParallel(
  db: Db,
  parts: Record<string, SQL>,
): Promise<Record<string, Json[]>> {
  const entries = await Promise.all(
    Object.entries(parts).map(async ([name, rows]) => {
      const row = bareRow(await db.execute(sql`select ${agg(rows)} ${sql.identifier(name)}`));
      return [name, row[name] ?? []] as const;
    }),
  );
  return Object.fromEntries(entries);
}

type Json = Record<string, unknown>;

/** The statement's one row: postgres.js gives an array, PGlite `{ rows }`; json columns parsed or as text. */
export function bareRow(result: unknown): Record<string, Json[]> {
  const rows = Array.isArray(result) ? (result as Json[]) : ((result as { rows?: Json[] }).rows ?? []);
  const row = rows[0] ?? {};
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, ((typeof v === "string" ? JSON.parse(v) : v) ?? []) as Json[]]),
  );
}
