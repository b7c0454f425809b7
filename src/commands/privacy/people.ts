// People named in free text: full names, "Nachname, Vorname", "Fam. X", a kinship word with a name, a
// first name on its own (also in lower case), and a name with an age. Officials and colleagues in their
// role, institutions named after people and well-known fictional figures are not client data.
import type { PersonalDataHit } from "./index.js";
import { foldName, isFirstName, isSurname, isSurnameFolded } from "./names.js";
import { hasClientCue } from "./numbers.js";

interface Word {
  text: string;
  folded: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Inside a sentence: neither the first word nor after a full stop, colon, "!" or "?". */
  mid: boolean;
  /** Index in the text, and what follows the word up to the next word. */
  index: number;
  after: string;
  /** Whether the word is a role or an institution word, worked out once per word (see isRole). */
  role?: boolean;
  institution?: boolean;
}

const WORD = /[\p{L}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*\.?/gu;

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const matches = [...text.matchAll(WORD)];
  for (const [i, m] of matches.entries()) {
    const raw = m[0];
    const index = m.index ?? 0;
    const next = matches[i + 1];
    const end = index + raw.length;
    out.push({
      text: raw,
      folded: foldName(raw.replace(/\.$/, "")),
      cap: /^\p{Lu}/u.test(raw),
      mid: i > 0 && !/[.!?:;]\s*$/u.test(out[i - 1]?.after ?? ""),
      index,
      after: text.slice(end, next ? next.index : text.length),
    });
  }
  return out;
}

const set = (words: string) => new Set(words.split(/\s+/).map(foldName));

/** A person is meant in their office or role, not as a client. */
const ROLE = set(
  "buergermeister buergermeisterin oberbuergermeister oberbuergermeisterin stadtrat stadtraetin stadtraete " +
    "bezirksvorsteher bezirksvorsteherin ortsvorsteher ortsvorsteherin bezirksbuergermeister bezirksbuergermeisterin " +
    "schulleiter schulleiterin rektor rektorin konrektor konrektorin direktor direktorin pfarrer pfarrerin " +
    "landrat landraetin dezernent dezernentin sozialdezernent sozialdezernentin amtsleiter amtsleiterin " +
    "polizeihauptkommissar polizeihauptkommissarin kommissar kommissarin polizist polizistin abgeordnete abgeordneter " +
    "lehrer lehrerin klassenlehrer klassenlehrerin erzieher erzieherin kollege kollegin kollegen " +
    "sozialarbeiter sozialarbeiterin schulsozialarbeiter schulsozialarbeiterin quartiersmanager quartiersmanagerin " +
    "leiter leiterin leitung vorsitzende vorsitzender sprecher sprecherin ansprechpartner ansprechpartnerin " +
    "beauftragte beauftragter referent referentin dr dr. prof prof. trainer trainerin hausmeister hausmeisterin " +
    "sekretaerin koordinator koordinatorin integrationsbeauftragte jugendpfleger jugendpflegerin teamleitung " +
    "teamleiterin teamleiter praktikant praktikantin ehrenamtliche ehrenamtlicher moderator moderatorin " +
    "imam rabbiner diakon diakonin vorstand kassenwart kassenwartin stadtjugendpfleger stadtjugendpflegerin " +
    "bezirksraetin bezirksrat ratsfrau ratsherr minister ministerin staatssekretaer staatssekretaerin senator senatorin " +
    "ratsmitglied mitglied stadtverordnete stadtverordneter dolmetscher dolmetscherin berater beraterin " +
    "richterin richter anwalt anwaeltin verfahrensbeistand vormund gutachterin gutachter " +
    // Professions a person is introduced by when they come in their work, not as a client.
    "hebamme planer planerin arzt aerztin kinderarzt kinderaerztin therapeut therapeutin psychologe psychologin " +
    "logopaede logopaedin mitarbeiter mitarbeiterin fachkraft betreuer betreuerin kuenstler kuenstlerin " +
    "autor autorin musiker musikerin",
);
/**
 * Endings of role nouns, so that compounds are roles too ("JA-Planerin", "Kitaleiterin",
 * "Integrationsbeauftragte", "Jugendamtsmitarbeiter"). Only person nouns: "-leitung" would make
 * "Begleitung" a role.
 */
