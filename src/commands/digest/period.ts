// Reads the report's period: "quartal [N[/JJJJ]]", "jahr [JJJJ]" or two German dates; the default is the last full quarter.
import { addDays, localDay } from "./week.js";

export interface Period {
  from: string;
  to: string;
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

const quarter = (year: number, q: number): Period => {
  const start = `${year}-${String((q - 1) * 3 + 1).padStart(2, "0")}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, "0")}-01`;
  return { from: start, to: addDays(next, -1) };
};

/**
 * Splits the words into a period and the rest (the district name, a trailing "csv").
 * Returns undefined for a malformed period.
 */
export function parsePeriod(
  words: string[],
  now: Date,
  tz: string,
): { period: Period; rest: string[] } | undefined {
  const today = localDay(now, tz);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const [first, second, ...others] = words;
  const kw = first?.toLowerCase();
  if (kw === "jahr") {
    const y = second && /^\d{4}$/.test(second) ? Number(second) : undefined;
    const target = y ?? year - 1;
    return {
      period: { from: `${target}-01-01`, to: `${target}-12-31` },
      rest: y === undefined ? words.slice(1) : words.slice(2),
    };
  }
  const dateLike = (w: string | undefined) => /^\d{1,4}[.-]\d{1,2}[.-]\d{1,4}$/.test(w ?? "");
  if (kw === "quartal" || kw === undefined || !dateLike(first)) {
    const spec = kw === "quartal" ? second?.match(/^([1-4])(?:\/(\d{4}))?$/) : null;
    let q = Math.ceil(month / 3) - 1;
    let y = year;
    if (q === 0) {
      q = 4;
      y -= 1;
    }
    if (spec) {
      q = Number(spec[1]);
      y = spec[2] ? Number(spec[2]) : year;
    }
    const rest = kw === "quartal" ? words.slice(spec ? 2 : 1) : words;
    return { period: quarter(y, q), rest };
  }
  const from = germanDate(first ?? "");
  const to = germanDate(second ?? "");
  if (!from || !to || to < from || addDays(from, MAX_DAYS) < to) return undefined;
  return { period: { from, to }, rest: others };
}
