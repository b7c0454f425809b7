// German texts of the need family: anonymised observations from case work that become the district's agenda.
import type { NeedStatus } from "../../store/index.js";

const times = (n: number) => (n === 1 ? "1-mal" : `${n}-mal`);

export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  new: "neu",
  planning: "in Planung",
  offer_running: "Angebot läuft",
  done: "erledigt",
};

export const bedarf = {
  usage:
    "So geht’s: „bedarf fehlende Nachmittagsbetreuung für Grundschulkinder @Nordstadt #Betreuung“. Beschreibe, was fehlt – nie eine Person.",
  tooShort: "Bitte beschreibe den Bedarf in ein paar Worten (mindestens 8 Zeichen).",
  tooLong: "Bitte fasse den Bedarf kürzer (höchstens 300 Zeichen).",
  noDistricts: "Es gibt noch keinen Sozialraum. Eine Admin legt ihn an: „sozialraum neu Nordstadt“.",
  whichDistrict: (names: string) =>
    `Für welchen Sozialraum? Schreib ihn mit @ dazu, z. B. „@${names.split(", ")[0]}“. Es gibt: ${names}.`,
  unknownDistrict: (typed: string, names: string) =>
    `Den Sozialraum „${typed}“ kenne ich nicht. Es gibt: ${names}.`,
  privacyBlocked: (kinds: string) =>
    `Nicht gespeichert: Der Text sieht nach Daten einer Person aus (${kinds}). Ein Bedarf beschreibt, was im Sozialraum fehlt – ohne Namen, Geburtsdaten oder Adressen.`,
  privacyWeak: (kinds: string) =>
    `Bitte prüfen: Der Text könnte Daten einer Person enthalten (${kinds}). Ein Bedarf ist im ganzen Team sichtbar. Formuliere ihn ohne Personenbezug oder speichere ihn so, wenn es keine Person ist.`,
  saveAnyway: "So speichern",
  rephrase: "Abbrechen",
  cancelled: "Nichts gespeichert.",
  recorded: (id: number) => `Bedarf Nr. ${id} festgehalten. Wer ihn auch sieht, tippt „Sehe ich auch“.`,
  heading: (id: number, district: string) => `Bedarf Nr. ${id} · ${district}`,
  field: { theme: "Thema", targetGroup: "Zielgruppe", seen: "Gesehen", status: "Stand", offers: "Angebote" },
  noTheme: "ohne Thema",
  noTargetGroup: "nicht angegeben",
  seen: (n: number) => `${times(n)} gesehen`,
  seenButton: "Sehe ich auch",
  seenAdded: (id: number, n: number) => `Danke – Bedarf Nr. ${id} ist jetzt ${times(n)} gesehen.`,
  seenAlready: (id: number) => `Du hast Bedarf Nr. ${id} schon als gesehen markiert.`,
  unknown: (id: string) => `Einen Bedarf Nr. ${id} gibt es nicht. „bedarf liste“ zeigt alle.`,
  offerButton: "Angebot dazu anlegen",
  offerHint: (id: number) =>
    `Ein Angebot dazu legst du so an: „angebot neu Elterncafé jeden Dienstag 15 Uhr @Nordstadt bedarf ${id}“.`,
  listTitle: (what: string) => `Bedarfe: ${what}`,
  allDistricts: "alle Sozialräume",
  none: "Noch kein Bedarf festgehalten. „bedarf <Beschreibung> @Sozialraum #Thema“ hält einen fest.",
  statusUsage: "So geht’s: „bedarf status 3 planung“ (neu, planung, läuft, erledigt).",
  statusSet: (id: number, label: string) => `Bedarf Nr. ${id}: jetzt „${label}“.`,
  form: {
    title: "Bedarf festhalten",
    submit: "Speichern",
    intro: "Was fehlt im Sozialraum? Beschreibe es so, dass keine Person erkennbar ist.",
    description: "Was fehlt?",
    descriptionHint:
      "z. B. „fehlende Nachmittagsbetreuung für Grundschulkinder“ – ohne Namen, Geburtsdaten, Adressen",
    district: "Sozialraum",
    districtMissing: "Bitte wähle einen Sozialraum.",
    theme: "Thema",
    themePlaceholder: "z. B. Betreuung, Freizeit, Wohnen",
    targetGroup: "Zielgruppe",
    targetGroupHint: "Leer lassen: ich lese sie aus der Beschreibung.",
  },
  exportComment: (n: number) => `${n} Bedarfe für die Sozialraum-Konferenz (CSV für Excel).`,
  exportHeader: [
    "Nr.",
    "Sozialraum",
    "Bedarf",
    "Thema",
    "Zielgruppe",
    "Wie oft gesehen",
    "Stand",
    "Seit",
    "Angebote dazu",
  ],
} as const;
