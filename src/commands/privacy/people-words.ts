// The words and shapes the name finder (people.ts) decides by: cue words, words that are no names, ages, and
// the tests of a single word. Kept apart so the finder reads as one procedure.
import { KIN } from "./cues.js";
import { isDictionaryWord } from "./dictionary.js";
import { NOT_A_NAME_AFTER_KIN } from "./households.js";
import { isFirstName, isSurname } from "./names.js";
import { FICTION, INSTITUTION, institutional, isRole } from "./not-clients.js";
import { set, type Word } from "./words.js";

/** Words before a first name that point at a person meant here: "mit Ayşe", "für leon", "thema sophie". */
export const PERSON_CONTEXT = set("mit von fuer bei und an zu sowie wegen wg wg. ueber thema fall");
/**
 * Lower-case German words that are also on the first-name lists ("malte", "rosa", "ernst", "solange"), as
 * Debian's German word list (wngerman) has them: typed in lower case they are the word, never the name.
 */
export const LOWER_CASE_WORDS = set(
  "bade bang davor ernst frank hau lang lasse malte man mir nasser nur rosa sang solange tat tue urban van " +
    "ward angel bebe chi hoc phi roch rares vitale",
);
/** Words that are first names on the lists, but ordinary German or English words in these texts. */
export const NOT_A_NAME = set(
  "kai mai can will see mark hell bad tag kind art rose august april juni juli mai sonntag montag " +
    "ende leer gut neu frei frau herr mann fee dom see sofort sonne liebe ok team neue alle gerade " +
    // languages and nationalities that share a spelling with names
    "dari farsi paschtu arabisch tuerkisch kurdisch tigrinya russisch ukrainisch polnisch albanisch " +
    "hilfen fruehe " +
    // "Handy & Co": the company, in titles of talks and offers
    "co",
);
/**
 * Of those, the ones that inside a sentence and capitalised are the name: "mit Can und Kai" (Turkish "Can",
 * German "Kai"), "Sohn Mark"; the German words are lower case there ("will", "can't").
 */
export const NAME_WHEN_CAPITALISED = set("can kai mark");
/** Short German words that are also names somewhere ("an", "da", "ca."): never a name in lower case. */
export const FUNCTION_WORDS = set(
  "an am im in um zu so da ca wie was wer wo der die das dem den des ab bis ob ja nein na oh es er sie wir ihr " +
    "man mal nur noch schon auch aber oder und sowie weil wenn dann denn doch mehr viel wenig weniger kein keine " +
    "ein eine einen hat ist war sind alle bei mit von vom zum zur fuer ohne gegen seit nach vor hier dort heute",
);
export const MONTHS_AND_DAYS = set(
  "januar februar maerz april mai juni juli august september oktober november dezember montag dienstag " +
    "mittwoch donnerstag freitag samstag sonntag",
);

/** Months as dates abbreviate them: "bis 15. Jan.", "Sept 2026". */
const MONTH_ABBREVIATION = set("jan feb maer mrz apr jun jul aug sep sept okt nov dez");
/** Weekdays as dates abbreviate them: "am Di", "Sa 14 Uhr". "Fr" is also "Frau" (see fridayNotFrau). */
const WEEKDAY_ABBREVIATION = set("mo di mi do sa so");
/**
 * A month or weekday in a date, not the names Jan, Di, Mi or Sa: a month after a day ("15. Jan.") or before a
 * year, a capitalised two-letter weekday anywhere.
 */
export function inADate(text: string, w: Word): boolean {
  if (WEEKDAY_ABBREVIATION.has(w.folded) && /^\p{Lu}\p{Ll}\.?$/u.test(w.text)) return true;
  if (!MONTH_ABBREVIATION.has(w.folded)) return false;
  return (
    /\d{1,2}\.\s*$/u.test(text.slice(Math.max(0, w.index - 6), w.index)) ||
    /^\s*(?:19|20)\d{2}/u.test(w.after)
  );
}
/**
 * "fr 9 uhr", "Fr Pressemitteilung": without its dot "Fr" before a time or a word of the dictionary is Friday; "fr
 * müller", "Fr. Sommer" stay "Frau".
 */
export const fridayNotFrau = (w: Word, next: Word | undefined): boolean =>
  w.text.toLowerCase() === "fr" &&
  (/^\s*\d/u.test(w.after) || Boolean(next && !isSurname(next.text) && isDictionaryWord(next.folded)));

