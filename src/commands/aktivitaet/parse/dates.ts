// Dates in German: "heute", "gestern", "vorgestern" (also mistyped), weekday names and abbreviations (the last such
// day), "letzte Woche Freitag", "3.11." and "3.11" (the final dot is often left out), "03.11.2026", "am 3. November".

import { addDays, isoDay, isValidDay, parts, startOfWeek, weekday } from "./days.js";
import { own } from "./fold.js";
import { SMALL_NUMBER_WORDS } from "./number-words.js";
import { B, E, type Scan } from "./scan.js";
import {
  abbreviationAllowed,
  DAY_PART,
  relativeDay,
  TIME_NEXT,
  takeMistypedDays,
  WD,
  WEEKDAY_WITH_PART,
  WEEKDAYS,
  weekdayByPlace,
} from "./weekdays.js";

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

const COUNT_WORDS: Record<string, number> = {
  ...SMALL_NUMBER_WORDS,
  einer: 1,
  einem: 1,
};

/** One date expression; groups: numeric d, m, y | d, month word, y | ISO y, m, d. */
export const DATE_EXPR = `(?:(\\d{1,2})\\.(?:\\s(?=\\d{1,2}\\.))?(\\d{1,2})(?:\\.(\\d{4}|\\d{2})?)?(?![\\d:]|[.,]\\d)|(\\d{1,2})\\.?\\s*(${MONTH_WORD})\\.?(?:\\s+(\\d{4}))?${E}|(\\d{4})-(\\d{2})-(\\d{2})${E})`;

export type DateResult = { ok: true; day: string; hadYear: boolean } | { ok: false };

function monthOf(word: string): number {
  const w = word.toLowerCase();
  return MONTHS.find(([re]) => re.test(w))?.[1] ?? 0;
}

/**
 * A day and month without year. "past": the most recent such day not after today (form fields). "near": this
 * year, as written ("am 1.12." on 25 November is 1 December, and the quick entry asks about the future date); only a
 * day more than half a year ahead is last year's ("20.12." typed in January).
 */
export type Yearless = "past" | "near";
function latestPast(month: number, day: number, today: string, yearless: Yearless): string | undefined {
  const { year } = parts(today);
  const limit = yearless === "near" ? addDays(today, 183) : today;
  for (const y of [year, year - 1, year - 2, year - 3, year - 4]) {
    if (isValidDay(y, month, day)) {
      const candidate = isoDay(y, month, day);
      if (candidate <= limit) return candidate;
    }
  }
  return undefined;
}

