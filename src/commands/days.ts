// Calendar days (ISO yyyy-MM-dd) as the command families show and compute them.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export const DAY_MS = 86_400_000;

/** Today's calendar day in the given IANA time zone. */
export function todayIn(now: Date, timezone: string): string {
  return format(new TZDate(now.getTime(), timezone), "yyyy-MM-dd");
}

export { germanDay } from "./messages/format.js";
