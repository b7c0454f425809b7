// German public holidays of a federal state, from the maintained date-holidays library.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import Holidays from "date-holidays";

/** Public holidays per "STATE:year", as local day -> German name; the library's rules run once a year. */
const byStateYear = new Map<string, Map<string, string>>();

function holidaysOf(state: string, year: number): Map<string, string> {
  const key = `${state.toUpperCase()}:${year}`;
  let days = byStateYear.get(key);
  if (!days) {
    days = new Map();
    for (const h of new Holidays("DE", state.toUpperCase()).getHolidays(year, "de")) {
      if (h.type === "public" && !days.has(h.date.slice(0, 10))) days.set(h.date.slice(0, 10), h.name);
    }
    byStateYear.set(key, days);
  }
  return days;
}

/** The public holiday's German name when the local day of `at` is one in `state`, else undefined. */
export function publicHoliday(at: Date, state: string, tz: string): string | undefined {
  const day = format(new TZDate(at.getTime(), tz), "yyyy-MM-dd");
  return holidaysOf(state, Number(day.slice(0, 4))).get(day);
}

/** A school-holiday range of the tenant, as local days (both inclusive). */
export interface SchoolHolidayRange {
  startsOn: string;
  endsOn: string;
  name: string;
}

/** What decides whether a day is special: the tenant's Bundesland and its school holidays. */
export interface HolidayCalendar {
  state: string;
  schoolHolidays: SchoolHolidayRange[];
}

export interface DayNotes {
  holiday?: string;
  schoolHoliday?: string;
}

/** The local day of `at` in `tz`: a public holiday's name and/or the school holidays it lies in. */
export function dayNotes(at: Date, calendar: HolidayCalendar, tz: string): DayNotes {
  const day = format(new TZDate(at.getTime(), tz), "yyyy-MM-dd");
  const holiday = publicHoliday(at, calendar.state, tz);
  const school = calendar.schoolHolidays.find((r) => r.startsOn <= day && day <= r.endsOn);
  return { ...(holiday ? { holiday } : {}), ...(school ? { schoolHoliday: school.name } : {}) };
}

export interface SkipFlags {
  skipPublicHolidays: boolean;
  skipSchoolHolidays: boolean;
}

/** True when a rhythm that skips holidays leaves this day out. */
export const skipped = (notes: DayNotes, flags: SkipFlags) =>
  (flags.skipPublicHolidays && notes.holiday !== undefined) ||
  (flags.skipSchoolHolidays && notes.schoolHoliday !== undefined);

/** The 16 Bundesländer as date-holidays names them. */
export const FEDERAL_STATES = [
  "BW",
  "BY",
  "BE",
  "BB",
  "HB",
  "HH",
  "HE",
  "MV",
  "NI",
  "NW",
  "RP",
  "SL",
  "SN",
  "ST",
  "SH",
  "TH",
] as const;
