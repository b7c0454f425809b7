// Where a school-holiday calendar comes from (a link, a file sent along, the configured ministry's link)
// and how its ranges are stored: one import for the command and the weekly job.
import type { InputAttachment } from "../../conversation/input.js";
import { guardedGet } from "../../net/guarded-get.js";
import type { Resolve } from "../../net/public-url.js";
import type { TenantStore } from "../../store/index.js";
import { sozialraum } from "../messages/index.js";
import { findPersonalData } from "../privacy/index.js";
import { type DayRange, readIcalRanges } from "./ical.js";

/** A ministry's file is a few kilobytes; anything far larger is not a holiday calendar. */
const MAX_BYTES = 1_000_000;
const FETCH_TIMEOUT_MS = 10_000;

export type CalendarProblem =
  | "unreachable"
  | "blocked"
  | "too-large"
  | "unreadable"
  | "not-ics"
  | "not-ical"
  | "empty";

export type Calendar = { ok: true; ranges: DayRange[] } | { ok: false; problem: CalendarProblem };

/** The ranges of an iCalendar text, or why it is none. */
export function calendarOf(body: string): Calendar {
  if (body.length > MAX_BYTES) return { ok: false, problem: "too-large" };
  if (!/BEGIN:VCALENDAR/i.test(body)) return { ok: false, problem: "not-ical" };
  const ranges = readIcalRanges(body);
  return ranges.length === 0 ? { ok: false, problem: "empty" } : { ok: true, ranges };
}

const MAX_REDIRECTS = 3;

/**
 * Loads the calendar behind a link (the ministry's published .ics). A link a user typed may only lead to
 * public addresses, checked in the connection's own lookup at every redirect (see net/guarded-get.ts);
 * `allowPrivate` for the operator's configured link and for development (ALLOW_PRIVATE_URLS). `resolve`
 * names the resolver (tests pass their own).
 */
export async function calendarAt(
  url: string,
  options: { allowPrivate?: boolean; resolve?: Resolve } = {},
): Promise<Calendar> {
  const got = await guardedGet(url, {
    ...(options.allowPrivate ? { allowed: () => true } : {}),
    ...(options.resolve ? { resolve: options.resolve } : {}),
    maxRedirects: MAX_REDIRECTS,
    timeoutMs: FETCH_TIMEOUT_MS,
    maxBytes: MAX_BYTES,
  });
  if (got.kind !== "body") return { ok: false, problem: got.kind };
  if (got.status < 200 || got.status >= 300) return { ok: false, problem: "unreachable" };
  return calendarOf(got.bytes.toString("utf8"));
}

const ICS_NAME = /\.(ics|ical|ifb|icalendar)$/i;
const ICS_TYPE = /^text\/calendar\b/i;

/** The calendar in a file the user sent: an .ics by name or media type, read by the adapter. */
export function calendarInFile(file: InputAttachment): Calendar {
  if (file.problem === "too-large") return { ok: false, problem: "too-large" };
  if (!ICS_NAME.test(file.name) && !ICS_TYPE.test(file.mediaType)) return { ok: false, problem: "not-ics" };
  if (file.problem === "unreadable" || file.text === undefined) return { ok: false, problem: "unreadable" };
  return calendarOf(file.text);
}

export interface Imported {
  total: number;
  added: number;
  /** Event names that looked like client data and were stored as the neutral name instead. */
  renamed: number;
  /** First and last day of all ranges read (ISO). */
  from: string;
  to: string;
}

/**
 * Stores the ranges; a range already stored (same first and last day) is kept, never duplicated. A calendar
 * file can hold anything, and the names are shown in lists, reminders and the calendar feed: a name that
 * looks like client data goes through the guard and is stored as the neutral „Schulferien“. The guard knows
 * the team's colleagues here as everywhere (a colleague's name is no client data).
 */
export async function storeRanges(
  store: Pick<TenantStore, "addSchoolHolidays" | "teamDisplayNames">,
  read: DayRange[],
): Promise<Imported> {
  let renamed = 0;
  const colleagues = await store.teamDisplayNames();
  const ranges = read.map((r) => {
    if (findPersonalData(r.name, { colleagues }).length === 0) return r;
    renamed += 1;
    return { ...r, name: sozialraum.holidays.neutralName };
  });
  const added = await store.addSchoolHolidays(ranges);
  // ISO days sort as text.
  const from = ranges.map((r) => r.startsOn).sort()[0] ?? "";
  const to =
    ranges
      .map((r) => r.endsOn)
      .sort()
      .at(-1) ?? "";
  return { total: ranges.length, added, renamed, from, to };
}
