// Digest and report build times for one tenant with 100,000 activities in 50 districts, plus the plans of their queries.
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { buildDigest } from "../src/commands/digest/build.js";
import { buildReport } from "../src/commands/digest/report.js";
import { createStore, type Db } from "../src/store/index.js";
import * as schema from "../src/store/schema/index.js";
import type { Benchmark } from "./run.js";

export const ACTIVITIES = 100_000;
export const DISTRICTS = 50;
const MEMBERS = 40;
const PARTNERS_PER_DISTRICT = 20;
const NOW = new Date("2026-11-23T07:00:00Z");
const RUNS = 5;

interface Captured {
  query: string;
  params: unknown[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    result = await fn();
    times.push(performance.now() - started);
  }
  console.log(
    `${label}: median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${RUNS} runs)`,
  );
  return result as T;
}

export async function fill(db: Db, tenantId: number): Promise<void> {
  await db.execute(sql`
    insert into members (tenant_id, platform_user_id, display_name, role)
    select ${tenantId}, 'U' || g, 'Fachkraft ' || g, 'member' from generate_series(1, ${MEMBERS}) g`);
  await db.execute(sql`
    insert into districts (tenant_id, name, channel_id)
    select ${tenantId}, 'Sozialraum ' || g, 'C' || g from generate_series(1, ${DISTRICTS}) g`);
  await db.execute(sql`
    insert into partners (tenant_id, name, type, district_id, created_at)
    select ${tenantId}, 'Partner ' || d.id || '-' || g,
      (array['school','kita','hort','club','civic_group','youth_welfare'])[1 + g % 6]::partner_type,
      d.id, timestamptz '2026-01-01' + (g || ' days')::interval
    from districts d, generate_series(1, ${PARTNERS_PER_DISTRICT}) g where d.tenant_id = ${tenantId}`);
  // 100,000 activities over the last 400 days, spread over districts, members, focuses, levels and roles.
  await db.execute(sql`
    with d as (select array_agg(id order by id) ids from districts where tenant_id = ${tenantId}),
         m as (select array_agg(id order by id) ids from members where tenant_id = ${tenantId})
    insert into activities (tenant_id, district_id, author_id, occurred_on, minutes, title, level, focus, role,
      goals, target_groups, participants)
    select ${tenantId}, d.ids[1 + g % ${DISTRICTS}], m.ids[1 + (g / 7) % ${MEMBERS}],
      date '2026-11-22' - ((g * 7919) % 400), 15 * (1 + (g * 31) % 16), 'Aktivität ' || g,
      (array['case_specific','case_independent'])[1 + (g / 3) % 2]::level,
      (array['networks','cooperation','infrastructure','projects','civic_engagement','public_relations'])[1 + (g / 11) % 6]::focus,
      (array['initiated','contributed','responsible'])[1 + (g / 5) % 3]::activity_role,
      case when g % 3 = 0 then array['prevention','self_help']::goal[] else array['early_detection']::goal[] end,
      case when g % 2 = 0 then array['Kinder','Eltern'] else array['Jugendliche'] end,
      case when g % 4 = 0 then null else g % 30 end
    from generate_series(1, ${ACTIVITIES}) g, d, m`);
  // Half of the activities name a partner of their district.
  await db.execute(sql`
    insert into activity_partners (tenant_id, activity_id, partner_id)
    select a.tenant_id, a.id, p.id from activities a
    join lateral (select id from partners where district_id = a.district_id order by id
      offset (a.id % ${PARTNERS_PER_DISTRICT}) limit 1) p on true
    where a.tenant_id = ${tenantId} and a.id % 2 = 0`);
  // Two committees per district, attendance on past weekly meetings, cooperations in every status.
  await db.execute(sql`
    insert into committees (tenant_id, district_id, name, type, part, recurrence, first_starts_at, timezone)
    select ${tenantId}, d.id, 'Gremium ' || d.id || '-' || g,
      (array['round_table','working_group'])[g]::committee_type, 'attend',
      case g when 1 then 'FREQ=WEEKLY;BYDAY=TU' else 'FREQ=MONTHLY;BYDAY=+1TH' end,
      timestamptz '2025-01-07 17:00+01', 'Europe/Berlin'
    from districts d, generate_series(1, 2) g where d.tenant_id = ${tenantId}`);
  await db.execute(sql`
    insert into meetings (tenant_id, committee_id, occurrence_at)
    select ${tenantId}, c.id, timestamptz '2025-01-07 17:00+01' + (w || ' weeks')::interval
    from committees c, generate_series(0, 98) w
    where c.tenant_id = ${tenantId} and c.recurrence like 'FREQ=WEEKLY%'`);
  await db.execute(sql`
    insert into meeting_attendance (tenant_id, meeting_id, member_id, status)
    select ${tenantId}, mt.id, (select min(id) from members where tenant_id = ${tenantId}), 'attended'
    from meetings mt where mt.tenant_id = ${tenantId} and mt.id % 3 <> 0`);
  await db.execute(sql`
    insert into cooperations (tenant_id, partner_id, district_id, status, review_on, created_by)
    select ${tenantId}, p.id, p.district_id,
      (array['draft','in_progress','agreed','ended'])[1 + p.id % 4]::cooperation_status,
      date '2026-10-01' + (p.id % 90), (select min(id) from members where tenant_id = ${tenantId})
    from partners p where p.tenant_id = ${tenantId} and p.id % 4 = 0`);
  await db.execute(sql`analyze`);
}

