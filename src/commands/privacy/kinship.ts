// A kinship word or a parent's file shorthand with a name: "Tochter Emma", "Mutter von Lena", "Kindsmutter Frau
// Krasniqi", "die Tante, Frau Bielecka", "KM Jovanović", "Großeltern Schulze", "die großeltern okoro".
// Split from people.ts, which asks it for every word.

import { COURTESY, KIN, KIN_ABBREVIATION, KIN_GROUP } from "./cues.js";
import { groupByLowerName, kinByLowerCaseName } from "./households.js";
import { isFirstName, isSurname } from "./names.js";
import { institutional, isRole } from "./not-clients.js";
import {
  FUNCTION_WORDS,
  lowerNameAfterCourtesy,
  NOT_AFTER_CUE,
  NOT_AFTER_KIN,
  nameAfterCue,
  plainName,
  surnameLike,
  unknownName,
} from "./people-words.js";
import type { Word } from "./words.js";
import { set } from "./words.js";

/** Prepositions by which a couple is met, not a programme named: "mit Pflegeeltern …", "bei Pflegeeltern …". */
const MET_WITH = set("mit bei");
const PROGRAMME_ENDINGS = [...NOT_AFTER_KIN].filter((x) => x.length >= 4);

/**
 * "named": the word at `i` is a kinship word or shorthand with a name; "kinship word": a kinship word without
 * one (nothing else is to be read from it); undefined: no kinship word, or a shorthand or plural word without
 * a name, which other rules may still read.
 */
export function kinshipWithName(
  words: Word[],
  i: number,
  allLowerCase: boolean,
): "named" | "kinship word" | undefined {
  const w = words[i] as Word;
  const next = words[i + 1];
  if (KIN.has(w.folded)) {
    // "Tochter Emma", "Sohn yusuf", "Oma Gertrud", "Mutter von Lena".
    // "Mutter von Lena", "Kindsmutter Frau Krasniqi": the name may come after "von" or "Frau"/"Herr".
    const named = next && (next.folded === "von" || COURTESY.has(next.folded) ? words[i + 2] : next);
    const kinName =
      named &&
      !w.after.includes("-") &&
      !NOT_AFTER_KIN.has(named.folded) &&
      (plainName(named, true) ||
        (named.cap && nameAfterCue(named)) ||
        // Right after a kinship word a capitalised first name is one even when it is also a word or
        // a month ("Tochter Mai", "Sohn Kai", "Opa August").
        (named === next && named.cap && !w.after.trim() && isFirstName(named.text)) ||
        // "stiefmutter frau eze": after "Frau"/"Herr" a surname no list knows, in lower case too.
        (named !== next && COURTESY.has(next.folded) && lowerNameAfterCourtesy(named)));
    // "die Tante, Frau Bielecka", "Mutter (Frau Jankowska)": the name set off after the kinship word.
    const apposed =
      /^\s*[,(]\s*$/u.test(w.after) &&
      next &&
      COURTESY.has(next.folded) &&
      (nameAfterCue(words[i + 2]) || lowerNameAfterCourtesy(words[i + 2]));
    if (kinName || apposed || kinByLowerCaseName(words, i, NOT_AFTER_CUE, allLowerCase)) return "named";
    return "kinship word";
  }
  if (KIN_ABBREVIATION.has(w.text.replace(/\.$/u, "")) || KIN_GROUP.has(w.folded)) {
    // "pflegeeltern weber": a known surname in lower case names the couple too.
    const lowerSurname = (x: Word) =>
      KIN_GROUP.has(w.folded) && x.text.length >= 3 && !FUNCTION_WORDS.has(x.folded) && isSurname(x.text);
    if (
      next &&
      (next.cap || lowerSurname(next)) &&
      !/[,;:!?()-]/u.test(w.after) &&
      !NOT_AFTER_KIN.has(next.folded) &&
      !isRole(next) &&
      !institutional(next) &&
      (plainName(next, false) || surnameLike(next) || lowerSurname(next) || COURTESY.has(next.folded))
    ) {
      return "named";
    }
    if (KIN_GROUP.has(w.folded) && groupByLowerName(words, i, lowerNameAfterCourtesy)) {
      return "named";
    }
    // "Gespräch mit Pflegeeltern Vogelsang": after "mit"/"bei" the couple is met, and a capitalised word that is no
    // plural, German noun by its ending, role or institution is their name, though also a word of the dictionary.
    if (
      KIN_GROUP.has(w.folded) &&
      next &&
      MET_WITH.has(words[i - 1]?.folded ?? "") &&
      /^\s+$/u.test(w.after) &&
      !NOT_AFTER_KIN.has(next.folded) &&
      !NOT_AFTER_CUE.has(next.folded) &&
      // "mit Pflegeeltern Infoabend": a compound on a programme word names the programme.
      !PROGRAMME_ENDINGS.some((x) => next.folded.endsWith(x)) &&
      unknownName(next)
    )
      return "named";
  }
  return undefined;
}
