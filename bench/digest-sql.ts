// One district's weekly digest (its data, as the digest job builds it) against the bare SQL aggregate it needs,
// side by side on the embedded database (worker thread, data folder) and on PostgreSQL, at 100,000 activities.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { buildDigest } from "../src/commands/digest/build.js";
import { reportedWeek } from "../src/commands/digest/week.js";
import { openPgliteWorker } from "../src/store/db.js";
import { createStore, type Database, type Db } from "../src/store/index.js";
import { openTestDatabase } from "../tests/support/db.js";
import { ACTIVITIES, fill } from "./digest.js";
import { fmt, printTable } from "./load/servers.js";
import type { Benchmark } from "./run.js";

const NOW = new Date("2026-11-23T07:00:00Z");
export const RUNS = 15;
export const WARM_UP = 30;

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Everything the digest shows that comes from the database, in one statement: 12 weeks of minutes per day,
 * focus and level; the week's three longest activities; the last day per focus; each partner's last contact;
 * the district's cooperations; partners new this week; case-independent minutes this year; upcoming meetings
 * and open tasks. Hand-written, no ORM, no mapping: the floor a digest could reach.
 */
function bareDigestSql(tenantId: number, districtId: number, week: { start: string; end: string }) {
  const historyStart = new Date(`${week.start}T00:00:00Z`);
  historyStart.setUTCDate(historyStart.getUTCDate() - 77);
  const from = historyStart.toISOString().slice(0, 10);
  const yearStart = `${week.end.slice(0, 4)}-01-01`;
  return sql`
    with live as (
      select * from activities where tenant_id = ${tenantId} and district_id = ${districtId} and deleted_at is null
    ),
    daily as (
      select occurred_on, focus, level, count(*)::int n, sum(minutes)::int m from live
      where occurred_on between ${from} and ${week.end} group by 1, 2, 3
    ),
    largest as (
      select id, case when confidential then null else title end title, minutes, focus from live
      where occurred_on between ${week.start} and ${week.end} order by minutes desc, occurred_on, id limit 3
    ),
    last_focus as (select focus, max(occurred_on) last from live where occurred_on <= ${week.end} group by focus),
    contacts as (
      select ap.partner_id, max(a.occurred_on) last from activity_partners ap join live a on a.id = ap.activity_id
      where ap.tenant_id = ${tenantId} and a.occurred_on <= ${week.end} group by ap.partner_id
    ),
    partner_rows as (
      select p.id, p.name, p.created_at, c.last from partners p left join contacts c on c.partner_id = p.id
      where p.tenant_id = ${tenantId} and (p.district_id = ${districtId} or c.partner_id is not null)
    ),
    coops as (select id, partner_id, status, review_on, updated_at from cooperations
      where tenant_id = ${tenantId} and district_id = ${districtId}),
    budget as (select coalesce(sum(minutes), 0)::int m from live
      where level = 'case_independent' and occurred_on between ${yearStart} and ${week.end}),
    upcoming as (
      select mt.id, mt.occurrence_at from meetings mt join committees c on c.id = mt.committee_id
      where mt.tenant_id = ${tenantId} and c.district_id = ${districtId}
        and mt.occurrence_at >= ${NOW.toISOString()}::timestamptz
    ),
    tasks as (
      select t.id from meeting_tasks t join meetings mt on mt.id = t.meeting_id join committees c on c.id = mt.committee_id
      where t.tenant_id = ${tenantId} and c.district_id = ${districtId} and t.done_at is null
    )
    select
      (select json_agg(daily) from daily) daily,
      (select json_agg(largest) from largest) largest,
      (select json_agg(last_focus) from last_focus) last_focus,
      (select json_agg(partner_rows) from partner_rows) partners,
      (select json_agg(coops) from coops) coops,
      (select m from budget) budget,
      (select json_agg(upcoming) from upcoming) upcoming,
      (select json_agg(tasks) from tasks) tasks`;
}

