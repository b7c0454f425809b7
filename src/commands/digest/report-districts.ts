// Every district's section of an „alle“ report from grouped queries: figures, the year before, chart bars and budget.
import { ACTIVITY_ROLES, FOCUSES, LEVELS, type TenantStore } from "../../store/index.js";
import { common } from "../messages/index.js";
import type { BudgetStatus } from "./budget.js";
import { yearShare } from "./budget.js";
import { type Period, yearBefore } from "./period.js";
import type { ReportData } from "./report.js";
import type { ReportSection, ScopeDistrict, Summary } from "./report-set.js";
import { addTo, bucketOf, emptyBars, record, zero } from "./report-totals.js";

type Breakdown = Awaited<ReturnType<TenantStore["breakdownByDistrict"]>>;

function summaryOf(period: Period, rows: Breakdown): Summary {
  const s: Summary = {
    period,
    totals: zero(),
    byFocus: record(FOCUSES),
    byLevel: record(LEVELS),
    byRole: record(ACTIVITY_ROLES),
  };
  for (const r of rows) {
    addTo(s.totals, r);
    addTo(s.byFocus[r.focus], r);
    addTo(s.byLevel[r.level], r);
    addTo(s.byRole[r.role], r);
  }
  return s;
}

function groupBy<T extends { districtId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) out.set(r.districtId, [...(out.get(r.districtId) ?? []), r]);
  return out;
}

/**
 * The district sections of a report over several districts. Committees, partners and cooperations are
 * told once for all in the narrative, so a district section carries only its figures.
 */
export async function districtSections(
  store: TenantStore,
  period: Period,
  districts: ScopeDistrict[],
  budgetDay: string,
): Promise<ReportSection[]> {
  const bucket = bucketOf(period);
  const ytd = { from: `${budgetDay.slice(0, 4)}-01-01`, to: budgetDay };
  const budgeted = districts.some((d) => (d.budgetHours ?? 0) > 0);
  const [now, before, goals, groups, bars, year] = await Promise.all([
    store.breakdownByDistrict(period),
    store.breakdownByDistrict(yearBefore(period)),
    store.goalTotalsByDistrict(period),
    store.targetGroupTotalsByDistrict(period),
    store.focusMinutesByDistrict(period, bucket),
    budgeted ? store.breakdownByDistrict(ytd) : Promise.resolve([]),
  ]);
  const [nowBy, beforeBy, goalsBy, groupsBy, barsBy, yearBy] = [
    groupBy(now),
    groupBy(before),
    groupBy(goals),
    groupBy(groups),
    groupBy(bars),
    groupBy(year),
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
    const chart = emptyBars(period, bucket);
    for (const r of barsBy.get(d.id) ?? []) {
      const bar = chart.get(r.bucket);
      if (bar) bar.byFocus[r.focus] += r.minutes;
    }
    let budget: BudgetStatus | undefined;
    if (d.budgetHours && d.budgetHours > 0) {
      const minutes = (yearBy.get(d.id) ?? [])
        .filter((r) => r.level === "case_independent")
        .reduce((sum, r) => sum + r.minutes, 0);
      budget = { targetHours: d.budgetHours, minutes, yearShare: yearShare(budgetDay), day: budgetDay };
    }
    return {
      name: d.name,
      data,
      previous: summaryOf(yearBefore(period), beforeBy.get(d.id) ?? []),
      history: [...chart.values()],
      bucket,
      ...(budget ? { budget } : {}),
    };
  });
}
