// Families and parents named the way case notes name them: "Eheleute Kranz", "Pflegefamilie Brandt",
// "Fall Schneider", "die Yilmaz waren nicht da", "KM jovanović", "KV von Leon", "oma ilse". Split from
// people.ts, which decides with these whether a word names a client.

import { COURTESY, FAMILY, KIN } from "./cues.js";
import { foldName, isSurname } from "./names.js";
import { INSTITUTION as INSTITUTION_WORD, institutional, isRole } from "./not-clients.js";
import { set, type Word } from "./words.js";

/**
 * Words for a couple, siblings or a household, after which a name is the family's: "Eheleute Kranz", and in the
 * dative after "mit den": "mit den Eheleuten Ferreira", "mit den Geschwistern Nowak".
 */
const HOUSEHOLD = set(
  "eheleute eheleuten ehepaar elternpaar geschwister geschwistern geschw geschwisterkinder pflegefamilie gastfamilie " +
    "herkunftsfamilie patenfamilie adoptivfamilie kindsfamilie stieffamilie",
);
/** "Fall Schneider", "fall kovač": a case by a family's surname; not "auf jeden Fall", "im Fall der Fälle". */
const CASE = set("fall fallakte fallverlauf");
const NOT_BEFORE_CASE = set("jeden keinen diesem jedem falls dem der");
/** A plural verb after "die <Surname>": "die Yilmaz waren", "die Nowak kommen", "die Meier haben". */
const PLURAL_VERB = /^\p{Ll}+(?:en|ern|eln)$/u;
const PLURAL_VERB_ALSO = set("sind waren haben hatten wollen kommen kamen melden");
/** A preposition before "den <Surname>": "bei den Hoxha", "mit den Nowak". */
const WITH_THE = set("bei mit von zu");

export type IsName = (w: Word | undefined) => boolean;

const breaks = (w: Word) => /[,;:!?()]|-/u.test(w.after);
const personNotRole = (w: Word | undefined) => Boolean(w && !isRole(w) && !institutional(w));

/** A family or household named by a word for it and a name, or by its surname used as a plural. */
const PARTY = set("linke gruene piraten freien union");
/** A capitalised word that is no plural noun ("die Kinder kommen", "die Nachbarn waren da"). */
const PLURAL_NOUN = /(?:e|en|er|ern|el|s|innen|n)$/u;

export function familyReference(
  words: Word[],
  i: number,
  isName: IsName,
  mayBeName: IsName,
  stopWords: Set<string>,
): boolean {
  const w = words[i] as Word;
  const next = words[i + 1];
  const prev = words[i - 1];
  if (HOUSEHOLD.has(w.folded) && next && !breaks(w) && personNotRole(next) && isName(next)) return true;
  if (
    CASE.has(w.folded) &&
    next &&
    !breaks(w) &&
    !(prev && NOT_BEFORE_CASE.has(prev.folded)) &&
    personNotRole(next) &&
    !stopWords.has(next.folded) &&
    next.text.length >= 3 &&
    isSurname(next.text)
  )
    return true;
  // "die Yilmaz waren nicht da": a surname with the plural article and a plural verb is the family.
  if (
    w.cap &&
    prev &&
    (prev.folded === "die" || (prev.folded === "den" && WITH_THE.has(words[i - 2]?.folded ?? ""))) &&
    !stopWords.has(w.folded) &&
    personNotRole(w) &&
    // Not a party ("die Linke wollen") or a surname that is also a plural noun ("die Fischer kommen").
    !PARTY.has(w.folded) &&
    !(prev.folded === "die" && w.folded.endsWith("er")) &&
    (isSurname(w.text) || (mayBeName(w) && !PLURAL_NOUN.test(w.folded))) &&
    (prev.folded === "den" ||
      Boolean(next && !breaks(w) && (PLURAL_VERB_ALSO.has(next.folded) || PLURAL_VERB.test(next.text))))
  )
    return true;
  return false;
}

/** The file shorthands for a child's parents, in any case; "5 km" is a distance, "KV Nord" an association. */
const PARENT_SHORTHAND = set("km kv ke kim kiv kie");
/**
 * "KM Jovanović", "km frau sahin", "KV von Leon", "KV Herr Baumann": the shorthand, then a name, directly or
 * after "Frau"/"Herr" or "von".
 */
