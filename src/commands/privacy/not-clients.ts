// People named in free text who are not clients: officials and professionals in their role, someone
// speaking for an institution, institutions and places named after people, works and their topics,
// fictional figures, and colleagues in the team's own lists.

import { COURTESY, KIN } from "./cues.js";
import { foldName } from "./names.js";
import { isRole } from "./roles.js";
import { CLAUSE_BREAK, set, type Word } from "./words.js";

export { isRole };

/** A person is meant in their office or role, not as a client. */
/** Words that make a nearby name part of an institution, a place or a programme. */
export const INSTITUTION = set(
  "schule grundschule realschule gymnasium gesamtschule oberschule hauptschule foerderschule kita kindergarten " +
    "hort stiftung verein e.v. ev haus zentrum treff buero cafe café baeckerei apotheke praxis kinderarztpraxis " +
    "klinik krankenhaus bibliothek buecherei museum park platz strasse str. weg allee halle turnhalle kirche " +
    "gemeinde moschee stadion bruecke markt brunnen saal heim jugendhaus jugendzentrum kinderhaus familienzentrum " +
    "laden restaurant imbiss friseur salon stiftung-e.v. gmbh ag institut akademie werk projekt preis " +
    "pizzeria ristorante trattoria kiosk eiscafe eisdiele management club",
);
/** Figures everyone knows; "Frau Holle" is a fairy tale, not a client. */
export const FICTION = set(
  "holle pippi langstrumpf rotkaeppchen schneewittchen nikolaus osterhase sams pettersson findus",
);
/** "Max und Moritz" is the book; Moritz alone is one of the commonest boys' names. */
const MAX_UND_MORITZ = /^max und moritz$/u;
export const inMaxUndMoritz = (words: Word[], i: number) =>
  [i - 2, i].some(
    (k) =>
      k >= 0 && MAX_UND_MORITZ.test(`${words[k]?.folded} ${words[k + 1]?.folded} ${words[k + 2]?.folded}`),
  );
/** A word in a hyphenated compound with an institution word: "Anne-Frank-Grundschule", "Hoffmann-Stiftung". */
export const inInstitutionCompound = (w: Word) =>
  w.text.includes("-") && w.text.split("-").some((part) => INSTITUTION.has(foldName(part)));
/** Built once: the guard runs on every message, so no array per word. */
const INSTITUTION_ENDINGS = [...INSTITUTION].filter((x) => x.length > 3);
/** Directly next to an institution word, or after a compound ending in one ("Musikschule Paul Hindemith"). */
const institutionWord = (folded: string) =>
  INSTITUTION.has(folded) || INSTITUTION_ENDINGS.some((x) => folded.endsWith(x));
export const institutional = (w: Word | undefined): boolean => {
  if (!w) return false;
  w.institution ??= institutionWord(w.folded);
  return w.institution;
};
/** "ama + kofi", "jonte & schule": the signs that join two names or a name and a partner, as "und" does. */
export const JOINED = /^\s*[&+]\s+$|^\s*&\s*$/u;
export const nearInstitution = (words: Word[], i: number) =>
  (institutional(words[i - 1]) && !CLAUSE_BREAK.test(words[i - 1]?.after ?? "")) ||
  // "HK jonte & schule": what a sign joins is another party, no part of the name.
  (institutional(words[i + 1]) &&
    !CLAUSE_BREAK.test(words[i]?.after ?? "") &&
    !JOINED.test(words[i]?.after ?? "")) ||
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
export const afterSaint = (words: Word[], i: number) =>
  /^(?:st\.|sankt|hl\.)$/iu.test(words[i - 1]?.text ?? "");
