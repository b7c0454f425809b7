// Names that no list knows, recognised by what they are not: a word in the place of a person ("mit wanja", "für
// nayeli (9)", "abdi und hodan kamen") that is no German word, abbreviation, role or institution. The name lists
// miss names of many origins and spellings; the German dictionary (dictionary.ts) is nearly complete, so a
// word it lacks in a person's place is far more often a name than anything else.
import { FAMILY, KIN } from "./cues.js";
import { isDictionaryWord } from "./dictionary.js";
import { afterParentShorthand } from "./households.js";
import type { PersonalDataHit } from "./index.js";
import { isSurname } from "./names.js";
import {
  FICTION,
  INSTITUTION,
  institutional,
  isRole,
  JOINED,
  nearInstitution,
  nearRole,
} from "./not-clients.js";
import {
  AGE_AFTER,
  CASE_WORK,
  FUNCTION_WORDS,
  LOWER_CASE_WORDS,
  MONTHS_AND_DAYS,
  NOT_A_NAME,
  NOUN_ENDING,
  PERSON_CONTEXT,
  plainName,
  S_PLURALS,
} from "./people-words.js";
import { set, type Word } from "./words.js";

/** A word no dictionary, list of words that are no names, or abbreviation accounts for: maybe a name. */
export function foreignWord(w: Word | undefined): boolean {
  if (!w || w.text.endsWith(".") || w.text.length < 4) return false;
  // Abbreviations ("ASD", "HzE", "KiTa") and words without a vowel ("tsv", "hpg") are no names.
  if (/^\p{Lu}{2,}/u.test(w.text) || /\p{Ll}\p{Lu}/u.test(w.text) || !/[aeiouy]/u.test(w.folded))
    return false;
  if (FUNCTION_WORDS.has(w.folded) || NOT_A_NAME.has(w.folded) || MONTHS_AND_DAYS.has(w.folded)) return false;
  if (LOWER_CASE_WORDS.has(w.folded) || KIN.has(w.folded) || FICTION.has(w.folded)) return false;
  if (INSTITUTION.has(w.folded) || isRole(w) || institutional(w) || NOUN_ENDING.test(w.folded)) return false;
  return !isDictionaryWord(w.folded);
}

/** A known first name or a foreign word: either side of "X und Y". */
const nameOrForeign = (w: Word | undefined) => plainName(w, true) || foreignWord(w);
const AND = set("und u. &");
const AND_ALONE = set("und sowie");
const THE_PLURAL = set("die den");
const POSSESSIVE = set("ihre ihrem ihren ihrer seine seinem seinen seiner");
/** Verbs that follow a person opening a clause: "noelani ist ab heute …", "taisiya sucht …". */
const PERSON_VERB = set(
  "ist war wird kam kommt kommen kamen hat hatte haben hatten sucht geht gehen ging braucht will moechte " +
    "soll darf kann muss fehlt fehlte nimmt nehmen besucht spielt lebt wohnt wohnen zieht zog wurde sind waren",
);
/** Meeting words after which a name is the one the meeting is about: "helferrunde jussi", "HK jonte". */
export const ABOUT_SOMEONE = /(?:runde|gespraech|training|besuch|konferenz|beratung|begleitung|planung)$/u;

const clauseStart = (words: Word[], i: number) =>
  i === 0 || /[.,;:!?()]\s*$/u.test(words[i - 1]?.after ?? "");

const hit = (kind: PersonalDataHit["kind"], strength: PersonalDataHit["strength"]) => ({ kind, strength });

/**
 * "die hanafis nehmen teil", "von den barzanis": a family by its surname in the plural. The surname is what must be
 * foreign: "barzani|s" ends like a noun in "-nis" only through the plural's "s".
 */
function surnamePlural(words: Word[], i: number): boolean {
  const w = words[i] as Word;
  if (!THE_PLURAL.has(words[i - 1]?.folded ?? "") || !/[^s]s$/u.test(w.folded)) return false;
  const stem = w.folded.slice(0, -1);
  return (
    !isDictionaryWord(w.folded) &&
    !isDictionaryWord(stem) &&
    foreignWord({ ...w, text: w.text.slice(0, -1), folded: stem })
  );
}
/** "training ama + kofi": the second of a pair joined after a word that introduces a person stands in that place. */
function secondOfPair(words: Word[], i: number): boolean {
  const first = words[i - 1];
  const before = words[i - 2];
  if (!first || !before || !(JOINED.test(first.after) || AND.has(first.folded))) return false;
  const place = AND.has(first.folded) ? words[i - 3] : before;
  if (!place || /[,;.:!?()]/u.test(place.after)) return false;
  return (
    (PERSON_CONTEXT.has(place.folded) && !AND_ALONE.has(place.folded)) ||
    CASE_WORK.has(place.folded) ||
    ABOUT_SOMEONE.test(place.folded)
  );
}

