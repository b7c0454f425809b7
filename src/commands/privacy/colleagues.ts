// Colleagues by the team's roster: the display names Slack and Teams show for the team's members ("Petra
// Schöller", "jana.k", "Aylin K."). A name in a text whose words are all one colleague's is that colleague, as a
// first name on a meeting's attendance list is (see teamTalkSpans in not-clients.ts), unless the text ties the
// person to a client: an age or birth date, a kinship or family word, a parent's shorthand, "Fall", a school class,
// their phone number or address. A client who shares a colleague's first name is caught by those cues, and a
// full name with a surname no colleague has stays a name.

import { COURTESY, FAMILY, KIN, KIN_ABBREVIATION, KIN_GROUP } from "./cues.js";
import { isDictionaryWord } from "./dictionary.js";
import { foldName, isFirstName, isSurname } from "./names.js";
import {
  AGE_AFTER,
  CHILD,
  FUNCTION_WORDS,
  isInitial,
  MONTHS_AND_DAYS,
  NOT_A_NAME,
  ONE_CLIENT,
  plainName,
  surnameLike,
} from "./people-words.js";
import { withSchoolClass } from "./unknown-names.js";
import { set, type Word } from "./words.js";

/** One colleague: their name words (folded), and every part of the display name, initials too ("Aylin K."). */
interface Colleague {
  words: ReadonlySet<string>;
  parts: readonly string[];
}

export interface Roster {
  colleagues: readonly Colleague[];
  /** Every colleague's name words together, for the first look at a word. */
  words: ReadonlySet<string>;
  /** Short forms of their first names ("tobi"), each to the name word it shortens ("tobias"). */
  shortForms: ReadonlyMap<string, string>;
}