/**
 * The medians of both, timed in turns (one digest, then one bare statement): on a shared machine the load moves
 * within seconds, and two blocks timed one after the other compared different loads (the same code measured
 * 1.26 and 2.57 in back-to-back runs). The first rounds are given apart from the rounds after a warm-up: PGlite's
 * WebAssembly and the digest's JavaScript run slower until V8 has optimised what each statement and step uses,
 * which a bot that runs for days does once.
 */
export async function timeSideBySide(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<{ early: [number, number]; warm: [number, number] }> {
  const { early, warm } = await timeInTurns([a, b]);
  return { early: [early[0] ?? 0, early[1] ?? 0], warm: [warm[0] ?? 0, warm[1] ?? 0] };
}

/** As `timeSideBySide`, for any number of contenders, each round running one of each in turn. */
export async function timeInTurns(
  fns: (() => Promise<unknown>)[],
): Promise<{ early: number[]; warm: number[] }> {
  const round = async (n: number): Promise<number[]> => {
    const times: number[][] = fns.map(() => []);
    for (let i = 0; i < n; i++) {
      for (const [k, fn] of fns.entries()) {
        const started = performance.now();
        await fn();
        times[k]?.push(performance.now() - started);
      }
    }
    return times.map(median);
  };
  for (const fn of fns) await fn();
  const early = await round(RUNS);
  await round(WARM_UP);
  return { early, warm: await round(RUNS) };
}

export interface Opened {
  name: string;
  database: Database;
  close(): Promise<void>;
}

export async function openVariants(): Promise<Opened[]> {
  const dir = mkdtempSync(join(tmpdir(), "sra-bench-digest-"));
  const embedded = await openPgliteWorker(dir);
  const out: Opened[] = [
    {
      name: "pglite",
      database: embedded,
      close: async () => {
        await embedded.close();
        rmSync(dir, { recursive: true, force: true });
      },
    },
  ];
  if (process.env.TEST_DATABASE_URL) {
    const pg = await openTestDatabase();
    out.push({ name: "postgres", database: pg.database, close: pg.close });
  }
  return out;
}

async function measure(v: Opened): Promise<string[]> {
  const db: Db = v.database.db;
  const store = createStore(db);
  const tenant = await store.ensureTenant("console", "BENCH-DIGEST", "Bench");
  await fill(db, tenant.id);
  const scoped = store.forTenant(tenant.id);
  const [district] = (await scoped.listDistricts()).slice(17);
  if (!district) throw new Error("no district");
  // A yearly target, so the digest's budget line is part of the work, as the bare SQL's is.
  await db.execute(sql`update districts set budget_hours = 480 where id = ${district.id}`);
  const row = await scoped.findDistrict(district.id);
  const week = reportedWeek(NOW, tenant.timezone);
  const { early, warm } = await timeSideBySide(
    () => buildDigest(scoped, tenant, row ?? district, NOW),
    () => db.execute(bareDigestSql(tenant.id, district.id, week)),
  );
  const cells = ([ours, bare]: [number, number]) => [fmt(ours, 1), fmt(bare, 1), fmt(ours / bare, 2)];
  return [v.name, ...cells(early), ...cells(warm)];
}

export const digestSqlBench: Benchmark = {
  name: "digest-sql",
  description: `one district's digest data vs. the bare SQL aggregate it needs, ${ACTIVITIES.toLocaleString("en")} activities, PGlite and PostgreSQL`,
  async run() {
    const rows: string[][] = [];
    for (const v of await openVariants()) {
      try {
        rows.push(await measure(v));
      } finally {
        await v.close();
      }
    }
    printTable(
      ["database", "first: digest ms", "bare SQL ms", "ratio", "warm: digest ms", "bare SQL ms", "ratio"],
      rows,
    );
    console.log(
      `(medians of ${RUNS} runs each, in turns: the first ${RUNS} after one of each, and ${RUNS} after another ${WARM_UP} warm-up rounds; the digest as the job builds it, without its chart image)`,
    );
  },
};
