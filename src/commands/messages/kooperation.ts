// German texts of the kooperation family: the six-step checklist (seed §2.2), list, show, status, export, review.
export const kooperation = {
  formTitle: (step: number) => `Kooperation · ${step}/6`,
  partnerFormTitle: "Neuer Partner",
  next: "Weiter",
  finish: "Abschließen",
  back: "Zurück",
  later: "Später fortsetzen",
  resume: "Fortsetzen",
  show: "Anzeigen",
  export: "Als Dokument exportieren",
  agree: "Als vereinbart festhalten",
  extend: "Verlängern",
  end: "Beenden",
  create: "Anlegen und starten",
  stepIntro: (partner: string, step: number, question: string) =>
    `Kooperation mit ${partner} – Schritt ${step} von 6: ${question}`,
  privacyNote: "Bitte keine Namen, Adressen oder Geburtsdaten von Kindern und Familien.",
  overrideAsk: (what: string) =>
    `⚠️ Im Text steht etwas, das nach personenbezogenen Daten aussieht (${what}). Wenn es Daten von Kindern oder Familien sind, nimm sie bitte heraus. Ist es ein Fehlalarm – etwa der Name oder die Telefonnummer des Schulsekretariats –, schreib kurz unten die Begründung hinein und bestätige noch einmal.`,
  overrideReason: "Begründung: Warum sind das keine Daten von Kindern oder Familien?",
  overrideReasonHint: "Die Begründung wird mit der Antwort gespeichert und im Protokoll vermerkt.",
  lastAnswer: (name: string, when: string) => `Zuletzt beantwortet von ${name} am ${when}.`,

  steps: {
    1: {
      question: "Was ist der HzE-Auftrag?",
      label: "HzE-Auftrag",
      explanation:
        "Welcher Auftrag aus den Hilfen zur Erziehung steht hinter der Kooperation? Eine gute Antwort nennt den Bedarf im Sozialraum (z. B. früher an Familien herankommen, Übergänge begleiten) und warum die EHS dafür zuständig ist.",
    },
    2: {
      question: "Welche spezifische Kompetenz der EHS kommt hierbei zum Tragen?",
      label: "Kompetenz der EHS",
      explanation:
        "Was kann die EHS, was die Einrichtung selbst nicht kann? Z. B. Elternberatung, Gruppenangebote zu sozialen Kompetenzen, Kenntnis der Hilfen im Sozialraum. Konkret statt allgemein.",
    },
    3: {
      question: "Was hat HzE davon?",
      label: "Nutzen für HzE",
      explanation:
        "Der Nutzen für die Hilfen zur Erziehung: z. B. frühere Zugänge, weniger Eskalationen, bessere Zusammenarbeit im Einzelfall. Rechtfertigt der Nutzen den Aufwand?",
    },
    4: {
      question: "Welchen Part übernimmt die Einrichtung? Was trägt sie dazu bei?",
      label: "Beitrag der Einrichtung",
      explanation:
        "Was bringt die Schule, Kita oder der Hort selbst ein? Z. B. Räume, Zeiten, eine feste Ansprechperson, Information der Eltern, eigenes Personal. So konkret, dass man es später überprüfen kann.",
    },
    5: {
      question: "Wie sieht die zeitliche Perspektive aus?",
      label: "Zeitraum",
      explanation:
        "Ab wann, bis wann – und wann schaut ihr gemeinsam darauf, ob die Kooperation trägt? Zum Überprüfungstermin erinnere ich dich und den Kanal des Sozialraums.",
    },
    6: {
      question: "Rollen und Absprachen",
      label: "Rollen und Absprachen",
      explanation:
        "Die EHS übernimmt keine Betreuung und keine Aufsicht – die bleibt bei der Einrichtung. Haltet fest, wer was macht, und bestätigt beides ausdrücklich.",
    },
  } as Record<number, { question: string; label: string; explanation: string }>,

  /** Step 4 names the kind of institution, as the seed does for schools. */
  partQuestion: {
    school: "Welchen Part übernimmt die Schule? Was trägt sie dazu bei?",
    kita: "Welchen Part übernimmt die Kita? Was trägt sie dazu bei?",
    hort: "Welchen Part übernimmt der Hort? Was trägt er dazu bei?",
  } as Record<string, string>,

  answerLabel: "Deine Antwort",
  answerHint: "Ein paar Sätze genügen. Funktionen statt Namen (z. B. „Klassenleitung“, „Schulsozialarbeit“).",
  startsOn: "Beginn",
  endsOn: "Ende",
  reviewOn: "Überprüfung am",
  reviewHint: "Zwischen Beginn und Ende, nach heute. An diesem Tag erinnere ich euch.",
  noCare: "Die EHS übernimmt keine Betreuung und keine Aufsicht.",
  noCareHint: "Betreuung und Aufsicht bleiben bei der Einrichtung – so ist es mit ihr besprochen.",
  rolesAgreed: "Die Rollen sind mit der Einrichtung abgesprochen.",
  roles: "Wer macht was?",
  rolesHint: "Z. B. „Schulsozialarbeit lädt ein, EHS moderiert den Elternabend, Schule stellt den Raum.“",
  noCareShort: "Keine Betreuung/Aufsicht durch die EHS",
  rolesAgreedShort: "Rollen abgesprochen",
  confirmed: "bestätigt",
  notConfirmed: "nicht bestätigt",

  errors: {
    textTooShort: "Bitte beschreib das in ein, zwei Sätzen (mindestens 10 Zeichen).",
    textTooLong: "Das ist zu lang: höchstens 3000 Zeichen.",
    dateMissing: "Bitte gib ein Datum an.",
    dateInvalid: "Das ist kein gültiges Datum (z. B. 2026-12-01 oder 01.12.2026).",
    endBeforeStart: "Das Ende liegt vor dem Beginn.",
    reviewNotFuture: "Der Überprüfungstermin muss nach heute liegen.",
    reviewBeforeStart: "Der Überprüfungstermin liegt vor dem Beginn.",
    reviewAfterEnd: "Der Überprüfungstermin liegt nach dem Ende – dann ist es zu spät zum Überprüfen.",
    noCareRequired:
      "Bitte bestätige ausdrücklich, dass die EHS keine Betreuung und keine Aufsicht übernimmt.",
    rolesAgreedRequired: "Bitte bestätige, dass die Rollen abgesprochen sind.",
    reasonTooShort:
      "Bitte begründe in einem Satz (mindestens 10 Zeichen), warum das keine Daten von Kindern oder Familien sind.",
    privacy: (what: string) =>
      `Das sieht nach personenbezogenen Daten aus (${what}). Bitte entferne sie – hier gehören nur Absprachen hinein, keine Daten von Kindern oder Familien.`,
    partnerNameInvalid: "Bitte gib einen Namen mit 2 bis 80 Zeichen an.",
    partnerTypeInvalid: "Bitte wähle die Art der Einrichtung.",
    districtInvalid: "Diesen Sozialraum gibt es nicht (mehr).",
  },

  partnerIntro: (name: string) =>
    `„${name}“ kenne ich noch nicht als Partner. Lege ihn kurz an, dann geht es mit Schritt 1 der Checkliste los.`,
  partnerName: "Name der Einrichtung",
  partnerType: "Art",
  partnerDistrict: "Sozialraum",
  partnerDistrictHint: "Optional. Dorthin geht auch die Erinnerung zur Überprüfung.",

  usage: {
    neu: "So geht’s: „kooperation neu Grundschule am Park“.",
    fortsetzen: "So geht’s: „kooperation fortsetzen Grundschule am Park“.",
    zeigen: "So geht’s: „kooperation zeigen Grundschule am Park“.",
    export: "So geht’s: „kooperation export Grundschule am Park“.",
    status:
      "So geht’s: „kooperation status Grundschule am Park vereinbart“ (in Arbeit, vereinbart oder beendet).",
  },
  unknownPartner: (name: string) => `Einen Partner „${name}“ kenne ich nicht.`,
  noCooperation: (partner: string) =>
    `Mit „${partner}“ gibt es keine laufende Kooperation. Starte eine mit „kooperation neu ${partner}“.`,
  noCooperationAtAll: (partner: string) => `Mit „${partner}“ gibt es noch keine Kooperation.`,
  alreadyOpen: (partner: string, status: string, step: number) =>
    `Mit „${partner}“ gibt es schon eine Kooperation (${status}, zuletzt bei Schritt ${step} von 6).`,
  ended: (partner: string) =>
    `Die Kooperation mit „${partner}“ ist beendet und kann nicht mehr bearbeitet werden.`,
  savedLater: (partner: string, step: number) =>
    `Gespeichert. Weiter geht es bei Schritt ${step} von 6 – jederzeit und von allen im Team mit „kooperation fortsetzen ${partner}“.`,
  checklistComplete: (partner: string) =>
    `Die Checkliste für „${partner}“ ist vollständig. Wenn alles mit der Einrichtung abgestimmt ist, halte sie als vereinbart fest.`,
  checklistIncomplete: (partner: string, missing: string) =>
    `Die Checkliste für „${partner}“ ist gespeichert. Es fehlt noch: ${missing}.`,
  stepRef: (step: number, label: string) => `Schritt ${step} (${label})`,

  listTitle: "Kooperationen",
  listTitleFiltered: (filter: string) => `Kooperationen – ${filter}`,
  listEmpty: "Keine Kooperationen gefunden. Starte eine mit „kooperation neu <Partner>“.",
  listDetail: (status: string, answered: number, review: string | undefined) =>
    `${status} · ${answered} von 6 Schritten beantwortet${review ? ` · Überprüfung am ${review}` : ""}`,
  unknownFilter: (word: string) =>
    `„${word}“ ist weder ein Status (Entwurf, in Arbeit, vereinbart, beendet) noch ein Sozialraum.`,

  showTitle: (partner: string, type: string) => `Kooperation mit ${partner} (${type})`,
  status: "Status",
  district: "Sozialraum",
  period: "Zeitraum",
  review: "Überprüfung",
  createdBy: "Angelegt von",
  none: "–",
  answeredBy: (name: string, when: string) => `beantwortet von ${name} am ${when}`,
  missingStep: "fehlt noch",
  missing: (list: string) => `Es fehlt noch: ${list}.`,
  allComplete: "Alle sechs Schritte sind beantwortet.",
  historyTitle: "Verlauf",
  historyItem: (when: string, name: string, step: number) => `${when} · ${name} · Schritt ${step}`,
  historyEmpty: "Noch keine Antworten.",

  statusWords: "in Arbeit, vereinbart oder beendet",
  statusSet: (partner: string, status: string) => `Die Kooperation mit „${partner}“ ist jetzt: ${status}.`,
  statusUnchanged: (partner: string, status: string) =>
    `Die Kooperation mit „${partner}“ ist schon: ${status}.`,
  cannotAgree: (partner: string, missing: string) =>
    `„${partner}“ kann noch nicht als vereinbart gelten. Es fehlt noch: ${missing}.`,
  draftNotSettable: "„Entwurf“ setze ich selbst, solange noch nichts beantwortet ist.",
  statusPermission:
    "Den Status ändern dürfen die Person, die die Kooperation angelegt hat, Teamleitungen und Admins.",

  exportComment: (partner: string) => `Kooperationsvereinbarung mit „${partner}“ zum Ausdrucken.`,
  doc: {
    title: (partner: string) => `Kooperationsvereinbarung mit ${partner}`,
    draftNote: (missing: string) => `> **Entwurf** – noch nicht vollständig. Es fehlt: ${missing}.`,
    partner: "Einrichtung",
    type: "Art",
    district: "Sozialraum",
    status: "Status",
    asOf: "Stand",
    timeline: "Zeitraum",
    from: "Beginn",
    to: "Ende",
    review: "Überprüfung",
    open: "_noch offen_",
    roles: "Wer macht was",
    signatures: "Unterschriften",
    signatureEhs: "Für die Erziehungshilfestation: ______________________  Datum: __________",
    signaturePartner: "Für die Einrichtung: ______________________  Datum: __________",
    footer:
      "Die EHS übernimmt keine Betreuung und keine Aufsicht. Dieses Dokument enthält keine personenbezogenen Daten von Kindern oder Familien.",
  },

  reminderTitle: (partner: string) => `Überprüfung fällig: Kooperation mit ${partner}`,
  reminderText: (review: string) =>
    `Für den ${review} habt ihr euch vorgenommen, mit der Einrichtung zu prüfen, ob die Kooperation trägt. Verlängern oder beenden?`,
  extendTitle: "Kooperation verlängern",
  extendIntro: (partner: string) => `Neuer Überprüfungstermin für die Kooperation mit „${partner}“.`,
  extended: (partner: string, review: string) =>
    `Die Kooperation mit „${partner}“ läuft weiter. Nächste Überprüfung am ${review}.`,
  endedNow: (partner: string) =>
    `Die Kooperation mit „${partner}“ ist beendet. Die Erinnerung ist abbestellt.`,
} as const;