const ROLE_ENDINGS = [
  "leiter",
  "leiterin",
  "beauftragte",
  "beauftragter",
  "referent",
  "referentin",
  "planer",
  "planerin",
  "berater",
  "beraterin",
  "pfleger",
  "pflegerin",
  "arbeiter",
  "arbeiterin",
  "manager",
  "managerin",
  "koordinator",
  "koordinatorin",
  "lehrer",
  "lehrerin",
  "erzieher",
  "erzieherin",
  "trainer",
  "trainerin",
  "vorsitzende",
  "vorsitzender",
  "therapeut",
  "therapeutin",
  "aerztin",
  "paedagoge",
  "paedagogin",
];
function roleWord(folded: string): boolean {
  if (ROLE.has(folded)) return true;
  // Compounds count by their person-noun ending only ("JA-Planerin", "Kitaleiterin"); a compound on
  // "-Leitung" names a function, and is left to the author to confirm as a weak hit.
  for (const ending of ROLE_ENDINGS)
    if (folded.length > ending.length && folded.endsWith(ending)) return true;
  return false;
}
/** Asked several times per word (as the word itself and as a neighbour): answered once. */
const isRole = (w: Word | undefined): boolean => {
  if (!w) return false;
  w.role ??= roleWord(w.folded);
  return w.role;
};
const COURTESY = set("frau herr herrn hr. fr. hr fr");
const FAMILY = set("fam fam. familie familien");
const KIN = set(
  "tochter sohn mutter vater mama papa mami papi oma opa omi opi grossmutter grossvater bruder schwester " +
    "halbbruder halbschwester tante onkel enkel enkelin neffe nichte cousin cousine stiefvater stiefmutter " +
    "stiefsohn stieftochter pflegemutter pflegevater pflegekind pflegesohn pflegetochter kindesmutter kindesvater " +
    "kindsmutter kindsvater ehemann ehefrau lebensgefaehrte lebensgefaehrtin freund freundin baby zwillinge " +
    "mutti vati mum mom dad stiefmama stiefpapa stiefbruder stiefschwester pflegebruder pflegeschwester " +
    "pflegemama pflegepapa adoptivmutter adoptivvater adoptivsohn adoptivtochter ziehmutter ziehvater " +
    "schwager schwaegerin schwiegermutter schwiegervater schwiegersohn schwiegertochter uroma uropa " +
    "urgrossmutter urgrossvater grosstante grossonkel patenkind exmann exfrau ex-mann ex-frau " +
    "zwillingsbruder zwillingsschwester",
);
/**
 * Kinship words that also head other things, so that only a known name after them counts: file shorthands
 * for a child's parents ("KM Sandra", "KV Herr …", but "KV Nord" is an association) and the plural family
 * words ("Großeltern Schulze", but "Pflegeeltern Infoabend").
 */
const KIN_ABBREVIATION = new Set(["KM", "KV", "KE", "KiM", "KiV", "KiE"]);
const KIN_GROUP = set("eltern grosseltern pflegeeltern stiefeltern adoptiveltern kindeseltern kindseltern");
/** Words before a first name that point at a person meant here: "mit Ayşe", "für leon", "thema sophie". */
const PERSON_CONTEXT = set("mit von fuer bei und an zu sowie wegen wg wg. ueber thema fall");
/**
 * Lower-case German words that are also on the first-name lists ("malte", "rosa", "ernst", "solange"), as
 * Debian's German word list (wngerman) has them: typed in lower case they are the word, never the name.
 */
