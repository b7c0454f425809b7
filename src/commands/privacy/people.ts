// People named in free text: full names, "Nachname, Vorname", "Fam. X", a kinship word with a name, a
// first name on its own (also in lower case), and a name with an age. Officials and colleagues in their
// role, institutions named after people and well-known fictional figures are not client data.
import type { PersonalDataHit } from "./index.js";
import { foldName, isFirstName, isSurname } from "./names.js";

interface Word {
  text: string;
  folded: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Index in the text, and what follows the word up to the next word. */
  index: number;
  after: string;
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
    "richterin richter anwalt anwaeltin verfahrensbeistand vormund gutachterin gutachter",
);
const COURTESY = set("frau herr herrn hr. fr. hr fr");
const FAMILY = set("fam fam. familie familien");
const KIN = set(
  "tochter sohn mutter vater mama papa mami papi oma opa omi opi grossmutter grossvater bruder schwester " +
    "halbbruder halbschwester tante onkel enkel enkelin neffe nichte cousin cousine stiefvater stiefmutter " +
    "stiefsohn stieftochter pflegemutter pflegevater pflegekind pflegesohn pflegetochter kindesmutter kindesvater " +
    "kindsmutter kindsvater ehemann ehefrau lebensgefaehrte lebensgefaehrtin freund freundin baby zwillinge",
);
/** Words before a first name that point at a person meant here: "mit Ayşe", "für leon", "bei Emma". */
const PERSON_CONTEXT = set("mit von fuer bei und an zu sowie wegen wg wg. ueber");
/** Words that make a nearby name part of an institution, a place or a programme. */
const INSTITUTION = set(
  "schule grundschule realschule gymnasium gesamtschule oberschule hauptschule foerderschule kita kindergarten " +
    "hort stiftung verein e.v. ev haus zentrum treff buero cafe café baeckerei apotheke praxis kinderarztpraxis " +
    "klinik krankenhaus bibliothek buecherei museum park platz strasse str. weg allee halle turnhalle kirche " +
    "gemeinde moschee stadion bruecke markt brunnen saal heim jugendhaus jugendzentrum kinderhaus familienzentrum " +
    "laden restaurant imbiss friseur salon stiftung-e.v. gmbh ag institut akademie werk projekt preis",
);
/** Figures everyone knows; "Frau Holle" is a fairy tale, not a client. */
const FICTION = set("holle moritz pippi langstrumpf rotkaeppchen schneewittchen nikolaus osterhase sams");
/** Words that are first names on the lists, but ordinary German or English words in these texts. */
const NOT_A_NAME = set(
  "kai mai can will see mark hell bad tag kind art rose august april juni juli mai sonntag montag " +
    "ende leer gut neu frei frau herr mann fee dom see sofort sonne liebe ok team neue alle gerade " +
    // languages and nationalities that share a spelling with names
    "dari farsi paschtu arabisch tuerkisch kurdisch tigrinya russisch ukrainisch polnisch albanisch " +
    "hilfen fruehe",
);
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
/** Directly next to an institution word, or after a compound ending in one ("Musikschule Paul Hindemith"). */
const institutional = (w: Word | undefined) =>
  Boolean(
    w && (INSTITUTION.has(w.folded) || [...INSTITUTION].some((x) => x.length > 3 && w.folded.endsWith(x))),
  );
const nearInstitution = (words: Word[], i: number) =>
  institutional(words[i - 1]) || institutional(words[i + 1]);
/** "St. Martin", "Sankt Marien": saints name churches and festivals. */
const afterSaint = (words: Word[], i: number) => /^(?:st\.|sankt|hl\.)$/iu.test(words[i - 1]?.text ?? "");
const nearRole = (words: Word[], i: number) =>
  [words[i - 1], words[i - 2], words[i - 3], words[i + 1]].some((w) => w && ROLE.has(w.folded)) ||
  // "Herr Demir vom Integrationsrat", "Frau Krause von der Grundschule": a person for an institution.
  /^(?:\s*(?:vom|von der|von dem|aus dem|aus der|der|des)\s+\p{Lu})/u.test(
    `${words[i]?.after ?? ""}${words[i + 1]?.text ?? ""}${words[i + 1]?.after ?? ""}${words[i + 2]?.text ?? ""}`,
  );

