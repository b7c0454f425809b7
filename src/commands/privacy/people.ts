// People named in free text: full names, "Nachname, Vorname", "Fam. X", a kinship word with a name, a
// first name on its own (also in lower case), and a name with an age. Who is named but is no client
// (officials, institutions named after people, works, colleagues) is decided in not-clients.ts.

import { COURTESY, FAMILY, KIN, KIN_ABBREVIATION, KIN_GROUP } from "./cues.js";
import {
  familyReference,
  kinByLowerCaseName,
  parentShorthandName,
  surnameBeforeChildren,
} from "./households.js";
import type { PersonalDataHit } from "./index.js";
import { foldName, isFirstName, isSurname, isSurnameFolded } from "./names.js";
import {
  aboutAWork,
  afterSaint,
  courtesyForInstitution,
  FICTION,
  familyInATitle,
  INSTITUTION,
  inCharge,
  inInstitutionCompound,
  inMaxUndMoritz,
  institutional,
  isRole,
  nearInstitution,
  nearRole,
  ORG_AFTER,
  orgInBrackets,
  PARTY_AFTER,
  PROTOCOL,
  teamTalkSpans,
} from "./not-clients.js";
import { hasClientCue } from "./numbers.js";
import { CLAUSE_BREAK, set, type Word, wordsOf } from "./words.js";

/** Words before a first name that point at a person meant here: "mit Ayşe", "für leon", "thema sophie". */
const PERSON_CONTEXT = set("mit von fuer bei und an zu sowie wegen wg wg. ueber thema fall");
/**
 * Lower-case German words that are also on the first-name lists ("malte", "rosa", "ernst", "solange"), as
 * Debian's German word list (wngerman) has them: typed in lower case they are the word, never the name.
 */
const LOWER_CASE_WORDS = set(
  "bade bang davor ernst frank hau lang lasse malte man mir nasser nur rosa sang solange tat tue urban van " +
    "ward angel bebe chi hoc phi roch rares vitale",
);
/** Words that are first names on the lists, but ordinary German or English words in these texts. */
const NOT_A_NAME = set(
  "kai mai can will see mark hell bad tag kind art rose august april juni juli mai sonntag montag " +
    "ende leer gut neu frei frau herr mann fee dom see sofort sonne liebe ok team neue alle gerade " +
    // languages and nationalities that share a spelling with names
    "dari farsi paschtu arabisch tuerkisch kurdisch tigrinya russisch ukrainisch polnisch albanisch " +
    "hilfen fruehe",
);
/**
 * Of those, the ones that inside a sentence and capitalised are the name: "mit Can und Kai" (Turkish "Can",
 * German "Kai"), "Sohn Mark"; the German words are lower case there ("will", "can't").
 */
const NAME_WHEN_CAPITALISED = set("can kai mark");
/** Short German words that are also names somewhere ("an", "da", "ca."): never a name in lower case. */
const FUNCTION_WORDS = set(
  "an am im in um zu so da ca wie was wer wo der die das dem den des ab bis ob ja nein na oh es er sie wir ihr " +
    "man mal nur noch schon auch aber oder und sowie weil wenn dann denn doch mehr viel wenig weniger kein keine " +
    "ein eine einen hat ist war sind alle bei mit von vom zum zur fuer ohne gegen seit nach vor hier dort heute",
);
const MONTHS_AND_DAYS = set(
  "januar februar maerz april mai juni juli august september oktober november dezember montag dienstag " +
    "mittwoch donnerstag freitag samstag sonntag",
);

/** Words that are no name after a family or kinship word: function words, months, and the words above. */
const NOT_AFTER_CUE = new Set([
  ...FUNCTION_WORDS,
  ...NOT_A_NAME,
  ...MONTHS_AND_DAYS,
  ...set("sommer winter herbst fruehling"),
]);
const isInitial = (w: Word | undefined) => Boolean(w && /^\p{Lu}\.$/u.test(w.text));
function plainName(w: Word | undefined, lowerAllowed: boolean): boolean {
  if (!w || w.text.length < 2) return false;
  if (!w.cap && !lowerAllowed) return false;
  // Abbreviations in capitals (AK, AG, ASD, EHS) are not names.
  if (/^\p{Lu}{2,}\.?$/u.test(w.text)) return false;
  // Two letters and a dot ("Sa.", "Mo.", "So.") abbreviate weekdays and the like; a lower-case word with a
  // dot ("max.", "ca.", "evtl.") is an abbreviation, not a name typed in lower case.
  if (/^\p{L}{2}\.$/u.test(w.text) || (!w.cap && w.text.endsWith(".") && w.after !== "")) return false;
  if (NOT_A_NAME.has(w.folded) && !(w.cap && w.mid && NAME_WHEN_CAPITALISED.has(w.folded))) return false;
  if (MONTHS_AND_DAYS.has(w.folded) || FICTION.has(w.folded)) return false;
  if (!w.cap && (w.text.length < 3 || FUNCTION_WORDS.has(w.folded))) return false;
  return firstNameWord(w.text.replace(/\.$/, ""));
}

