// Dates in German: "heute", "gestern", "vorgestern", weekday names (the last such day), "3.11.", "03.11.2026", "am 3. November".

import { addDays, isoDay, isValidDay, parts, weekday } from "./days.js";
import { own } from "./fold.js";
import { B, E, type Scan } from "./scan.js";

const MONTHS: [RegExp, number][] = [
  [/^(januar|jan|jänner|jaenner)$/, 1],
  [/^(februar|feb|febr)$/, 2],
  [/^(märz|maerz|mär|mrz|maer)$/, 3],
  [/^(april|apr)$/, 4],
  [/^mai$/, 5],
  [/^(juni|jun)$/, 6],
  [/^(juli|jul)$/, 7],
  [/^(august|aug)$/, 8],
  [/^(september|sep|sept)$/, 9],
  [/^(oktober|okt)$/, 10],
  [/^(november|nov)$/, 11],
  [/^(dezember|dez)$/, 12],
];
const MONTH_WORD =
  "januar|jan|jänner|jaenner|februar|febr|feb|märz|maerz|mär|maer|mrz|april|apr|mai|juni|jun|juli|jul|august|aug|september|sept|sep|oktober|okt|november|nov|dezember|dez";

const WEEKDAYS: Record<string, number> = {
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
};

const COUNT_WORDS: Record<string, number> = {
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
};

/** One date expression; groups: numeric d, m, y | d, month word, y | ISO y, m, d. */
export const DATE_EXPR = `(?:(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?(?!\\d)|(\\d{1,2})\\.?\\s*(${MONTH_WORD})\\.?(?:\\s+(\\d{4}))?${E}|(\\d{4})-(\\d{2})-(\\d{2})${E})`;

export type DateResult = { ok: true; day: string; hadYear: boolean } | { ok: false };

function monthOf(word: string): number {
  const w = word.toLowerCase();
  return MONTHS.find(([re]) => re.test(w))?.[1] ?? 0;
}

/** The most recent day with this month and day that is not after `today` (dates are logged afterwards). */
function latestPast(month: number, day: number, today: string): string | undefined {
  const { year } = parts(today);
  for (const y of [year, year - 1, year - 2, year - 3, year - 4]) {
    if (isValidDay(y, month, day)) {
      const candidate = isoDay(y, month, day);
      if (candidate <= today) return candidate;
    }
  }
  return undefined;
}

/** Resolves the groups of a DATE_EXPR match (starting at `offset`) to an ISO day. */
export function resolveDateGroups(g: (string | undefined)[], today: string): DateResult {
  let day: number;
  let month: number;
  let year: number | undefined;
  if (g[0] !== undefined) {
    day = Number(g[0]);
    month = Number(g[1]);
    year = g[2] === undefined ? undefined : Number(g[2].length === 2 ? `20${g[2]}` : g[2]);
  } else if (g[3] !== undefined) {
    day = Number(g[3]);
    month = monthOf(g[4] ?? "");
    year = g[5] === undefined ? undefined : Number(g[5]);
  } else {
    year = Number(g[6]);
    month = Number(g[7]);
    day = Number(g[8]);
  }
  if (year !== undefined) {
    return isValidDay(year, month, day)
      ? { ok: true, day: isoDay(year, month, day), hadYear: true }
      : { ok: false };
  }
  const latest = latestPast(month, day, today);
  return latest ? { ok: true, day: latest, hadYear: false } : { ok: false };
}

/** The same date groups with the year set (numeric or month-word form). */
function withYear(g: (string | undefined)[], year: number): (string | undefined)[] {
  const copy = [...g];
  if (copy[0] !== undefined) copy[2] = String(year);
  else if (copy[3] !== undefined) copy[5] = String(year);
  return copy;
}

/** A whole text as one date ("3.11.", "03.11.2026", "3. November", "heute", "gestern", "Montag"). */
export function parseDate(
  raw: string,
  today: string,
  yearless: "past" | "current" = "past",
): string | undefined {
  const value = raw.trim().toLowerCase();
  const relative = relativeDay(value, today);
  if (relative) return relative;
  const m = new RegExp(`^(?:am\\s+)?${DATE_EXPR}$`, "iu").exec(value);
  if (!m) return undefined;
  const groups = m.slice(1);
  const r = resolveDateGroups(
    yearless === "current" ? withYearIfMissing(groups, parts(today).year) : groups,
    today,
  );
  return r.ok ? r.day : undefined;
}

