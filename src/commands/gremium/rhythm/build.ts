// Turns what the rhythm words said into one canonical RRULE text (or a German error with an example).
import { rhythm as m } from "../../messages/index.js";
import { WEEKDAYS, type Weekday } from "./words.js";

export interface Gathered {
  /** (ordinal, weekday): "2. Dienstag" -> [2, "TU"]; -1 is the last. */
  pairs: [number, Weekday][];
  /** Weekdays without an ordinal of their own. */
  plainDays: Weekday[];
  pendingOrdinals: number[];
  /** The ordinals of the last pair, for "1. Montag und Donnerstag". */
  lastOrdinals: number[];
  monthDays: number[];
  weekInterval?: number;
  monthInterval?: number;
  excluded: Set<number>;
  only: Set<number>;
  monthly: boolean;
  quarterly: boolean;
  daily: boolean;
  skipSchool: boolean;
  skipPublic: boolean;
  /** "jeden zweiten Dienstag" (a word, no "im Monat") means every other week. */
  secondWordAfterEvery: boolean;
  time?: { hours: number; minutes: number };
  end?: { hours: number; minutes: number };
}

export const QUARTER_MONTHS = [1, 4, 7, 10];

const byWeek = (a: Weekday, b: Weekday) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b);
const sign = (n: number) => (n > 0 ? `+${n}` : String(n));
const ordinalOrder = (a: number, b: number) => (a < 0 ? 100 - a : a) - (b < 0 ? 100 - b : b);

function months(g: Gathered): { ok: true; list?: number[] } | { ok: false; error: string } {
  const base = g.quarterly
    ? QUARTER_MONTHS
    : g.only.size
      ? [...g.only]
      : [...Array(12).keys()].map((k) => k + 1);
  const list = base.filter((mo) => !g.excluded.has(mo)).sort((a, b) => a - b);
  if (list.length === 0) return { ok: false, error: m.noMonthLeft };
  return { ok: true, ...(list.length === 12 ? {} : { list }) };
}

export function buildRule(g: Gathered): { ok: true; rule: string } | { ok: false; error: string } {
  const mo = months(g);
  if (!mo.ok) return mo;
  const parts: string[] = [];
  const interval = (n: number | undefined) => {
    if (n && n > 1) parts.push(`INTERVAL=${n}`);
  };
  const days = [...new Set([...g.plainDays, ...g.pairs.map(([, d]) => d)])].sort(byWeek);
  const everyOtherWeek =
    g.secondWordAfterEvery && !g.monthly && !g.quarterly && g.pairs.every(([o]) => o === 2);
  const monthly =
    !everyOtherWeek && (g.monthly || g.quarterly || g.pairs.length > 0 || g.monthDays.length > 0);
  if (monthly) {
    parts.push("FREQ=MONTHLY");
    if (!g.quarterly) interval(g.monthInterval);
    const ordinals = g.lastOrdinals.length ? g.lastOrdinals : [];
    const pairs = [
      ...g.pairs,
      ...g.plainDays.flatMap((d) => ordinals.map((o) => [o, d] as [number, Weekday])),
    ];
    if (pairs.length) {
      const unique = [...new Map(pairs.map(([o, d]) => [`${o}${d}`, [o, d] as const])).values()];
      unique.sort(([oa, da], [ob, db]) => byWeek(da, db) || ordinalOrder(oa, ob));
      parts.push(`BYDAY=${unique.map(([o, d]) => `${sign(o)}${d}`).join(",")}`);
    } else if (g.monthDays.length) {
      parts.push(`BYMONTHDAY=${[...new Set(g.monthDays)].sort((a, b) => a - b).join(",")}`);
    } else if (days.length) return { ok: false, error: m.whichOrdinal };
    else return { ok: false, error: m.whichDay };
  } else if (days.length) {
    parts.push("FREQ=WEEKLY");
    interval(everyOtherWeek ? 2 : g.weekInterval);
    parts.push(`BYDAY=${days.join(",")}`);
  } else if (g.daily) {
    parts.push("FREQ=DAILY");
  } else return { ok: false, error: m.whichDay };
  if (mo.list) parts.push(`BYMONTH=${(g.quarterly && !mo.list.length ? QUARTER_MONTHS : mo.list).join(",")}`);
  return { ok: true, rule: parts.join(";") };
}
