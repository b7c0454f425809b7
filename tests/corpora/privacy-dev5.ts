/**
 * Fifth development corpus for the privacy guard (2026-12-03), written by a helper who had seen the guard and
 * the used-up blind set fresh3 (now a development set). It covers the causes of fresh3's misses, in new
 * words: a kinship shorthand or word with a surname typed in lower case (also one no list knows), after
 * "Frau"/"Herr", in brackets or set off by a comma; "Fam." with any name; household words in lower case;
 * a child named after a case-talk shorthand or spoken about after a role. And the false alarms of the same
 * rules: professionals and the press named by an inflected role, offices in brackets, kinship words that
 * head a programme, distances and health insurers written "km"/"kv".
 * Before the rules it was written for: 17/42 caught (40.5 %), 11/38 false alarms (28.9 %); after them 41/42, 0/38.
 * It is a development set: the guard was tuned on it. All names are invented.
 */
import type { PrivacyCase } from "./privacy-holdout.js";

const c = (
  text: string,
  field: PrivacyCase["field"],
  kinds: PrivacyCase["kinds"],
  note?: string,
): PrivacyCase => ({ text, field, clientData: kinds.length > 0, kinds, ...(note ? { note } : {}) });

export const PRIVACY_DEV5: readonly PrivacyCase[] = [
  // ───────────── kinship shorthand or word, then a lower-case surname ─────────────
  c("rückruf km frau szymańska wg hortplatz", "activity_title", ["kinship_name"]),
  c("kv herr ndiaye kommt nicht zum termin", "meeting_log", ["kinship_name"]),
  c("ke frau und herr hashemi beide da", "activity_notes", ["kinship_name"]),
  c("KM (Frau Dąbrowska) bringt die Unterlagen mit", "activity_notes", ["kinship_name"]),
  c("kv (herr mbeki) will umgang klären", "activity_notes", ["kinship_name"]),
  c("erreichbar ist nur die oma, frau grabowska", "cooperation_answer", ["kinship_name"]),
  c("Kontakt läuft über den Onkel, Herrn Tesfaye", "activity_notes", ["kinship_name"]),
  c("zuständig für die kinder ist die mutter (frau kiplagat)", "meeting_log", ["kinship_name"]),
  c("telefonat mit der pflegemutter, frau ohanian", "activity_title", ["kinship_name"]),
  c("hb: mutter ilona wirkt überfordert", "activity_notes", ["kinship_name"]),
  c("vater dariusz holt die kinder freitags", "meeting_log", ["kinship_name"]),
  c("opa weber bringt ihn morgens zur schule", "activity_notes", ["kinship_name"]),
  c("oma schneider und opa schneider waren beide da", "meeting_log", ["kinship_name"]),
  c("mama und papa kowalczyk kommen zum hpg", "activity_notes", ["kinship_name"]),
  c("tante zeynep übernimmt die abholung", "cooperation_answer", ["kinship_name"]),
  c("Gespräch mit kindsvater herr adebayo", "activity_title", ["kinship_name"]),
  // ───────────── families and households ─────────────
  c("hausbesuch bei fam. lindqvist 1h", "activity_title", ["family_name"]),
  c("Anruf der Nachbarin von Fam. ozturan", "activity_notes", ["family_name"]),
  c("fam. tkachenko braucht hilfe beim antrag", "meeting_log", ["family_name"]),
  c("rückmeldung fam mwangi zum ferienprogramm", "activity_title", ["family_name"]),
  c("die geschwister nakamura kommen ab januar", "activity_notes", ["family_name"]),
  c("mit den geschwistern amoako in die bibliothek", "activity_notes", ["family_name"]),
  c("eheleute brankovic lehnen die hilfe ab", "meeting_log", ["family_name"]),
  c("pflegefamilie osei meldet sich wieder", "activity_notes", ["family_name"]),
  // ───────────── a person after a case-talk shorthand or spoken about after a role ─────────────
  c("HK jonte & schule", "activity_title", ["person_name"]),
  c("hk malte-jan mit jugendamt", "activity_title", ["person_name"]),
  c("Helferkonferenz finn, Termin steht", "activity_notes", ["person_name"]),
  c("fallgespräch ronja 45min", "activity_title", ["person_name"]),
  c("klassenlehrerin erzählt über ilias, wieder gefehlt", "meeting_log", ["person_name"]),
  c("Die Lehrerin berichtet über Amira, sehr still", "activity_notes", ["person_name"]),
  c("erzieherin meldet sich wegen lotta, bauchweh", "activity_notes", ["person_name"]),
  c("Schulleiter sorgt sich über Mateo: schwänzt", "meeting_log", ["person_name"]),
  c("termin mit frau wojcik-berger wg unterhalt", "activity_title", ["person_name"]),
  c("herr abubakar hat die unterlagen vergessen", "meeting_log", ["person_name"]),
  c("beratung frau haddadi 1h", "activity_title", ["person_name"]),
  c("KM frau lindqvist und ihr sohn", "activity_notes", ["kinship_name"]),
  c("sohn von frau ekström fehlt oft", "activity_notes", ["kinship_name"]),
  c("Großeltern Fam. varga kümmern sich", "activity_notes", ["family_name", "kinship_name"]),
  c("die großeltern nwachukwu holen ab", "meeting_log", ["kinship_name"]),
  c("gespräch mit den eltern okonjo", "activity_title", ["kinship_name"]),
  c("stiefvater herr mensah war auch da", "activity_notes", ["kinship_name"]),
  c("emma's oma holt sie mittwochs ab", "meeting_log", ["kinship_name"]),

  // ───────────── no client data ─────────────
  // Professionals and the press named by their role, also inflected.
  c("Pressetermin mit Redakteur Herrn Stahl, Lokalzeitung", "activity_notes", []),
  c("interview mit reporterin frau berg vom radio", "activity_title", []),
  c("artikel: journalistin frau wendt war beim fest", "activity_notes", []),
  c("wir haben einen neuen Ansprechpartner, Herrn Falk", "cooperation_answer", []),
  c("Austausch mit dem neuen Referenten, Herrn Vogt", "meeting_log", []),
  c("gespräch mit den kontaktbeamten, herrn ruiz und frau kemal", "activity_notes", []),
  c("der Schulleiter, Herr Brandt, lädt zum Runden Tisch", "committee_notes", []),
  c("Fotografin Frau Lenz macht Bilder für den Flyer", "activity_notes", []),
  // Offices and departments in brackets after a name.
  c("rechnung geht an frau stein (buchhaltung)", "meeting_log", []),
  c("Schlüssel bei Herrn Kaya (Sekretariat) abholen", "committee_notes", []),
  c("frau schulz (geschäftsstelle) schickt das protokoll", "committee_notes", []),
  c("belege an herrn nolte (verwaltung) geben", "meeting_log", []),
  // Kinship words that head a programme or a count, and shorthands that are no parents.
  c("mutter kind gruppe 10 uhr 8 tn", "activity_title", []),
  c("vater-kind-zelten am see vorbereitet", "activity_notes", []),
  c("eheleute seminar im familienzentrum geplant", "committee_notes", []),
  c("oma opa enkel tag im stadtteilzentrum", "activity_title", []),
  c("vater sein: workshop für neue väter 2h", "activity_title", []),
  c("fam.-ausflug zum wildpark geplant", "activity_title", []),
  c("fam. zentrum regenbogen: neue öffnungszeiten", "committee_notes", []),
  c("fahrt 12 km zum jugendhaus, km-pauschale", "meeting_log", []),
  c("kv-karte vergessen, termin verschoben", "activity_notes", []),
  c("geschwister treffen im jugendhaus geplant", "activity_title", []),
  c("vater unbekannt ist kein thema fürs gremium", "committee_notes", []),
  c("mutter arbeitet, vater kommt später, alles ok", "meeting_log", []),
  c("Oma Opa Kaffee im Stadtteilcafé, 14 Gäste", "activity_notes", []),
  // Case talks and roles without a client's name.
  c("HK F-31 mit schule und JA", "activity_title", []),
  c("hk vorbereitet, protokoll folgt", "meeting_log", []),
  c("schulleiterin berichtet über das neue konzept", "committee_notes", []),
  c("lehrerin erzählt über die projektwoche", "cooperation_answer", []),
  c("frau kollegin übernimmt die vertretung", "meeting_log", []),
  c("termin mit frau dr. sommer (jugendamt)", "activity_title", []),
  c("herr bürgermeister eröffnet das fest", "activity_notes", []),
  c("rückfrage an frau brandl vom sozialamt", "activity_title", []),
  c("frau kommt heute nicht, absage per mail", "meeting_log", []),
  c("unterlagen bei frau pohl aus dem sekretariat", "committee_notes", []),
  c("stadtteilbüro: frau lindner übernimmt die anmeldung", "committee_notes", []),
  c("mit den eltern vorab telefonieren", "meeting_log", []),
  c("die eltern kommen gern zum basteln", "activity_notes", []),
];