function withYearIfMissing(g: (string | undefined)[], year: number): (string | undefined)[] {
  const hasYear = g[2] !== undefined || g[5] !== undefined || g[6] !== undefined;
  return hasYear ? g : withYear(g, year);
}

function relativeDay(word: string, today: string): string | undefined {
  if (word === "heute") return today;
  if (word === "gestern") return addDays(today, -1);
  if (word === "vorgestern") return addDays(today, -2);
  const wd = own(WEEKDAYS, word);
  if (wd !== undefined) return addDays(today, -((weekday(today) - wd + 7) % 7));
  return undefined;
}

export interface FoundDates {
  day?: string;
  /** The date came from a weekday or a date without year: plausible, still worth a look. */
  inferred: boolean;
  count: number;
  periodStart?: string;
  periodEnd?: string;
  invalid: string[];
}

/** Takes date ranges ("vom 1.9. bis 31.12.") and single dates out of the scan. */
export function takeDates(scan: Scan, today: string): FoundDates {
  const found: FoundDates = { inferred: false, count: 0, invalid: [] };
  const singles: { at: number; day: string; inferred: boolean }[] = [];

  scan.take(`${B}(?:vom\\s+|von\\s+|ab\\s+)?${DATE_EXPR}\\s*(?:bis(?:\\s+zum)?|–|-)\\s*${DATE_EXPR}`, (m) => {
    const from = resolveDateGroups(m.slice(1, 10), today);
    const toGroups = m.slice(10, 19);
    if (!from.ok) {
      found.invalid.push(m[0].trim());
      return true;
    }
    // The end of a period may lie ahead: without a year it is the first such day on or after the start.
    const hasYear = toGroups[2] !== undefined || toGroups[5] !== undefined || toGroups[6] !== undefined;
    let to = resolveDateGroups(toGroups, today);
    if (!hasYear) {
      const year = parts(from.day).year;
      to = resolveDateGroups(withYear(toGroups, year), today);
      if (!to.ok || to.day < from.day) to = resolveDateGroups(withYear(toGroups, year + 1), today);
    }
    if (!to.ok) {
      found.invalid.push(m[0].trim());
      return true;
    }
    found.periodStart = from.day;
    found.periodEnd = to.day;
    return true;
  });

  scan.take(`${B}(?:am\\s+)?${DATE_EXPR}`, (m) => {
    const r = resolveDateGroups(m.slice(1), today);
    if (r.ok) singles.push({ at: m.index ?? 0, day: r.day, inferred: !r.hadYear });
    else found.invalid.push(m[0].trim());
    return true;
  });

  scan.take(`${B}(heute|gestern|vorgestern)${E}`, (m) => {
    singles.push({
      at: m.index ?? 0,
      day: relativeDay((m[1] ?? "").toLowerCase(), today) ?? today,
      inferred: false,
    });
    return true;
  });

  scan.take(`${B}vor\\s+(\\d{1,2}|zwei|drei|vier|fünf|fuenf|sechs|sieben)\\s+tagen${E}`, (m) => {
    const raw = (m[1] ?? "").toLowerCase();
    const n = own(COUNT_WORDS, raw) ?? Number(raw);
    singles.push({ at: m.index ?? 0, day: addDays(today, -n), inferred: false });
    return true;
  });

  scan.take(
    `${B}(?:(?:am|letzten|letzter|vergangenen|vergangener)\\s+)?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)${E}`,
    (m) => {
      const wd = own(WEEKDAYS, (m[1] ?? "").toLowerCase()) ?? 0;
      const last = /^(letzte|vergangene)/i.test(m[0]);
      let back = (weekday(today) - wd + 7) % 7;
      if (last && back === 0) back = 7;
      singles.push({ at: m.index ?? 0, day: addDays(today, -back), inferred: true });
      return true;
    },
  );

  singles.sort((a, b) => a.at - b.at);
  const [first] = singles;
  if (first) {
    found.day = first.day;
    found.inferred = first.inferred;
  }
  found.count = singles.length;
  return found;
}