const LOWER_CASE_WORDS = set(
  "bade bang davor ernst hau lang lasse malte man mir nasser nur rosa sang solange tat tue urban van " +
    "ward angel bebe chi hoc phi roch rares vitale",
);
/** Words that make a nearby name part of an institution, a place or a programme. */
const INSTITUTION = set(
  "schule grundschule realschule gymnasium gesamtschule oberschule hauptschule foerderschule kita kindergarten " +
    "hort stiftung verein e.v. ev haus zentrum treff buero cafe café baeckerei apotheke praxis kinderarztpraxis " +
    "klinik krankenhaus bibliothek buecherei museum park platz strasse str. weg allee halle turnhalle kirche " +
    "gemeinde moschee stadion bruecke markt brunnen saal heim jugendhaus jugendzentrum kinderhaus familienzentrum " +
    "laden restaurant imbiss friseur salon stiftung-e.v. gmbh ag institut akademie werk projekt preis",
);
/** Figures everyone knows; "Frau Holle" is a fairy tale, not a client. */
const FICTION = set("holle pippi langstrumpf rotkaeppchen schneewittchen nikolaus osterhase sams");
/** "Max und Moritz" is the book; Moritz alone is one of the commonest boys' names. */
const MAX_UND_MORITZ = /^max und moritz$/u;
const inMaxUndMoritz = (words: Word[], i: number) =>
  [i - 2, i].some(
    (k) =>
      k >= 0 && MAX_UND_MORITZ.test(`${words[k]?.folded} ${words[k + 1]?.folded} ${words[k + 2]?.folded}`),
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

const isInitial = (w: Word | undefined) => Boolean(w && /^\p{Lu}\.$/u.test(w.text));
/** A word in a hyphenated compound with an institution word: "Anne-Frank-Grundschule", "Hoffmann-Stiftung". */
const inInstitutionCompound = (w: Word) =>
  w.text.includes("-") && w.text.split("-").some((part) => INSTITUTION.has(foldName(part)));
/** Built once: the guard runs on every message, so no array per word. */
const INSTITUTION_ENDINGS = [...INSTITUTION].filter((x) => x.length > 3);
/** Directly next to an institution word, or after a compound ending in one ("Musikschule Paul Hindemith"). */
const institutional = (w: Word | undefined): boolean => {
  if (!w) return false;
  w.institution ??= INSTITUTION.has(w.folded) || INSTITUTION_ENDINGS.some((x) => w.folded.endsWith(x));
  return w.institution;
};
/** Only within the phrase: in "Elterncafé, Anna bringt Kuchen" the comma ends the café's name. */
const CLAUSE_BREAK = /[,;.:!?]/u;
const nearInstitution = (words: Word[], i: number) =>
  (institutional(words[i - 1]) && !CLAUSE_BREAK.test(words[i - 1]?.after ?? "")) ||
  (institutional(words[i + 1]) && !CLAUSE_BREAK.test(words[i]?.after ?? "")) ||
  // "Maria Montessori Kinderhaus", "Astrid Lindgren Schule": a full name before the institution word.
  (Boolean(words[i + 1]?.cap) &&
    institutional(words[i + 2]) &&
    !CLAUSE_BREAK.test(words[i]?.after ?? "") &&
    !CLAUSE_BREAK.test(words[i + 1]?.after ?? "")) ||
  // …or after it: "Kita Anna Freud", "Schule Käthe Kollwitz".
  (Boolean(words[i - 1]?.cap) &&
    institutional(words[i - 2]) &&
    !CLAUSE_BREAK.test(words[i - 2]?.after ?? "") &&
    !CLAUSE_BREAK.test(words[i - 1]?.after ?? ""));
/** "St. Martin", "Sankt Marien": saints name churches and festivals. */
const afterSaint = (words: Word[], i: number) => /^(?:st\.|sankt|hl\.)$/iu.test(words[i - 1]?.text ?? "");
/** "Vormund von Yasmin", "Lehrerin für Leon": the role serves the person named after it, who may be a client. */
const SERVED = set("von vom fuer");
const CONJUNCTION = set("und oder sowie");
/** A role word up to three words before (unless "von"/"für" or "und" comes between) or right after. */
function roleBefore(words: Word[], i: number): boolean {
  for (let k = 1; k <= 3; k++) {
    const w = words[i - k];
    // "Sozialarbeiterin und Lina": "und" joins a second person, the role is the first one's.
    if (!w || SERVED.has(w.folded) || CONJUNCTION.has(w.folded)) return false;
    // A sentence or a colon between: "Rückmeldung Klassenlehrerin: Leon fehlt oft" names the pupil.
    if (/[.;:!?]/u.test(w.after)) break;
    if (isRole(w)) return true;
  }
  return roleLabel(words, i);
}
/**
 * A role as a label before a colon: "Neue Leitung im Jugendhaus: Frau Marx", "Ansprechpartnerin Schule:
 * Herr Lenz". "Frau"/"Herr" and the name come right after the colon; the role up to four words before it.
 */
function roleLabel(words: Word[], i: number): boolean {
  // Only with "Frau"/"Herr": in "Klassenlehrerin: Leon fehlt oft" the name after the colon is the pupil.
  const colonAt = words[i - 2]?.after.includes(":") && COURTESY.has(words[i - 1]?.folded ?? "") ? i - 2 : -1;
  if (colonAt < 0) return false;
  for (let k = colonAt; k > colonAt - 4 && k >= 0; k--) {
    const w = words[k];
    if (!w || (k < colonAt && /[.;:!?]/u.test(w.after))) return false;
    if (isRole(w)) return true;
  }
  return false;
}
/** Words that go on an apposition: "Frau Lorenz, Ansprechpartnerin der Schule", "Herr Kunz, Rektor." */
const APPOSITION_GOES_ON = set("der des vom von im am bei beim an aus fuer zur zum und");
/**
 * A role right after the name: "Herr Demir Schulleiter", or as an apposition after a comma. In "wegen Luis,
 * Lehrerin berichtet" a verb follows: the teacher is someone else, speaking about Luis.
 */
const roleAfter = (words: Word[], i: number) => {
  const role = words[i + 1];
  if (!isRole(role)) return false;
  if (!CLAUSE_BREAK.test(words[i]?.after ?? "")) return true;
  const then = words[i + 2];
  return !then || /[,;.:!?()]/u.test(role?.after ?? "") || then.cap || APPOSITION_GOES_ON.has(then.folded);
};
const nearRole = (words: Word[], i: number) =>
  roleBefore(words, i) ||
  roleAfter(words, i) ||
  // "Herr Demir vom Integrationsrat", "Frau Krause von der Grundschule": a person for an institution.
  // Not "aus der": "Mia aus der Kita" is a child who goes there, not someone who speaks for it.
  /^(?:\s*(?:vom|der|des)\s+\p{Lu}|\s*von\s+de[rm]\s+\p{Lu})/u.test(
    // Up to three words on: "Paul von der AWO" needs the third.
    `${words[i]?.after ?? ""}${words[i + 1]?.text ?? ""}${words[i + 1]?.after ?? ""}${words[i + 2]?.text ?? ""}${words[i + 2]?.after ?? ""}${words[i + 3]?.text ?? ""}`,
  );

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

/** Words after which a cue word ("Mutter", "Oma") is no kinship but a programme: "Mutter Kind Gruppe". */
const NOT_AFTER_KIN = set(
  "kind kinder gruppe cafe café zentrum fruehstueck treff abend turnen zelten tag und oder",
);
/** A party after a name marks a politician: "Frau Kowalczyk (SPD)". */
const PARTY_AFTER = /^\s*\(?\s*(?:spd|cdu|csu|gr(?:ü|ue)ne|fdp|linke|afd|bsw|freie w(?:ä|ae)hler|volt)\b/iu;
/**
 * An organisation's acronym in brackets after a name marks who someone speaks for: "Frau Kaya (AWO)",
 * "Herr Lang (ASD)". Not the file shorthands for a child's parents (KM, KV, KE, KiM), which mark a client.
 */
const ORG_AFTER = /^\s*\(\s*(?!(?:KM|KV|KE|KiM|KiV)\s*\))\p{Lu}[\p{Lu}\p{N}&-]{1,7}\s*\)/u;
/** …or an office or institution named in the brackets: "Herr Albers (Jobcenter)", "Frau Keller (Schule)". */
const OFFICE = /(?:amt|center|beh(?:oe|ö)rde|polizei|dienst|verein|verband|caritas|diakonie|awo)$/u;
const orgInBrackets = (w: Word, inside: Word | undefined) =>
  Boolean(
    inside &&
      w.after.trimEnd().endsWith("(") &&
      !KIN.has(inside.folded) &&
      (institutional(inside) || OFFICE.test(inside.folded)),
  );

/**
 * Works, not people: a name right after a film, book, reading or show ("Filmnachmittag Familie Feuerstein",
 * "Vorlesen Pippi …"), or after "über"/"zu" following one ("Ausstellung über Sophie Scholl und Martin
 * Luther King") is a title or a topic.
 */
const WORK =
  /^(?:film|kino|vorles|vorlesen|lesung|theater|puppentheater|hoerspiel|maerchen|buch|ausstellung|doku|vortrag|referat|geschichtsprojekt)/u;
const TOPIC = set("ueber zu");
/** A reading, talk or concert "mit" someone: the guest who gives it ("Lesung mit Cornelia Funke"). */
const GUEST_EVENT = /(?:lesung|vortrag|referat|konzert)$/u;
function aboutAWork(words: Word[], i: number): boolean {
  if (words[i - 1] && WORK.test(words[i - 1]?.folded ?? "")) return true;
  if (words[i - 1]?.folded === "mit" && GUEST_EVENT.test(words[i - 2]?.folded ?? "")) return true;
  for (let k = 1; k <= 6; k++) {
    const w = words[i - k];
    if (!w || /[.;:!?]/u.test(w.after)) return false;
    if (TOPIC.has(w.folded)) return WORK.test(words[i - k - 1]?.folded ?? "");
  }
  return false;
}

/**
 * Team talk: an attendance list ("anwesend Petra, Murat, ich") or a hand-over list ending with the author
 * ("Ahmet das Elterncafé, Natalia den Treff, ich die Hausaufgabenhilfe"). There a first name alone is a
 * colleague's; a full name or a name with an age or a kinship word still counts.
 */
const TEAM_TALK =
  /anwesend|abwesend|entschuldigt|(?:,|und)\s+ich(?:\s*[.;)]|\s*$|\s+(?:die|den|das|der)\s)/giu;