/** "Vormund von Yasmin", "Lehrerin für Leon": the role serves the person named after it, who may be a client. */
// "Schulleiterin berichtet über Noah", "Lehrerin wegen Leon": the person spoken about, after the role.
const SERVED = set("von vom fuer ueber wegen wg wg.");
const CONJUNCTION = set("und oder sowie");
const GENITIVE = set("des der");
/** A role word up to three words before (unless "von"/"für" or "und" comes between) or right after. */
/** Roles of several people, whose names a list joins with "und": "mit Kolleginnen Anna und Sarah". */
const GROUP_ROLE = set(
  "kollegen kolleginnen kolleg:innen kolleg*innen praktikantinnen praktikanten ehrenamtlichen team",
);
function pluralRoleBefore(words: Word[], at: number): boolean {
  for (let j = 2; j <= 4; j++) {
    const w = words[at - j];
    if (w && isRole(w) && /(?:en|innen)$/u.test(w.folded)) return true;
  }
  return false;
}
/** Between a role and "ist Frau X": "Ansprechpartner beim Jobcenter ist Herr Mwangi", "Leitung der Kita ist …". */
const ROLE_TO_NAME = set("beim bei im vom der des ist sind");
/** "Begrüßung durch Frau Müller", "Moderation: Herr Lenz": who opens or leads a meeting does so in their role. */
const HOSTING = set("begruessung moderation vortrag input referat impuls leitung");
/** Who gives a supervision or a training does it in their role: "Supervision am 9.1. mit Frau Schuhmacher". */
const TRAINING = /^(?:supervision|fortbildung|weiterbildung|schulung|coaching|inhouse|fachtag|seminar)/u;
function trainer(words: Word[], i: number): boolean {
  const withAt = COURTESY.has(words[i - 1]?.folded ?? "") ? i - 2 : i - 1;
  if (words[withAt]?.folded !== "mit") return false;
  for (let k = withAt - 1; k >= Math.max(0, withAt - 4); k--) {
    const w = words[k] as Word;
    if (/[;:!?]/u.test(w.after)) return false;
    if (TRAINING.test(w.folded)) return true;
  }
  return false;
}
function roleBefore(words: Word[], i: number): boolean {
  if (words[i - 2]?.folded === "durch" && HOSTING.has(words[i - 3]?.folded ?? "")) return true;
  if (trainer(words, i)) return true;
  if (COURTESY.has(words[i - 1]?.folded ?? "") && words[i - 2]?.folded === "ist")
    for (let k = 3; k <= 6; k++) {
      const w = words[i - k];
      if (!w || /[.;:!?]/u.test(w.after)) break;
      if (isRole(w)) return true;
      if (!ROLE_TO_NAME.has(w.folded) && !institutional(w) && !OFFICE.test(w.folded)) break;
    }
  for (let k = 1; k <= 3; k++) {
    const w = words[i - k];
    // "Sozialarbeiterin und Lina": "und" joins a second person, the role is the first one's; after a role of
    // several people the list goes on.
    if (w && CONJUNCTION.has(w.folded) && GROUP_ROLE.has(words[i - k - 2]?.folded ?? "")) return true;
    // "den Kontaktbeamten, Herrn Ruiz und Frau Kemal": a role in the plural, then "Frau"/"Herr" with each name.
    if (
      w &&
      CONJUNCTION.has(w.folded) &&
      COURTESY.has(words[i - 1]?.folded ?? "") &&
      pluralRoleBefore(words, i - k)
    )
      return true;
    // "Vertreter des TSV, Herr Ademi": a role with its institution in the genitive, then the name as apposition.
    if (w && GENITIVE.has(w.folded) && isRole(words[i - k - 1])) return true;
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
/** "Herr Carvalho ist neuer Quartiersmanager", "Frau Lenz als Ansprechpartnerin": the role said of the name. */
const IS_ROLE = set("ist war wird bleibt als");
const roleSaid = (words: Word[], i: number) =>
  IS_ROLE.has(words[i + 1]?.folded ?? "") &&
  !CLAUSE_BREAK.test(words[i]?.after ?? "") &&
  (isRole(words[i + 2]) || (!CLAUSE_BREAK.test(words[i + 2]?.after ?? "") && isRole(words[i + 3])));
/**
 * A role in brackets after the name, its compound shared: "Frau Kurdi (Sprach- und Integrationsmittlerin)". Only a
 * truncated word ("Sprach-") or "und"/"oder" may come before the role, so "Leon (Sohn der Lehrerin)" stays a client.
 */
function roleInBrackets(words: Word[], i: number): boolean {
  if (!words[i]?.after.trimEnd().endsWith("(")) return false;
  for (let k = 1; k <= 4; k++) {
    const w = words[i + k];
    if (!w) return false;
    if (isRole(w)) return /^\s*\)/u.test(w.after);
    if (!/^-\s/u.test(w.after) && !CONJUNCTION.has(w.folded)) return false;
  }
  return false;
}
const roleAfter = (words: Word[], i: number) => {
  if (roleSaid(words, i) || roleInBrackets(words, i)) return true;
  const role = words[i + 1];
  if (!isRole(role)) return false;
  if (!CLAUSE_BREAK.test(words[i]?.after ?? "")) return true;
  const then = words[i + 2];
  return !then || /[,;.:!?()]/u.test(role?.after ?? "") || then.cap || APPOSITION_GOES_ON.has(then.folded);
};
export const nearRole = (words: Word[], i: number) =>
  roleBefore(words, i) ||
  roleAfter(words, i) ||
  // "Herr Demir vom Integrationsrat", "Frau Krause von der Grundschule": a person for an institution.
  // Not "aus der": "Mia aus der Kita" is a child who goes there, not someone who speaks for it.
  forAnInstitution(
    COURTESY.has(words[i - 1]?.folded ?? ""),
    // Up to three words on: "Paul von der AWO" needs the third.
    `${words[i]?.after ?? ""}${words[i + 1]?.text ?? ""}${words[i + 1]?.after ?? ""}${words[i + 2]?.text ?? ""}${words[i + 2]?.after ?? ""}${words[i + 3]?.text ?? ""}`,
  );
const FOR_AN_INSTITUTION = /^\s*(vom|der|des|von\s+de[rm]|aus\s+de[rm])\s+([\p{L}-]+)/u;
/**
 * "vom Integrationsrat"; typed in lower case too when the word is an office and "Frau"/"Herr" comes before the
 * name ("frau heinz vom sozialamt"); "leon von der grundschule" may be a pupil.
 */
function forAnInstitution(afterCourtesy: boolean, tail: string): boolean {
  const m = FOR_AN_INSTITUTION.exec(tail);
  const word = m?.[2];
  if (!word) return false;
  const folded = foldName(word);
  const office = afterCourtesy && (OFFICE.test(folded) || institutionWord(folded));
  // "aus der Kita" is where a child goes; "Frau Klein aus dem Sekretariat" works there.
  if (m?.[1]?.startsWith("aus")) return office;
  return /^\p{Lu}/u.test(word) || office;
}

/**
 * "Herr Albers, Jobcenter, Team U25", "Fachberatung Kita, Frau Hahn", "Vorsitzende des Fördervereins, Frau
 * Engel, …": "Frau"/"Herr" and a name set off by a comma next to an institution or a role speak for it.
 * `i` is the courtesy word. Not where a client is in view (the caller checks).
 */
export function courtesyForInstitution(words: Word[], i: number): boolean {
  const name = words[i + 1];
  const after = words[i + 2];
  if (name && /^\s*,\s*$/u.test(name.after) && after && (institutional(after) || OFFICE.test(after.folded)))
    return true;
  // "Fachberatung Kita, Frau Hahn", "Bürgerbüro: Frau Lehmann".
  if (!/[,(:]\s*$/u.test(words[i - 1]?.after ?? "")) return false;
  for (let k = 1; k <= 4; k++) {
    const w = words[i - k];
    if (!w || (k > 1 && /[.;:!?,]/u.test(w.after))) return false;
    if (KIN.has(w.folded)) return false;
    if (isRole(w) || institutional(w) || OFFICE.test(w.folded)) return true;
  }
  return false;
}

/** Words that open a letter or mail before "Frau"/"Herr": "Liebe Frau Sommer,", "Sehr geehrter Herr Lenz,". */
const SALUTATION = set("liebe lieber hallo geehrte geehrter tag");
/**
 * The salutation of a letter or mail, at its start and closed by a comma: the team writes to a partner, an office or
 * a colleague. `i` is the courtesy word. Only where no client is in view (the caller checks): "Liebe Frau Yilmaz,
 * Ihr Sohn …" writes to a mother.
 */
export const salutation = (words: Word[], i: number): boolean =>
  i >= 1 && i <= 2 && SALUTATION.has(words[i - 1]?.folded ?? "") && /^\s*,/u.test(words[i + 1]?.after ?? "");

/** A party after a name marks a politician: "Frau Kowalczyk (SPD)". */
export const PARTY_AFTER =
  /^\s*\(?\s*(?:spd|cdu|csu|gr(?:ü|ue)ne|fdp|linke|afd|bsw|freie w(?:ä|ae)hler|volt)\b/iu;
/**
 * An organisation's acronym in brackets after a name marks who someone speaks for: "Frau Kaya (AWO)",
 * "Herr Lang (ASD)". Not the file shorthands for a child's parents (KM, KV, KE, KiM), which mark a client.
 */
export const ORG_AFTER = /^\s*\(\s*(?!(?:KM|KV|KE|KiM|KiV)\s*\))\p{Lu}[\p{Lu}\p{N}&-]{1,7}\s*\)/u;
/**
 * …or an office or institution named in the brackets: "Herr Albers (Jobcenter)", "Frau Keller (Schule)", also a unit
 * or a public office by its ending: "Stabsstelle", "Jugendberufsagentur", "Polizeiposten", "Amtsgericht". Not a
 * foster place ("Pflegestelle"), which is a family.
 */
const OFFICE =
  /(?:amt|center|beh(?:oe|ö)rde|polizei|dienst|verein|verband|caritas|diakonie|awo|verwaltung|buchhaltung|sekretariat|kasse|geschaeftsstelle|geschaeftsfuehrung|personalabteilung|redaktion|zeitung|(?<!pflege)stelle|agentur|posten|wache|revier|gericht)$/u;
export const orgInBrackets = (w: Word, inside: Word | undefined) =>
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
export function aboutAWork(words: Word[], i: number): boolean {
  if (words[i - 1] && WORK.test(words[i - 1]?.folded ?? "")) return true;
  if (words[i - 1]?.folded === "mit" && GUEST_EVENT.test(words[i - 2]?.folded ?? "")) return true;
  for (let k = 1; k <= 6; k++) {
    const w = words[i - k];
    if (!w || /[.;:!?]/u.test(w.after)) return false;
    if (TOPIC.has(w.folded)) return WORK.test(words[i - k - 1]?.folded ?? "");
  }
  return false;
}

/** "Familie Feuerstein Filmnachmittag": a family word and a name right before a film or reading is its title. */
export const familyInATitle = (words: Word[], cue: number) =>
  /^\s+$/u.test(words[cue + 1]?.after ?? "") && WORK.test(words[cue + 2]?.folded ?? "");

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
export function teamTalkSpans(text: string): Array<[number, number]> {
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
export const PROTOCOL = /protokoll|zust(?:ä|ae)ndig|verantwortlich|(?<![\p{L}])to-?dos?(?![\p{L}])/iu;
export const inCharge = (prev: Word | undefined, w: Word) =>
  Boolean(prev?.after.endsWith("(") && /^\s*\)/u.test(w.after));
