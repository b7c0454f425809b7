/**
 * Sixth development corpus for the privacy guard (2026-12-03), written for tuning on the causes of fresh4's misses
 * and false alarms once fresh4 was used up as a blind set. Each cause has cases that must be caught and cases that
 * look alike but name no client, so that a rule for it cannot buy recall with false alarms. Names, addresses and
 * numbers are invented; none of fresh4's texts is reused. Same ground truth as privacy-fresh4.ts.
 * Causes: a family word with an initial; household words with a lower-case surname; "bei/mit den <surname>" in
 * lower case (a dative plural noun ends in -n or -s, a surname need not); a lower-case name with a short age
 * ("9j"); a name joined by "u."/"und" to a role; a child word before a lower-case first name. False alarms:
 * compound offices (-direktorin, -vorsteher), "max"/"min" before a number, institutional mailing lists, a
 * courtesy apposition after "Vertreter des …".
 */
import type { PrivacyCase, PrivacyKind } from "./privacy-holdout.js";

type Field = PrivacyCase["field"];
const yes = (text: string, field: Field, kinds: PrivacyKind[]): PrivacyCase => ({
  text,
  field,
  clientData: true,
  kinds,
});
const no = (text: string, field: Field): PrivacyCase => ({ text, field, clientData: false, kinds: [] });

export const PRIVACY_DEV6: readonly PrivacyCase[] = [
  // A family word with an initial; "u." after it is "und".
  yes("fam. t. rückruf 20min", "activity_title", ["family_name"]),
  yes("familie r. wieder erreicht, termin steht", "activity_notes", ["family_name"]),
  yes("eheleute m. kamen zu zweit", "meeting_log", ["family_name"]),
  no("familie u. schule – gemeinsamer elternabend", "activity_title"),
  no("familien u. alleinerziehende im quartier", "committee_notes"),
  no("thema familie z. b. wohnungssuche", "committee_notes"),
  // Household words with a lower-case surname; adverbs after them are none.
  yes("gastfamilie oberhuber hat zugesagt", "activity_notes", ["family_name"]),
  yes("herkunftsfamilie lindemeier informiert", "activity_notes", ["family_name"]),
  yes("pflegefamilie weidenhammer, erstgespräch", "activity_title", ["family_name"]),
  no("pflegefamilie später nochmal anrufen wegen infoabend", "activity_notes"),
  no("pflegefamilien gesucht – infoabend im rathaus", "committee_notes"),
  no("gastfamilie wieder gesucht für austauschschüler", "cooperation_answer"),
  // "bei/mit/von den <surname>" in lower case.
  yes("hausbesuch bei den okonkwo 1h", "activity_title", ["family_name"]),
  yes("gespräch mit den berisha wegen umzug", "activity_notes", ["family_name"]),
  yes("termin bei den nakamura verschoben", "meeting_log", ["family_name"]),
  no("gespräch bei den eltern im kiosk", "activity_notes"),
  no("mit den kitas abgestimmt 1h", "activity_title"),
  no("bei den beiden treffen war es voll", "committee_notes"),
  no("von den jungs kamen 6", "activity_notes"),
  no("bei den hausaufgaben geholfen 2h", "activity_title"),
  // A lower-case name with a short age.
  yes("begleitung mit tesfalem 8j zum arzt", "activity_title", ["person_name", "birth_date"]),
  yes("für ilkay 11 j. nachhilfe gesucht", "activity_notes", ["person_name", "birth_date"]),
  yes("mit yohannes 7j im park", "activity_notes", ["person_name", "birth_date"]),
  no("gruppe für kinder 8-12j, 10 plätze", "committee_notes"),
  no("mit jugendlichen ab 14 j. im jugendhaus", "activity_notes"),
  no("kurs für kids 6j bis 10j", "cooperation_answer"),
  // A name joined to a role by "u."/"und": two people.
  yes("treffen mit hannah u. klassenlehrerin 30 min", "activity_title", ["person_name"]),
  yes("gespräch mit luis und schulsozialarbeiterin", "activity_notes", ["person_name"]),
  no("treffen mit lehrerin u. schulleitung 30 min", "activity_title"),
  no("gespräch mit erzieherin und kitaleitung", "cooperation_answer"),
  // A child word before a lower-case first name.
  yes("laut schule kommt das mädchen amira oft zu spät", "cooperation_answer", ["person_name"]),
  yes("ASD meldet: der junge elias braucht hilfe", "cooperation_answer", ["person_name"]),
  yes("die Lehrerin erwähnt den schüler konstantin", "meeting_log", ["person_name"]),
  no("den jungen fehlt ein treffpunkt im Quartier", "committee_notes"),
  no("die jungen eltern wünschen sich mehr Angebote", "committee_notes"),
  no("Mädchen und Jungen getrennt, je 8 TN", "activity_notes"),
  // Compound offices after "Frau"/"Herr".
  no("frau ortsvorsteherin brandl begrüßt alle", "meeting_log"),
  no("herr stadtdirektor weyand sagt förderung zu", "committee_notes"),
  no("hausmeister herr kowalczyk schließt um 18 uhr auf", "activity_notes"),
  yes("frau kowalczyk (mutter) bittet um rückruf", "activity_notes", ["person_name", "kinship_name"]),
  // "max"/"min" before a number.
  no("max 12 kinder, anmeldung im büro", "committee_notes"),
  no("min 5 tn sonst fällt es aus", "activity_notes"),
  yes("ausflug mit max und seiner mutter", "activity_notes", ["person_name"]),
  // Institutional mailing lists, private addresses.
  no("protokoll an netzwerk-kinderschutz@landkreis-beispiel.de", "meeting_log"),
  no("anmeldung über ag-spielplatz@stadt-musterhausen.de", "committee_notes"),
  yes("mutter schreibt von sabine.kranz84@web.de", "activity_notes", ["email"]),
  yes("kontakt vater: d.oyelaran@gmx.de", "activity_notes", ["email"]),
  // A courtesy apposition after a role of an institution.
  no("sprecherin der initiative, frau okafor, berichtet vom fest", "meeting_log"),
  no("leiter des jugendhauses, herr brandt, lädt ein", "committee_notes"),
  no("vorsitzende des vereins, frau sommer, stellt den haushalt vor", "committee_notes"),
  yes("tante des jungen, frau okafor, holt ihn ab", "activity_notes", ["kinship_name"]),
];
