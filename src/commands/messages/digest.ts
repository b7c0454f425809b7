// German texts of the weekly digest (Wochenrückblick), the youth-office report (Bericht) and their settings.
import { hours, decimal as num } from "./format.js";

export const digest = {
  hours,
  num,
  title: (district: string, week: number, range: string) =>
    `Wochenrückblick ${district} · KW ${week} (${range})`,
  nothing: (district: string, week: number) =>
    `${district}, KW ${week}: keine Aktivitäten erfasst und keine Gremiensitzungen in den nächsten 14 Tagen.`,
  totals: "Letzte Woche",
  totalsValue: (count: number, minutes: number, avgCount: number, avgMinutes: number) =>
    `${count} Aktivitäten, ${hours(minutes)} (Ø 4 Wochen davor: ${num(avgCount)}, ${hours(avgMinutes)})`,
  figureValue: (count: number, minutes: number, avgMinutes: number) =>
    `${count} · ${hours(minutes)} (Ø ${hours(avgMinutes)})`,
  byFocus: "Nach Ansatzpunkt",
  byLevel: "Nach Ebene",
  chartAlt: (district: string) => `Stunden je Ansatzpunkt in den letzten 12 Wochen, ${district}`,
  chartTitle: "Stunden je Ansatzpunkt, letzte 12 Wochen",
  chartWeekAxis: "KW",
  chartHoursAxis: "Std.",
  highlights: "Höhepunkte",
  largest: (title: string, minutes: number, focus: string) => `${title} – ${hours(minutes)} (${focus})`,
  newPartner: (name: string, type: string) => `Neuer Partner: ${name} (${type})`,
  agreed: (partner: string) => `Kooperation vereinbart: ${partner}`,
  reviewDue: (partner: string, day: string) => `Kooperation mit ${partner}: Überprüfung am ${day}`,
  meetingsTitle: "Gremien in den nächsten 14 Tagen",
  meetingLine: (committee: string, when: string) => `${committee} – ${when}`,
  going: (names: string) => `Es gehen: ${names}`,
  nobodyYet: "Noch niemand – wer geht hin?",
  goingButton: "Ich gehe hin",
  moved: "verschoben",
  blindSpots: "Blinde Flecken",
  focusIdle: (focus: string, last: string | null) =>
    last ? `${focus}: seit ${last} keine Aktivität` : `${focus}: noch keine Aktivität erfasst`,
  partnerIdle: (name: string, last: string | null) =>
    last ? `${name}: letzter Kontakt ${last}` : `${name}: noch kein Kontakt erfasst`,
  reviewOverdue: (partner: string, day: string) =>
    `Kooperation mit ${partner}: Überprüfung war am ${day} fällig`,
  more: (n: number) => `… und ${n} weitere`,
  perPersonTitle: "Stunden je Person (vom Admin freigeschaltet)",
  perPersonLine: (name: string, count: number, minutes: number) => `${name}: ${count} · ${hours(minutes)}`,
  actHint: "Erfassen: „aktivitaet“ · Gremien: „gremium“ · Kooperationen: „kooperation“",
  allDistricts: "alle Sozialräume",

  // Subscriptions
  subscribed: (district: string, weekday: string, time: string) =>
    `Dieser Kanal bekommt den Wochenrückblick für ${district} jeden ${weekday} um ${time} Uhr.`,
  unsubscribed: (n: number) =>
    n > 0
      ? "Dieser Kanal bekommt keinen Wochenrückblick mehr."
      : "Dieser Kanal hatte keinen Wochenrückblick abonniert.",
  needsChannel: "Bitte schreib das in dem Kanal, der den Wochenrückblick bekommen soll.",
  noSubscriptions:
    "Es ist noch kein Wochenrückblick abonniert. So geht’s: „sozialraum digest abonnieren Nordstadt Montag 08:00“.",
  listTitle: "Abonnierte Wochenrückblicke",
  listLine: (channel: string, district: string, weekday: string, time: string) =>
    `Kanal ${channel}: ${district}, ${weekday} ${time} Uhr`,
  usage:
    "So geht’s: „sozialraum digest abonnieren [Sozialraum] [Wochentag Uhrzeit]“, „abbestellen“, „liste“ oder „vorschau [Sozialraum]“.",
  badTime: "Die Uhrzeit verstehe ich nicht. Bitte z. B. „08:00“ oder „8 Uhr“.",
  noDistricts: "Es gibt noch keinen Sozialraum. Ein Admin legt ihn an: „sozialraum neu Nordstadt“.",
  unknownDistrict: (name: string, known: string) =>
    `Den Sozialraum „${name}“ kenne ich nicht.${known ? ` Vorhanden: ${known}.` : ""}`,
  whichDistrict: (known: string) =>
    `Für welchen Sozialraum? Bitte mit Namen, z. B. „sozialraum digest vorschau Nordstadt“. Vorhanden: ${known}.`,
  nameTooLong: "Der Name des Sozialraums ist zu lang (höchstens 60 Zeichen).",
  weekdays: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"] as const,

  // Per-person figures
  perPersonOn:
    "Stunden je Person werden jetzt in Wochenrückblick und Bericht gezeigt. Bitte nur mit Zustimmung des Betriebsrats.",
  perPersonOff: "Wochenrückblick und Bericht zeigen wieder nur Team- und Sozialraumsummen.",
  perPersonUsage: "So geht’s: „sozialraum personenzahlen an“ oder „sozialraum personenzahlen aus“.",
  perPersonState: (on: boolean) =>
    on ? "Stunden je Person sind eingeschaltet." : "Stunden je Person sind ausgeschaltet (Standard).",

  // Report
  reportUsage:
    "So geht’s: „sozialraum bericht quartal|jahr [Sozialraum]“ oder „sozialraum bericht 01.01.2026 31.03.2026 [Sozialraum]“; mit „csv“ am Ende kommt die Tabelle für Excel.",
  reportBadRange:
    "Der Zeitraum passt nicht: das Ende muss nach dem Anfang liegen und höchstens zwei Jahre danach.",
  reportMarkdownComment: (range: string) =>
    `Bericht für das Jugendamt, ${range}. Die Tabelle für Excel: denselben Befehl mit „csv“ am Ende.`,
  reportCsvComment: (range: string) => `Bericht für das Jugendamt als Tabelle für Excel, ${range}.`,
  reportTitle: (scope: string, range: string) => `Bericht sozialräumliche Arbeit – ${scope}, ${range}`,
  reportGenerated: (day: string) =>
    `Erstellt am ${day}. Nur Team- und Sozialraumsummen, keine Daten von Klientinnen und Klienten.`,
  reportSummary: "Überblick",
  reportActivities: "Aktivitäten",
  reportHours: "Stunden",
  reportParticipants: "Erreichte Teilnehmende",
  reportByFocus: "Stunden nach Ansatzpunkt",
  reportByLevel: "Stunden nach Ebene",
  reportByRole: "Stunden nach Rolle",
  reportByTargetGroup: "Stunden nach Zielgruppe",
  reportByGoal: "Stunden nach Ziel",
  reportCommittees: "Gremien",
  reportPartners: "Kooperationspartner",
  reportCooperations: "Kooperationen",
  reportPerPerson: "Stunden je Person",
  reportNone: "keine",
  col: {
    section: "Bereich",
    name: "Bezeichnung",
    activities: "Aktivitäten",
    hours: "Stunden",
    participants: "Teilnehmende",
    type: "Art",
    part: "Unsere Rolle",
    meetings: "Sitzungen",
    attended: "davon besucht",
    contacts: "Kontakte",
    lastContact: "Letzter Kontakt",
    status: "Status",
    start: "Beginn",
    end: "Ende",
    review: "Überprüfung",
    district: "Sozialraum",
  },
  section: {
    total: "Gesamt",
    focus: "Ansatzpunkt",
    level: "Ebene",
    role: "Rolle",
    targetGroup: "Zielgruppe",
    goal: "Ziel",
    committee: "Gremium",
    partner: "Partner",
    cooperation: "Kooperation",
    person: "Person",
  },
} as const;