/** "Lenas" -> "Lena", "Jonas'" -> "Jonas": the owner in a possessive. */
const possessor = (w: Word): Word => ({ ...w, text: w.text.replace(/(?:s|['’])$/u, "") });

/** "Anna-Lena", "Jan-Niklas": a double first name is a first name when each part is one. */
const firstNameWord = (text: string): boolean =>
  isFirstName(text) ||
  (text.includes("-") && text.split("-").every((part) => part.length >= 2 && isFirstName(part)));

const surnameLike = (w: Word | undefined) =>
  Boolean(w?.cap && !INSTITUTION.has(w.folded) && !isRole(w) && (isSurname(w.text) || isInitial(w)));
/** A name after "Fam.", a kinship word or "Frau": any capitalised word, a known name in any case, an initial. */
const nameAfterCue = (w: Word | undefined) =>
  Boolean(
    w &&
      !INSTITUTION.has(w.folded) &&
      !isRole(w) &&
      !KIN.has(w.folded) &&
      !FICTION.has(w.folded) &&
      !NOT_A_NAME.has(w.folded) &&
      (isInitial(w) ||
        isSurname(w.text) ||
        isFirstName(w.text) ||
        /^(?:al|el|abu|ibn|bin|van|von|de)-/iu.test(w.text) ||
        (w.cap && w.text.length > 2 && !w.text.endsWith("."))),
  );

/** Nouns that take a letter as their label ("Gruppe B.", "Halle A."): no name with an initial. */
const LETTERED = set(
  "gruppe klasse halle raum haus gebaeude stufe block trakt etage seite phase variante kategorie linie",
);
/** A capitalised word that is no German noun by its ending, no role and no institution: maybe a name. */
const capitalisedNotNoun = (w: Word | undefined): boolean =>
  Boolean(
    w?.cap &&
      w.text.length >= 3 &&
      !/^\p{Lu}{2,}/u.test(w.text) &&
      !NOUN_ENDING.test(w.folded) &&
      !isRole(w) &&
      !institutional(w) &&
      !NOT_A_NAME.has(w.folded) &&
      !KIN.has(w.folded),
  );

/** After a household word ("Eheleute", "Geschwister"): a name, but no capitalised noun ("Geschwister Treffen"). */
const householdName = (w: Word | undefined): boolean =>
  Boolean(
    w &&
      nameAfterCue(w) &&
      (!w.cap ||
        isSurname(w.text) ||
        isFirstName(w.text) ||
        (!NOUN_ENDING.test(w.folded) && !/(?:en|innen|ern)$/u.test(w.folded))),
  );

/**
 * After "KM"/"KV": a first name or a surname the lists know, in any case, or a capitalised word that may be a
 * name; "KV Nord" and "KV Mitte" are associations of a district.
 */
const DISTRICT_PART = set("nord sued ost west mitte nordost nordwest suedost suedwest land stadt kreis");
const parentName = (w: Word | undefined): boolean =>
  Boolean(
    w &&
      !DISTRICT_PART.has(w.folded) &&
      (plainName(w, true) ||
        unknownName(w) ||
        (w.text.length >= 3 &&
          !FUNCTION_WORDS.has(w.folded) &&
          !NOT_A_NAME.has(w.folded) &&
          isSurname(w.text))),
  );

/** Words after which a cue word ("Mutter", "Oma") is no kinship but a programme: "Mutter Kind Gruppe". */
const NOT_AFTER_KIN = set(
  "kind kinder gruppe cafe café zentrum fruehstueck treff abend turnen zelten tag und oder",
);
/** Endings of German nouns, which no first name has. */
const NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|chen|lein|nis|tum|ment|ik|ei|ur|tät|taet|ismus|ling)$/u;
/** Case work words: a capitalised word after one, with an age, is the child ("Hilfeplan Dawit (7)"). */
const CASE_WORK = set(
  "hilfeplan hilfeplangespraech hpg hb hausbesuch fallbesprechung fallberatung begleitung beratung clearing",
);

/** "Mia (11)", "Paul, 9 J.", "Ayşe 12 Jahre": a name with an age is a date of birth in disguise. */
const AGE_AFTER = /^\s*(?:,\s*|\(\s*|\s)(?:ca\.\s*)?\d{1,2}\s*(?:\)|j\.|jahre|jähr|j(?![\p{L}]))/iu;

/** An age with its unit: "Senait, 6 J.", "Dawit (7 Jahre)", "Rahel, 9-jährig". */
const AGE_WITH_UNIT = /^\s*(?:,\s*|\(\s*)(?:ca\.\s*)?\d{1,2}\s*(?:j\.|jahre\b|j(?:ä|ae)hrig)/iu;
/** A bare age in brackets: "Dawit (7)"; "(7-10)" is a range, "(7 TN)" a count. */
const AGE_IN_BRACKETS = /^\s*\(\s*\d{1,2}\s*\)/u;
/**
 * Capitalised words that are rather nouns than unknown names: plurals and collective nouns ("Kinder (12)",
 * "Teilnehmende (14)", "Gruppen (3)") and the endings of German nouns.
 */
const PLURAL_LIKE = /(?:e|en|er|ern|el|s|innen)$/u;
const ARTICLE = set("der die das den dem des ein eine einen einem einer im am vom zum zur beim");
/** A capitalised word that may be a name the lists do not know: no noun by its ending, role or institution. */
function unknownName(w: Word): boolean {
  if (!w.cap || w.text.length < 3 || /^\p{Lu}{2,}/u.test(w.text) || w.text.endsWith(".")) return false;
  if (KIN.has(w.folded) || isRole(w) || institutional(w) || NOUN_ENDING.test(w.folded)) return false;
  if (NOT_A_NAME.has(w.folded) || MONTHS_AND_DAYS.has(w.folded) || FUNCTION_WORDS.has(w.folded)) return false;
  return !PLURAL_LIKE.test(w.folded) || isFirstName(w.text);
}
/**
 * Words for one client, after which a capitalised word is that client's name: "Klient Mustafa", "Schülerin
 * Senait", and the labels of a form ("Vorname: Ayaan"). Not "Junge" ("Junge Union") or "Mädchen" (plural too).
 */
const ONE_CLIENT = set("klient klientin schuelerin muendel vorname nachname rufname");
function unknownWithAge(words: Word[], i: number, clientInView: () => boolean): boolean {
  const w = words[i] as Word;
  const tail = w.after + (words[i + 1]?.text ?? "");
  const unit = AGE_WITH_UNIT.test(tail);
  if (!unit && !AGE_IN_BRACKETS.test(w.after)) return false;
  const prev = words[i - 1];
  if (prev && ARTICLE.has(prev.folded)) return false;
  if (!unknownName(w)) return false;
  // A bare number in brackets is an age only after "mit", "für", … or where a client is in view ("Raum (4)
  // belegt" counts seats).
  return unit || Boolean(prev && PERSON_CONTEXT.has(prev.folded)) || clientInView();
}

export function findNames(text: string): PersonalDataHit[] {
  const words = wordsOf(text);
  // Not where a client is in view: "Rama, Yara und Omar …, Anmeldung über die Mutter" are children.
  const clientInView = () => hasClientCue(text);
  // Typed all in lower case, in a hurry: there a name on the lists is one wherever it stands.
  const allLowerCase = !/\p{Lu}/u.test(text);
  const spans = clientInView() ? [] : teamTalkSpans(text);
  const inTeamTalk = (w: Word) => spans.some(([a, b]) => w.index >= a && w.index < b);
  const protocol = PROTOCOL.test(text) && !clientInView();
  const hits: PersonalDataHit[] = [];
  const add = (kind: PersonalDataHit["kind"], strength: PersonalDataHit["strength"]) => {
    const same = hits.find((h) => h.kind === kind);
    if (!same) hits.push({ kind, strength });
    else if (strength === "strong") same.strength = "strong";
  };
  for (const [i, w] of words.entries()) {
    const next = words[i + 1];
    const prev = words[i - 1];
    if (inInstitutionCompound(w)) continue;

    if (
      familyReference(words, i, householdName, (x) => Boolean(x && unknownName(x)), NOT_AFTER_CUE) ||
      (FAMILY.has(w.folded) && kinByLowerCaseName(words, i, NOT_AFTER_CUE, allLowerCase)) ||
      surnameBeforeChildren(words, i, surnameLike)
    ) {
      add("family", "strong");
      continue;
    }
    if (parentShorthandName(words, i, parentName)) {
      add("kinship", "strong");
      continue;
    }
    // The name follows the family word directly: "max. 12 Familien, Treffpunkt …" names nobody, nor does
    // the compound "Fam.-Ausflug".
    if (
      FAMILY.has(w.folded) &&
      next &&
      !/[,;:!?)-]/u.test(w.after) &&
      nameAfterCue(next) &&
      !nearRole(words, i + 1) &&
      !aboutAWork(words, i) &&
      !familyInATitle(words, i)
    ) {
      add("family", "strong");
      continue;
    }
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
          (named === next && named.cap && !w.after.trim() && isFirstName(named.text)));
      if (kinName || kinByLowerCaseName(words, i, NOT_AFTER_CUE, allLowerCase)) add("kinship", "strong");
      continue;
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
        add("kinship", "strong");
        continue;
      }
    }
    // "Klientin Senait", "Schüler Dawit", "Vorname: Ayaan": a word for one client, then a name no list knows.
    if (ONE_CLIENT.has(w.folded) && next && !/[,;!?()-]/u.test(w.after) && unknownName(next)) {
      add("name", "strong");
      continue;
    }
    // "von Merhawi T.", "mit Dawit Haile" after "Fall von": a name no list knows, marked as one by an initial or
    // by a second such word after a word that introduces a person.
    if (
      prev &&
      PERSON_CONTEXT.has(prev.folded) &&
      w.text.length >= 4 &&
      (unknownName(w) || (capitalisedNotNoun(w) && isInitial(next) && !LETTERED.has(w.folded))) &&
      // The initial right after the name: in "für Kinder (6 J.)" the "J." abbreviates the years.
      /^\s+$/u.test(w.after) &&
      !nearInstitution(words, i) &&
      !nearRole(words, i) &&
      !CLAUSE_BREAK.test(w.after) &&
      (isInitial(next) ||
        (prev.folded === "von" && words[i - 2]?.folded === "fall" && capitalisedNotNoun(next)))
    ) {
      add("name", "strong");
      continue;
    }
    // "Senait, 6 J.", "mit Dawit (7)": a capitalised word the lists do not know, with an age, is a child.
    if (unknownWithAge(words, i, clientInView)) {
      add("birthdate", "strong");
      continue;
    }
    // "bei den Jankowskis", "die Yilmaz' kommen": a family by its plural name.
    const stem = w.text.replace(/s$|'$/u, "");
    if (
      prev &&
      /^(?:den|die|bei)$/iu.test(prev.text) &&
      stem !== w.text &&
      stem.length >= 4 &&
      !FUNCTION_WORDS.has(foldName(stem)) &&
      isSurname(stem)
    ) {
      add("family", "strong");
      continue;
    }
    // "Lenas Mutter", "Jonas' Vater", hurried "lenas mama".
    if (next && KIN.has(next.folded) && /(?:s|['’])$/u.test(w.text) && plainName(possessor(w), true)) {
      add("kinship", "strong");
      continue;
    }
    if (
      COURTESY.has(w.folded) &&
      next &&
      nameAfterCue(next) &&
      !nearRole(words, i + 1) &&
      !FICTION.has(next.folded) &&
      !PARTY_AFTER.test(next.after + (words[i + 2]?.text ?? "")) &&
      !ORG_AFTER.test(next.after + (words[i + 2]?.text ?? "") + (words[i + 2]?.after ?? "")) &&
      !orgInBrackets(next, words[i + 2]) &&
      !(courtesyForInstitution(words, i) && !clientInView())
    ) {
      add("name", "weak");
      continue;
    }
    // "Müller, Anna" / "Kowalski, Zofia". A word the surname list does not know counts only when the pair
    // stands alone as an entry ("Brzęczyszczykiewicz, Zofia."); otherwise it is mostly a capitalised
    // noun in a list ("… das Elterncafé, Natalia den Mädchentreff").
    const pairStandsAlone = () => !words[i + 2] || /[,;.:()\n]/u.test(next?.after ?? "");
    // "Jonas, Melanie, Tobias" / "Lea, Jonas und ich": first names in a list, not surname and first name.
    const firstNameList = () =>
      isFirstName(w.text) && (/^\s*,\s*$/u.test(next?.after ?? "") || words[i + 2]?.folded === "und");
    if (
      w.cap &&
      w.after.trim() === "," &&
      next &&
      plainName(next, false) &&
      !firstNameList() &&
      !institutional(w) &&
      (isSurname(w.text) || (!isFirstName(w.text) && pairStandsAlone()))
    ) {
      if (!nearRole(words, i)) add("name", "strong");
      continue;
    }
    // "Hilfeplan Dawit (7)": a name the lists do not know, but a case-work word before and an age after.
    if (
      w.cap &&
      prev &&
      CASE_WORK.has(prev.folded) &&
      !isRole(w) &&
      !INSTITUTION.has(w.folded) &&
      AGE_AFTER.test(w.after + (next?.text ?? ""))
    ) {
      add("birthdate", "strong");
      continue;
    }
    // "Begleitung Kacper Nowak": after a case-work word, a capitalised word (also one the first-name lists do
    // not know) followed by a known surname is a person, unless its ending makes it a German noun ("Beratung Erziehung Koch").
    if (
      w.cap &&
      prev &&
      CASE_WORK.has(prev.folded) &&
      surnameLike(next) &&
      !isRole(w) &&
      !institutional(w) &&
      !NOUN_ENDING.test(w.folded) &&
      !/^\p{Lu}{2,}/u.test(w.text)
    ) {
      add("name", "strong");
      continue;
    }
    // "yilmaz emre", "Nowak Kacper": surname first, as files and forms list people, in any case.
    if (
      next &&
      w.cap === next.cap &&
      w.text.length >= 3 &&
      isSurnameFolded(w.folded) &&
      // "Kita" is a Polish surname too, but "Kita Anna Freud" names a nursery.
      !institutional(w) &&
      !FUNCTION_WORDS.has(w.folded) &&
      !NOT_A_NAME.has(w.folded) &&
      !MONTHS_AND_DAYS.has(w.folded) &&
      !/^\p{Lu}{2,}$/u.test(w.text) &&
      !w.text.endsWith(".") &&
      !/[,;:!?()]/u.test(w.after) &&
      plainName(next, true) &&
      !FUNCTION_WORDS.has(next.folded) &&
      !nearInstitution(words, i) &&
      !nearRole(words, i) &&
      !aboutAWork(words, i)
    ) {
      add("name", "strong");
      continue;
    }
    // A first name in lower case counts where a person is meant: after "mit", "für", … or opening a clause.
    const clauseStart = !prev || /[.,;:!?()]\s*$/u.test(prev.after);
    const lowerName =
      plainName(w, true) &&
      !LOWER_CASE_WORDS.has(w.folded) &&
      (allLowerCase ||
        clauseStart ||
        AGE_AFTER.test(w.after + (next?.text ?? "")) ||
        Boolean(prev && (PERSON_CONTEXT.has(prev.folded) || CASE_WORK.has(prev.folded))));
    if (!plainName(w, false) && !lowerName) continue;
    if (PARTY_AFTER.test(w.after + (next?.text ?? "")) || PARTY_AFTER.test(next?.after ?? "")) continue;
    // A name with an age is a child even next to an institution: "Mädchentreff Aylin (13)".
    const withAge = AGE_AFTER.test(w.after + (next?.text ?? ""));
    if ((!withAge && nearInstitution(words, i)) || nearRole(words, i)) continue;
    if ([words[i - 2], prev, next, words[i + 2]].some((x) => x && FICTION.has(x.folded))) continue;
    if (inMaxUndMoritz(words, i)) continue;
    if (afterSaint(words, i) || aboutAWork(words, i)) continue;
    if (withAge) {
      add("birthdate", "strong");
      continue;
    }
    // "Anna Müller", "Yusuf D.", "sophie m.", "yazan al-hamwi".
    // Not a function word: "Natalia den Mädchentreff" — "den" is a surname somewhere, but an article here.
    const lowerSurname =
      next &&
      !next.cap &&
      !FUNCTION_WORDS.has(next.folded) &&
      (isSurname(next.text) || /^(?:al|el|abu|ibn|bin)-/u.test(next.text));
    // …with nothing between them: "Lea, Jonas" is two people, not first name and surname.
    if (
      next &&
      !CLAUSE_BREAK.test(w.after) &&
      (surnameLike(next) ||
        lowerSurname ||
        (isInitial({ ...next, text: next.text.toUpperCase() }) && !next.cap))
    ) {
      if (!nearRole(words, i + 1)) add("name", "strong");
      continue;
    }
    if (ORG_AFTER.test(w.after + (next?.text ?? "") + (next?.after ?? "")) || orgInBrackets(w, next))
      continue;
    if (inTeamTalk(w) || (protocol && inCharge(prev, w))) continue;
    add("name", "weak");
  }
  return hits;
}
