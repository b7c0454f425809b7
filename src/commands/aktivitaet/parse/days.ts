// Calendar-day arithmetic on ISO dates (yyyy-MM-dd); days have no time zone, so UTC math is exact.
export { germanDay, todayIn } from "../../days.js";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isIsoDay(value: string): boolean {
  const m = ISO.exec(value);
  return Boolean(m && isValidDay(Number(m[1]), Number(m[2]), Number(m[3])));
}

function toUtc(iso: string): Date {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError("not an ISO day");
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return toUtc(iso).getUTCDay();
}

export function parts(iso: string): { year: number; month: number; day: number } {
  const d = toUtc(iso);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Monday of the ISO week that holds `iso`. */
export function startOfWeek(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}

export function startOfMonth(iso: string): string {
  const p = parts(iso);
  return isoDay(p.year, p.month, 1);
}

export function startOfQuarter(iso: string): string {
  const p = parts(iso);
  return isoDay(p.year, Math.floor((p.month - 1) / 3) * 3 + 1, 1);
}

export function startOfYear(iso: string): string {
  return isoDay(parts(iso).year, 1, 1);
}