/** "helferrunde schneiders", "HPG meyers": after a meeting about someone, a known surname with the plural's "s". */
function familyAfterMeeting(words: Word[], i: number): boolean {
  const w = words[i] as Word;
  const prev = words[i - 1];
  if (!prev || /[,;.:!?()]/u.test(prev.after) || !/[^s]s$/u.test(w.folded) || w.text.length < 5) return false;
  // "training jungs": a plural in "-s" of a group, though "Jung" is a surname.
  if (S_PLURALS.has(w.folded)) return false;
  const stem = { ...w, text: w.text.slice(0, -1), folded: w.folded.slice(0, -1) };
  // "planung kitas", "planung parks": Kita and Park are surnames too.
  if (INSTITUTION.has(stem.folded) || institutional(stem) || isRole(stem)) return false;
  return (CASE_WORK.has(prev.folded) || ABOUT_SOMEONE.test(prev.folded)) && isSurname(stem.text);
}
/** A pupil's class in brackets: "(7b)", "(Kl. 5a)"; its letter is a word of its own, so the tail takes two words. */
const SCHOOL_CLASS = /^\s*\(\s*(?:kl\.?\s*|klasse\s+)?\d{1,2}\s?[a-f]\s*\)/iu;
export function withSchoolClass(words: Word[], i: number): boolean {
  const [w, next, third] = [words[i], words[i + 1], words[i + 2]];
  return SCHOOL_CLASS.test(
    `${w?.after ?? ""}${next?.text ?? ""}${next?.after ?? ""}${third?.text ?? ""}${third?.after ?? ""}`,
  );
}
/** Which place a word at `i` stands in, if a person's; asked first, as it is cheaper than the dictionary. */
function personPlace(words: Word[], i: number): PersonalDataHit | undefined {
  const w = words[i] as Word;
  const prev = words[i - 1];
  const next = words[i + 1];
  // "ezinne b.", "(ravi s.)": an initial after it makes it a first name and a surname.
  if (next && /^\s+$/u.test(w.after) && /^\p{L}\.$/u.test(next.text)) return hit("name", "strong");
  if (prev && FAMILY.has(prev.folded)) return hit("family", "strong");
  // "brandl (7b) häufig abwesend": a school class in brackets after it makes it a pupil.
  if (withSchoolClass(words, i)) return hit("name", "strong");
  if (afterParentShorthand(words, i)) return hit("kinship", "strong");
  if (surnamePlural(words, i)) return hit("family", "strong");
  // "tamar und ihre mama": a person and their relative.
  if (
    next &&
    AND.has(next.folded) &&
    POSSESSIVE.has(words[i + 2]?.folded ?? "") &&
    KIN.has(words[i + 3]?.folded ?? "")
  )
    return hit("name", "strong");
  // "abdi und hodan", "vika und dima": a pair of people, one of them a known name or both opening the clause.
  const pairAfter = next && AND.has(next.folded) && nameOrForeign(words[i + 2]);
  const pairBefore = prev && AND.has(prev.folded) && nameOrForeign(words[i - 2]);
  if (pairAfter || pairBefore) {
    const other = pairAfter ? words[i + 2] : words[i - 2];
    if (plainName(other, true) || clauseStart(words, pairAfter ? i : i - 2)) return hit("name", "strong");
  }
  if (secondOfPair(words, i)) return hit("name", "weak");
  // "mit wanja", "KM von elvin"; "und" alone joins anything ("und systemd"), so only the pairs above count.
  if (prev && ((PERSON_CONTEXT.has(prev.folded) && !AND_ALONE.has(prev.folded)) || KIN.has(prev.folded)))
    return hit("name", "weak");
  if (prev && (CASE_WORK.has(prev.folded) || ABOUT_SOMEONE.test(prev.folded))) return hit("name", "weak");
  if (clauseStart(words, i) && next && PERSON_VERB.has(next.folded)) return hit("name", "weak");
  return undefined;
}

/** The kind of client data a foreign word at `i` stands for, if it stands in a person's place. */
export function unknownPerson(words: Word[], i: number): PersonalDataHit | undefined {
  const w = words[i] as Word;
  // "+Lions Club", "#fall", "@Nordstadt": a partner, tag or district of the quick entry, no person.
  if (/[+#@]$/u.test(words[i - 1]?.after ?? "")) return undefined;
  if (familyAfterMeeting(words, i)) return hit("family", "strong");
  // A word with an age is a child wherever it stands: "sverre, 13j", "taisiya 15 j.".
  const withAge = AGE_AFTER.test(w.after + (words[i + 1]?.text ?? ""));
  const place = withAge ? hit("birthdate", "strong") : personPlace(words, i);
  if (!place || !(foreignWord(w) || surnamePlural(words, i))) return undefined;
  return withAge || !(nearRole(words, i) || nearInstitution(words, i)) ? place : undefined;
}