export function parentShorthandName(
  words: Word[],
  i: number,
  isName: IsName,
  afterCourtesy: IsName,
): boolean {
  const w = words[i] as Word;
  // "km (frau jankowska)": the name in brackets after the shorthand.
  const bracketed = /^\s*\(\s*$/u.test(w.after) && COURTESY.has(words[i + 1]?.folded ?? "");
  if (!PARENT_SHORTHAND.has(w.folded) || (breaks(w) && !bracketed)) return false;
  // In lower case "km" is a distance after a number, and "kv" a health insurance in "kv-karte".
  if (!/^\p{Lu}/u.test(w.text) && /\d\s*$/u.test(words[i - 1]?.after ?? (i === 0 ? "" : " "))) return false;
  const next = words[i + 1];
  if (!next) return false;
  const named = COURTESY.has(next.folded) || next.folded === "von" ? words[i + 2] : next;
  if (!named || (named !== next && breaks(next))) return false;
  // After "Frau"/"Herr" a surname no list knows counts in lower case too ("kv herr adeyemi").
  return (
    personNotRole(named) &&
    (isName(named) || (named !== next && (named.cap || (COURTESY.has(next.folded) && afterCourtesy(named)))))
  );
}

/**
 * Whether a parent's shorthand stands one or two words before `i` within the phrase: "KV haben tesfay" (Haben
 * Tesfay), "KM ayaan". The caller asks only of a word no dictionary knows.
 */
export function afterParentShorthand(words: Word[], i: number): boolean {
  for (const k of [i - 1, i - 2]) {
    const w = words[k];
    if (!w || breaks(w) || (k === i - 2 && breaks(words[i - 1] as Word))) continue;
    if (!PARENT_SHORTHAND.has(w.folded)) continue;
    // "5 km tesfay" would be a distance.
    if (/^\p{Lu}/u.test(w.text) || !/\d\s*$/u.test(words[k - 1]?.after ?? (k === 0 ? "" : " "))) return true;
  }
  return false;
}

/**
 * Grandparents, aunts and uncles are named by first name in case notes ("oma ilse holt ab"), often one the
 * lists do not know for its generation. In lower case, the word after such a kinship word is that name
 * unless it is a verb, an adjective, an adverb or a function word. In a text typed all in lower case the
 * same holds after a child or sibling word and after "familie" ("sohn tymofii geht", "familie rexha").
 */
const ELDER = set("oma opa omi opi uroma uropa tante onkel grossmutter grossvater");
const IN_LOWER_CASE_TEXT = set(
  "sohn tochter bruder schwester enkel enkelin neffe nichte cousin cousine fam fam. familie pflegekind " +
    "vater mutter mama papa stiefvater stiefmutter pflegevater pflegemutter kindsvater kindsmutter " +
    "geschwister geschwistern eheleute pflegefamilie gastfamilie herkunftsfamilie patenfamilie adoptivfamilie stieffamilie",
);
/** Household words after which, in a text typed all in lower case, the next word may be the family's name. */
export const HOUSEHOLD_LOWER = set(
  "geschwister geschwistern eheleute pflegefamilie gastfamilie herkunftsfamilie patenfamilie adoptivfamilie stieffamilie",
);
export const NOT_A_NAME_AFTER_KIN = set(
  "kann will muss soll darf mag wird hat ist war gestern morgen wieder sehr allein immer nie oft gern gerne " +
    "bald zuhause selbst leider nicht auch noch schon nur bitte dabei dazu krank gesund froh fit weg raus " +
    "zurueck mit da dort hier heute jetzt gerade zuerst vormittag nachmittag mittag abend wochenende " +
    "vormittags nachmittags mittags abends montags dienstags mittwochs donnerstags freitags samstags sonntags " +
    "montag dienstag mittwoch donnerstag freitag samstag sonntag " +
    // Verbs and nouns that follow a kinship word in programme titles: "vater sein", "mutter sprache".
    "sein werden bleiben sprache land seminar kurs workshop zeit runde gruppe kreis abend " +
    // Adverbs and pronouns ending in "-er", which a family's surname after a household word may end in too.
    "spaeter wieder weiter immer aber oder ueber unter hinter hinterher vorher nachher daher bisher seither sicher " +
    "leider jeder einer keiner eher",
);
/** Endings of German verb forms, adjectives and adverbs; the first names of that generation have none. */
const VERB_LIKE = /(?:t|te|en|st|rn|ln|er|ig|isch|lich|los|bar|sam|haft|voll|end|weise|mal|ung|heit|keit)$/u;
export function kinByLowerCaseName(words: Word[], i: number, stopWords: Set<string>, allLowerCase: boolean) {
  const w = words[i] as Word;
  const next = words[i + 1];
  // The same where the writer does not capitalise the kinship noun itself ("bei den geschwistern okafor").
  const lowerTyping = allLowerCase || !w.cap;
  if (!(ELDER.has(w.folded) || (lowerTyping && IN_LOWER_CASE_TEXT.has(w.folded)))) return false;
  if (!next || !/^\s+$/u.test(w.after) || next.cap) return false;
  if (next.text.length < 3 || next.text.endsWith(".") || next.after.startsWith("-")) return false;
  if (stopWords.has(next.folded) || KIN.has(next.folded) || NOT_A_NAME_AFTER_KIN.has(next.folded))
    return false;
  if (institutional(next) || isRole(next) || NOT_AFTER_KIN_WORDS.has(next.folded)) return false;
  // A surname the lists know may end like a verb or an adjective ("opa bauer", "fam. weber").
  // After a family or household word, "-er" is the commonest ending of German surnames ("pflegefamilie
  // brandstätter", "gastfamilie oberhuber"), not a verb's.
  const surnameInEr =
    FAMILY_OR_HOUSEHOLD.has(w.folded) && next.folded.length >= 7 && next.folded.endsWith("er");
  return !VERB_LIKE.test(next.folded) || surnameInEr || (next.text.length >= 4 && isSurname(next.text));
}
const FAMILY_OR_HOUSEHOLD = new Set([...FAMILY, ...HOUSEHOLD]);

/**
 * "familie k.", "fam. t.", "eheleute m.": a family word and an initial name a family as files abbreviate it; "u.",
 * "o.", "z.", "s.", "v.", "d." abbreviate "und", "oder", "zum", "siehe", "von", "das" ("familie u. schule").
 */
export const familyByInitial = (words: Word[], i: number): boolean =>
  FAMILY_OR_HOUSEHOLD.has((words[i] as Word).folded) &&
  /^\s+$/u.test((words[i] as Word).after) &&
  /^\p{L}\.$/u.test(words[i + 1]?.text ?? "") &&
  (!/^[uozsvd]\.$/iu.test(words[i + 1]?.text ?? "") || initialNotAbbreviation(words[i + 1] as Word));
/**
 * "z.", "s.", "v.", "d." open "z. B.", "s. o.", "v. a.", "d. h."; before a number, a comma or the end ("hb familie z.
 * 2h") they are an initial. "u." and "o." are "und" and "oder" wherever they stand.
 */
const initialNotAbbreviation = (w: Word) =>
  /^[zsvd]\.$/iu.test(w.text) && /^(?:\s*\d|\s*[,;)]|$)/u.test(w.after);

