// Reading the typed arguments of the committee commands: sub-command, committee name, German dates and times.
import { TZDate } from "@date-fns/tz";

/** "Nächste" -> "naechste": umlauts may be typed either way. */
export const normaliseWord = (word: string) =>
  word.toLowerCase().replaceAll("ä", "ae").replaceAll("ö", "oe").replaceAll("ü", "ue").replaceAll("ß", "ss");

export interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

const DATE_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$/;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{1,2})[:.](\d{2})$/;

const valid = (d: Day) => {
  const probe = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return probe.getUTCMonth() === d.month - 1 && probe.getUTCDate() === d.day;
};

/** "12.05.2026", "12.5.26", "12.05." (this year in `tz`) or "2026-05-12". */
export function parseDay(token: string, now: Date, tz: string): Day | undefined {
  const iso = ISO_RE.exec(token);
  if (iso) {
    const d = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    return valid(d) ? d : undefined;
  }
  const m = DATE_RE.exec(token);
  if (!m) return undefined;
  const yearText = m[3];
  const year = yearText
    ? yearText.length === 2
      ? 2000 + Number(yearText)
      : Number(yearText)
    : new TZDate(now.getTime(), tz).getFullYear();
  const d = { year, month: Number(m[2]), day: Number(m[1]) };
  return valid(d) ? d : undefined;
}

/** "18:30" or "18.30" -> minutes after midnight. */
export function parseTime(token: string): { hours: number; minutes: number } | undefined {
  const m = TIME_RE.exec(token);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  return hours < 24 && minutes < 60 ? { hours, minutes } : undefined;
}

export const isDateToken = (token: string, now: Date, tz: string) => parseDay(token, now, tz) !== undefined;

/** Start and end of a local day in `tz`, as instants. */
export function dayBounds(d: Day, tz: string): { from: Date; to: Date } {
  return {
    from: new Date(new TZDate(d.year, d.month - 1, d.day, 0, 0, 0, tz).getTime()),
    to: new Date(new TZDate(d.year, d.month - 1, d.day + 1, 0, 0, 0, tz).getTime()),
  };
}

export const atLocal = (d: Day, hours: number, minutes: number, tz: string) =>
  new Date(new TZDate(d.year, d.month - 1, d.day, hours, minutes, 0, tz).getTime());

/**
 * "Runder Tisch Nord 12.05.2026 19.05. 18:30" -> name "Runder Tisch Nord" and the date/time tokens after it.
 * The name ends at the first token that reads as a date.
 */
export function splitNameAndDates(rest: string, now: Date, tz: string): { name: string; tokens: string[] } {
  const tokens = rest.split(/\s+/).filter((t) => t && normaliseWord(t) !== "uhr");
  const i = tokens.findIndex((t) => isDateToken(t, now, tz));
  if (i < 0) return { name: tokens.join(" "), tokens: [] };
  return { name: tokens.slice(0, i).join(" "), tokens: tokens.slice(i) };
}
