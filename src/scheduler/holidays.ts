// German public holidays of a federal state, from the maintained date-holidays library.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import Holidays from "date-holidays";

const byState = new Map<string, Holidays>();

function calendarFor(state: string): Holidays {
  let hd = byState.get(state);
  if (!hd) {
    hd = new Holidays("DE", state.toUpperCase());
    byState.set(state, hd);
  }
  return hd;
}

/** The public holiday's German name when the local day of `at` is one in `state`, else undefined. */
export function publicHoliday(at: Date, state: string, tz: string): string | undefined {
  const day = format(new TZDate(at.getTime(), tz), "yyyy-MM-dd");
  const found = calendarFor(state).isHoliday(`${day} 12:00`);
  if (!found) return undefined;
  return found.find((h) => h.type === "public")?.name;
}
