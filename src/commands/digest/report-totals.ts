// Small shared pieces of the report's figures: empty totals, adding rows up, and the chart's week or month bars.
import {
  ACTIVITY_ROLES,
  type ActivityRole,
  FOCUSES,
  type Focus,
  LEVELS,
  type Level,
} from "../../store/index.js";
import type { HistoryWeek } from "./figures.js";
import type { Period } from "./period.js";
import type { Total } from "./report.js";
import type { Summary } from "./report-set.js";
import { addDays, daysBetween, isoWeek } from "./week.js";

/** Up to this many days the chart has a bar per week, beyond it one per month. */
const WEEKLY_UP_TO = 16 * 7;

export const zero = (): Total => ({ count: 0, minutes: 0, participants: 0 });
export const record = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, zero()])) as Record<K, Total>;
export const addTo = (t: Total, r: Total) => {
  t.count += r.count;
  t.minutes += r.minutes;
  t.participants += r.participants;
};

/** A period's totals, per focus, level and role, from the store's breakdown rows. */
export function summaryOf(
  period: Period,
  rows: readonly (Total & { focus: Focus; level: Level; role: ActivityRole })[],
): Summary {
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

export const bucketOf = (period: Period): "week" | "month" =>
  daysBetween(period.from, period.to) < WEEKLY_UP_TO ? "week" : "month";

/** A bar's key as the store groups it: ISO week „2026-07“ or month „2026-11“. */
export function bucketKey(day: string, bucket: "week" | "month"): string {
  if (bucket === "month") return day.slice(0, 7);
  const { week, year } = isoWeek(day);
  return `${year}-${String(week).padStart(2, "0")}`;
}

/** Every week or month of the period gets a bar, an empty one too. */
export function emptyBars(period: Period, bucket: "week" | "month"): Map<string, HistoryWeek> {
  const bars = new Map<string, HistoryWeek>();
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
    const k = bucketKey(day, bucket);
    if (bars.has(k)) continue;
    bars.set(k, {
      start: day,
      week: bucket === "week" ? isoWeek(day).week : Number(day.slice(5, 7)),
      byFocus: Object.fromEntries(FOCUSES.map((f) => [f, 0])) as Record<Focus, number>,
    });
  }
  return bars;
}
