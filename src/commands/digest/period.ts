// Reads the report's period words (quartal, letztes quartal, Q3 2026, jahr, vorjahr, 2026, von … bis …) into days and a German name.
import { digest as t } from "../messages/index.js";
import { addDays, daysBetween, localDay } from "./week.js";

export interface Period {
  from: string;
  to: string;
  /** What the period is called in the reply and on the title page: „4. Quartal 2026 bis heute“. */
  name?: string;
}

const MAX_DAYS = 731;

function germanDate(word: string): string | undefined {
  const m = word.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/) ?? null;
  const iso = word.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const [y, mo, d] = m ? [m[3], m[2], m[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !mo || !d) return undefined;
  const day = `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
  return addDays(day, 0) === day ? day : undefined;
}

const quarterDays = (year: number, q: number) => {
  const from = `${year}-${String((q - 1) * 3 + 1).padStart(2, "0")}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, "0")}-01`;
  return { from, to: addDays(next, -1) };
};

/** A period that runs past today ends today: future days hold no work, and no meeting has been held yet. */
function capped(from: string, to: string, today: string, name: string, soFar: string): Period {
  return to > today && from <= today ? { from, to: today, name: soFar } : { from, to, name };
}

function quarter(year: number, q: number, today: string): Period {
  const { from, to } = quarterDays(year, q);
  return capped(from, to, today, t.periodQuarter(q, year), t.periodQuarterSoFar(q, year));
}

function year(y: number, today: string): Period {
  return capped(`${y}-01-01`, `${y}-12-31`, today, t.periodYear(y), t.periodYearSoFar(y));
}

const previousQuarter = (y: number, q: number) => (q === 1 ? { y: y - 1, q: 4 } : { y, q: q - 1 });

/**
 * „quartal“: the quarter in progress once half of it has gone by (so in December the fourth, with its
 * work so far), before that the last full one, which is what a report early in a quarter is about.
 */
function currentQuarter(today: string): Period {
  const y = Number(today.slice(0, 4));
  const q = Math.ceil(Number(today.slice(5, 7)) / 3);
  const { from, to } = quarterDays(y, q);
  const half = daysBetween(from, to) / 2;
  if (daysBetween(from, today) >= half) return quarter(y, q, today);
  const prev = previousQuarter(y, q);
  return quarter(prev.y, prev.q, today);
}

const YEAR = /^\d{4}$/;

/**
 * Splits the words into a period and the rest (the district name, a format). Without a period word the
 * period is „quartal“. Returns undefined for a malformed or reversed range.
 */
export function parsePeriod(
  words: string[],
  now: Date,
  tz: string,
): { period: Period; rest: string[] } | undefined {
  const today = localDay(now, tz);
  const thisYear = Number(today.slice(0, 4));
  const lower = words.map((w) => w.toLowerCase());
  const [first, second, third, fourth] = lower;
  const take = (n: number, period: Period) => ({ period, rest: words.slice(n) });

  if (first === "jahr") {
    return second && YEAR.test(second)
      ? take(2, year(Number(second), today))
      : take(1, year(thisYear, today));
  }
  if (first === "vorjahr") return take(1, year(thisYear - 1, today));
  if (first && YEAR.test(first)) return take(1, year(Number(first), today));
  if (first === "letztes" && second === "quartal") {
    const cur = Math.ceil(Number(today.slice(5, 7)) / 3);
    const prev = previousQuarter(thisYear, cur);
    return take(2, quarter(prev.y, prev.q, today));
  }
  // „Q3 2026“, „Q3/2026“, „Q3“ (this year), and the older „quartal 3/2026“.
  const q = first?.match(/^q([1-4])(?:[/-](\d{4}))?$/);
  if (q) {
    if (q[2]) return take(1, quarter(Number(q[2]), Number(q[1]), today));
    if (second && YEAR.test(second)) return take(2, quarter(Number(second), Number(q[1]), today));
    return take(1, quarter(thisYear, Number(q[1]), today));
  }
  if (first === "quartal") {
    const spec = second?.match(/^([1-4])(?:\/(\d{4}))?$/);
    if (spec) return take(2, quarter(spec[2] ? Number(spec[2]) : thisYear, Number(spec[1]), today));
    return take(1, currentQuarter(today));
  }
  // „von 1.3.2026 bis 31.5.2026“ or just the two dates.
  const [a, b, skip] = first === "von" && third === "bis" ? [second, fourth, 4] : [first, second, 2];
  const dateLike = (w: string | undefined) => /^\d{1,4}[.-]\d{1,2}[.-]\d{1,4}$/.test(w ?? "");
  if (!dateLike(a)) return { period: currentQuarter(today), rest: words };
  const from = germanDate(a ?? "");
  const to = germanDate(b ?? "");
  if (!from || !to || to < from || addDays(from, MAX_DAYS) < to) return undefined;
  // Named by its dates alone, which the label shows anyway.
  return take(skip, { from, to });
}

/** The same days one year earlier (29 February becomes the 28th): the report's comparison. */
export function yearBefore(p: Period): Period {
  const back = (day: string) => {
    const y = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
    return day.endsWith("-02-29") ? `${y.slice(0, 8)}28` : y;
  };
  return { from: back(p.from), to: back(p.to) };
}