/** Whatever a display name carries besides the name: pronouns or a unit in brackets ("Petra S. (sie/ihr)"). */
const BRACKETED = /\([^)]*\)|\[[^\]]*\]/gu;
/** Name words are split at spaces, dots, underscores, digits and commas ("jana.k", "schoeller_p", "Kaya, Aylin"). */
const NAME_SEPARATOR = /[^\p{L}'’-]+/u;

function colleagueOf(displayName: string): Colleague | undefined {
  const parts = displayName
    .normalize("NFC")
    .replace(BRACKETED, " ")
    .split(NAME_SEPARATOR)
    .map((p) => p.replace(/^[-'’]+|[-'’]+$/gu, ""))
    .filter(Boolean);
  const folded = parts.map(foldName);
  // Single letters are initials, no name; nor is a function word ("Petra von der Au": "von" names nobody).
  // A double first name is called by either part too: "Mia-Sophie" is "Mia" in a hurry.
  const named = folded.flatMap((p) => (p.includes("-") ? [p, ...p.split("-")] : [p]));
  const words = new Set(named.filter((p) => p.length >= 2 && !FUNCTION_WORDS.has(p)));
  return words.size > 0 ? { words, parts: folded } : undefined;
}

/** The endings of German short forms of a first name: "Tobi" (Tobias), "Sveta" (Svetlana), "Steffi", "Caro". */
const SHORT_FORM_ENDING = ["i", "a", "y", "o", "e"];
/**
 * Short forms of the colleagues' first names, each to the name word it shortens: the start of the name, at least
 * half of it and three letters, and a vowel. A short form that is itself a name on the lists ("Maria" from
 * "Marina") is someone else's name and is not taken.
 */
function shortForms(colleagues: readonly Colleague[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const c of colleagues) {
    // The first name is the display name's first word of three letters or more ("Dr. Lena Albers", "K. Mensah").
    const word = c.parts.find((p) => p.length >= 3 && c.words.has(p));
    if (!word || word.length < 5 || word.includes("-")) continue;
    for (let n = Math.max(3, Math.ceil(word.length / 2)); n < word.length; n++)
      for (const ending of SHORT_FORM_ENDING) {
        const form: string = word.slice(0, n) + ending;
        if (form === word || forms.has(form) || isFirstName(form) || isSurname(form)) continue;
        if (isDictionaryWord(form)) continue;
        forms.set(form, word);
      }
  }
  for (const c of colleagues) for (const word of c.words) forms.delete(word);
  return forms;
}

/** Rosters seen lately, by their names: the guard runs on every field of every message. */
const recent = new Map<string, Roster>();
const MAX_RECENT = 100;

/** The roster of these display names; undefined when none gives a name. */
export function colleagueRoster(displayNames: readonly string[] | undefined): Roster | undefined {
  if (!displayNames || displayNames.length === 0) return undefined;
  const key = displayNames.join("\n");
  const known = recent.get(key);
  if (known) return known;
  const colleagues = displayNames.map(colleagueOf).filter((c): c is Colleague => c !== undefined);
  const roster =
    colleagues.length > 0
      ? {
          colleagues,
          words: new Set(colleagues.flatMap((c) => [...c.words])),
          shortForms: shortForms(colleagues),
        }
      : undefined;
  if (!roster) return undefined;
  if (recent.size >= MAX_RECENT) recent.clear();
  recent.set(key, roster);
  return roster;
}

const SPACE = /^\s+$/u;
/** "Petra S.", "jana k.": an initial right after the name. */
const initialOf = (w: Word | undefined) =>
  w && /^\p{L}\.$/u.test(w.text) ? foldName(w.text.charAt(0)) : undefined;

/**
 * Another name word next to the colleague's: "Emre Yilmaz" is someone else when only Yilmaz is a colleague's
 * name. Words the lists know as names count, and initials no colleague of that name has.
 */
function otherName(w: Word | undefined): boolean {
  if (!w || MONTHS_AND_DAYS.has(w.folded) || NOT_A_NAME.has(w.folded) || FUNCTION_WORDS.has(w.folded))
    return false;
  if (isInitial(w)) return true;
  return plainName(w, true) || surnameLike(w) || (!w.cap && w.text.length >= 3 && isSurname(w.text));
}

/** Words that tie the name right after them to a client: "Tochter Petra", "Fam. Kaya", "KM Jana", "Fall Murat". */
const CUE_BEFORE = set("geschwister geschw geschw. fall kinder kind");
const isCueBefore = (w: Word | undefined) =>
  Boolean(
    w &&
      (KIN.has(w.folded) ||
        FAMILY.has(w.folded) ||
        KIN_GROUP.has(w.folded) ||
        KIN_ABBREVIATION.has(w.text.replace(/\.$/u, "")) ||
        ONE_CLIENT.has(w.folded) ||
        CHILD.has(w.folded) ||
        CUE_BEFORE.has(w.folded)),
  );
/** "Mutter von Petra", "Fall von Jana", "bei den Yilmaz": a cue, then a preposition or article, then the name. */
const LINK = set("von vom der des den");
const POSSESSIVE = set("ihre ihrer ihrem ihren seine seiner seinem seinen");
const ARTICLE_BEFORE_KIN = set("die der den dem");
/** "(KM)", "(KV)" after a name: the parent of a child in a file. */
const PARENT_IN_BRACKETS = /^\s*\(\s*(?:KM|KV|KE|KiM|KiV|KiE)\s*\)/u;
/**
 * What ties a person to their contact data or their birth, close after the name on the same line: "Jana K., Tel.
 * 0171 …", "Petra, geb. 03.04.2014", "Murat wohnt jetzt Lindenstr. 4". A date alone is a deadline ("an Jana bis 06.12.").
 */
const CONTACT_AFTER =
  /(?<![\p{L}])(?:tel|telefon|handy|mobil|geb|geboren|wohnt|wohnen|adresse|anschrift)(?![\p{L}])|(?:\+\s?\d|(?<![\p{N}.])0\d{2,5})[\s/-]?\d[\d\s/-]{4,}|\p{L}(?:str\.|straße|strasse|weg|allee|platz|ring|gasse)\s*\d/iu;
/** A pupil named with the class they are from: "Aylin aus der 6c", "Murat aus Klasse 7b". */
const PUPIL_OF_CLASS = /^\s+aus\s+(?:der\s+)?(?:klasse\s+)?\d{1,2}\s?[a-f](?![\p{L}\p{N}])/iu;
/** A work phone or mailbox said before the name: "Diensthandy von Jana", "neue Dienstnummer für Murat". */
const WORK_CONTACT = /dienst(?:handy|telefon|nummer|mail|adresse)/iu;
/** "Liebe Frau Yilmaz, Ihr Sohn …": a colleague's surname after "Frau"/"Herr" in a letter to a parent. */
const TO_A_PARENT = /(?<![\p{L}])Ihr(?:e|em|en|er)?\s+(\p{L}+)/gu;
const toAParent = (text: string) =>
  [...text.matchAll(TO_A_PARENT)].some((m) => KIN.has(foldName(m[1] ?? "")));

/** Whether the name at `from`..`to` (with "Frau"/"Herr" before it, if any) is tied to a client cue. */
function tiedToClient(words: Word[], from: number, to: number, text: string): boolean {
  let at = from - 1;
  if (at >= 0 && COURTESY.has(words[at]?.folded ?? "")) {
    if (toAParent(text)) return true;
    at -= 1;
  }
  const before = words[at];
  // "mit Familien (Murat: Türkisch, …)": families are named by a surname; in brackets after the plural are the
  // colleagues who work with them.
  const bracketAfterPlural = before?.folded === "familien" && before.after.includes("(");
  if (before && !/[.;!?\n]/u.test(before.after) && isCueBefore(before) && !bracketAfterPlural) return true;
  if (before && LINK.has(before.folded) && isCueBefore(words[at - 1])) return true;
  if (before?.folded === "den" && /^(?:bei|mit|von|zu)$/u.test(words[at - 1]?.folded ?? "")) return true;
  const last = words[to] as Word;
  const next = words[to + 1];
  if (AGE_AFTER.test(last.after + (next?.text ?? "")) || withSchoolClass(words, to)) return true;
  if (PARENT_IN_BRACKETS.test(last.after + (next?.text ?? "") + (next?.after ?? ""))) return true;
  // "Petra, Tochter von …", "Jana (Mutter von Leon)", "Jana, die Mutter von …", "Jana und ihre Mutter".
  const article = ARTICLE_BEFORE_KIN.has(next?.folded ?? "") && SPACE.test(next?.after ?? "") ? 1 : 0;
  if (/^\s*[,(]?\s*$/u.test(last.after) && KIN.has(words[to + 1 + article]?.folded ?? "")) return true;
  if (next && /^(?:und|mit)$/u.test(next.folded) && POSSESSIVE.has(words[to + 2]?.folded ?? ""))
    if (KIN.has(words[to + 3]?.folded ?? "")) return true;
  // "Aylin aus der 6c": a pupil of that class.
  if (PUPIL_OF_CLASS.test(text.slice(last.index + last.text.length))) return true;
  const end = last.index + last.text.length;
  const line = text.slice(end, end + 60).split("\n")[0] ?? "";
  // "Neue Diensthandynummer von Hakan: 0151 …": the colleague's work number.
  const lineBefore = text.slice(Math.max(0, (words[from] as Word).index - 40), (words[from] as Word).index);
  if (WORK_CONTACT.test(lineBefore.split("\n").pop() ?? "")) return false;
  return CONTACT_AFTER.test(line);
}

/**
 * "Müller, Anna": a colleague's surname before a comma and a first name no colleague has is someone's entry in
 * a list, surname first.
 */
function surnameFirst(words: Word[], at: number, roster: Roster): boolean {
  const w = words[at] as Word;
  const next = words[at + 1];
  const then = words[at + 2];
  return Boolean(
    w.cap &&
      /^\s*,\s*$/u.test(w.after) &&
      next &&
      plainName(next, false) &&
      !roster.words.has(next.folded) &&
      isSurname(w.text) &&
      (!then || /[,;.:()\n]/u.test(next.after)),
  );
}

/**
 * The indexes of the words that name a colleague by the roster, not tied to a client. A run of name words must
 * all be one colleague's ("Petra Schöller", "Aylin K."); a run of two colleagues' words in one name
 * ("Petra Yilmaz") may be someone else and is not taken.
 */
export function colleagueWords(words: Word[], text: string, roster: Roster | undefined): Set<number> {
  const found = new Set<number>();
  if (!roster) return found;
  // "tobi" for Tobias: a short form stands for the name word it shortens.
  const nameWord = (w: Word | undefined) => (w ? (roster.shortForms.get(w.folded) ?? w.folded) : "");
  for (let i = 0; i < words.length; i++) {
    if (!roster.words.has(nameWord(words[i]))) continue;
    let to = i;
    while (SPACE.test(words[to]?.after ?? "") && roster.words.has(nameWord(words[to + 1]))) to += 1;
    const run = words.slice(i, to + 1).map(nameWord);
    const initial = SPACE.test(words[to]?.after ?? "") ? initialOf(words[to + 1]) : undefined;
    // "Petra S." is Petra Schöller; "Petra P." is not: the initial is of another part of her name.
    const colleague = roster.colleagues.find(
      (c) =>
        run.every((w) => c.words.has(w)) &&
        (!initial || c.parts.some((p) => p.startsWith(initial) && !run.includes(p))),
    );
    const last = initial && colleague ? to + 1 : to;
    const prev = words[i - 1];
    const otherBefore = prev && SPACE.test(prev.after) && !COURTESY.has(prev.folded) && otherName(prev);
    const otherAfter = SPACE.test(words[last]?.after ?? "") && otherName(words[last + 1]);
    if (
      colleague &&
      !otherBefore &&
      !otherAfter &&
      !(run.length === 1 && surnameFirst(words, i, roster)) &&
      !tiedToClient(words, i, last, text)
    )
      for (let k = i; k <= last; k++) found.add(k);
    i = last;
  }
  return found;
}
