// Personal data with a shape: dates of birth and ages, phone numbers, e-mail, street addresses, IBAN,
// insurance numbers and other bodies' file numbers. Institutions' public numbers and addresses pass.

import {
  AGE_AFTER_PERSON,
  AGE_AS_PERSON,
  AGE_BEFORE_PERSON,
  AGE_FIELD,
  AGE_OF_ONE,
  PERSON_WORD,
  YEARS_OLD,
} from "./ages.js";
import {
  digitsOf,
  EMAIL,
  mailboxOfNobody,
  OBFUSCATED_EMAIL,
  PHONE,
  plausiblePhone,
  SPELLED_AT,
} from "./contacts.js";
import type { GuardOptions, PersonalDataHit } from "./index.js";

const L = "\\p{L}";

const MONTH =
  "(?:januar|februar|m(?:ä|ae)rz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|m(?:ä|ae)r|apr|jun|jul|aug|sep|sept|okt|nov|dez)\\.?";
/**
 * "geb. 03.04.2012", "geb. am 3.4.12", "geboren im März 2014", "geb. 3/2015", "Jg. 2014", "*2016". The group
 * is the marker, so that a birth-year cohort can be told from a person's year (see cohort below).
 */
const BIRTH_MARKER = new RegExp(
  `(?<![${L}])(geb\\.?|geboren|geburtsdatum|geburtsjahr|geb\\.?-?dat(?:um)?\\.?|geburtstag|jahrgang|jg\\.|\\*)\\s*(?:am\\s+|im\\s+jahr\\s+|(?:im|in|ende|anfang|mitte)\\s+)?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|(?:19|20)\\d{2}|\\d{1,2}\\.\\s*${"\\p{L}"}+\\s+\\d{4}|${MONTH}\\s*(?:19|20)\\d{2}|\\d{1,2}\\s?\\/\\s?(?:19|20)?\\d{2}(?![\\p{N}/]))`,
  "giu",
);
/**
 * A birth-year cohort, not a person: "Jahrgang 2015 und älter", "ab Jg. 2010", "Jg. 2012–2014": a year
 * marker with "ab/bis/vor/nach" before it, or a range or "und älter/jünger" after it.
 */
const COHORT_BEFORE = /(?:ab|bis|vor|nach|alle|der|die)\s*$/iu;
const COHORT_AFTER =
  /^\s*(?:[-–]|bis\b|und\s+(?:(?:ä|ae)lter|j(?:ü|ue)nger)|oder\s+(?:(?:ä|ae)lter|j(?:ü|ue)nger)|u\.\s*(?:ä|ae)\.)/iu;
const cohort = (text: string, m: RegExpMatchArray) =>
  /^(?:jahrgang|jg\.)$/iu.test(m[1] ?? "") &&
  (COHORT_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0)) ||
    COHORT_AFTER.test(text.slice((m.index ?? 0) + m[0].length)));
/**
 * A birthday without a year: "Tochter hat am 12.05. Geburtstag". Not an institution's ("Jugendhaus hat am
 * 3.5. Geburtstag"): an institution cue before it wins.
 */