/**
 * "hausbesuch bei den okonkwo", "mit den berisha": in lower case after "bei/mit/von/zu den", a noun is a dative
 * plural and ends in "-n" or "-s" ("bei den eltern", "mit den kitas"); a word with another ending is a family's
 * surname used as a plural. Words on no list with a noun's ending ("-ung", "-heit") are nouns all the same.
 */
export function lowerSurnameAfterDen(words: Word[], i: number, isWord: IsName): boolean {
  const w = words[i] as Word;
  const prev = words[i - 1];
  if (w.cap || !prev || prev.folded !== "den" || !WITH_THE.has(words[i - 2]?.folded ?? "")) return false;
  // A plural in "-s" of a word on no list is a family's name ("mit den okafors", "bei den haddads"): German
  // plurals in "-s" are few and listed (NOUN_PLURAL_S); any name, not only those on the name lists.
  const sPlural =
    /^[\p{Ll}]{4,}s$/u.test(w.text) && !NOUN_PLURAL_S.has(w.folded) && !/(?:er|el|en|ie)s$/u.test(w.text);
  if (w.text.length < 4 || (!sPlural && /(?:n|s|er|el|\.)$/u.test(w.text))) return false;
  if (SINGULAR_NOUN.test(w.folded)) return false;
  return personNotRole(w) && !KIN.has(w.folded) && !VERB_LIKE.test(w.folded) && !isWord(w);
}

