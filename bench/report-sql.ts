// The yearly report's data over all 50 districts (as the report builds it, before DOCX and charts) against the bare
// SQL aggregate it needs, side by side on the embedded database (worker thread) and on PostgreSQL, at 100,000 activities.
import { yearBefore } from "../src/commands/digest/period.js";
import { buildReportSet, type ReportSet, THREADS_PER_FOCUS } from "../src/commands/digest/report-set.js";
import { addDays, startOfDayIn } from "../src/commands/digest/week.js";
import { bericht, common } from "../src/commands/messages/index.js";
import { createStore, type Db } from "../src/store/index.js";
import { ACTIVITIES, DISTRICTS, fill } from "./digest.js";
import { type Opened, openVariants, RUNS, timeInTurns, WARM_UP } from "./digest-sql.js";
import { fmt, printTable } from "./load/servers.js";
import {
  type BareWindow,
  bareReportParallel,
  bareReportParts,
  bareReportSql,
  bareRow,
} from "./report-sql-statement.js";
import type { Benchmark } from "./run.js";

const NOW_DAY = "2026-11-23";
const YEAR = { from: "2026-01-01", to: NOW_DAY, name: "Jahr 2026 bis heute" };

type Figures = Map<string, number>;

const add = (f: Figures, key: string, n: number) => f.set(key, (f.get(key) ?? 0) + n);

/** The report's numbers that come from the database, by what they count (district ids, not names). */
function reportFigures(set: ReportSet, idOf: Map<string, number>): Figures {
  const f: Figures = new Map();
  const [total, ...districts] = set.sections;
  if (!total) throw new Error("the report has no sections");
  add(f, "total minutes", total.data.totals.minutes);
  add(f, "total activities", total.data.totals.count);
  add(f, "total minutes year before", total.previous.totals.minutes);
  for (const p of total.data.partners) add(f, "partner contacts", p.contacts);
  add(f, "cooperations", total.data.cooperations.length);
  for (const s of districts) {
    const d = idOf.get(s.name);
    if (d === undefined) throw new Error(`unknown district ${s.name}`);
    for (const [focus, t] of Object.entries(s.data.byFocus)) {
      if (t.minutes > 0) add(f, `district ${d} ${focus} minutes`, t.minutes);
    }
    add(f, `district ${d} activities`, s.data.totals.count);
    add(f, `district ${d} participants`, s.data.totals.participants);
    add(f, `district ${d} minutes year before`, s.previous.totals.minutes);
    for (const g of s.data.goals) add(f, `district ${d} goal ${g.goal} minutes`, g.minutes);
    for (const g of s.data.targetGroups) add(f, `district ${d} group ${g.targetGroup} minutes`, g.minutes);
    for (const bar of s.history) {
      for (const [focus, m] of Object.entries(bar.byFocus)) {
        if (m > 0) add(f, `district ${d} chart ${focus} minutes`, m);
      }
    }
  }
  for (const t of set.threads) {
    add(f, `thread ${t.focus}/${t.role}/${t.title} minutes`, t.minutes);
    add(f, `thread ${t.focus}/${t.role}/${t.title} partners`, t.partners.length);
  }
  return f;
}

const num = (v: unknown) => Number(v ?? 0);

/** The same numbers from the bare statement's rows. */
function bareFigures(row: Record<string, Record<string, unknown>[]>): Figures {
  const f: Figures = new Map();
  for (const r of row.now_rows ?? []) {
    add(f, "total minutes", num(r.m));
    add(f, "total activities", num(r.n));
    add(f, `district ${r.district_id} ${r.focus} minutes`, num(r.m));
    add(f, `district ${r.district_id} activities`, num(r.n));
    add(f, `district ${r.district_id} participants`, num(r.p));
  }
  for (const r of row.before_rows ?? []) {
    add(f, "total minutes year before", num(r.m));
    add(f, `district ${r.district_id} minutes year before`, num(r.m));
  }
  for (const r of row.partner_rows ?? []) add(f, "partner contacts", num(r.n));
  add(f, "cooperations", (row.coop_rows ?? []).length);
  for (const r of row.goal_rows ?? []) add(f, `district ${r.district_id} goal ${r.goal} minutes`, num(r.m));
  for (const r of row.group_rows ?? []) {
    // The report shows a confidential activity's groups under one hidden name.
    const name = r.name ?? common.hiddenText;
    add(f, `district ${r.district_id} group ${name} minutes`, num(r.m));
  }
  for (const r of row.bar_rows ?? []) add(f, `district ${r.district_id} chart ${r.focus} minutes`, num(r.m));
  for (const t of row.threads ?? []) {
    const key = `${t.focus}/${t.role}/${t.title}`;
    add(f, `thread ${key} minutes`, num(t.m));
    add(f, `thread ${key} partners`, Array.isArray(t.partners) ? t.partners.length : 0);
  }
  return f;
}

