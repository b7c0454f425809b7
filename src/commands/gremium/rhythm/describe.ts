// Says a stored rhythm back in German words, in a form readRhythm reads again to the same rule.
import { rhythm as m } from "../../messages/index.js";
import { QUARTER_MONTHS } from "./build.js";
import type { Rhythm } from "./read.js";
import type { Weekday } from "./words.js";

const ALL_MONTHS = [...Array(12).keys()].map((k) => k + 1);

export function ruleParts(rule: string): Map<string, string> {
  return new Map(
    rule.split(";").map((p) => {
      const [k, v] = p.split("=");
      return [(k ?? "").toUpperCase(), v ?? ""] as const;
    }),
  );
}

/** "A", "A und B", "A, B und C". */
export const joinAnd = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} und ${items.at(-1)}`;

const dayName = (d: string) => m.weekdays[d as Weekday] ?? d;
const ordinalWord = (n: number) => (n === -1 ? "letzten" : n === -2 ? "vorletzten" : `${n}.`);

function weekly(days: string[], interval: number): string {
  const isWorkdays = days.join(",") === "MO,TU,WE,TH,FR";
  if (interval > 1) {
    const which = isWorkdays ? m.workdays : joinAnd(days.map((d) => m.weekdaysAdverb[d as Weekday] ?? d));
    return `alle ${interval} Wochen ${which}`;
  }
  if (isWorkdays) return m.workdays;
  if (days.length === 1) return `jeden ${dayName(days[0] ?? "")}`;
  return joinAnd(days.map((d) => m.weekdaysAdverb[d as Weekday] ?? d));
}

function monthlyDays(byDay: string): string {
  // "+1MO,+3MO" -> "1. und 3. Montag"; "+1MO,+3WE" -> "1. Montag und 3. Mittwoch".
  const pairs = byDay.split(",").map((p) => {
    const x = /^([+-]?\d+)([A-Z]{2})$/.exec(p);
    return [Number(x?.[1] ?? 1), x?.[2] ?? "MO"] as const;
  });
  const days = [...new Set(pairs.map(([, d]) => d))];
  if (days.length === 1) return `${joinAnd(pairs.map(([o]) => ordinalWord(o)))} ${dayName(days[0] ?? "")}`;
  return joinAnd(pairs.map(([o, d]) => `${ordinalWord(o)} ${dayName(d)}`));
}

function monthsNote(byMonth: number[], quarterly: boolean): string | undefined {
  const base = quarterly ? QUARTER_MONTHS : ALL_MONTHS;
  const missing = base.filter((mo) => !byMonth.includes(mo));
  if (missing.length === 0) return undefined;
  const names = (list: number[]) => joinAnd(list.map((mo) => m.months[mo - 1] ?? String(mo)));
  if (missing.length <= 6) return `${missing.length === 1 ? "nicht" : "außer"} im ${names(missing)}`;
  return `nur im ${names(byMonth)}`;
}

export function describeRhythm(r: Rhythm): string {
  const parts = ruleParts(r.rule);
  const interval = Number(parts.get("INTERVAL") ?? "1") || 1;
  const byMonth = (parts.get("BYMONTH") ?? "")
    .split(",")
    .filter(Boolean)
    .map(Number)
    .sort((a, b) => a - b);
  const quarterly =
    parts.get("FREQ") === "MONTHLY" &&
    byMonth.length >= 3 &&
    byMonth.every((mo) => QUARTER_MONTHS.includes(mo));
  const out: string[] = [];
  switch (parts.get("FREQ")) {
    case "WEEKLY":
      out.push(weekly((parts.get("BYDAY") ?? "").split(",").filter(Boolean), interval));
      break;
    case "MONTHLY": {
      const byDay = parts.get("BYDAY");
      const day = byDay ? monthlyDays(byDay) : `${parts.get("BYMONTHDAY") ?? "1"}.`;
      if (quarterly) out.push(`einmal im Quartal am ${day}`);
      else if (interval > 1) out.push(`alle ${interval} Monate am ${day}`);
      else out.push(byDay ? `jeden ${day} im Monat` : `jeden Monat am ${day}`);
      break;
    }
    case "DAILY":
      out.push(m.daily);
      break;
    default:
      out.push(r.rule);
  }
  if (r.time) out.push(m.time(r.time.hours, r.time.minutes));
  const months = byMonth.length ? monthsNote(byMonth, quarterly) : undefined;
  if (months) out.push(months);
  if (r.skipPublicHolidays && r.skipSchoolHolidays) out.push(m.skipBoth);
  else if (r.skipPublicHolidays) out.push(m.skipPublic);
  else if (r.skipSchoolHolidays) out.push(m.skipSchool);
  return out.join(", ");
}
