// Expands a committee's RFC 5545 rule (rrule) in its own time zone, so 18:00 local stays 18:00 across DST.
import { TZDate } from "@date-fns/tz";
import rrulePkg from "rrule";

const { RRule } = rrulePkg;

export interface RuleSource {
  recurrence: string;
  firstStartsAt: Date;
  timezone: string;
}

const DAY_MS = 86_400_000;

/** The instant's wall-clock time in `tz`, written as if it were UTC ("floating" time for rrule). */
export function toFloating(instant: Date, tz: string): Date {
  const z = new TZDate(instant.getTime(), tz);
  return new Date(
    Date.UTC(z.getFullYear(), z.getMonth(), z.getDate(), z.getHours(), z.getMinutes(), z.getSeconds()),
  );
}

/** The real instant of a floating wall-clock time in `tz`. */
export function fromFloating(floating: Date, tz: string): Date {
  return new Date(
    new TZDate(
      floating.getUTCFullYear(),
      floating.getUTCMonth(),
      floating.getUTCDate(),
      floating.getUTCHours(),
      floating.getUTCMinutes(),
      floating.getUTCSeconds(),
      tz,
    ).getTime(),
  );
}

/** Throws on a rule rrule cannot read; callers validate user input with it. */
export function parseRule(source: RuleSource) {
  const options = RRule.parseString(source.recurrence);
  return new RRule({ ...options, dtstart: toFloating(source.firstStartsAt, source.timezone), tzid: null });
}

/** Rule-generated starts (original occurrences) in [from, to), ascending. */
export function occurrencesBetween(source: RuleSource, from: Date, to: Date): Date[] {
  if (to <= from) return [];
  const rule = parseRule(source);
  // Pad the floating window by a day: the zone offset shifts floating against real time.
  const floating = rule.between(
    new Date(toFloating(from, source.timezone).getTime() - DAY_MS),
    new Date(toFloating(to, source.timezone).getTime() + DAY_MS),
    true,
  );
  return floating
    .map((f) => fromFloating(f, source.timezone))
    .filter((d) => d >= from && d < to)
    .sort((a, b) => a.getTime() - b.getTime());
}

/** True when `at` is one of the rule's original occurrences. */
export function isOccurrence(source: RuleSource, at: Date): boolean {
  return occurrencesBetween(source, at, new Date(at.getTime() + 1)).some((d) => d.getTime() === at.getTime());
}

export type RecurrenceKind = "weekly" | "monthly_weekday" | "monthly_last_weekday" | "monthly_date" | "once";

const RRULE_DAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

/** Builds the RRULE text for a form's choice, taking weekday and day from the first local start. */
export function buildRecurrence(
  kind: RecurrenceKind,
  interval: number,
  firstLocal: Date,
  tz: string,
): string {
  const z = new TZDate(firstLocal.getTime(), tz);
  const day = RRULE_DAYS[z.getDay()];
  const every = interval > 1 ? `;INTERVAL=${interval}` : "";
  switch (kind) {
    case "weekly":
      return `FREQ=WEEKLY${every};BYDAY=${day}`;
    case "monthly_weekday":
      return `FREQ=MONTHLY${every};BYDAY=+${Math.ceil(z.getDate() / 7)}${day}`;
    case "monthly_last_weekday":
      return `FREQ=MONTHLY${every};BYDAY=-1${day}`;
    case "monthly_date":
      return `FREQ=MONTHLY${every};BYMONTHDAY=${z.getDate()}`;
    case "once":
      return "FREQ=DAILY;COUNT=1";
  }
}

/** Reads a stored rule back into the form's choice (best effort; unknown rules read as weekly). */
export function describeRecurrence(recurrence: string): { kind: RecurrenceKind; interval: number } {
  const parts = new Map(
    recurrence.split(";").map((p) => {
      const [k, v] = p.split("=");
      return [k ?? "", v ?? ""] as const;
    }),
  );
  const interval = Number(parts.get("INTERVAL") ?? "1") || 1;
  if (parts.get("COUNT") === "1") return { kind: "once", interval: 1 };
  if (parts.get("FREQ") === "MONTHLY") {
    if (parts.has("BYMONTHDAY")) return { kind: "monthly_date", interval };
    if ((parts.get("BYDAY") ?? "").startsWith("-1")) return { kind: "monthly_last_weekday", interval };
    return { kind: "monthly_weekday", interval };
  }
  return { kind: "weekly", interval };
}
