// German texts of the aktivitaet family: quick entry, form, list, statistics, export, edit and delete.
import type { PersonalDataKind } from "../privacy/index.js";

import { duration, hours } from "./format.js";

export const aktivitaet = {
  // Durations and generic values
  duration,
  hours,
  none: "–",
  defaultMark: (value: string) => `${value} (Standard)`,
  checkMark: (value: string) => `${value} – bitte prüfen`,
  newPartnerMark: (name: string, type: string) => `${name} (neu, ${type})`,
  period: (from: string, to: string) => `${from} bis ${to}`,

  // Field labels (confirmation, form, CSV)
  field: {
    date: "Datum",
    duration: "Dauer",
    title: "Titel",
    district: "Sozialraum",
    level: "Ebene",
    caseRef: "Fallkürzel",
    focus: "Ansatzpunkt",
    role: "Rolle",
    periodStart: "Verantwortung von",
    periodEnd: "Verantwortung bis",
    period: "Zeitraum der Verantwortung",
    partners: "Kooperationspartner",
    newPartners: "Neue Kooperationspartner",
    newPartnerType: "Art der neuen Partner",
    goals: "Ziele",
    targetGroups: "Zielgruppen",
    participants: "Teilnehmende",
    notes: "Notizen",
    privacyOk: "Keine Daten über Klient*innen",
    author: "Erfasst von",
    id: "Nr.",
    minutes: "Dauer (Min.)",
    hoursColumn: "Dauer (Std.)",
  },

  // No district yet
  noDistrict:
    "In eurem Team gibt es noch keinen Sozialraum, dem ich die Aktivität zuordnen kann. Ein Admin legt ihn an mit „sozialraum neu <Name>“ (z. B. „sozialraum neu Nordstadt“) und ordnet den Kanal mit „sozialraum kanal <Name>“ zu.",
  noDistrictAdmin:
    "Du bist Admin: lege jetzt den ersten Sozialraum an, z. B. mit „sozialraum neu Nordstadt“. Danach klappt „aktivitaet“ sofort.",

  // Quick entry
  confirmTitle: "Stimmt das so?",
  confirmIntro: "Ich habe deine Eingabe so verstanden. Markierte Felder bitte prüfen.",
  cannotSaveYet: "So kann ich noch nicht speichern:",
  tooLong: (max: number) =>
    `Die Schnelleingabe ist zu lang (höchstens ${max} Zeichen). Bitte nutze das Formular: „aktivitaet“ ohne Text.`,
  stateTooLarge:
    "Die Eingabe ist zu umfangreich für eine Schnellbestätigung. Bitte nutze das Formular: „aktivitaet“ ohne Text.",
  saveAnyway: "Trotzdem speichern",
  // One-tap changes on the confirmation
  or: "oder",
  tap: {
    guessed: (line: string) => `${line} (geschätzt)`,
    standard: (line: string) => `${line} (Standard)`,
    line: (label: string, value: string) => `${label}: ${value}`,
    focusMissing: "Welcher Ansatzpunkt passt?",
    districtMissing: "Welcher Sozialraum?",
    levelTo: (level: string) => `Stattdessen ${level}`,
    dateQuestion: (day: string) => `Stimmt das Datum ${day}?`,
    dateFuture: (day: string) => `Der ${day} liegt in der Zukunft. Welches Datum stimmt?`,
    dateYes: "Ja, stimmt",
    dateToday: "Heute",
    dateYesterday: "Gestern",
    partnerQuestion: (typed: string) =>
      `„${typed}“ gibt es noch nicht im Partnerverzeichnis. Meinst du einen dieser Partner?`,
    partnerCreate: (typed: string) => `„${typed}“ neu anlegen`,
  },
  duplicate: {
    question: (id: number, day: string) => `Das sieht aus wie Nr. ${id} vom ${day} – trotzdem speichern?`,
  },
  notice: {
    durationMissing: "Die Dauer fehlt – z. B. „2h“, „90 min“ oder „1,5 Std.“.",
    durationImplausible: (minutes: number) =>
      `Eine Dauer von ${minutes} Minuten kann ich nicht übernehmen – bitte 1 Minute bis 24 Stunden angeben.`,
    durationMultiple: "Mehrere Zeitangaben gefunden – die erste zählt.",
    dateInvalid: (raw: string) => `„${raw}“ ist kein gültiges Datum.`,
    dateFuture: (day: string) =>
      `Der ${day} liegt in der Zukunft – erfasst werden Aktivitäten, die stattgefunden haben.`,
    dateMultiple: "Mehrere Datumsangaben gefunden – die erste zählt.",
    districtUnknown: (typed: string, known: string) =>
      `Den Sozialraum „${typed}“ kenne ich nicht. Bekannt sind: ${known}.`,
    districtMissing: (known: string) =>
      `Welcher Sozialraum? Bitte mit @ angeben, z. B. „@${known.split(", ")[0] ?? "Nordstadt"}“. Bekannt sind: ${known}.`,
    districtMultiple: "Mehrere Sozialräume angegeben – der erste zählt.",
    focusMissing:
      "Den Ansatzpunkt erkenne ich nicht. Bitte ein Schlagwort ergänzen, z. B. #gremium, #kooperation, #infrastruktur, #projekt, #ehrenamt oder #presse.",
    focusGuessed: "Den Ansatzpunkt habe ich aus dem Titel abgeleitet.",
    focusConflict: "Mehrere Ansatzpunkte angegeben – der erste zählt.",
    tagUnknown: (tag: string) => `Das Schlagwort „${tag}“ kenne ich nicht; es bleibt im Titel.`,
    partnerGuessed: (typed: string, name: string) => `„${typed}“ habe ich als „${name}“ gelesen.`,
    partnerSimilar: (typed: string, names: string) =>
      `„${typed}“ ist noch nicht bekannt. Meinst du ${names}? Dann bitte über „Bearbeiten“ auswählen, sonst wird „${typed}“ neu angelegt.`,
    partnerNew: (name: string) =>
      `„${name}“ ist noch nicht bekannt und wird beim Speichern neu angelegt. Namen mit Leerzeichen bitte in Anführungszeichen, z. B. +"Grundschule am Park".`,
    roleGuessed: "Die Rolle habe ich aus deiner Eingabe abgeleitet.",
    roleNeedsPeriod:
      "Für Durchführungsverantwortung brauche ich den Zeitraum, z. B. „vom 1.9. bis 31.12.“ – oder über „Bearbeiten“.",
    periodInvalid: "Der Zeitraum endet vor seinem Beginn.",
    periodIgnored: "Ein Zeitraum gilt nur bei Durchführungsverantwortung und wurde nicht übernommen.",
    caseRefInvalid:
      "Als Fallbezug ist nur ein internes Fallkürzel erlaubt (Buchstaben und Ziffern, z. B. „#fall:F-2026-017“), keine Namen.",
    titleMissing: "Was war es? Bitte einen kurzen Titel ergänzen, z. B. „Elterncafé“.",
    titleTooLong: "Der Titel ist zu lang (höchstens 200 Zeichen).",
  },

  // Privacy guard
  privacy: {
    kind: {
      email: "eine E-Mail-Adresse",
      phone: "eine Telefonnummer",
      birthdate: "ein Geburtsdatum oder Alter",
      name: "den Namen einer Person",
      family: "einen Familiennamen („Fam. …“)",
      kinship: "ein Familienmitglied mit Namen („Tochter …“)",
      address: "eine Anschrift",
      iban: "eine Kontonummer (IBAN)",
      insurance: "eine Versicherungs- oder Sozialversicherungsnummer",
      file_number: "ein Aktenzeichen einer anderen Stelle",
    } satisfies Record<PersonalDataKind, string>,
    warning: (kinds: string[]) =>
      `Achtung Datenschutz: Der Text enthält vermutlich ${kinds.join(", ")}. Sozialdaten von Klient*innen gehören nicht in den Chat. Bitte ändere den Text über „Bearbeiten“.`,
    refused: (kinds: string[]) =>
      `Achtung Datenschutz: Der Eintrag enthält vermutlich ${kinds.join(", ")}. Ich habe nichts gespeichert und zeige den Text nicht noch einmal an.`,
    retype:
      "Bitte schreib den Eintrag noch einmal ohne Daten über Klient*innen – höchstens mit einem internen Fallkürzel wie #fall:F-17.",
    openForm: "Im Formular eingeben",
    weakHint:
      "Falls es sich um eine Einrichtung oder einen öffentlichen Ort handelt, kannst du „Trotzdem speichern“ wählen. Dann siehst nur du den Text; im Kanal, im Wochenrückblick, im Bericht und in Exporten steht „(vertraulicher Text ausgeblendet)“.",
    hidden: "(ausgeblendet – enthält vermutlich personenbezogene Daten)",
    fieldError: (kinds: string[]) =>
      `Enthält vermutlich ${kinds.join(", ")}. Bitte keine Daten über Klient*innen eintragen.`,
    fieldErrorWeak: (kinds: string[]) =>
      `Enthält vermutlich ${kinds.join(", ")}. Wenn es keine Daten über Klient*innen sind, setze das Häkchen „Keine Daten über Klient*innen“.`,
  },

  // Form
  formTitleNew: "Aktivität erfassen",
  formTitleEdit: (id: number) => `Aktivität Nr. ${id} bearbeiten`,
  formSubmit: "Speichern",
  formIntro: "Bitte nur die Arbeit beschreiben – keine Namen oder Daten von Klient*innen.",
  hint: {
    duration: "z. B. 90 min, 1,5 Std., 1:30 oder halber Tag",
    caseRef: "Nur bei fallspezifisch: internes Fallkürzel, z. B. F-2026-017 – niemals Namen.",
    period: "Nur bei Durchführungsverantwortung: Beginn und Ende.",
    newPartners:
      "Eine Einrichtung oder Gruppe pro Zeile (oder mit ; getrennt); sie wird beim Speichern angelegt.",
    targetGroups: "Durch Komma getrennt, z. B. Eltern, Kinder",
    privacyOk: "Nur ankreuzen, wenn ein markierter Text eine Einrichtung oder ein öffentlicher Ort ist.",
  },
  privacyOkOption: "Der Text enthält keine Daten über Klient*innen",
  formError: {
    required: "Bitte ausfüllen.",
    date: "Bitte ein Datum angeben, z. B. 03.11.2026.",
    dateFuture: "Das Datum liegt in der Zukunft.",
    duration: "Bitte eine Dauer angeben, z. B. 90 min oder 1,5 Std. (höchstens 24 Std.).",
    title: "Bitte einen Titel mit höchstens 200 Zeichen angeben.",
    district: "Bitte einen Sozialraum wählen.",
    choice: "Bitte eine der angebotenen Möglichkeiten wählen.",
    caseRef:
      "Nur ein internes Fallkürzel aus Buchstaben und Ziffern (mit mindestens einer Ziffer), z. B. F-2026-017.",
    caseRefNotCaseSpecific: "Ein Fallkürzel gehört nur zu einer fallspezifischen Aktivität.",
    periodRequired: "Bei Durchführungsverantwortung bitte Beginn und Ende angeben.",
    periodOrder: "Das Ende liegt vor dem Beginn.",
    periodOnlyResponsible: "Ein Zeitraum gehört nur zur Durchführungsverantwortung.",
    participants: "Bitte eine ganze Zahl von 0 bis 10000.",
    partner: "Diesen Partner gibt es nicht (mehr). Bitte neu wählen.",
    newPartner: "Jeder neue Partner braucht 2 bis 100 Zeichen.",
    notes: "Höchstens 2000 Zeichen.",
    targetGroups: "Höchstens 10 Zielgruppen mit je bis zu 60 Zeichen.",
  },

  // Results
  saved: (id: number) => `Gespeichert: Aktivität Nr. ${id}.`,
  notSaved:
    "Das Speichern hat nicht geklappt, es wurde nichts gespeichert. Bitte versuch es gleich noch einmal.",
  saveUnknown:
    "Die Verbindung zur Datenbank ist beim Speichern abgebrochen. Ob die Aktivität gespeichert wurde, kann ich nicht sicher sagen. Bitte schau mit „aktivitaet liste“ nach. Fehlt sie, tipp noch einmal auf „Speichern“ – doppelt gespeichert wird dabei nichts.",
  updated: (id: number) => `Aktivität Nr. ${id} ist aktualisiert.`,
  discarded: "Verworfen – es wurde nichts gespeichert.",
  staleDraft: "Diese Bestätigung ist nicht mehr gültig. Bitte gib die Aktivität neu ein.",
  draftIncomplete: "So kann ich noch nicht speichern. Bitte über „Bearbeiten“ ergänzen.",
  districtGone: "Den gewählten Sozialraum gibt es nicht mehr. Bitte wähle einen anderen.",
  partnerGone: "Ein gewählter Kooperationspartner ist nicht mehr vorhanden. Bitte wähle neu.",
  partnerExists: (name: string) =>
    `„${name}“ gibt es schon als Kooperationspartner. Bitte wähle ihn in der Liste statt ihn neu anzulegen.`,

  // Edit and delete
  idUsage: (sub: string) => `Bitte die Nummer der Aktivität angeben, z. B. „aktivitaet ${sub} 12“.`,
  notFound: (id: number) => `Eine Aktivität Nr. ${id} finde ich nicht.`,
  notYours: "Du kannst nur deine eigenen Aktivitäten ändern oder löschen. Teamleitungen dürfen alle.",
  confidentialNotYours:
    "Diese Aktivität wurde trotz Datenschutz-Hinweis gespeichert; ihren Text sieht und ändert nur die Person, die sie erfasst hat. Löschen dürfen Teamleitungen sie trotzdem.",
  deleteQuestion: (id: number, title: string, day: string) =>
    `Aktivität Nr. ${id} „${title}“ vom ${day} wirklich löschen?`,
  deleteButton: "Löschen",
  deleted: (id: number) => `Aktivität Nr. ${id} ist gelöscht.`,
  deleteCancelled: "Nicht gelöscht.",

  // List
  listTitleOwn: "Deine Aktivitäten",
  listTitleTeam: "Aktivitäten des Teams",
  listScope: {
    week: "diese Woche",
    month: "dieser Monat",
    all: "zuletzt",
  },
  listHeading: (title: string, scope: string) => `${title} – ${scope}`,
  listEmpty: "Keine Aktivitäten gefunden. Neue erfasst du z. B. mit „aktivitaet 2h Elterncafé #projekt“.",
  listItemTitle: (id: number, title: string) => `Nr. ${id} · ${title}`,
  listItemDetail: (parts: string[]) => parts.join(" · "),
  listPage: (page: number, pages: number, total: number) =>
    `Seite ${page} von ${pages} (${total} ${total === 1 ? "Aktivität" : "Aktivitäten"})`,
  listUnknownArg: (arg: string, known: string) =>
    `„${arg}“ verstehe ich hier nicht. Möglich sind „woche“, „monat“ oder ein Sozialraum (${known}).`,

  // Statistics
  statTitleOwn: (period: string) => `Deine Zahlen – ${period}`,
  statTitleTeam: (period: string, district: string) => `Zahlen ${district} – ${period}`,
  statAllDistricts: "alle Sozialräume",
  statPeriod: {
    week: (from: string) => `Woche ab ${from}`,
    month: (label: string) => label,
    quarter: (q: number, year: number) => `${q}. Quartal ${year}`,
    year: (year: number) => `Jahr ${year}`,
  },
  statCount: "Aktivitäten",
  statTotal: "Zeit gesamt",
  statParticipants: "Teilnehmende gesamt",
  statByFocus: "Nach Ansatzpunkt",
  statByLevel: "Nach Ebene",
  statByRole: "Nach Rolle",
  statByDistrict: "Nach Sozialraum",
  statTopPartners: "Häufigste Kooperationspartner",
  statPartnerLine: (count: number, minutes: number) =>
    `${count} ${count === 1 ? "Aktivität" : "Aktivitäten"}, ${hours(minutes)}`,
  statEmpty: "Im gewählten Zeitraum gibt es noch keine Aktivitäten.",
  statNoRanking: "Die Zahlen zeigen Summen – keine Auswertung nach Personen.",
  statUnknownArg: (arg: string, known: string) =>
    `„${arg}“ verstehe ich hier nicht. Möglich sind „woche“, „monat“, „quartal“, „jahr“ und ein Sozialraum (${known}).`,
  monthNames: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],

  // Export
  exportUsage:
    "Bitte Zeitraum als Datum angeben, z. B. „aktivitaet export 1.1.2026 31.3.2026“. Ohne Angabe: seit Jahresbeginn.",
  exportOrder: "Das Ende des Zeitraums liegt vor dem Beginn.",
  exportComment: (count: number, from: string, to: string) =>
    `Export: ${count} Aktivitäten vom ${from} bis ${to} (CSV für Excel, Trennzeichen Semikolon).`,
  csvYes: "ja",
  csvNo: "nein",

  // Sub-commands and help
  helpIntro:
    "Schreib in einer Zeile, was du gemacht hast. Ich erkenne Dauer, Datum, #Schlagwort, @Sozialraum und +Partner und frage nach, bevor ich speichere.",
  helpExamples: [
    "aktivitaet 2h Elterncafé @Nordstadt #projekt",
    "aktivitaet gestern 90 min Runder Tisch Jugend #gremium +Jugendhaus Mitte",
    'aktivitaet Montag 1,5 Std. Schulkooperation #schule +"Grundschule am Park" 12 TN',
    "aktivitaet 3.11. halber Tag Stadtteilfest verantwortlich vom 1.9. bis 31.12. #projekt",
    "aktivitaet 45 min Fallberatung mit Kita #fall:F-2026-017 #kooperation",
  ],
  helpTags:
    "Schlagwörter: #gremium #netzwerk #kooperation #schule #kita #infrastruktur #planung #projekt #elterncafe #ehrenamt #presse #flyer · Ebene: #fall oder fallspezifisch · Rolle: angestoßen, mitgewirkt, verantwortlich",
  helpPrivacy:
    "Keine Namen, Geburtsdaten, Adressen, Telefonnummern oder E-Mail-Adressen von Klient*innen – höchstens ein internes Fallkürzel.",
  examplesTitle: "Beispiele",
} as const;
