// Calendar arithmetic on plain days (yyyy-MM-dd) and ISO weeks, with instants computed in a time zone.
import { TZDate } from "@date-fns/tz";
import { DAY_MS, todayIn } from "../days.js";

/** The local calendar day of an instant in `tz`. */
export const localDay = todayIn;

const toUtc = (day: string) => {
  const [y, m, d] = day.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => fromUtc(toUtc(day) + n * DAY_MS);
export const daysBetween = (from: string, to: string): number =>
  Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: string): number => ((new Date(toUtc(day)).getUTCDay() + 6) % 7) + 1;

export const mondayOf = (day: string): string => addDays(day, 1 - isoWeekday(day));

/** ISO 8601 week number and week-based year of a day. */
export function isoWeek(day: string): { week: number; year: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { week, year };
}

export const isoWeekKey = (day: string): string => {
  const { week, year } = isoWeek(day);
  return `${year}-W${String(week).padStart(2, "0")}`;
};

/** The instant a local day starts in `tz`. */
export function startOfDayIn(day: string, tz: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, 0, 0, 0, tz).getTime());
}

/** The instant of a local wall-clock time "HH:MM" on a day in `tz`. */
export function instantAt(day: string, time: string, tz: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new Date(new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, 0, tz).getTime());
}

export { germanDay } from "../messages/format.js";

export interface WeekWindow {
  /** Monday of the reported week. */
  start: string;
  /** Sunday of the reported week. */
  end: string;
  week: number;
  year: number;
  /** Instants bounding the week in the time zone: [from, to). */
  from: Date;
  to: Date;
}

export function weekWindow(monday: string, tz: string): WeekWindow {
  const end = addDays(monday, 6);
  return {
    start: monday,
    end,
    ...isoWeek(monday),
    from: startOfDayIn(monday, tz),
    to: startOfDayIn(addDays(monday, 7), tz),
  };
}

/** The week a digest sent at `at` reports on: the last full ISO week before the local day of `at`. */
export const reportedWeek = (at: Date, tz: string): WeekWindow =>
  weekWindow(addDays(mondayOf(localDay(at, tz)), -7), tz);
