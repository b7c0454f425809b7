// Every section of an „alle“ report from grouped queries: each district's figures, the year before, chart bars and
// budget, and the total over all of them added up from the same rows (no query of its own).
import type { TenantStore } from "../../store/index.js";
import { common } from "../messages/index.js";
import { budgetOf } from "./budget.js";
import { type Period, yearBefore } from "./period.js";
import type { ReportData, ReportFigures } from "./report.js";
import type { ReportSection, ScopeDistrict } from "./report-set.js";
import { bucketOf, emptyBars, summaryOf } from "./report-totals.js";

type Rows<K extends keyof TenantStore> = TenantStore[K] extends (...args: never[]) => Promise<infer R>
  ? R
  : never;
type Breakdown = Rows<"breakdownByDistrict">;

/** The grouped rows of every district, an archived one's too (the total counts its activities). */
export interface DistrictRows {
  period: Period;
  budgetDay: string;
  now: Breakdown;
  before: Breakdown;
  goals: Rows<"goalTotalsByDistrict">;
  groups: Rows<"targetGroupTotalsByDistrict">;
  bars: Rows<"focusMinutesByDistrict">;
  /** 1 January up to the budget day, only when a district has a target. */
  year: Breakdown;
}

export async function districtRows(
  store: TenantStore,
  period: Period,
  districts: ScopeDistrict[],
  budgetDay: string,
): Promise<DistrictRows> {
  const ytd = { from: `${budgetDay.slice(0, 4)}-01-01`, to: budgetDay };
  const budgeted = districts.some((d) => (d.budgetHours ?? 0) > 0);
  // A yearly report up to today covers the budget's days already: its rows serve both.
  const sameDays = ytd.from === period.from && ytd.to === period.to;
  const now = store.breakdownByDistrict(period);
  const [, before, goals, groups, bars, year] = await Promise.all([
    now,
    store.breakdownByDistrict(yearBefore(period)),
    store.goalTotalsByDistrict(period),
    store.targetGroupTotalsByDistrict(period),
    store.focusMinutesByDistrict(period, bucketOf(period)),
    budgeted ? (sameDays ? now : store.breakdownByDistrict(ytd)) : Promise.resolve([]),
  ]);
  return { period, budgetDay, now: await now, before, goals, groups, bars, year };
}

function groupBy<T extends { districtId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.districtId);
    if (list) list.push(r);
    else out.set(r.districtId, [r]);
  }
  return out;
}

/** Rows added up over the districts by `key`, in the order the key first appears (the query's order). */
function sumBy<T extends { count: number; minutes: number; participants?: number }>(
  rows: T[],
  key: (r: T) => string,
): T[] {
  const out = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    const sum = out.get(k);
    if (!sum) out.set(k, { ...r });
    else {
      sum.count += r.count;
      sum.minutes += r.minutes;
      if (sum.participants !== undefined) sum.participants += r.participants ?? 0;
    }
  }
  return [...out.values()];
}

function chartOf(rows: DistrictRows, bars: Rows<"focusMinutesByDistrict">) {
  const bucket = bucketOf(rows.period);
  const chart = emptyBars(rows.period, bucket);
  for (const r of bars) {
    const bar = chart.get(r.bucket);
    if (bar) bar.byFocus[r.focus] += r.minutes;
  }
  return { history: [...chart.values()], bucket };
}

/** The total's figures, chart, year before and budget: the same numbers its own queries gave. */
export function totalOf(rows: DistrictRows, districts: ScopeDistrict[]) {
  const figures: ReportFigures = {
    breakdown: rows.now,
    goals: sumBy(rows.goals, (r) => r.goal).map(({ goal, count, minutes }) => ({ goal, count, minutes })),
    targetGroups: sumBy(rows.groups, (r) => r.targetGroup ?? "\u0000").map(({ districtId: _d, ...g }) => g),
  };
  const budget = budgetOf(districts, rows.budgetDay, rows.year);
  return {
    figures,
    previous: summaryOf(yearBefore(rows.period), rows.before),
    ...chartOf(rows, rows.bars),
    ...(budget ? { budget } : {}),
  };
}

/**
 * The district sections of a report over several districts. Committees, partners and cooperations are
 * told once for all in the narrative, so a district section carries only its figures.
 */
export function districtSections(rows: DistrictRows, districts: ScopeDistrict[]): ReportSection[] {
  const { period } = rows;
  const [nowBy, beforeBy, goalsBy, groupsBy, barsBy, yearBy] = [
    groupBy(rows.now),
    groupBy(rows.before),
    groupBy(rows.goals),
    groupBy(rows.groups),
    groupBy(rows.bars),
    groupBy(rows.year),
  ];
  return districts.map((d) => {
    const s = summaryOf(period, nowBy.get(d.id) ?? []);
    const data: ReportData = {
      period,
      districts: [{ id: d.id, name: d.name }],
      allDistricts: false,
      totals: s.totals,
      byFocus: s.byFocus,
      byLevel: s.byLevel,
      byRole: s.byRole,
      targetGroups: (groupsBy.get(d.id) ?? []).map(({ districtId: _d, ...g }) => ({
        ...g,
        targetGroup: g.targetGroup ?? common.hiddenText,
      })),
      goals: (goalsBy.get(d.id) ?? []).map(({ goal, count, minutes }) => ({ goal, count, minutes })),
      committees: [],
      partners: [],
      cooperations: [],
    };
    const budget = budgetOf([d], rows.budgetDay, yearBy.get(d.id) ?? []);
    return {
      name: d.name,
      data,
      previous: summaryOf(yearBefore(period), beforeBy.get(d.id) ?? []),
      ...chartOf(rows, barsBy.get(d.id) ?? []),
      ...(budget ? { budget } : {}),
    };
  });
}
