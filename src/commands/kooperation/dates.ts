// Calendar days for the cooperation timeline: parse what a form sends, show German dates, place reminders.
import { TZDate } from "@date-fns/tz";
import { format, isValid, parse } from "date-fns";

export { germanDay, todayIn } from "../days.js";

/** "2026-12-01" (date pickers) or "01.12.2026" (typed) -> "2026-12-01"; undefined when not a real day. */
export function parseDay(value: string): string | undefined {
  const raw = value.trim();
  const pattern = /^\d{4}-\d{2}-\d{2}$/.test(raw)
    ? "yyyy-MM-dd"
    : /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(raw)
      ? "d.M.yyyy"
      : undefined;
  if (!pattern) return undefined;
  const day = parse(raw, pattern, new Date(2000, 0, 1));
  return isValid(day) ? format(day, "yyyy-MM-dd") : undefined;
}

/** An instant shown in the caller's time zone: "25.11.2026, 11:00". */
export function germanWhen(at: Date, timezone: string): string {
  return format(new TZDate(at, timezone), "dd.MM.yyyy, HH:mm");
}

/** The review reminder goes out at 09:00 local time on the review day. */
export function reviewRunAt(day: string, timezone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 9, 0, 0, timezone).getTime());
}
