// Whether a word is a word: the signal that a word in a person's place ("mit wanja", "für nayeli (9)") is no word
// but a name no list knows. The forms come from two Hunspell dictionaries, expanded and folded by
// scripts/dictionary-words.ts: German (de_DE from igerman98 by Björn Jacke, GPL-2.0 OR GPL-3.0, as packaged in
// dictionary-de 3.0.0) and English, for the loanwords of these texts ("Popcorn", "Meeting"; en_US from SCOWL by
// Kevin Atkinson, MIT AND BSD, as packaged in dictionary-en 4.0.0; its lower-case stems only, without names).
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

let german: Set<string> | undefined;
let english: Set<string> | undefined;

const read = (file: string) =>
  new Set(
    gunzipSync(readFileSync(new URL(`./lexicon/${file}`, import.meta.url)))
      .toString("utf8")
      .split("\n"),
  );

/** Read once, on first use (about 290 000 German and 100 000 English forms). */
const dictionary = () => (german ??= read("de-words.txt.gz"));
const englishWords = () => (english ??= read("en-words.txt.gz"));

/**
 * Reads both lists now (a few hundred milliseconds of one core): the app calls it at start, so the first entry
 * after a start does not hold every other request while they load.
 */
export function loadDictionaries(): void {
  dictionary();
  englishWords();
}

/** Linking letters between the parts of a compound: "Hilfe|plan", "Jugend|s|amt", "Kinder|n|…". */
const LINK = /(?:s|es|n|en|e)$/u;
const MIN_PART = 3;

/** English parts of a compound are longer: short ones would split names ("nay|eli"), not "street|work". */
const MIN_ENGLISH_PART = 5;
const part = (p: string) => dictionary().has(p) || (p.length >= MIN_ENGLISH_PART && englishWords().has(p));

/** A compound of dictionary words: "hausaufgabenhilfe", "helferrunde", "schulwegtraining", "streetwork". */
function compound(word: string, depth: number): boolean {
  for (let k = word.length - MIN_PART; k >= MIN_PART; k--) {
    const tail = word.slice(k);
    if (!part(tail) && !(depth > 0 && tail.length >= 2 * MIN_PART && compound(tail, depth - 1))) continue;
    const head = word.slice(0, k);
    if (part(head) || (LINK.test(head) && dictionary().has(head.replace(LINK, "")))) return true;
  }
  return false;
}

/**
 * Words of these texts that the dictionary lacks: colloquial plurals and the shorthand of social work
 * ("koop" for Kooperation, "orga", "azubis"), and names of apps the teams use.
 */
const COLLOQUIAL = new Set(
  (
    "jungs kids teens azubi azubis koop orga kiez bufdi bufdis streetwork streetworker streetworkerin " +
    "whatsapp insta homeoffice"
  ).split(" "),
);

const listed = (word: string): boolean =>
  dictionary().has(word) || englishWords().has(word) || COLLOQUIAL.has(word);
const known = (word: string): boolean => listed(word) || (word.length >= 2 * MIN_PART && compound(word, 2));

/** Long words are more often mistyped than names: "kooperaton" is "kooperation" with a letter missing. */
const TYPO_FROM = 9;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * The shortest part of a compound that may carry the slip ("stadt|biblothek"); four letters would read 1.4 % more
 * unseen first names as a slipped compound ("Antoi|nette"), five 0.4 %.
 */
const TYPO_PART = 5;

/** One slip from a listed form, or a compound of a known word and one a slip from a listed form. */
function oneTypoFromKnown(word: string): boolean {
  if (oneTypoFromListed(word)) return true;
  for (let k = TYPO_PART; k <= word.length - TYPO_PART; k++) {
    const head = word.slice(0, k);
    const tail = word.slice(k);
    if ((known(head) && oneTypoFromListed(tail)) || (known(tail) && oneTypoFromListed(head))) return true;
  }
  return false;
}

function oneTypoFromListed(word: string): boolean {
  for (let k = 0; k <= word.length; k++) {
    const head = word.slice(0, k);
    const rest = word.slice(k);
    if (k < word.length && listed(head + rest.slice(1))) return true;
    if (k < word.length - 1 && listed(head + (rest[1] ?? "") + (rest[0] ?? "") + rest.slice(2))) return true;
    for (const c of LETTERS) {
      if (listed(head + c + rest)) return true;
      if (k < word.length && c !== rest[0] && listed(head + c + rest.slice(1))) return true;
    }
  }
  return false;
}

/**
 * For a word folded with foldName: a German or English word form, a compound of them, parts of them joined by "-", or a long
 * word one typing slip away from one of those.
 */
export function isDictionaryWord(folded: string): boolean {
  const word = folded.replace(/\.$/u, "");
  if (word.includes("-")) return word.split("-").every((part) => part.length < 2 || isDictionaryWord(part));
  return known(word) || (word.length >= TYPO_FROM && oneTypoFromKnown(word));
}
