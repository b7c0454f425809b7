// German texts of the committee family (Gremien, Sitzungen, Erinnerungen, Kalender).
export const gremium = {
  noDistricts: "Es gibt noch keinen Sozialraum. Eine Admin legt ihn mit „sozialraum neu <Name>“ an.",
  unknownCommittee: (name: string) => `Ein Gremium „${name}“ finde ich nicht. „gremium liste“ zeigt alle.`,
  unknownDistrict: (name: string) => `Einen Sozialraum „${name}“ finde ich nicht.`,
  nameMissing: "Bitte nenne das Gremium, z. B. „gremium archivieren Runder Tisch Nord“.",
  form: {
    titleNew: "Neues Gremium",
    titleEdit: "Gremium bearbeiten",
    submit: "Speichern",
    name: "Name",
    type: "Art",
    district: "Sozialraum",
    part: "Unsere Rolle",
    firstDate: "Erste Sitzung am",
    firstDateHint: "Leer lassen: der nächste Termin, der zum Rhythmus passt.",
    rhythm: "Rhythmus",
    rhythmHint:
      "In eigenen Worten, z. B. „jeden 2. Dienstag im Monat“, „alle 2 Wochen mittwochs“, „montags, außer in den Schulferien“.",
    time: "Beginn (Uhrzeit)",
    duration: "Dauer in Minuten",
    recurrence: "Wiederholung",
    interval: "Abstand (alle n Wochen bzw. Monate)",
    intervalHint: "1 = jede Woche bzw. jeden Monat, 2 = jede zweite …",
    location: "Ort",
    channel: "Kanal für Erinnerungen",
    channelNone: "Kanal des Sozialraums",
    channelOf: (district: string) => `Kanal von ${district}`,
    channelNamed: (name: string) => `Kanal „${name}“`,
    channelHere: "Dieser Kanal",
    channelCurrent: "Bisheriger Kanal",
    channelHint:
      "„Kanal des Sozialraums“: dessen Kanal, wenn er einen hat, sonst persönliche Nachrichten an die Teilnehmenden.",
    leads: "Erinnerungen",
    attendees: "Wer geht in der Regel hin?",
  },
  recurrence: {
    weekly: "Wöchentlich (oder alle n Wochen)",
    monthly_weekday: "Monatlich am n-ten Wochentag (wie das Startdatum, z. B. jeden 2. Dienstag)",
    monthly_last_weekday: "Monatlich am letzten Wochentag (z. B. letzter Donnerstag)",
    monthly_date: "Monatlich am selben Datum",
    once: "Einmaliger Termin",
  },
  leads: {
    20160: "14 Tage vorher",
    10080: "7 Tage vorher",
    4320: "3 Tage vorher",
    1440: "1 Tag vorher",
    120: "2 Stunden vorher",
  } as Record<number, string>,
  errors: {
    required: "Bitte ausfüllen.",
    nameTaken: "Ein Gremium mit diesem Namen gibt es schon.",
    date: "Bitte ein Datum wie 12.05.2026 angeben.",
    time: "Bitte eine Uhrzeit wie 18:00 angeben.",
    duration: "Bitte eine Dauer zwischen 5 und 1440 Minuten angeben.",
    interval: "Bitte eine Zahl von 1 bis 12 angeben.",
    choice: "Bitte eine der Möglichkeiten wählen.",
    tooLong: "Das ist zu lang.",
  },
  setup: {
    title: (name: string) => `Neues Gremium: ${name}`,
    rhythm: "Rhythmus",
    district: "Sozialraum",
    location: "Ort",
    nextTitle: "Die nächsten Termine:",
    save: "Speichern",
    edit: "Im Formular ändern",
    noRhythm:
      "Wann trifft sich das Gremium? Zum Beispiel: „gremium neu Stadtteilgremium Nordstadt jeden 2. Dienstag im Monat 18 Uhr @Nordstadt“. Ohne weitere Angaben öffnet „gremium neu“ das Formular.",
    noName:
      "Bitte nenne zuerst den Namen, dann den Rhythmus, z. B. „gremium neu Runder Tisch Süd jeden 1. Montag im Monat 17 Uhr“.",
    whichDistrict: (known: string) =>
      `Für welchen Sozialraum? Bitte mit @ angeben, z. B. „@Nordstadt“.${known ? ` Es gibt: ${known}.` : ""}`,
    namePrivate: (why: string) => `Name: ${why}`,
    locationPrivate: (why: string) => `Ort: ${why}`,
    noDates: "Zu diesem Rhythmus finde ich in den nächsten drei Jahren keinen Termin.",
    expired: "Dieser Entwurf ist nicht mehr lesbar. Bitte „gremium neu …“ noch einmal eingeben.",
  },
  /** What the form says under a rhythm that reads, before anything is saved. */
  check: {
    rhythm: (words: string, dates: string[]) =>
      `Verstanden: ${words}. ${dates.length > 0 ? `Nächste Termine: ${dates.join(" · ")}` : "Kein weiterer Termin."}`,
    dateNote: (when: string, notes: string) => `${when} (${notes})`,
  },
  created: (name: string, next: string) => `Gremium „${name}“ ist gespeichert. Nächste Sitzung: ${next}.`,
  updated: (name: string, next: string) => `Gremium „${name}“ ist aktualisiert. Nächste Sitzung: ${next}.`,
  noNext: "keine weitere",
  listTitle: "Gremien",
  listEmpty: "Noch keine Gremien. Leg eins an mit „gremium neu“.",
  listDetail: (type: string, district: string, part: string, next: string) =>
    `${type} · ${district} · ${part} · nächste Sitzung: ${next}`,
  nextTitle: "Nächste Sitzungen",
  nextEmpty: "In den nächsten Wochen stehen keine Sitzungen an.",
  going: (names: string) => `Es gehen: ${names}`,
  notGoing: (names: string) => `Können nicht: ${names}`,
  nobodyYet: "Bisher hat niemand aus dem Team zugesagt.",
  holiday: (name: string) => `Achtung: Feiertag (${name})`,
  schoolHoliday: (name: string) => `Achtung: in den Schulferien (${name || "Ferien"})`,
  cancelledTag: "abgesagt",
  movedTag: (from: string) => `verschoben (ursprünglich ${from})`,
  dateMissing: "Bitte nenne Gremium und Datum, z. B. „gremium absagen Runder Tisch 12.05.2026“.",
  moveUsage:
    "Bitte nenne Gremium, Datum und neuen Termin, z. B. „gremium verschieben Runder Tisch 12.05.2026 19.05.2026 18:30“.",
  noMeetingOn: (name: string, day: string) => `Am ${day} hat „${name}“ keine Sitzung.`,
  alreadyCancelled: (name: string, day: string) => `Die Sitzung „${name}“ am ${day} ist bereits abgesagt.`,
  cancelled: (name: string, day: string) =>
    `Die Sitzung „${name}“ am ${day} ist abgesagt. Erinnerungen entfallen.`,
  moved: (name: string, from: string, to: string) =>
    `Die Sitzung „${name}“ vom ${from} ist verschoben auf ${to}.`,
  movedToPast: "Der neue Termin liegt in der Vergangenheit.",
  notAllowed: (change: "cancel" | "move" | "archive", name: string, owner?: string) => {
    const what = {
      cancel: `Sitzungen von „${name}“ absagen`,
      move: `Sitzungen von „${name}“ verschieben`,
      archive: `„${name}“ archivieren`,
    }[change];
    const creator = owner ? `${owner} (hat das Gremium angelegt)` : "wer das Gremium angelegt hat";
    return `${what} dürfen nur ${creator}, Teamleitungen und Admins. Sprich sie bitte an.`;
  },
  archived: (name: string) => `Gremium „${name}“ ist archiviert. Es kommen keine Erinnerungen mehr.`,
  reminder: {
    title: (name: string, when: string) => `Erinnerung: ${name} – ${when}`,
    late: "Diese Erinnerung kommt verspätet (der Assistent war zeitweise nicht erreichbar).",
    movedNote: (from: string) => `Verschoben, ursprünglich am ${from}.`,
    location: "Ort",
    district: "Sozialraum",
    duration: "Dauer",
    goingButton: "Ich gehe",
    notGoingButton: "Ich kann nicht",
  },
  attendanceSaved: "Danke, ist eingetragen.",
  attendanceNoted: (name: string, when: string) =>
    `Danke, ist eingetragen: Du gehst zu „${name}“ am ${when}.`,
  meetingGone: "Diese Sitzung gibt es nicht mehr (abgesagt oder Gremium archiviert).",
  afterMeeting: {
    prompt: (name: string, day: string) =>
      `Du warst bei „${name}“ am ${day}. Soll ich das als Aktivität (Vernetzte Strukturen) erfassen?`,
    button: "Als Aktivität erfassen",
    formTitle: "Sitzung als Aktivität erfassen",
    formIntro: "Vorausgefüllt aus dem Gremium – bei Bedarf anpassen.",
    title: "Titel",
    date: "Datum",
    minutes: "Dauer in Minuten",
    district: "Sozialraum",
    focus: "Ansatzpunkt",
    saved: (name: string, minutes: string) => `Als Aktivität gespeichert: „${name}“ (${minutes}).`,
    alreadySaved: "Diese Sitzung hast du schon als Aktivität erfasst.",
  },
  calendar: {
    link: (url: string) =>
      `Dein Kalender-Abo (nur für dich, bitte nicht weitergeben): ${url}\nIn Outlook oder Google Kalender unter „Kalender abonnieren / Aus dem Internet“ einfügen.`,
    relative: (path: string) =>
      `Dein Kalender-Abo (nur für dich, bitte nicht weitergeben): Hänge ${path} an die Internetadresse dieses Assistenten an (die Admin kennt sie) und füge den Link in Outlook oder Google Kalender unter „Kalender abonnieren“ ein.`,
    revoked: (n: number) =>
      n === 0
        ? "Du hattest keine aktiven Kalender-Links."
        : `${n} Kalender-Link(s) widerrufen. Sie funktionieren ab sofort nicht mehr.`,
    feedName: (district: string) => `Gremien – ${district}`,
    allDistricts: "alle Sozialräume",
    cancelledPrefix: "Abgesagt: ",
    notFound: "Diesen Kalender gibt es nicht (mehr). Hol dir mit „gremium kalender“ einen neuen Link.",
    movedNote: (from: string) => `Verschoben, ursprünglich am ${from}.`,
    holidayNote: (name: string) => `Feiertag: ${name}`,
    schoolHolidayNote: (name: string) => `In den Schulferien: ${name || "Ferien"}`,
  },
} as const;