/** Resolves the groups of a DATE_EXPR match (starting at `offset`) to an ISO day. */
export function resolveDateGroups(
  g: (string | undefined)[],
  today: string,
  yearless: Yearless = "past",
): DateResult {
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
  const latest = latestPast(month, day, today, yearless);
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

  // A weekday before a date ("Mi 4.11.", "Freitag, den 6.11.") only repeats it: the date counts.
  scan.take(`${B}(?:am\\s+)?(?:${WD},?\\s+)?(?:(?:am|den|vom)\\s+)?${DATE_EXPR}`, (m) => {
    const r = resolveDateGroups(m.slice(2), today, "near");
    if (r.ok) singles.push({ at: m.index ?? 0, day: r.day, inferred: !r.hadYear });
    else found.invalid.push(m[0].trim());
    return true;
  });

  scan.take(
    `${B}(heute|heut|gestern|vorgestern)(?:\\s+(?:früh|frueh|morgen|vormittag|mittag|nachmittag|abend|nacht))?${E}`,
    (m) => {
      singles.push({
        at: m.index ?? 0,
        day: relativeDay((m[1] ?? "").toLowerCase(), today) ?? today,
        inferred: false,
      });
      return true;
    },
  );
  // "morgen" alone: "heute Morgen" was taken just above as today.
  scan.take(
    `${B}(morgen|übermorgen|uebermorgen)(?:\\s+(?:früh|frueh|vormittag|mittag|nachmittag|abend))?${E}`,
    (m) => {
      singles.push({
        at: m.index ?? 0,
        day: relativeDay((m[1] ?? "").toLowerCase(), today) ?? today,
        inferred: false,
      });
      return true;
    },
  );

  scan.take(
    `${B}vor\\s+(\\d{1,2}|einer|einem|zwei|drei|vier|fünf|fuenf|sechs|sieben)\\s+(tag(?:en)?|wochen?)${E}`,
    (m) => {
      const raw = (m[1] ?? "").toLowerCase();
      const n = own(COUNT_WORDS, raw) ?? Number(raw);
      const unit = /^woche/i.test(m[2] ?? "") ? 7 : 1;
      singles.push({ at: m.index ?? 0, day: addDays(today, -n * unit), inferred: false });
      return true;
    },
  );

  // "letzte Woche Freitag", "Mittwoch vorletzte Woche": the weekday in that calendar week (weeks start on Monday).
  const WEEK =
    "(diese[rn]?|vor\\s*letzte[nr]?|vorletzte[nr]?|letzte[nr]?|vergangene[nr]?|vorige[nr]?|n(?:ä|ae)chste[nr]?|kommende[nr]?)\\s+(?:woche|wo\\.?(?=\\s))";
  scan.take(
    `${B}(?:(?:in\\s+der\\s+)?${WEEK},?\\s+(?:am\\s+)?${WD}|(?:am\\s+)?${WD},?\\s+(?:in\\s+)?(?:der\\s+)?${WEEK})${E}`,
    (m) => {
      const which = (m[1] ?? m[4] ?? "").toLowerCase();
      const wdRaw = (m[2] ?? m[3] ?? "").toLowerCase();
      const wd = own(WEEKDAYS, wdRaw);
      if (wd === undefined || !abbreviationAllowed(m[2] ?? m[3] ?? "", true, false)) return false;
      // "vorige Woche" is last week, "nächste"/"kommende Woche" the next one (a future date, asked about).
      const weeks = /^vor(?!ige)/.test(which)
        ? -2
        : /^dies/.test(which)
          ? 0
          : /^(?:n|kommend)/.test(which)
            ? 1
            : -1;
      const day = addDays(startOfWeek(today), weeks * 7 + ((wd + 6) % 7));
      singles.push({ at: m.index ?? 0, day, inferred: false });
      return true;
    },
  );

  // "nächsten Montag", "kommenden Fr": the first such day after today, asked about as a future date.
  scan.take(`${B}(?:am\\s+)?(?:n(?:ä|ae)chste[nr]?|kommende[nr]?)\\s+${WD}${E}`, (m) => {
    const wd = own(WEEKDAYS, (m[1] ?? "").toLowerCase());
    if (wd === undefined) return false;
    const ahead = (wd - weekday(today) + 7) % 7 || 7;
    singles.push({ at: m.index ?? 0, day: addDays(today, ahead), inferred: false });
    return true;
  });

  // A part of the day after the weekday ("mo nachmittag", "am Dienstagabend") marks it as surely as a time does.
  scan.take(
    `${B}((?:am|diesen|letzten|letzter|vergangenen|vergangener|vorigen|voriger|vorletzten|vorletzter)\\s+)?(?:${WD}(?:\\s+(${DAY_PART}))?|${WEEKDAY_WITH_PART})${E}`,
    (m) => {
      const typed = m[2] ?? m[4] ?? "";
      const dayPart = Boolean(m[3] && !/^so$/iu.test(typed)) || Boolean(m[4]);
      const wd = own(WEEKDAYS, typed.toLowerCase());
      const at = m.index ?? 0;
      const after = scan.original.slice(at + m[0].length);
      // …or closes it ("1h AK jugend do", "2h elterncafé, fr"); not "so", which ends "und so".
      const closes =
        /^[\s.!]*$/u.test(after) && !/^so$/iu.test(typed) && /[\s,]$/u.test(scan.original.slice(0, at));
      const before = scan.original.slice(0, at);
      const opensWithTime = weekdayByPlace(typed, before, after, TIME_NEXT.test(after)) || closes || dayPart;
      if (wd === undefined || !abbreviationAllowed(typed, Boolean(m[1]), opensWithTime)) return false;
      const prefix = (m[1] ?? "").toLowerCase();
      let back = (weekday(today) - wd + 7) % 7;
      if (/^(letzte|vergangene|vorige)/.test(prefix) && back === 0) back = 7;
      if (/^vorletzte/.test(prefix)) back += back === 0 ? 14 : 7;
      singles.push({ at: m.index ?? 0, day: addDays(today, -back), inferred: true });
      return true;
    },
  );

  // Last, so that the correctly written day words above are never read as a slip of another one.
  takeMistypedDays(scan, today, singles);

  singles.sort((a, b) => a.at - b.at);
  const [first] = singles;
  if (first) {
    found.day = first.day;
    found.inferred = first.inferred;
  }
  found.count = singles.length;
  return found;
}
