// German texts of the Word and Excel report for the youth office (Sachbericht): title page, sections, narrative, methods.

const pct = (n: number) => `${n.toLocaleString("de-DE", { maximumFractionDigits: 0 })} %`;

export const bericht = {
  docTitle: "Sachbericht sozialräumliche Arbeit",
  docScope: (scope: string) => `Sozialraum: ${scope}`,
  docPeriod: (label: string) => `Zeitraum: ${label}`,
  docComparison: (label: string) => `Vergleich: derselbe Zeitraum ein Jahr zuvor (${label})`,
  total: "Gesamt",
  totalHeading: "Alle Sozialräume zusammen",
  summary: (count: number, hours: string, participants: number) =>
    `${count} Aktivitäten, ${hours} Stunden, ${participants} erreichte Teilnehmende.`,
  comparison: (count: number, hours: string, change: string) =>
    `Im Vorjahreszeitraum: ${count} Aktivitäten, ${hours} Stunden (${change}).`,
  change: (percent: number | undefined) =>
    percent === undefined
      ? "im Vorjahr keine Stunden"
      : `${percent >= 0 ? "+" : "−"}${pct(Math.abs(percent))} Stunden`,
  chartTitle: (bucket: "week" | "month") =>
    bucket === "week" ? "Stunden je Ansatzpunkt pro Kalenderwoche" : "Stunden je Ansatzpunkt pro Monat",
  chartAxis: (bucket: "week" | "month") => (bucket === "week" ? "KW" : "Monat"),
  chartAlt: (name: string, bucket: "week" | "month") =>
    `Balkendiagramm: Stunden je Ansatzpunkt pro ${bucket === "week" ? "Kalenderwoche" : "Monat"}, ${name}`,
  byLevel: "Nach Ebene",
  byFocus: "Nach Ansatzpunkt",
  byRole: "Nach Rolle",
  byGoal: "Nach Ziel",
  byTargetGroup: "Nach Zielgruppe",
  col: {
    name: "Bezeichnung",
    district: "Sozialraum",
    activities: "Aktivitäten",
    hours: "Stunden",
    participants: "Teilnehmende",
    previousActivities: "Aktivitäten Vorjahr",
    previousHours: "Stunden Vorjahr",
    change: "Veränderung",
    section: "Bereich",
    title: "Titel",
    role: "Rolle",
    from: "Von",
    to: "Bis",
    partners: "Partner",
  },
  narrative: "Was das Team getragen hat",
  narrativeIntro:
    "Je Ansatzpunkt die größten Vorhaben nach Stunden, mit Rolle, Partnern und Zeitraum. Vertraulich gespeicherte Einträge sind mitgezählt, aber nicht genannt.",
  projects: "Projekte und Angebote",
  committees: "Gremien",
  cooperations: "Kooperationen",
  none: "keine",
  thread: (role: string, count: number, hours: string, from: string, to: string) =>
    `${role}, ${count === 1 ? "1 Eintrag" : `${count} Einträge`}, ${hours} Std., ${from === to ? from : `${from}–${to}`}`,
  withPartners: (names: string) => `mit ${names}`,
  committee: (type: string, part: string, meetings: number, attended: number, district: string) =>
    `${type}, ${part}${district ? `, ${district}` : ""}: ${meetings} Sitzungen, davon ${attended} besucht`,
  cooperation: (status: string, from: string, to: string, district: string) =>
    [status, district, from ? `ab ${from}` : "", to ? `bis ${to}` : ""].filter(Boolean).join(", "),
  methods: "Methodik",
  methodsText: [
    "Gezählt sind die Aktivitäten, die das Team im Zeitraum erfasst hat (Tag der Aktivität, nicht der Eingabe), mit ihrer Dauer in Stunden. Gelöschte Einträge zählen nicht.",
    "Ziele und Zielgruppen: eine Aktivität mit mehreren Zielen oder Zielgruppen zählt bei jeder; diese Tabellen ergeben zusammen daher mehr als die Summe. Zielgruppen vertraulicher Einträge sind in einer Zeile zusammengefasst, ohne ihren Text.",
    "Gremien: Sitzungen nach ihrem geplanten Termin, ohne abgesagte; „besucht“ heißt, mindestens ein Teammitglied hat zugesagt. Kooperationen mit ihrem heutigen Stand.",
    "Vergleich: dieselben Kalendertage ein Jahr zuvor. Keine Daten von Klientinnen und Klienten, keine Zahlen je Person.",
  ],
  generated: (day: string) => `Erstellt am ${day}.`,
  sheet: {
    overview: "Überblick",
    level: "Ebene",
    focus: "Ansatzpunkt",
    role: "Rolle",
    goal: "Ziel",
    targetGroup: "Zielgruppe",
    committees: "Gremien",
    cooperations: "Kooperationen",
    partners: "Partner",
    narrative: "Vorhaben",
  },
  budgetLabel: "Sozialraumbudget (fallunspezifische Stunden)",
  budgetLine: (hours: string, target: number, done: number, year: number) =>
    `${hours} von ${target} Std. (${done} %), Jahr zu ${year} % vergangen`,
  budgetUsage:
    "So geht’s: „sozialraum budget <Sozialraum> <Stunden>“, z. B. „sozialraum budget Nordstadt 480“: die fallunspezifischen Stunden, die im Jahr geplant sind. „aus“ statt der Stunden nimmt das Budget weg.",
  budgetBadHours: "Die Stunden bitte als ganze Zahl zwischen 1 und 100000.",
  budgetSet: (district: string, hours: number, line: string) =>
    `Sozialraumbudget für ${district}: ${hours} fallunspezifische Stunden im Jahr. Stand heute: ${line}. Wochenrückblick und Bericht zeigen es.`,
  budgetCleared: (district: string) => `Das Sozialraumbudget für ${district} ist entfernt.`,
  col2: {
    budget: "Budget Std.",
    budgetActual: "Fallunspez. Std. im Jahr",
    budgetDone: "Budget erreicht",
    yearGone: "Jahr vergangen",
  },
  docxComment: (label: string) =>
    `Sachbericht für das Jugendamt als Word-Dokument, ${label}. Als Tabelle: denselben Befehl mit „xlsx“ am Ende.`,
  xlsxComment: (label: string) => `Sachbericht für das Jugendamt als Excel-Tabelle, ${label}.`,
} as const;