/**
 * Where the team talk is: the sentence that holds the attendance or hand-over list. In "Anwesend: Petra,
 * Murat, ich. Fall Leon besprochen" Leon is a client, named after the list has ended.
 */
const SENTENCE_END = /[.!?](?:\s|$)|\n/gu;
function teamTalkSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(TEAM_TALK)) {
    const at = m.index ?? 0;
    const start = Math.max(
      0,
      text.lastIndexOf(". ", at),
      text.lastIndexOf("! ", at),
      text.lastIndexOf("? ", at),
      text.lastIndexOf("\n", at),
    );
    // The list's own end ("…, ich.") closes the sentence too.
    SENTENCE_END.lastIndex = at + m[0].replace(/[.;)\s]+$/u, "").length;
    spans.push([start, SENTENCE_END.exec(text)?.index ?? text.length]);
  }
  return spans;
}
/**
 * A protocol with who does what: "Flyer bis 30.6. (Murat)". Only a first name alone in brackets is taken
 * for the colleague in charge; "Protokoll Schulgespräch: Leon fehlt oft" still names a pupil.
 */
const PROTOCOL = /protokoll|zust(?:ä|ae)ndig|verantwortlich|(?<![\p{L}])to-?dos?(?![\p{L}])/iu;
const inCharge = (prev: Word | undefined, w: Word) =>
  Boolean(prev?.after.endsWith("(") && /^\s*\)/u.test(w.after));

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

    // The name follows the family word directly: "max. 12 Familien, Treffpunkt …" names nobody.
    if (
      FAMILY.has(w.folded) &&
      next &&
      !/[,;:!?)]/u.test(w.after) &&
      nameAfterCue(next) &&
      !nearRole(words, i + 1) &&
      !aboutAWork(words, i)
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
      if (kinName) add("kinship", "strong");
      continue;
    }
    if (KIN_ABBREVIATION.has(w.text.replace(/\.$/u, "")) || KIN_GROUP.has(w.folded)) {
      if (
        next?.cap &&
        !/[,;:!?()-]/u.test(w.after) &&
        !NOT_AFTER_KIN.has(next.folded) &&
        !isRole(next) &&
        !institutional(next) &&
        (plainName(next, false) || surnameLike(next) || COURTESY.has(next.folded))
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
      !orgInBrackets(next, words[i + 2])
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