/** Words that are no name after a family or kinship word: function words, months, and the words above. */
export const NOT_AFTER_CUE = new Set([
  ...FUNCTION_WORDS,
  ...NOT_A_NAME,
  ...MONTHS_AND_DAYS,
  ...set("sommer winter herbst fruehling"),
]);
export const isInitial = (w: Word | undefined) => Boolean(w && /^\p{Lu}\.$/u.test(w.text));
/** Abbreviations written as two capital initials at a sentence's start: "Z. B.", "U. a." is lower-case. */
const ABBREVIATION_PAIR = new Set([
  "zb",
  "ua",
  "dh",
  "va",
  "og",
  "ia",
  "iv",
  "so",
  "su",
  "uu",
  "zt",
  "iw",
  "ud",
]);
// "T. M." and "T.M.": with or without a space between.
const initials = (words: Word[], k: number) =>
  isInitial(words[k]) &&
  isInitial(words[k + 1]) &&
  /^\s*$/u.test(words[k]?.after ?? "") &&
  !ABBREVIATION_PAIR.has(`${words[k]?.folded}${words[k + 1]?.folded}`);
/**
 * "T. M. und S. M.", "K. L. (9 J.)": a person's two initials, shown as such by a second pair joined by "und" or by
 * an age in brackets after them.
 */
export const initialsOfPeople = (words: Word[], i: number) =>
  initials(words, i) &&
  ((words[i + 2]?.folded === "und" && initials(words, i + 3)) ||
    /^\s*\([^)]{0,20}?\d{1,2}\s*(?:j\.|jahre|\))/iu.test(
      `${words[i + 1]?.after ?? ""}${words[i + 2]?.text ?? ""}${words[i + 2]?.after ?? ""}${words[i + 3]?.text ?? ""}${words[i + 3]?.after ?? ""}${words[i + 4]?.text ?? ""}`,
    ));