const BIRTHDAY = /(?<![\p{L}])(?:hat|hatte)\s+am\s+\d{1,2}\.\s?\d{1,2}\.?\s+geburtstag/giu;
const FULL_DATE = /(?<![\p{N}.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?![\p{N}])/gu;
/** Dates of documents and events are not birth dates: "Vertrag vom 12.3.2021", "seit dem 1.9.2019". */
const EVENT_DATE_BEFORE =
  /(?:vom|seit|ab|bis|zum|stand|datiert|beschluss|vertrag|vereinbarung|sitzung|am)\s*(?:dem\s*)?$/iu;

const STREET_SUFFIX =
  "(?:straße|strasse|str\\.|str(?=\\s)|weg|gasse|allee|platz|ring|damm|ufer|steig|pfad|chaussee|markt|hof|berg|graben|zeile|kamp)";
const NOT_A_PLACE =
  "(?!(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|vormittag|nachmittag|abend|morgen|anfang|ende|stück|tag)(?![\\p{L}]))";
const NOT_A_UNIT =
  "(?!\\s*(?:h(?![\\p{L}])|tn(?![\\p{L}])|std|stunde|min|uhr|teilnehm|person|jahr|kind|eltern|mal(?![\\p{L}])|leute|m(?:ä|ae)dchen|jungen|jugendl|fam|" +
  // A time or duration, not a house number: "im Westviertel 9 bis 11 Uhr", "11–13 Uhr", "2 1/2 Std"; "Str. 12 – Wohnung
  // beengt" stays an address.
  "–\\s*\\d|bis(?![\\p{L}])|\\d+\\s?\\/\\s?\\d))";
// A number with a decimal comma after it ("in der Stadtbibliothek 1,5h") is an amount, never a house number.
const ADDRESS = new RegExp(
  `(?<![${L}])(?:[${L}][${L}-]*${STREET_SUFFIX}|(?:am|an der|im|in der|auf der|auf dem)\\s+${NOT_A_PLACE}\\p{Lu}[${L}]+(?:\\s+${NOT_A_PLACE}\\p{Lu}[${L}]+)?)\\s+\\d{1,4}${NOT_A_UNIT}\\s?[a-h]?(?![\\p{L}\\p{N}./-]|[,:]\\d)`,
  "giu",
);
/** "Raum 104", "im Jugendhaus 5", "Haus 3": rooms and buildings, not a street address. */
const ROOM_NUMBER =
  /(?:raum|zimmer|haus|halle|geb(?:ä|ae)ude|etage|saal|gleis|bus|linie|bahnsteig|tisch|kw|jugendhaus|jugendzentrum|rathaus|treff|schule|kita|block|trakt|stock)\s+\d{1,4}\s?[a-h]?$/iu;
/** "Marktplatz 2026": a year, not a house number. */
const YEAR_AT_END = /(?<!\d)(?:19|20)\d{2}$/u;
const POSTCODE_CITY = /(?<![\p{N}])\d{5}\s+\p{Lu}[\p{L}]+/gu;
/** Words that make an address, a phone number or a mailbox an institution's: said before it. */
const INSTITUTION_CUE = new RegExp(
  // Compound-friendly endings ("Stadtteilbüro", "Grundschule", "Jugendmigrationsdienst") …
  "(?:b(?:ü|ue)ro|schule|kita|hort|jugendhaus|jugendzentrum|rathaus|treff|zentrum|bibliothek|b(?:ü|ue)cherei|" +
    "gemeindehaus|halle|caf(?:é|e)|sekretariat|hotline|zentrale|beratungsstelle|stelle|jugendamt|jobcenter|verein|" +
    "kirche|moschee|gemeinde|praxis|apotheke|b(?:ä|ae)ckerei|laden|verwaltung|dienst|verband|werk|netzwerk|" +
    "initiative|notruf|seelsorge|kummer|infotelefon|sprechstunde|standort|einrichtung|sozialarbeit|" +
    // An extension is an office's switchboard; a "-bund" an association (Kinderschutzbund, Sportbund).
    "durchwahl|bund|" +
    // Offices on "-amt", named (a bare ending would take "insgesamt"): "Bürgeramt", "Sozialamt", "Standesamt".
    "(?:b(?:ü|ue)rger|sozial|standes|ordnungs|gesundheits|schul|landrats|wohnungs|familien|kultur|sport|versorgungs)amt|" +
    // Public buildings named "-haus" (Bürgerhaus, Gemeindehaus, Familienhaus): nobody lives there.
    "haus)" +
    // The genitive too: "des Familienzentrums", "des Vereins".
    "s?" +
    // … and short words that must stand alone ("im", "nach", not "übernachtet").
    "(?![\\p{L}])|(?<![\\p{L}])(?:im|in der|nach|zum|zur|amt|markt|ov|ort:|adresse der|adresse des)(?![\\p{L}])|" +
    // A work phone ("Diensthandy", "Diensttelefon") and the writer's own number ("Sie erreichen mich unter").
    "(?<![\\p{L}])(?:dienst(?!ag)\\p{L}*|(?:erreichen|erreicht)\\s+(?:sie\\s+|ihr\\s+|du\\s+)?mich|mich\\s+erreich\\p{L}*)(?![\\p{L}])",
  "iu",
);
/**
 * A professional in their role gives the number of their work: "die Leiterin Frau Said, Tel. …". Only for phone
 * numbers and mailboxes: where someone lives is no one's work address ("Lehrerin meldet: Umzug in die …").
 */
const ROLE_BEFORE_CONTACT =
  /(?:leiter(?:in)?|lehrer(?:in)?|referent(?:in)?|koordinator(?:in)?|berater(?:in)?)(?![\p{L}])[^;!?\n]{0,40}$/iu;
const professionalsContact = (text: string, index: number) =>
  ROLE_BEFORE_CONTACT.test(before(text, index)) && !PERSON_CUE.test(text) && !PARENT_SHORTHAND.test(text);
/** The institution cue within the same clause, shortly before the match. */
const CUE_BEFORE = (text: string) => {
  const tail = text.match(/[^;!?\n]{0,60}$/u)?.[0] ?? "";
  return INSTITUTION_CUE.test(tail);
};
/**
 * The cue nouns alone, without the prepositions ("im", "nach", "zum"): only a named institution overrides
 * a client cue said earlier ("erreichbar übers Sekretariat 07121 …"); "umgezogen nach An der Mühle 2b" stays
 * the family's address.
 */
const NOUN_CUES = INSTITUTION_CUE.source.slice(0, INSTITUTION_CUE.source.indexOf("|(?<!["));
const INSTITUTION_NOUNS = new RegExp(NOUN_CUES, "giu");
/** An address placed by a public building right after it ("Wilhelmstr. 8 vorm Rathaus"): a public spot. */
const BY_A_BUILDING = new RegExp(
  `^\\s*,?\\s*(?:vor(?:m|\\s+dem|\\s+der)?|neben(?:\\s+de[mr])?|gegen(?:ü|ue)ber(?:\\s+(?:vo(?:m|n\\s+der)|de[mr]))?|beim|hinter(?:m|\\s+dem|\\s+der)?)\\s+\\p{L}*${NOUN_CUES}`,
  "iu",
);
/** An address named right before its institution ("Hans-Thoma-Straße 4 Jugendtreff", "… 12 (Stadtteilbüro)"). */
const INSTITUTION_AFTER = new RegExp(`^\\s*[,:(–-]?\\s*\\p{L}*${NOUN_CUES}`, "iu");
/** …unless a client is meant: a home visit, where someone lives, how a parent is reached. */
const CLIENT_CUE =
  /(?<![\p{L}])(?:hausbesuch|wohnt|wohnen|wohnung|zu hause|zuhause|umgezogen|meldeadresse|anschrift|(?:gro(?:ß|ss)|schwieger|pflege|stief|kinds|kindes)?(?:mutter|vater|eltern)|oma|opa|tante|onkel|familie|fam\.|erreichbar|handy|privat|klient|klientin)(?![\p{L}])/iu;
/**
 * The client cues that name a person or a home always win. "erreichbar" and "privat" say only how someone
 * is reached, an official too: for them the nearest cue decides ("Konrektor …, erreichbar übers
 * Sekretariat 07121 …" is the school's number).
 */
const PERSON_CUE =
  /(?<![\p{L}])(?:hausbesuch|wohnt|wohnen|wohnung|zu hause|zuhause|umgezogen|meldeadresse|anschrift|(?:gro(?:ß|ss)|schwieger|pflege|stief|kinds|kindes)?(?:mutter|vater|eltern)|oma|opa|tante|onkel|familie|fam\.|handy|klient|klientin)(?![\p{L}])/iu;
/** The file shorthands for a child's parents, in capitals ("km" is a distance): "schule kontaktiert KM unter …". */
const PARENT_SHORTHAND = /(?<![\p{L}])(?:KM|KV|KE|KiM|KiV|KiE)(?![\p{L}])/u;
/** An office word, then "(ist) (erreichbar) unter" right before the number: "Familienbüro ist unter", "Bürgeramt unter". */
const OFFICE_REACHED_AT = new RegExp(
  `\\p{L}*${NOUN_CUES}\\s+(?:(?:ist|sind)\\s+)?(?:(?:telefonisch|erreichbar)\\s+)*unter\\s*$`,
  "iu",
);
const REACH_CUES = /(?<![\p{L}])(?:erreichbar|privat)(?![\p{L}])/giu;

const FROM_A_STREET = /(?<![\p{L}])aus\s+(?:der|dem)\s*$/iu;
/** Words that tie a number or address to a client's private life ("erreichbar", "Mutter", "wohnt"). */
export const hasClientCue = (text: string): boolean => CLIENT_CUE.test(text);

/** A donation or club account ("Förderverein … e.V., Spendenkonto DE12 …"): published so anyone can pay in. */
const OWNER_CUE = /(?:spende[n]?\p{L}*|vereinskonto|verein|e\.\s?v\.|ggmbh|tr(?:ä|ae)ger)[^;!?\n]{0,40}$/iu;
/**
 * The team's own funding: a grant notice or application carries the funder's file number
 * ("Zuwendungsbescheid … Az. 50.2-PF-2026-07"), a programme its own ("Antrag „Demokratie leben“ Nr. DL-2026-0731",
 * "Bundesprogramm …", "Antrag Landesjugendplan Nr. …": a programme or plan named after "Antrag"); with no client in the
 * text it is nobody's personal data.
 */
const FUNDING =
  /(?<![\p{L}])(?:zuwendungs\p{L}*|zuwendung|f(?:ö|oe)rder(?:bescheid|antrag|mittel|geld|zusage|programm)\p{L}*|projektantrag|verwendungsnachweis|haushaltsstelle|kostenstelle|(?:bundes|landes)?programm|(?:bundes|landes|kinder-\s?und\s)?jugendplan|antrag(?=\s*[„“"])|antrag(?=\s+\p{Lu}{2,5}-\d)|finanzierung|\p{L}*budget\p{L}*|antrag(?:\s+(?:zum|im|aus\s+dem|beim))?\s+\p{L}*(?:plan|programm|fonds))(?![\p{L}])/iu;
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/giu;
/** Krankenversichertennummer (a letter and nine digits) and Rentenversicherungsnummer (65 170839 J 003). */
// Also as the card prints it, in groups of three after a capital: "B 930 277 411".
const HEALTH_INSURANCE = /(?<![\p{L}\p{N}])(?:[A-Za-z]\s?\d{9}|[A-Z]\s\d{3}\s\d{3}\s\d{3})(?![\p{N}])/gu;
const INSURANCE_MARKER =
  /(?<![\p{L}])(?:versicherten-?nummer|versicherungs-?nummer|kvnr|kv-nr\.?|rv-?nr\.?|sv-?nr\.?|sozialversicherungs-?nummer|rentenversicherungs-?nummer)\s*[:.]?\s*(?:\p{L}+\s+){0,2}[\p{L}\p{N}]*\d{5,}/iu;
const PENSION_INSURANCE = /(?<![\p{L}\p{N}])\d{2}\s?\d{6}\s?[A-Z]\s?\d{3}(?![\p{N}])/gu;
/** Another body's file number: a marker (Az., Aktenzeichen, BG-Nr., Kd.-Nr., Vorgang …) and a code with digits. */
const FILE_MARKER = new RegExp(
  `(?<![${L}])(?:az\\.?|aktenzeichen|akten-?(?:nr|nummer)\\.?|gz\\.?|gesch(?:ä|ae)ftszeichen|bg-?(?:nr|nummer)\\.?|bedarfsgemeinschaft(?:snummer)?|kd\\.?-?(?:nr|nummer)\\.?|kunden-?(?:nr|nummer)\\.?|vorgangs?-?(?:nr|nummer)?\\.?|kassenzeichen|fallnummer\\s+(?:des|vom|beim)\\s+\\p{L}+|personenkennziffer)\\s*[:.]?\\s*(?:\\p{L}+\\s+){0,2}(?=[\\p{L}\\p{N}./-]*\\d)[\\p{L}\\p{N}][\\p{L}\\p{N}./-]{2,}`,
  "giu",
);
/** "wegen bedarfsgemeinschaft F-12": the team's own case code after the marker, no other body's file. */
const TEAM_CODE = /(?<![\p{L}\p{N}])F-\d{1,4}(?:-\d{1,4})?$/u;
/**
 * "JA-2023-4711", "FG 12 F 345/23", and the Jobcenter's Bedarfsgemeinschaft number "25503BG0012345" (office
 * number, BG, seven digits), which is recognisable by its shape even without a marker: codes of other offices; the team's own case codes look like F-17 / F-2026-017.
 * So is a file of an office by the municipal office plan ("51.3-0931/26": Amt 51, the youth office, its unit, the
 * file and the year).
 */
const FOREIGN_CODE =
  /(?<![\p{L}\p{N}#:])(?!F-)[A-Z]{2,4}-(?:19|20)\d{2}-\d{3,}(?![\p{N}])|(?<![\p{L}\p{N}.])\d{2}\.\d{1,2}-\d{3,5}\/(?:\d{2}|\d{4})(?![\p{N}])|(?<![\p{L}\p{N}])\d{1,3}\s?[A-Z]{1,3}\s?\d{1,5}\/\d{2}(?![\p{N}])|(?<![\p{L}\p{N}])\d{5}\s?BG\s?\d{7}(?![\p{N}])/gu;

/**
 * A text about a meeting, a committee or a document ("AK Jugend 03.04.2022", "Stadtteilkonferenz 14.6.2021")
 * dates that; an old date in it is a birth date only with a client or child in view.
 */
const MEETING =
  /(?:sitzung|konferenz|protokoll|tagung|treffen|ausschuss|beirat|arbeitskreis|gremium|netzwerk|beschluss|satzung|gr(?:ü|ue)ndung|auswertung|runde[rn]? tisch|(?<![\p{L}])(?:ak|ag)(?![\p{L}]))/iu;
const CHILD_IN_VIEW = new RegExp(`(?<![${L}])${PERSON_WORD}(?![${L}])`, "iu");
/** "Geburtsdatum des jüngsten Kindes ist der 7. Juni 2021": the marker a few words before the date. */
const BIRTH_MARKER_FAR = new RegExp(
  `(?<![${L}])geburts(?:datum|tag|jahr)(?:\\s+[${L}]+){1,5}\\s+\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|[${L}]+)\\s?\\d{4}`,
  "iu",
);
/** "… am 12.8.2019 geboren": the marker after the date. */
const BORN_AFTER = /^\s*(?:in\s+\p{L}+\s+)?(?:geboren|zur welt gekommen)/iu;

function oldDates(text: string, referenceYear?: number): boolean {
  if (referenceYear === undefined) return false;
  const meeting = MEETING.test(text) && !CLIENT_CUE.test(text) && !CHILD_IN_VIEW.test(text);
  for (const m of text.matchAll(FULL_DATE)) {
    if (BORN_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) return true;
    if (meeting) continue;
    const year = Number(m[3]);
    if (year < 1900 || year > referenceYear - 3) continue;
    if (EVENT_DATE_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0))) continue;
    return true;
  }
  return false;
}

/** The text before a match, within the same clause. */
const before = (text: string, index: number) => text.slice(Math.max(0, index - 60), index);

function anyMatch(re: RegExp, text: string, accept: (match: RegExpMatchArray) => boolean): boolean {
  for (const m of text.matchAll(re)) if (accept(m)) return true;
  return false;
}

/**
 * An institution's number or address: an institution cue shortly before it, and no client cue after that
 * cue. The nearest cue decides: in "Mutter erreichbar über das Sekretariat 07121 …" the number is the
 * office's, in "Kita Sonnenschein, Handy der Mutter 0171 …" it is the mother's.
 */
function isInstitutional(text: string, index: number): boolean {
  const tail = before(text, index).match(/[^;!?\n]{0,60}$/u)?.[0] ?? "";
  // "Frau Amoah aus der Bahnhofstr. 3": who comes "from" a street lives there.
  if (FROM_A_STREET.test(tail)) return false;
  if (!CUE_BEFORE(tail)) return false;
  if (PERSON_CUE.test(text) || PARENT_SHORTHAND.test(text)) return false;
  // "das Familienbüro ist unter 0621 … erreichbar": the office itself is reached there, whatever follows.
  if (OFFICE_REACHED_AT.test(tail)) return true;
  let lastCue = -1;
  for (const m of tail.matchAll(INSTITUTION_NOUNS)) lastCue = m.index ?? 0;
  const cueAt = index - tail.length + lastCue;
  for (const m of text.matchAll(REACH_CUES)) if ((m.index ?? 0) > cueAt) return false;
  return true;
}

/**
 * "Am Bahnhof 5 Jugendliche angesprochen", "Im Stadtteil 12 Treffpunkte": after a place phrase with a
 * preposition, a number followed by a noun counts things; a house number ends the address.
 */
const PLACE_PHRASE = /^(?:am|an der|im|in der|auf der|auf dem)\s/iu;
/**
 * "im Jugendhaus Falkenstraße 8", "im bürgerhaus keplerstraße 40": a place phrase naming a public building right
 * before its street is where the event is, the building's address.
 */
const BUILDING_THEN_STREET = new RegExp(
  `^(?:am|an der|im|in der|auf der|auf dem)\\s+\\p{L}*${NOUN_CUES}\\s+[${L}][${L}-]*${STREET_SUFFIX}\\s`,
  "iu",
);
const countAfterPlace = (text: string, m: RegExpMatchArray) =>
  PLACE_PHRASE.test(m[0]) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice((m.index ?? 0) + m[0].length));

export function findNumbers(text: string, options: GuardOptions): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const strong = (kind: PersonalDataHit["kind"]) => hits.push({ kind, strength: "strong" });
  // A functional or unit mailbox passes unless the text ties it to a client; an institution cue nearer to
  // it than the client cue wins ("erreichbar übers Sekretariat … oder sekretariat@…").
  if (
    anyMatch(
      EMAIL,
      text,
      (m) =>
        !mailboxOfNobody(m[1] ?? "", m[2] ?? "") ||
        (CLIENT_CUE.test(text) && !isInstitutional(text, m.index ?? 0)),
    ) ||
    (SPELLED_AT.test(text) &&
      anyMatch(OBFUSCATED_EMAIL, text, (m) => !mailboxOfNobody(m[1] ?? "", "") || CLIENT_CUE.test(text)))
  )
    strong("email");
  // Digit groups inside an IBAN ("DE89 3704 0044 …") are no phone number.
  // Looked up only when a phone-like match is found, so a plain message allocates nothing for it.
  const inIban = (at: number) =>
    anyMatch(IBAN, text, (m) => at >= (m.index ?? 0) && at < (m.index ?? 0) + m[0].length);
  if (
    anyMatch(
      PHONE,
      text,
      (m) =>
        plausiblePhone(m[0]) &&
        !inIban(m.index ?? 0) &&
        !isInstitutional(text, m.index ?? 0) &&
        !professionalsContact(text, m.index ?? 0),
    )
  )
    strong("phone");
  if (
    anyMatch(BIRTH_MARKER, text, (m) => !cohort(text, m)) ||
    BIRTH_MARKER_FAR.test(text) ||
    anyMatch(BIRTHDAY, text, (m) => !CUE_BEFORE(before(text, m.index ?? 0))) ||
    AGE_OF_ONE.test(text) ||
    AGE_FIELD.test(text) ||
    AGE_AFTER_PERSON.test(text) ||
    AGE_BEFORE_PERSON.test(text) ||
    AGE_AS_PERSON.test(text) ||
    YEARS_OLD.test(text) ||
    oldDates(text, options.referenceYear)
  )
    strong("birthdate");
  const address = (re: RegExp) =>
    anyMatch(
      re,
      text,
      (m) =>
        !countAfterPlace(text, m) &&
        !isInstitutional(text, m.index ?? 0) &&
        !(BUILDING_THEN_STREET.test(m[0]) && !PERSON_CUE.test(text) && !PARENT_SHORTHAND.test(text)) &&
        !ROOM_NUMBER.test(m[0]) &&
        !YEAR_AT_END.test(m[0]) &&
        !(
          (BY_A_BUILDING.test(text.slice((m.index ?? 0) + m[0].length)) ||
            INSTITUTION_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) &&
          !CLIENT_CUE.test(text)
        ),
    );
  if (address(ADDRESS) || address(POSTCODE_CITY))
    hits.push({ kind: "address", strength: CLIENT_CUE.test(text) ? "strong" : "weak" });
  if (
    anyMatch(
      IBAN,
      text,
      (m) =>
        digitsOf(m[0]).length >= 12 &&
        !(OWNER_CUE.test(before(text, m.index ?? 0)) && !CLIENT_CUE.test(text)),
    )
  )
    strong("iban");
  if (
    INSURANCE_MARKER.test(text) ||
    anyMatch(HEALTH_INSURANCE, text, () => true) ||
    anyMatch(PENSION_INSURANCE, text, () => true)
  )
    strong("insurance");
  if (
    (anyMatch(FILE_MARKER, text, (m) => !TEAM_CODE.test(m[0])) || anyMatch(FOREIGN_CODE, text, () => true)) &&
    !(FUNDING.test(text) && !CLIENT_CUE.test(text))
  )
    strong("file_number");
  return hits;
}
