// The first start of a new rhythm and its next dates, with holiday notes and the rhythm's skips applied.
import { TZDate } from "@date-fns/tz";
import { dayNotes, type HolidayCalendar, type SkipFlags, skipped } from "../../../scheduler/holidays.js";
import { occurrencesBetween } from "../../../scheduler/recurrence.js";
import type { Rhythm } from "./read.js";

const DAY_MS = 86_400_000;
/** Far enough for the sparsest rhythm (once a quarter, summer excluded) to show three dates. */
const HORIZON_DAYS = 3 * 366;
export const DEFAULT_TIME = { hours: 18, minutes: 0 };

export interface DatedMeeting {
  startsAt: Date;
  holiday?: string;
  schoolHoliday?: string;
}

/**
 * The rule's first occurrence on or after `from` (default: now), at the rhythm's time. It anchors the rule
 * (rrule counts "every 2 weeks" from it), so it is stored as the committee's firstStartsAt.
 */
export function firstStart(
  rhythm: Pick<Rhythm, "rule" | "time">,
  opts: { now: Date; tz: string; from?: Date },
): Date | undefined {
  const start = opts.from && opts.from > opts.now ? opts.from : opts.now;
  const z = new TZDate(start.getTime(), opts.tz);
  const time = rhythm.time ?? DEFAULT_TIME;
  const anchor = new Date(
    new TZDate(z.getFullYear(), z.getMonth(), z.getDate(), time.hours, time.minutes, 0, opts.tz).getTime(),
  );
  const source = { recurrence: rhythm.rule, firstStartsAt: anchor, timezone: opts.tz };
  return occurrencesBetween(source, start, new Date(start.getTime() + HORIZON_DAYS * DAY_MS))[0];
}

export interface DatesSource extends SkipFlags {
  recurrence: string;
  firstStartsAt: Date;
  timezone: string;
}

/** The next `count` dates from `now` that the rhythm keeps, each with its holiday notes. */
export function nextDates(
  source: DatesSource,
  opts: { now: Date; calendar: HolidayCalendar; count?: number },
): DatedMeeting[] {
  const count = opts.count ?? 3;
  const out: DatedMeeting[] = [];
  let from = opts.now;
  // Widen step by step: most rhythms need only the first window.
  for (let step = 0; step < 6 && out.length < count; step++) {
    const to = new Date(from.getTime() + (HORIZON_DAYS / 6) * DAY_MS);
    for (const at of occurrencesBetween(source, from, to)) {
      const notes = dayNotes(at, opts.calendar, source.timezone);
      if (skipped(notes, source)) continue;
      out.push({ startsAt: at, ...notes });
      if (out.length === count) break;
    }
    from = to;
  }
  return out;
}
