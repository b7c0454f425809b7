// The whole report: the total and each district (figures, the year before, a chart) plus the narrative per focus.
import type {
  ActivityRole,
  ActivityThread,
  District,
  Focus,
  Level,
  Tenant,
  TenantStore,
} from "../../store/index.js";
import { type BudgetStatus, budgetDay, budgetStatus } from "./budget.js";
import type { HistoryWeek } from "./figures.js";
import { type Period, yearBefore } from "./period.js";
import { buildReport, type ReportData, type Total } from "./report.js";
import { districtRows, districtSections, totalOf } from "./report-districts.js";
import { bucketKey, bucketOf, emptyBars, summaryOf } from "./report-totals.js";

/** The same figures for the year before, for the comparison (breakdowns only; the rest is about now). */
export interface Summary {
  period: Period;
  totals: Total;
  byFocus: Record<Focus, Total>;
  byLevel: Record<Level, Total>;
  byRole: Record<ActivityRole, Total>;
}

export interface ReportSection {
  /** The district's name, or „Gesamt“ for the total over all of them. */
  name: string;
  data: ReportData;
  previous: Summary;
  /** Hours per focus per week (short periods) or month, the chart's bars. */
  history: HistoryWeek[];
  bucket: "week" | "month";
  /** Planned vs. actual case-independent hours of the period's year, when a district in it has a target. */
  budget?: BudgetStatus;
}

export interface ReportSet {
  period: Period;
  previous: Period;
  generatedOn: string;
  /** The total first when there are several districts, then one per district. */
  sections: ReportSection[];
  /** Per focus the largest threads of work, by title and role (never a confidential entry). */
  threads: ActivityThread[];
}

/** Threads named per focus in the narrative: enough to tell the year's story, short enough to read. */
export const THREADS_PER_FOCUS = 8;

async function summary(store: TenantStore, period: Period, districtId?: number): Promise<Summary> {
  const rows = await store.activityBreakdown({ districtId, from: period.from, to: period.to });
  return summaryOf(period, rows);
}

async function history(
  store: TenantStore,
  period: Period,
  districtId?: number,
): Promise<{ history: HistoryWeek[]; bucket: "week" | "month" }> {
  const rows = await store.dailyFocusMinutes({ districtId, from: period.from, to: period.to });
  const bucket = bucketOf(period);
  const bars = emptyBars(period, bucket);
  for (const r of rows) {
    const bar = bars.get(bucketKey(r.day, bucket));
    if (bar) bar.byFocus[r.focus] += r.minutes;
  }
  return { history: [...bars.values()], bucket };
}

export type ScopeDistrict = Pick<District, "id" | "name" | "budgetHours">;

async function section(
  store: TenantStore,
  tenant: Pick<Tenant, "timezone">,
  period: Period,
  name: string,
  budgetOf: { districts: ScopeDistrict[]; day: string },
  district?: ScopeDistrict,
): Promise<ReportSection> {
  const [data, previous, chart, budget] = await Promise.all([
    buildReport(store, tenant, period, district),
    summary(store, yearBefore(period), district?.id),
    history(store, period, district?.id),
    budgetStatus(store, budgetOf.districts, budgetOf.day),
  ]);
  return { name, data, previous, ...chart, ...(budget ? { budget } : {}) };
}

/** The total and every district from grouped queries: one per table, not one per district nor for the total. */
async function allSections(
  store: TenantStore,
  tenant: Pick<Tenant, "timezone">,
  period: Period,
  totalName: string,
  districts: ScopeDistrict[],
  day: string,
): Promise<ReportSection[]> {
  const rows = districtRows(store, period, districts, day);
  const total = rows.then((r) => totalOf(r, districts));
  // Committees, partners and cooperations of the total meanwhile, on their own connections.
  const [data, sum, each] = await Promise.all([
    buildReport(
      store,
      tenant,
      period,
      undefined,
      total.then((t) => t.figures),
    ),
    total,
    rows.then((r) => districtSections(r, districts)),
  ]);
  const { figures: _f, ...rest } = sum;
  return [{ name: totalName, data, ...rest }, ...each];
}

export async function buildReportSet(
  store: TenantStore,
  tenant: Pick<Tenant, "timezone">,
  period: Period,
  scope: { district: ScopeDistrict } | { all: ScopeDistrict[] },
  generatedOn: string,
  totalName: string,
): Promise<ReportSet> {
  const day = budgetDay(period.to, generatedOn);
  const onlyDistrict = "district" in scope ? scope.district.id : undefined;
  // The total, the districts and the narrative side by side: on PostgreSQL they run on separate
  // connections (a handful of queries each, never one per district).
  const [sections, threads] = await Promise.all([
    "all" in scope && scope.all.length > 1
      ? allSections(store, tenant, period, totalName, scope.all, day)
      : Promise.all(
          ("district" in scope ? [scope.district] : scope.all).map((d) =>
            section(store, tenant, period, d.name, { districts: [d], day }, d),
          ),
        ),
    store.activityThreads({ districtId: onlyDistrict, from: period.from, to: period.to }, THREADS_PER_FOCUS),
  ]);
  return { period, previous: yearBefore(period), generatedOn, sections, threads };
}
