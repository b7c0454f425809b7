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