function plainName(w: Word | undefined, lowerAllowed: boolean): boolean {
  if (!w || w.text.length < 2) return false;
  if (!w.cap && !lowerAllowed) return false;
  // Abbreviations in capitals (AK, AG, ASD, EHS) are not names.
  if (/^\p{Lu}{2,}\.?$/u.test(w.text)) return false;
  if (NOT_A_NAME.has(w.folded) || MONTHS_AND_DAYS.has(w.folded) || FICTION.has(w.folded)) return false;
  if (!w.cap && (w.text.length < 3 || FUNCTION_WORDS.has(w.folded))) return false;
  return isFirstName(w.text.replace(/\.$/, ""));
}

const surnameLike = (w: Word | undefined) =>
  Boolean(w?.cap && !INSTITUTION.has(w.folded) && !ROLE.has(w.folded) && (isSurname(w.text) || isInitial(w)));
/** A name after "Fam.", a kinship word or "Frau": any capitalised word, a known name in any case, an initial. */
const nameAfterCue = (w: Word | undefined) =>
  Boolean(
    w &&
      !INSTITUTION.has(w.folded) &&
      !ROLE.has(w.folded) &&
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

/** "Mia (11)", "Paul, 9 J.", "Ayşe 12 Jahre": a name with an age is a date of birth in disguise. */
const AGE_AFTER = /^\s*(?:,\s*|\(\s*|\s)(?:ca\.\s*)?\d{1,2}\s*(?:\)|j\.|jahre|jähr|j(?![\p{L}]))/iu;

export function findNames(text: string): PersonalDataHit[] {
  const words = wordsOf(text);
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

    if (FAMILY.has(w.folded) && next && nameAfterCue(next) && !nearRole(words, i + 1)) {
      add("family", "strong");
      continue;
    }
    if (KIN.has(w.folded)) {
      // "Tochter Emma", "Sohn yusuf", "Oma Gertrud", "Mutter von Lena".
      const named = next && (next.folded === "von" ? words[i + 2] : next);
      const kinName =
        named &&
        !w.after.includes("-") &&
        !NOT_AFTER_KIN.has(named.folded) &&
        (plainName(named, true) || (named.cap && nameAfterCue(named)));
      if (kinName) add("kinship", "strong");
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
    // "Lenas Mutter".
    if (
      next &&
      KIN.has(next.folded) &&
      /s$/u.test(w.text) &&
      plainName({ ...w, text: w.text.slice(0, -1) }, false)
    ) {
      add("kinship", "strong");
      continue;
    }
    if (
      COURTESY.has(w.folded) &&
      next &&
      nameAfterCue(next) &&
      !nearRole(words, i + 1) &&
      !FICTION.has(next.folded) &&
      !PARTY_AFTER.test(next.after + (words[i + 2]?.text ?? ""))
    ) {
      add("name", "weak");
      continue;
    }
    // "Müller, Anna" / "Kowalski, Zofia".
    if (
      w.cap &&
      w.after.trim() === "," &&
      next &&
      plainName(next, false) &&
      (isSurname(w.text) || !isFirstName(w.text))
    ) {
      if (!nearRole(words, i) && !INSTITUTION.has(w.folded)) add("name", "strong");
      continue;
    }
    // A first name in lower case counts where a person is meant: after "mit", "für", … or opening a clause.
    const clauseStart = !prev || /[.,;:!?()]\s*$/u.test(prev.after);
    const lowerName = plainName(w, true) && ((prev && PERSON_CONTEXT.has(prev.folded)) || clauseStart);
    if (!plainName(w, false) && !lowerName) continue;
    if (PARTY_AFTER.test(w.after + (next?.text ?? "")) || PARTY_AFTER.test(next?.after ?? "")) continue;
    if (nearInstitution(words, i) || nearRole(words, i)) continue;
    if ([words[i - 2], prev, next, words[i + 2]].some((x) => x && FICTION.has(x.folded))) continue;
    if (afterSaint(words, i)) continue;
    if (AGE_AFTER.test(w.after + (next?.text ?? ""))) {
      add("birthdate", "strong");
      continue;
    }
    // "Anna Müller", "Yusuf D.", "sophie m.", "yazan al-hamwi".
    const lowerSurname =
      next && !next.cap && (isSurname(next.text) || /^(?:al|el|abu|ibn|bin)-/u.test(next.text));
    if (
      next &&
      (surnameLike(next) ||
        lowerSurname ||
        (isInitial({ ...next, text: next.text.toUpperCase() }) && !next.cap))
    ) {
      if (!nearRole(words, i + 1)) add("name", "strong");
      continue;
    }
    add("name", "weak");
  }
  return hits;
}
