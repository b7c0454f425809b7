// The yearly Word report (all 50 districts, 100,000 activities) on PGlite and on PostgreSQL: data, DOCX, total.
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { renderCharts } from "../src/commands/digest/chart.js";
import { reportDocx } from "../src/commands/digest/report-docx.js";
import { buildReportSet } from "../src/commands/digest/report-set.js";
import { bericht } from "../src/commands/messages/index.js";
import { createStore, type Database, openDatabase } from "../src/store/index.js";
import { ACTIVITIES, DISTRICTS, fill } from "./digest.js";
import type { Benchmark } from "./run.js";

const NOW_DAY = "2026-11-23";
const YEAR = { from: "2026-01-01", to: NOW_DAY, name: "Jahr 2026 bis heute" };
const RUNS = 3;
const TARGET_MS = 3_000;
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function measure(label: string, database: Database): Promise<void> {
  const store = createStore(database.db);
  const tenant = await store.ensureTenant("console", "BENCH", "Bench");
  const started = performance.now();
  await fill(database.db, tenant.id);
  const scoped = store.forTenant(tenant.id);
  // Half of the districts have a Sozialraumbudget, as a real tenant might (listed again after: the report
  // reads the targets from the districts it is given).
  for (const d of (await scoped.listDistricts()).filter((_, i) => i % 2 === 0)) {
    await scoped.setDistrictBudget(d.id, 480);
  }
  const districts = await scoped.listDistricts();
  console.log(`${label}: filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const data: number[] = [];
  const docx: number[] = [];
  let bytes = 0;
  let sections = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const set = await buildReportSet(scoped, tenant, YEAR, { all: districts }, NOW_DAY, bericht.total);
    const t1 = performance.now();
    const file = await reportDocx(set);
    const t2 = performance.now();
    data.push(t1 - t0);
    docx.push(t2 - t1);
    bytes = file.byteLength;
    sections = set.sections.length;
  }
  // Of the DOCX step, the charts alone (drawn again here, outside the total): where the time goes.
  const set = await buildReportSet(scoped, tenant, YEAR, { all: districts }, NOW_DAY, bericht.total);
  const c0 = performance.now();
  renderCharts(set.sections.map((s) => ({ history: s.history })));
  const chartsMs = performance.now() - c0;
  const total = data.map((d, i) => d + (docx[i] ?? 0));
  const verdict = median(total) < TARGET_MS ? "under" : "OVER";
  console.log(
    `${label}: yearly DOCX, ${sections} sections, ${(bytes / 1024).toFixed(0)} KiB: data median ${median(data).toFixed(0)} ms, DOCX median ${median(docx).toFixed(0)} ms (of it ${set.sections.length} charts ≈ ${chartsMs.toFixed(0)} ms), total median ${median(total).toFixed(0)} ms (min ${Math.min(...total).toFixed(0)}, max ${Math.max(...total).toFixed(0)}, ${RUNS} runs) – ${verdict} the ${TARGET_MS / 1000} s target`,
  );
}

async function onPostgres(): Promise<void> {
  const admin = postgres(PG_URL, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  const name = `bench_report_${randomBytes(4).toString("hex")}`;
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    console.log(`PostgreSQL: skipped, ${PG_URL} is unreachable (${(error as Error).message})`);
    await admin.end();
    return;
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  try {
    await measure("PostgreSQL", database);
  } finally {
    await database.close();
    await admin.unsafe(`drop database if exists ${name}`);
    await admin.end();
  }
}

export const reportBench: Benchmark = {
  name: "report",
  description: `the yearly Word report over all ${DISTRICTS} districts and ${ACTIVITIES.toLocaleString("en")} activities, on PGlite and PostgreSQL (target < 3 s each)`,
  async run() {
    const pglite = await openDatabase({ dataDir: "memory://" });
    try {
      await measure("PGlite", pglite);
    } finally {
      await pglite.close();
    }
    await onPostgres();
  },
};

// Standalone: `npx tsx bench/report.ts`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  reportBench.run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
