// German texts of committee attendance: typed yes/no, „Wer war da?“, deputies (Vertretung) and minutes (Protokoll).
export const teilnahme = {
  expected: (names: string) => `Erwartet: ${names}`,
  expectedTag: "erwartet",
  whichCommittee: (names: string) => `Welches Gremium meinst du? Bitte mit Namen, z. B. ${names}.`,
  noCommittee: "Es gibt noch kein Gremium. Leg eins an mit „gremium neu“.",
  noUpcoming: (name: string) => `Für „${name}“ steht keine Sitzung an.`,
  noPast: (name: string) => `„${name}“ hatte in den letzten 90 Tagen keine Sitzung. Bitte mit Datum angeben.`,
  pastMeeting: (name: string, day: string) =>
    `Die Sitzung „${name}“ am ${day} ist schon vorbei. Zu- und Absagen gelten nur für kommende Sitzungen; ob du da warst, fragt dich der Assistent nach der Sitzung („Wer war da?“).`,
  cancelledMeeting: (name: string, day: string) => `Die Sitzung „${name}“ am ${day} ist abgesagt.`,
  said: {
    going: (name: string, when: string) => `Danke, ist eingetragen: Du gehst zu „${name}“ am ${when}.`,
    not_going: (name: string, when: string) =>
      `Danke, ist eingetragen: Du kannst nicht zu „${name}“ am ${when}. Das Team sieht es in der Erinnerung.`,
  },
  // „Wer war da?“
  whoWasThere: "Wer war da? Bitte bestätige, wer tatsächlich bei der Sitzung war – nur das zählt im Bericht.",
  iWasThere: "Ich war da",
  wasThere: (name: string) => `${name} war da`,
  confirmed: (names: string) => `Bestätigt anwesend: ${names}`,
  notYetOver: "Die Sitzung ist noch nicht vorbei. Anwesenheit lässt sich erst danach bestätigen.",
  confirmedYou: (name: string, day: string) => `Danke, bestätigt: Du warst bei „${name}“ am ${day}.`,
  confirmedOther: (who: string, name: string, day: string) =>
    `Danke, bestätigt: ${who} war bei „${name}“ am ${day}.`,
  // Vertretung
  deputyAsk: (name: string, when: string) =>
    `Vertretung gesucht: Für „${name}“ am ${when} hat bisher niemand aus dem Team zugesagt. Wer kann hingehen?`,
  deputyButton: "Ich übernehme",
  deputyTaken: (who: string, name: string, when: string) => `${who} übernimmt „${name}“ am ${when}. Danke!`,
  deputyAlready: (who: string) => `Schon übernommen von ${who}.`,
  nobodyGoingTag: "niemand geht hin",
} as const;

export const protokoll = {
  button: "Protokoll schreiben",
  formTitle: "Ergebnisprotokoll",
  formIntro: (name: string, day: string) =>
    `„${name}“ am ${day}. Bitte keine Namen von Klientinnen und Klienten oder andere Sozialdaten.`,
  decisions: "Beschlüsse und Ergebnisse",
  taskWhat: (n: number) => `Aufgabe ${n}: Was ist zu tun?`,
  taskWho: (n: number) => `Aufgabe ${n}: Wer?`,
  taskDue: (n: number) => `Aufgabe ${n}: Bis wann?`,
  weakHit: (what: string) =>
    `Das könnte personenbezogen sein (${what}). Wenn es keine Klientendaten sind (z. B. eine Kollegin, eine Einrichtung), bestätige es unten; im Export und Wochenrückblick wird der Text dann ausgeblendet.`,
  confirmNeeded: "Bitte bestätigen oder den Text ändern.",
  confirm: "Geprüft: keine Daten von Klientinnen und Klienten",
  needWho: "Bitte wählen, wer die Aufgabe übernimmt.",
  needDue: "Bitte ein Datum angeben, bis wann.",
  needWhat: "Bitte beschreiben, was zu tun ist.",
  empty: "Bitte Beschlüsse oder mindestens eine Aufgabe eintragen.",
  notYet: "Ein Protokoll gibt es erst, wenn die Sitzung begonnen hat.",
  saved: (name: string, day: string, tasks: number) =>
    `Protokoll für „${name}“ am ${day} gespeichert${tasks ? `, ${tasks === 1 ? "1 Aufgabe" : `${tasks} Aufgaben`} mit Erinnerung` : ""}.`,
  exportTitle: (name: string, day: string) => `Ergebnisprotokoll: ${name} – ${day}`,
  exportDecisions: "Beschlüsse und Ergebnisse",
  exportTasks: "Aufgaben",
  exportTaskLine: (what: string, who: string, due: string, done: boolean) =>
    `${what} – ${who}, bis ${due}${done ? " (erledigt)" : ""}`,
  exportNone: "keine",
  exportComment: (name: string, day: string) => `Ergebnisprotokoll „${name}“ vom ${day}`,
  noMinutes: (name: string, day: string) => `Für „${name}“ am ${day} gibt es noch kein Protokoll.`,
  taskReminder: (what: string, committee: string, due: string) =>
    `Aufgabe aus „${committee}“, fällig am ${due}: ${what}`,
  doneButton: "Erledigt",
  done: (what: string) => `Erledigt: ${what}. Danke!`,
  alreadyDone: "Diese Aufgabe ist schon erledigt.",
  taskGone: "Diese Aufgabe gibt es nicht mehr.",
  digestTitle: "Offene Aufgaben aus Gremien",
  digestLine: (what: string, who: string, due: string) => `${what} – ${who}, bis ${due}`,
} as const;
