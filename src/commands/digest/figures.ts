// The digest's numbers: the reported week by focus and level, the average of the four weeks before, 12 weeks of history.
import { type DayFocusLevel, FOCUSES, type Focus, LEVELS, type Level } from "../../store/index.js";
import { addDays, daysBetween, isoWeek, type WeekWindow } from "./week.js";

export interface Figure {
  count: number;
  minutes: number;
}

export interface WeekFigures extends Figure {
  byFocus: Record<Focus, Figure>;
  byLevel: Record<Level, Figure>;
}

export interface HistoryWeek {
  start: string;
  week: number;
  byFocus: Record<Focus, number>;
}

export interface DigestFigures {
  current: WeekFigures;
  /** Averages per week over the four weeks before the reported one (may be fractional). */
  baseline: WeekFigures;
  /** 12 weeks, oldest first, the reported week last: minutes per focus. */
  history: HistoryWeek[];
}

export const HISTORY_WEEKS = 12;
export const BASELINE_WEEKS = 4;

const zero = (): Figure => ({ count: 0, minutes: 0 });
const emptyWeek = (): WeekFigures => ({
  ...zero(),
  byFocus: Object.fromEntries(FOCUSES.map((f) => [f, zero()])) as Record<Focus, Figure>,
  byLevel: Object.fromEntries(LEVELS.map((l) => [l, zero()])) as Record<Level, Figure>,
});

function add(target: WeekFigures, row: DayFocusLevel, weight = 1): void {
  const c = row.count * weight;
  const m = row.minutes * weight;
  target.count += c;
  target.minutes += m;
  target.byFocus[row.focus].count += c;
  target.byFocus[row.focus].minutes += m;
  target.byLevel[row.level].count += c;
  target.byLevel[row.level].minutes += m;
}

/** Pure: buckets daily rows into the reported week, its baseline and the 12-week history. */
export function computeFigures(rows: DayFocusLevel[], week: WeekWindow): DigestFigures {
  const firstMonday = addDays(week.start, -7 * (HISTORY_WEEKS - 1));
  const history: HistoryWeek[] = Array.from({ length: HISTORY_WEEKS }, (_, i) => {
    const start = addDays(firstMonday, 7 * i);
    return {
      start,
      week: isoWeek(start).week,
      byFocus: Object.fromEntries(FOCUSES.map((f) => [f, 0])) as Record<Focus, number>,
    };
  });
  const current = emptyWeek();
  const baseline = emptyWeek();
  for (const row of rows) {
    const index = Math.floor(daysBetween(firstMonday, row.day) / 7);
    const bucket = history[index];
    if (!bucket) continue;
    bucket.byFocus[row.focus] += row.minutes;
    const weeksBefore = HISTORY_WEEKS - 1 - index;
    if (weeksBefore === 0) add(current, row);
    else if (weeksBefore <= BASELINE_WEEKS) add(baseline, row, 1 / BASELINE_WEEKS);
  }
  return { current, baseline, history };
}

/** Activities and minutes of the rows: the week in progress, for the preview. */
export const totalOf = (rows: DayFocusLevel[]): Figure =>
  rows.reduce((f, r) => ({ count: f.count + r.count, minutes: f.minutes + r.minutes }), zero());