export function plainName(w: Word | undefined, lowerAllowed: boolean): boolean {
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

/** "Lenas" -> "Lena", "Jonas'" -> "Jonas", "Mia's" -> "Mia": the owner in a possessive. */
export const possessor = (w: Word): Word => ({ ...w, text: w.text.replace(/(?:['’]s|s|['’])$/u, "") });

/** "Anna-Lena", "Jan-Niklas": a double first name is a first name when each part is one. */
export const firstNameWord = (text: string): boolean =>
  isFirstName(text) ||
  (text.includes("-") && text.split("-").every((part) => part.length >= 2 && isFirstName(part)));

export const surnameLike = (w: Word | undefined) =>
  Boolean(
    w?.cap &&
      !INSTITUTION.has(w.folded) &&
      !isRole(w) &&
      (isSurname(w.text) || isInitial(w) || doubleSurname(w.text)),
  );
/** "Wagner-Yıldız", "Müller-Lüdenscheidt": a double surname whose parts are each a surname on the lists. */
const doubleSurname = (text: string) =>
  text.includes("-") && text.split("-").every((part) => part.length >= 3 && isSurname(part));
/** Words of a letter's sign-off: "Viele Grüße, Tobias", "Gruß Meike", "LG Jana", "Danke, Petra". */
export const SIGN_OFF_WORD = /^(?:gr(?:ü|ue|u)(?:ß|ss|s)(?:e|en)?|lg|vg|mfg|danke|dank)$/u;
/** A name after "Fam.", a kinship word or "Frau": any capitalised word, a known name in any case, an initial. */
export const nameAfterCue = (w: Word | undefined) =>
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

/**
 * "… bei Familie Sokolova.": after a family word a capitalised word with the full stop that ends the text or line,
 * which abbreviates nothing ("Str.", "Dr.").
 */
export const surnameEndingTheText = (w: Word | undefined) =>
  Boolean(
    w?.cap &&
      w.text.length >= 5 &&
      w.text.endsWith(".") &&
      (w.after === "" || w.after.includes("\n")) &&
      nameAfterCue({ ...w, text: w.text.slice(0, -1) }),
  );

const AND_WORD = set("und u. sowie");
/**
 * "Bildungsangebot Familien Kochkurs": after the plural a noun of the dictionary that no list has as a name says
 * what the families do. Several families are named as a list: "Familien Rosenbaum und Vogelsang".
 */
export const familiesOfAKind = (cue: Word, w: Word, then: Word | undefined): boolean =>
  cue.folded === "familien" &&
  !isSurname(w.text) &&
  !isFirstName(w.text) &&
  !(then?.cap && /^\s*,\s*$/u.test(w.after)) &&
  !(then && AND_WORD.has(then.folded)) &&
  isDictionaryWord(w.folded);

/** Nouns that take a letter as their label ("Gruppe B.", "Halle A."): no name with an initial. */
export const LETTERED = set(
  "gruppe klasse halle raum haus gebaeude stufe block trakt etage seite phase variante kategorie linie",
);
/** A capitalised word that is no German noun by its ending, no role and no institution: maybe a name. */
export const capitalisedNotNoun = (w: Word | undefined): boolean =>
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
export const householdName = (w: Word | undefined): boolean =>
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
export const DISTRICT_PART = set(
  "nord sued ost west mitte nordost nordwest suedost suedwest land stadt kreis",
);
export const parentName = (w: Word | undefined): boolean =>
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
export const NOT_AFTER_KIN = set(
  "kind kinder gruppe cafe café zentrum fruehstueck treff abend turnen zelten tag und oder " +
    "kaffee kuchen nachmittag runde spielen basteln singen lesen",
);
/** Endings of German nouns, which no first name has. */
export const NOUN_ENDING =
  /(?:ung|heit|keit|schaft|tion|chen|lein|nis|tum|ment|ik|ei|ur|tät|taet|ismus|ling)$/u;
/** Case work words: a capitalised word after one, with an age, is the child ("Hilfeplan Dawit (7)"). */
export const CASE_WORK = set(
  "hilfeplan hilfeplangespraech hpg hb hausbesuch fallbesprechung fallberatung begleitung beratung clearing " +
    "hk helferkonferenz fallgespraech fallkonferenz",
);

/** "Mia (11)", "Paul, 9 J.", "Ayşe 12 Jahre": a name with an age is a date of birth in disguise. */
export const AGE_AFTER = /^\s*(?:,\s*|\(\s*|\s)(?:ca\.\s*)?\d{1,2}\s*(?:\)|j\.|jahre|jähr|j(?![\p{L}]))/iu;

/** An age with its unit: "Senait, 6 J.", "Dawit (7 Jahre)", "Rahel, 9-jährig". */
export const AGE_WITH_UNIT = /^\s*(?:,\s*|\(\s*)(?:ca\.\s*)?\d{1,2}\s*(?:j\.|jahre\b|j(?:ä|ae)hrig)/iu;
/** A bare age in brackets: "Dawit (7)"; "(7-10)" is a range, "(7 TN)" a count. */
export const AGE_IN_BRACKETS = /^\s*\(\s*\d{1,2}\s*\)/u;
/**
 * Capitalised words that are rather nouns than unknown names: plurals and collective nouns ("Kinder (12)",
 * "Teilnehmende (14)", "Gruppen (3)") and the endings of German nouns.
 */
export const PLURAL_LIKE = /(?:e|en|er|ern|el|s|innen)$/u;
export const ARTICLE = set("der die das den dem des ein eine einen einem einer im am vom zum zur beim");
/** A capitalised word that may be a name the lists do not know: no noun by its ending, role or institution. */
export function unknownName(w: Word): boolean {
  return nameShape(w) && (!PLURAL_LIKE.test(w.folded) || isFirstName(w.text));
}
/** Capitalised, no abbreviation, kinship word, role, institution, German noun ending or listed word. */
function nameShape(w: Word): boolean {
  if (!w.cap || w.text.length < 3 || /^\p{Lu}{2,}/u.test(w.text) || w.text.endsWith(".")) return false;
  if (KIN.has(w.folded) || isRole(w) || institutional(w) || NOUN_ENDING.test(w.folded)) return false;
  return !(NOT_A_NAME.has(w.folded) || MONTHS_AND_DAYS.has(w.folded) || FUNCTION_WORDS.has(w.folded));
}
/** Plurals in "-s" that name a group of children: "für Kids (10 J.)". */
export const S_PLURALS = set("kids jungs teens babys omas opas mamas papas geschwisters freunds");
/**
 * Words for one client, after which a capitalised word is that client's name: "Klient Mustafa", "Schülerin
 * Senait", and the labels of a form ("Vorname: Ayaan"). Not "Junge" ("Junge Union") or "Mädchen" (plural too).
 */
export const ONE_CLIENT = set("klient klientin schuelerin muendel vorname nachname rufname");
export function unknownWithAge(words: Word[], i: number, clientInView: () => boolean): boolean {
  const w = words[i] as Word;
  const tail = w.after + (words[i + 1]?.text ?? "");
  const unit = AGE_WITH_UNIT.test(tail);
  if (!unit && !AGE_IN_BRACKETS.test(w.after)) return false;
  const prev = words[i - 1];
  if (prev && ARTICLE.has(prev.folded)) return false;
  // "für Yonas (10 J.)": with the age's unit, a name no list knows may end in "-s" like a plural.
  const sName =
    unit &&
    Boolean(prev && PERSON_CONTEXT.has(prev.folded)) &&
    /[^s]s$/u.test(w.folded) &&
    !S_PLURALS.has(w.folded) &&
    nameShape(w);
  if (!unknownName(w) && !sName) return false;
  // A bare number in brackets is an age only after "mit", "für", … or where a client is in view ("Raum (4)
  // belegt" counts seats).
  return unit || Boolean(prev && PERSON_CONTEXT.has(prev.folded)) || clientInView();
}

/**
 * After "Frau"/"Herr" (or "Fam."), typed in lower case: any word that is no function word, role, institution,
 * kinship word or German noun by its ending is the surname, also one no list knows ("frau jankowska").
 */
export const lowerNameAfterCourtesy = (w: Word | undefined): boolean =>
  Boolean(
    w &&
      !w.cap &&
      w.text.length >= 3 &&
      !w.text.endsWith(".") &&
      !NOT_AFTER_CUE.has(w.folded) &&
      !NOT_AFTER_KIN.has(w.folded) &&
      !KIN.has(w.folded) &&
      !isRole(w) &&
      !institutional(w) &&
      !NOUN_ENDING.test(w.folded) &&
      !NOT_A_NAME_AFTER_KIN.has(w.folded),
  );
const VERB_FORM = /(?:t|te|ten|st|en)$/u;
/**
 * "frau kommt nicht", "die frau sagt": "Frau" as the subject, opening the clause or after an article, and a verb
 * after it (unless a surname the lists know: "frau schmidt"). After "mit", "bei" or "(" the word is the name.
 */
export function verbAfterSubject(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  const next = words[i + 1];
  const subject = !prev || /[.;:!?]\s*$/u.test(prev.after) || ARTICLE.has(prev.folded);
  // A verb goes on ("frau kommt nicht"); a word that ends the text is the name ("frau lindqvist").
  const goesOn = Boolean(words[i + 2]) && !/[,;.:!?()]/u.test(next?.after ?? "");
  return Boolean(
    subject && goesOn && next && !next.cap && VERB_FORM.test(next.folded) && !isSurname(next.text),
  );
}

/** Words for a child, after which a lower-case first name is that child: "der junge elias", "das mädchen amira". */
export const CHILD = set(
  "junge jungen jungens maedchen kind kindes schueler schuelers schuelerin kleine kleinen",
);
/** "u." and "o." after a name are "und" and "oder": "mit yusuf u. lehrerin" names two people, no initial. */
export const CONJUNCTION_ABBR = /^[uo]\.$/iu;
/** "max 12 kinder", "min 5 tn": "maximal" and "minimal" before a number, unless it is an age ("max 9 j."). */
export const maxOrMin = (w: Word, next: Word | undefined): boolean =>
  /^(?:max|min)$/u.test(w.folded) && /^\s*\d/u.test(w.after) && !AGE_AFTER.test(w.after + (next?.text ?? ""));
/** Nouns for groups that stand before an age range or a target age ("kids 6j bis 10j", "kindern 8j"). */
const GROUP_NOUN = set(
  "kinder kindern kids jugendliche jugendlichen maedchen jungen jungs schueler schuelern teilnehmende gruppe gruppen",
);
/**
 * "mit dawit 9j", "für tesfalem 8 j.": after a word that introduces a person, a lower-case word no list knows with
 * a single age and its unit right after is a child; a range ("8-12j", "6j bis 10j") is a target group.
 */
export function lowerNameWithAge(words: Word[], i: number): boolean {
  const w = words[i] as Word;
  const prev = words[i - 1];
  if (w.cap || w.text.length < 3 || !prev || !PERSON_CONTEXT.has(prev.folded)) return false;
  const tail =
    w.after + (words[i + 1]?.text ?? "") + (words[i + 1]?.after ?? "") + (words[i + 2]?.text ?? "");
  if (!/^\s+\d{1,2}\s*(?:j\.?|jahre|j(?:ä|ae)hrig)(?![\p{L}\d-])(?!\s*(?:bis|[-–]))/iu.test(tail))
    return false;
  if (GROUP_NOUN.has(w.folded) || KIN.has(w.folded) || isRole(w) || institutional(w)) return false;
  return !(NOT_A_NAME.has(w.folded) || FUNCTION_WORDS.has(w.folded) || NOUN_ENDING.test(w.folded));
}
