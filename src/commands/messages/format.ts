// The one way numbers, hours, durations and days are written for people: German, one rounding rule.
// Hours keep at most two decimals (a quarter hour is exact: 75 min = „1,25 Std.“) everywhere.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

const HOUR_DIGITS = 2;

// A formatter per shape, made once: building one is far dearer than using it, and replies format many numbers.
const formatters = new Map<string, Intl.NumberFormat>();

/** 1234.5 -> "1234,5": a decimal comma, no grouping (reads the same in chat, CSV and Word). */
export function decimal(n: number, digits = 1, fixed = false): string {
  const key = `${digits}:${fixed}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("de-DE", {
      maximumFractionDigits: digits,
      ...(fixed ? { minimumFractionDigits: digits } : {}),
      useGrouping: false,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(n);
}

/** 75 -> "1,25"; `fixed` pads to two decimals for table columns ("1,50"). */
export const hoursNumber = (minutes: number, fixed = false): string =>
  decimal(minutes / 60, HOUR_DIGITS, fixed);

/** 75 -> "1,25 Std." */
export const hours = (minutes: number): string => `${hoursNumber(minutes)} Std.`;

/** 45 -> "45 Min.", 90 -> "1,5 Std." */
export const duration = (minutes: number): string => (minutes < 60 ? `${minutes} Min.` : hours(minutes));

/** An instant as its calendar day in a time zone: "03.11.2026". */
export const germanDayAt = (at: Date, timezone: string): string =>
  format(new TZDate(at.getTime(), timezone), "dd.MM.yyyy");

/** "2026-11-03" -> "03.11.2026", or without the year "03.11." */
export function germanDay(iso: string, withYear = true): string {
  const [y, m, d] = iso.split("-");
  return withYear ? `${d}.${m}.${y}` : `${d}.${m}.`;
}
