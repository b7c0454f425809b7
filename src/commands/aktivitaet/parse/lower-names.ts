// A new partner typed all in lower case ("+polizeirevier süd 2 std"): where its name ends, and how it is shown.
import { fold } from "./fold.js";

/**
 * In lower case a name cannot end at the first lower-case word, so it runs over plain words, at most this many
 * besides the small words inside it ("+realschule am see", "+evangelische kirchengemeinde süd").
 */
export const MAX_LOWER_WORDS = 3;

/** Prepositions that open the next phrase ("+schulamt zu ganztag", "+musikschule wegen platz"). */
const NEXT_PHRASE = new Set(
  [
    "zu",
    "zum",
    "zur",
    "für",
    "wegen",
    "wg",
    "über",
    "bzgl",
    "nach",
    "bei",
    "beim",
    "ab",
    "bis",
    "um",
    "auf",
    "im",
  ].map(fold),
);
/** Small words inside a name, when a plain word follows ("realschule am see", "verein der freunde"). */
const INNER_LOWER = new Set(["am", "an", "der", "die", "das", "des", "vom", "von"]);

/**
 * Verbs that tell what was done ("besucht", "angefragt", "telefoniert", "vermittelt"): no part of a name. A participle
 * starts with "ge" (after a separable prefix) or an inseparable one; nouns ending like one ("Genossenschaft",
 * "Bezirksamt", "Verwaltungsrat") and names with "ge" inside ("Regenbogen") are none.
 */
const VERB =
  /^(?:(?:an|ab|auf|aus|ein|mit|vor|nach|zu|zurück|teil|durch|um|weiter)?ge\p{L}{2,}(?:t|en)|(?:be|ver|er|ent|zer)\p{L}{2,}t|\p{L}{3,}iert)$/u;
const NOUN_END = /(?:schaft|keit|heit|amt|rat|tum|punkt|markt|stadt|statt|welt|kraft|dienst|haft)$/u;

/**
 * What was done, not who with: an event, a meeting or a talk ("präventionsabend", "ausflug", "elterngespräch",
 * "sommerlager"), also as a compound's head.
 */
const ACTIVITY_HEAD =
  /(?:abend|fest|feier|ausflug|kurs|nachmittag|treffen|sitzung|gespraech|workshop|projekt|aktion|lager|fahrt|freizeit|programm|planung|besuch|uebergabe|vortrag|seminar|training|konferenz|besprechung|termin|austausch|telefonat|anfrage)$/u;

/** Whether the lower-case word `w` ends the name; `next` decides for a small inner word. */
export function endsLowerName(w: string, next: string | undefined, ends: (w: string) => boolean): boolean {
  const key = fold(w);
  if (
    ends(w) ||
    NEXT_PHRASE.has(key) ||
    (VERB.test(w.toLowerCase()) && !NOUN_END.test(key)) ||
    ACTIVITY_HEAD.test(key)
  )
    return true;
  if (INNER_LOWER.has(w.toLowerCase())) return next === undefined || ends(next) || /^\p{Lu}/u.test(next);
  return false;
}

export const isInnerLower = (w: string) => INNER_LOWER.has(w.toLowerCase());

/** Abbreviations of institutions written in capitals: "+asd weststadt" is „ASD Weststadt“. */
const ACRONYMS = new Set([
  "asd",
  "awo",
  "drk",
  "vhs",
  "dlrg",
  "cvjm",
  "bdkj",
  "kjr",
  "sjr",
  "igs",
  "spz",
  "jmd",
  "kjp",
  "spfh",
  "ehs",
  "ebs",
  "dgb",
  "thw",
  "adfc",
  "nabu",
  "tsv",
  "sv",
  "fc",
  "vfb",
  "vfl",
]);

/** "polizeirevier süd" -> „Polizeirevier Süd“; names typed with any capital stay as typed. */
export function displayName(typed: string): string {
  if (/\p{Lu}/u.test(typed)) return typed;
  return typed
    .split(" ")
    .map((w, i) => {
      if (i > 0 && INNER_LOWER.has(w)) return w;
      if (/^e\.?v\.?$/u.test(w)) return "e.V.";
      if (w === "gs") return "GS";
      if (ACRONYMS.has(w)) return w.toUpperCase();
      // Hyphenated parts each start with a capital ("kita-fachberatung" -> „Kita-Fachberatung“).
      return w.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, c: string) => dash + c.toUpperCase());
    })
    .join(" ");
}
