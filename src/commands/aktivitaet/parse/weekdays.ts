// Weekdays and relative day words: "Mi", "am Di", "letzten Freitag", "gestern", and their slips ("Mitwoch",
// "vorgestren"). Split from dates.ts, which reads the dates of an entry with these.
import { addDays, weekday } from "./days.js";
import { fold, osa, own } from "./fold.js";
import type { Scan } from "./scan.js";

export const WEEKDAYS: Record<string, number> = {
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
  so: 0,
  mo: 1,
  di: 2,
  mi: 3,
  do: 4,
  fr: 5,
  sa: 6,
};
const WEEKDAY_WORD =
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so";
/** A weekday, abbreviated ones with an optional dot. */
export const WD = `(${WEEKDAY_WORD})(?:\\.(?!\\d))?`;
/** The part of a day after its weekday, apart ("Di abend", "fr vormittags") or joined ("Dienstagabend"). */
export const DAY_PART = "früh|frueh|morgens?|vormittags?|mittags?|nachmittags?|abends?|nachts?";
export const WEEKDAY_WITH_PART = `(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)(?:${DAY_PART})`;

export function relativeDay(word: string, today: string): string | undefined {
  if (word === "heute" || word === "heut") return today;
  if (word === "gestern") return addDays(today, -1);
  if (word === "vorgestern") return addDays(today, -2);
  // Future days are read as written; the caller asks about them before saving.
  if (word === "morgen") return addDays(today, 1);
  if (word === "übermorgen" || word === "uebermorgen") return addDays(today, 2);
  const wd = own(WEEKDAYS, word);
  if (wd !== undefined) return addDays(today, -((weekday(today) - wd + 7) % 7));
  return undefined;
}

/**
 * "Mi", "Fr", "Di." are weekdays when written as abbreviations usually are (capitalised) or after "am"/"letzten";
 * "so" and "do" are ordinary words too, so those two need the prefix.
 */
export function abbreviationAllowed(typed: string, prefixed: boolean, opensWithTime: boolean): boolean {
  const word = typed.replace(/\.$/, "");
  if (word.length > 2 || prefixed) return true;
  // Typed in a hurry, all in lower case, the entry opens with the day and then its time or duration
  // ("di 2h …", "so 3h infostand", "fr 10-12 uhr"): no adverb or verb stands there before a number.
  if (opensWithTime) return true;
  // "so" is an everyday word: as a weekday it needs its dot, a prefix ("So.", "am So") or its capital ("So 2h
  // Familienfest"); quick entries start with a time or a title, not with the adverb.
  if (/^so$/i.test(word)) return typed.endsWith(".") || typed.startsWith("So");
  return /^\p{Lu}/u.test(word);
}

/**
 * A duration or clock time right after: "2h", "2,5 std", "10-12 uhr", "45min", also after a comma or colon and
 * "ca."/"ab"/"um"/"von" ("di, 14-15 uhr", "so ca. 2h", "sa ab 14 uhr"); not a count ("so 20 kinder").
 */
export const TIME_NEXT =
  /^\s*[,:]?\s+(?:(?:ca\.?|ab|um|von|gegen)\s+)?(?:(?:\d{1,3}(?:[.,:]\d{1,2})?|(?:\d\s*)?(?:\d\/\d|[½¼¾]))\s*(?:[-–]\s*\d{1,2}(?:[.,:]\d{2})?\s*)?(?:h|std|stunden?|min|minuten|uhr)(?![\p{L}])|\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?(?!\d|[.,:]\d)(?!\s*(?:kinder|tn|teiln|jugendliche|eltern|personen|leute|m(?:ä|ae)dchen|jungs|familien|m(?:ü|ue)tter|v(?:ä|ae)ter|besucher|jahre?|j\b)))/iu;

/** Words after which an opening "so" is the adverb ("so ein Tag", "so viele Kinder"), not Sunday. */
const SO_ADVERB =
  /^\s+(?:ein|eine|einen|einem|einer|viel|viele|vieles|wenig|wenige|wie|dass|lala|gut|schnell|weit|lange|oft|richtig|halb|ziemlich|sehr|nicht|war|ist|geht|gings?)(?![\p{L}])/iu;

/**
 * Where a weekday abbreviation in lower case stands in a hurried entry: before its clock time or duration anywhere
 * ("runder tisch mo 9-11 uhr", "stadtteilrunde di 14-16"), since no adverb or verb stands there before a number;
 * or opening the entry before its title ("do elternabend …", "fr Fall F-33 …"), where a quick entry starts with a
 * day, a time or a title. "so" is the everyday adverb: mid-entry it still needs its capital, a prefix or a clock range
 * after it ("und so 2h" is about two hours), and opening the entry not before "ein", "viele", "wie" …
 */
export function weekdayByPlace(typed: string, before: string, after: string, timeNext: boolean): boolean {
  const so = /^so$/iu.test(typed);
  if (before.trim() === "") return timeNext || (/^\s+\p{L}/u.test(after) && !(so && SO_ADVERB.test(after)));
  return timeNext && (!so || CLOCK_RANGE_NEXT.test(after));
}

/** A clock range right after ("so 8-14 uhr", "so 10:00–12:00"): "und so 2h" is about two hours, this is Sunday. */
const CLOCK_RANGE_NEXT =
  /^\s*[,:]?\s+(?:von\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[-–]|bis)\s*\d{1,2}(?:[.:]\d{2})?\s*uhr|^\s*[,:]?\s+(?:von\s+)?\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}(?!\d)/iu;

const RELATIVE_WORDS = ["gestern", "vorgestern"];
/** Weekday names long enough that one slip is no other word ("Mitwoch", "Donnerstg"); "Montag(e)" is not among them. */
const LONG_WEEKDAYS = ["dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"];

/** "vorgestren", "gesten", "Mitwoch": one slip (a transposition counts as one) from a day word. */
export function takeMistypedDays(
  scan: Scan,
  today: string,
  singles: { at: number; day: string; inferred: boolean }[],
) {
  for (const w of scan.words()) {
    const key = fold(w.word);
    if (key.length < 5 || key.length > 11) continue;
    const target = [...RELATIVE_WORDS, ...LONG_WEEKDAYS].find((r) => osa(key, r) === 1);
    if (!target) continue;
    const day = relativeDay(target, today);
    if (!day) continue;
    singles.push({ at: w.start, day, inferred: false });
    const trailing = /[,.;:!?]+$/u.exec(w.word)?.[0].length ?? 0;
    scan.remove(w.start, w.end - trailing);
  }
}
