// German texts of the weekly digest (Wochenrückblick), the youth-office report (Bericht) and their settings.
import { hours, decimal as num } from "./format.js";

/** An average of hours reads with one decimal („2,6 Std.“): it is an estimate, not a booked quarter hour. */
const avgHours = (minutes: number) => `${num(minutes / 60)} Std.`;
const digestCount = (count: number) => `${num(count)} ${count === 1 ? "Aktivität" : "Aktivitäten"}`;
/** „Ø 0,8 Aktivitäten und 2,6 Std. pro Woche“: an average says what it counts and per what. */
const weekAverage = (count: number, minutes: number) =>
  `Ø ${digestCount(count)} und ${avgHours(minutes)} pro Woche`;

export const digest = {
  hours,
  num,
  title: (district: string, week: number, range: string) =>
    `Wochenrückblick ${district} · KW ${week} (${range})`,
  nothing: (district: string, week: number) =>
    `${district}, KW ${week}: keine Aktivitäten erfasst und keine Gremiensitzungen in den nächsten 14 Tagen.`,
  totals: "Letzte Woche",
  thisWeek: (range: string) => `Diese Woche bis heute (${range})`,
  lastWeek: (week: number, range: string) => `Letzte Woche (KW ${week}, ${range})`,
  weekValue: (count: number, minutes: number) => `${digestCount(count)}, ${hours(minutes)}`,
  totalsValue: (count: number, minutes: number, avgCount: number, avgMinutes: number) =>
    `${digestCount(count)}, ${hours(minutes)} · in den 4 Wochen davor ${weekAverage(avgCount, avgMinutes)}`,
  figureValue: (count: number, minutes: number, avgMinutes: number) =>
    `${digestCount(count)}, ${hours(minutes)} (Ø ${avgHours(avgMinutes)} pro Woche)`,
  byFocus: "Letzte Woche nach Ansatzpunkt",
  byLevel: "Letzte Woche nach Ebene",
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
  perPersonTitle: "Stunden je Person (mit Zustimmung des Betriebsrats eingeschaltet)",
  perPersonLine: (name: string, count: number, minutes: number) => `${name}: ${count} · ${hours(minutes)}`,
  /** Needs and offers: the guideline's loop from case work to the district's offers (seed §1). */
  loop: {
    title: "Bedarfe und Angebote",
    opened: (id: number, what: string) => `Neuer Bedarf Nr. ${id}: ${what}`,
    seenAgain: (id: number, what: string, added: number, seen: number) =>
      `Bedarf Nr. ${id} ${added === 1 ? "einmal" : `${added}-mal`} mehr gesehen (jetzt ${seen}-mal): ${what}`,
    answered: (id: number, what: string) => `Bedarf Nr. ${id} beantwortet: ${what}`,
    offer: (title: string, sessions: number, participants: number) =>
      `${title}: ${sessions} ${sessions === 1 ? "Termin" : "Termine"}, ${participants} Teilnehmende`,
    answers: (id: number, what: string) => `antwortet auf Bedarf Nr. ${id}: ${what}`,
  },
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

  // Per-person figures (dual control: an admin asks, the works council or a second admin approves)
  perPersonUsage:
    "So geht’s: „sozialraum personenzahlen an“ (Admin beantragt), „… zustimmen“ oder „… ablehnen“ (Betriebsrat oder eine zweite Admin), „… aus“ (Admin oder Betriebsrat).",
  perPersonState: (on: boolean, since?: string) =>
    on
      ? `Stunden je Person sind eingeschaltet${since ? ` (seit ${since})` : ""}. Sie stehen im Wochenrückblick, nie im Bericht fürs Jugendamt.`
      : "Stunden je Person sind ausgeschaltet (Standard).",
  perPersonPending: (who: string, until: string) =>
    `Offener Antrag von ${who}: Stunden je Person einschalten. Zustimmung bis ${until} möglich.`,
  perPersonRequested: (until: string) =>
    `Antrag gestellt. Eingeschaltet wird erst, wenn eine Person mit der Rolle Betriebsrat oder eine zweite Admin bis ${until} mit „sozialraum personenzahlen zustimmen“ zustimmt. Sonst verfällt der Antrag.`,
  perPersonNoApprover:
    "Im Team hat noch niemand die Rolle Betriebsrat und es gibt keine zweite Admin. So geht’s: „sozialraum rolle @Person betriebsrat“.",
  perPersonAlreadyOn: "Stunden je Person sind schon eingeschaltet.",
  perPersonAlreadyRequested: (who: string, until: string) =>
    `Es gibt schon einen offenen Antrag von ${who} (bis ${until}).`,
  perPersonNothingToApprove: "Es gibt keinen offenen Antrag, Stunden je Person einzuschalten.",
  perPersonOwnRequest:
    "Du hast den Antrag selbst gestellt. Zustimmen muss eine zweite Person: jemand mit der Rolle Betriebsrat oder eine andere Admin.",
  perPersonApproverOnly: "Zustimmen oder ablehnen dürfen nur Personen mit der Rolle Betriebsrat und Admins.",
  perPersonOffOnly: "Ausschalten dürfen Admins und Personen mit der Rolle Betriebsrat.",
  perPersonOn:
    "Zugestimmt: Stunden je Person sind jetzt eingeschaltet. Das Team bekommt einen Hinweis, und jeder Wochenrückblick zeigt es oben an. In den Bericht fürs Jugendamt kommen sie nie.",
  perPersonRejected: "Abgelehnt: Stunden je Person bleiben ausgeschaltet. Der Antrag ist erledigt.",
  perPersonWithdrawn: "Zurückgezogen: Der Antrag ist erledigt, Stunden je Person bleiben ausgeschaltet.",
  perPersonOff: "Ausgeschaltet: Der Wochenrückblick zeigt wieder nur Team- und Sozialraumsummen.",
  perPersonWasOff: "Stunden je Person waren schon ausgeschaltet.",
  perPersonNoticeOn: (since: string) =>
    `Hinweis an das Team: Seit ${since} zeigt der Wochenrückblick Stunden je Person. Eine Admin hat das beantragt, der Betriebsrat oder eine zweite Admin hat zugestimmt. Ausschalten: „sozialraum personenzahlen aus“.`,
  perPersonNoticeOff: "Hinweis an das Team: Der Wochenrückblick zeigt keine Stunden je Person mehr.",
  perPersonBanner: (since: string | undefined) =>
    `Stunden je Person sind eingeschaltet${since ? ` (seit ${since})` : ""}. Ausschalten: „sozialraum personenzahlen aus“.`,

  // Report
  reportUsage:
    "So geht’s: „sozialraum bericht <Zeitraum> [Sozialraum|alle] [docx|xlsx|md|csv]“. Zeitraum: „quartal“, „letztes quartal“, „Q3 2026“, „jahr“, „vorjahr“, „2026“ oder „von 01.03.2026 bis 31.05.2026“. Ohne Format kommt ein Word-Dokument.",
  periodQuarter: (q: number, year: number) => `${q}. Quartal ${year}`,
  periodQuarterSoFar: (q: number, year: number) => `${q}. Quartal ${year} bis heute`,
  periodYear: (year: number) => `Jahr ${year}`,
  periodYearSoFar: (year: number) => `Jahr ${year} bis heute`,
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
  },
} as const;