/** Loudly, when the bare statement does not give the report's numbers: then the comparison compares nothing. */
function sameFigures(name: string, ours: Figures, bare: Figures): number {
  const keys = new Set([...ours.keys(), ...bare.keys()]);
  // A figure one side has no row for is a zero (a district without work the year before).
  const differ = [...keys].filter((k) => (ours.get(k) ?? 0) !== (bare.get(k) ?? 0));
  if (differ.length > 0) {
    const shown = differ.slice(0, 10).map((k) => `${k}: report ${ours.get(k)}, bare ${bare.get(k)}`);
    throw new Error(
      `${name}: the bare SQL differs from the report in ${differ.length} figures:\n${shown.join("\n")}`,
    );
  }
  return keys.size;
}

async function measure(v: Opened): Promise<{ cells: string[]; checked: string }> {
  const db: Db = v.database.db;
  const store = createStore(db);
  const tenant = await store.ensureTenant("console", "BENCH-REPORT", "Bench");
  await fill(db, tenant.id);
  const scoped = store.forTenant(tenant.id);
  // Half of the districts have a Sozialraumbudget, as in the report bench (the budget is part of the read).
  for (const d of (await scoped.listDistricts()).filter((_, i) => i % 2 === 0)) {
    await scoped.setDistrictBudget(d.id, 480);
  }
  const districts = await scoped.listDistricts();
  const window: BareWindow = {
    period: YEAR,
    previous: yearBefore(YEAR),
    from: startOfDayIn(YEAR.from, tenant.timezone),
    to: startOfDayIn(addDays(YEAR.to, 1), tenant.timezone),
    threadsPerFocus: THREADS_PER_FOCUS,
  };
  const report = () => buildReportSet(scoped, tenant, YEAR, { all: districts }, NOW_DAY, bericht.total);
  const parts = bareReportParts(tenant.id, window);
  const single = async () => bareRow(await db.execute(bareReportSql(parts)));
  const parallel = () => bareReportParallel(db, parts);

  const idOf = new Map(districts.map((d) => [d.name, d.id] as const));
  const ours = reportFigures(await report(), idOf);
  const compared = sameFigures(`${v.name}, one statement`, ours, bareFigures(await single()));
  sameFigures(`${v.name}, statements side by side`, ours, bareFigures(await parallel()));
  const { early, warm } = await timeInTurns([report, single, parallel]);
  const cells = ([r = 0, one = 0, many = 0]: number[]) => [
    fmt(r, 1),
    fmt(one, 1),
    fmt(r / one, 2),
    fmt(many, 1),
    fmt(r / many, 2),
  ];
  return {
    cells: [v.name, ...cells(early), ...cells(warm)],
    checked: `${v.name}: the bare SQL (as one statement and as ${Object.keys(parts).length} side by side) gives the report's ${compared} figures (minutes per district and focus, counts, participants, year before, goals, target groups, chart bars, threads and their partners, partner contacts, cooperations)`,
  };
}

export const reportSqlBench: Benchmark = {
  name: "report-sql",
  description: `the yearly report's data over all ${DISTRICTS} districts vs. the bare SQL aggregate it needs, ${ACTIVITIES.toLocaleString("en")} activities, PGlite and PostgreSQL`,
  async run() {
    const rows: string[][] = [];
    for (const v of await openVariants()) {
      try {
        const { cells, checked } = await measure(v);
        console.log(checked);
        rows.push(cells);
      } finally {
        await v.close();
      }
    }
    printTable(
      [
        "database",
        "first: report ms",
        "bare 1 stmt ms",
        "ratio",
        "bare parallel ms",
        "ratio",
        "warm: report ms",
        "bare 1 stmt ms",
        "ratio",
        "bare parallel ms",
        "ratio",
      ],
      rows,
    );
    console.log(
      `(medians of ${RUNS} runs each, in turns: the first ${RUNS} after one of each, and ${RUNS} after another ${WARM_UP} warm-up rounds; the report set as the yearly report builds it, without DOCX and chart images; ratio = report / bare; „parallel“ sends the bare statement's parts at once, as the report spreads its reads over the pool)`,
    );
  },
};