/** Singular nouns typed after "den" for "dem" ("mit den kollegium", "mit den jugendamt"): their endings. */
const SINGULAR_NOUN = /(?:um|ment|taet|ik|ei|ung|heit|keit|schaft|nis|tion|amt|team|werk|haus|buero)$/u;
/** Plurals in "-s" that are nouns, not a family's name ("von den jungs", "mit den kitas", "bei den omas"). */
const NOUN_PLURAL_S = set(
  "jungs kitas omas opas mamas papas babys teens kids azubis profis hobbys fans handys " +
    // Loan plurals in "-s" that social workers use for groups and events.
    "teams jobs clubs camps events workshops trainings shops autos kinos fotos partys chefs coaches",
);
/** "bei den Jankowskis", "die Yilmaz' kommen": a family by its plural name. */
export function pluralSurname(words: Word[], i: number, notAName: Set<string>): boolean {
  const w = words[i] as Word;
  const prev = words[i - 1];
  const stem = w.text.replace(/s$|'$/u, "");
  return Boolean(
    prev &&
      /^(?:den|die|bei)$/iu.test(prev.text) &&
      stem !== w.text &&
      stem.length >= 4 &&
      !notAName.has(foldName(stem)) &&
      !NOUN_PLURAL_S.has(w.folded) &&
      !INSTITUTION_WORD.has(foldName(stem)) &&
      isSurname(stem),
  );
}
/** Programmes, not names, after a kinship word: "mutter kind gruppe", "eltern cafe". */
const NOT_AFTER_KIN_WORDS = set(
  "kind kinder gruppe cafe café zentrum fruehstueck treff abend turnen zelten tag",
);

/** "HPG Kuznetsov Kinder", "die Nguyen Geschwister": a surname right before a word for the children of a family. */
const CHILDREN = set("kinder geschwister geschwistern zwillinge jungs maedchen eltern");
export const surnameBeforeChildren = (words: Word[], i: number, isSurnameWord: IsName) =>
  Boolean(
    words[i + 1] &&
      CHILDREN.has(words[i + 1]?.folded ?? "") &&
      // "Montag 11 Kinder": a number between counts the children.
      /^\s+$/u.test(words[i]?.after ?? "") &&
      isSurnameWord(words[i]),
  );

/** Articles and prepositions before a plural kinship word: "die großeltern okoro", "mit den eltern okoro". */
const BEFORE_GROUP = set("die den der bei mit von");
/**
 * "die großeltern okoro", "eltern okoro kamen nicht": after a plural kinship word in lower case, a word no list
 * knows is the family's surname when an article comes before the kinship word or a plural verb after the name;
 * without either ("eltern sprechtag") it may be a noun typed in lower case.
 */
export function groupByLowerName(words: Word[], i: number, isCandidate: IsName): boolean {
  const w = words[i] as Word;
  const next = words[i + 1];
  if (!next || next.cap || breaks(w) || next.text.length < 4 || !isCandidate(next)) return false;
  if (VERB_LIKE.test(next.folded) || NOT_AFTER_GROUP.has(next.folded)) return false;
  const then = words[i + 2];
  const pluralVerbAfter = Boolean(
    then && !breaks(next) && (PLURAL_VERB_ALSO.has(then.folded) || PLURAL_VERB.test(then.text)),
  );
  // The name ends the phrase: "mit den eltern okoro." (not "mit den eltern vorab klären").
  const endsPhrase = !then || /[,;.:!?()]/u.test(next.after);
  return pluralVerbAfter || (BEFORE_GROUP.has(words[i - 1]?.folded ?? "") && endsPhrase);
}
/** Small words typed after "eltern" that end like no verb: "mit den eltern beim …", "die eltern info". */
const NOT_AFTER_GROUP = set("beim ueber vorab nochmal jedoch zusammen bzw zuhause info infos termin abend");