async function explainAll(client: PGlite, captured: Captured[], title: string): Promise<void> {
  console.log(`\n-- query plans: ${title} (${captured.length} queries)`);
  const seen = new Set<string>();
  for (const { query, params } of captured) {
    if (seen.has(query) || !/\bfrom "?(activities|activity_partners|partners|meetings)"?/i.test(query))
      continue;
    seen.add(query);
    const plan = await client.query<{ "QUERY PLAN": string }>(`explain ${query}`, params as never[]);
    const lines = plan.rows.map((r) => r["QUERY PLAN"]);
    const scans = lines.filter((l) => /Scan/.test(l)).map((l) => l.trim().replace(/\s+\(cost.*$/, ""));
    const seqOnActivities = scans.some((s) => /Seq Scan on activities/.test(s));
    console.log(`${seqOnActivities ? "SEQ " : "ok  "}${query.replace(/\s+/g, " ").slice(0, 110)}…`);
    for (const s of scans) console.log(`      ${s}`);
  }
}

export const digestBench: Benchmark = {
  name: "digest",
  description: `one digest and one yearly report for a tenant with ${ACTIVITIES.toLocaleString("en")} activities in ${DISTRICTS} districts (PGlite)`,
  async run() {
    const captured: Captured[] = [];
    let capturing = false;
    const client = await PGlite.create("memory://");
    const db = drizzle({
      client,
      schema,
      casing: "snake_case",
      logger: { logQuery: (query, params) => void (capturing && captured.push({ query, params })) },
    }) as unknown as Db;
    await migrate(db as never, {
      migrationsFolder: fileURLToPath(new URL("../src/store/migrations", import.meta.url)),
    });
    const store = createStore(db);
    const tenant = await store.ensureTenant("console", "BENCH", "Bench");
    const started = performance.now();
    await fill(db, tenant.id);
    const scoped = store.forTenant(tenant.id);
    console.log(`filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const districts = await scoped.listDistricts();
    const district = districts[17] ?? districts[0];
    if (!district) throw new Error("no district");
    console.log(`activities: ${(await scoped.countActivities({})).toLocaleString("en")}`);

    const digest = await timed("digest (one district, with chart PNG)", async () => {
      const { digestReply } = await import("../src/commands/digest/reply.js");
      return digestReply(await buildDigest(scoped, tenant, district, NOW), "public");
    });
    if (digest.kind !== "message") throw new Error("digest is not a message");
    await timed("digest data only (one district, no chart)", () =>
      buildDigest(scoped, tenant, district, NOW),
    );
    const yearDistrict = await timed("yearly report, one district", () =>
      buildReport(scoped, tenant, { from: "2026-01-01", to: "2026-12-31" }, district),
    );
    const yearAll = await timed("yearly report, all 50 districts", () =>
      buildReport(scoped, tenant, { from: "2026-01-01", to: "2026-12-31" }),
    );
    console.log(
      `report activities: district ${yearDistrict.totals.count.toLocaleString("en")}, tenant ${yearAll.totals.count.toLocaleString("en")}`,
    );

    capturing = true;
    await buildDigest(scoped, tenant, district, NOW);
    capturing = false;
    await explainAll(client, captured.splice(0), "digest");
    capturing = true;
    await buildReport(scoped, tenant, { from: "2026-01-01", to: "2026-12-31" }, district);
    capturing = false;
    await explainAll(client, captured.splice(0), "yearly report, one district");
    await client.close();
  },
};

// Standalone: `npx tsx bench/digest.ts`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  digestBench.run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
