// German texts the Slack adapter shows on its own: App Home, install pages, rendering fallbacks.
export const slack = {
  homeTitle: "Sozialraum-Assistent",
  homeIntro: "Hier siehst du deine letzten Einträge und was als Nächstes ansteht.",
  homeActivities: "Deine letzten Aktivitäten",
  homeNoActivities: "Noch keine Aktivität erfasst. Mit „Aktivität erfassen“ geht es in zehn Sekunden.",
  homeMeetings: "Nächste Gremiensitzungen",
  homeNoMeetings: "In den nächsten 30 Tagen ist keine Sitzung geplant.",
  homeMeetingDetail: (when: string, type: string, location: string) =>
    [when, type, location].filter(Boolean).join(" · "),
  homeCooperations: "Offene Kooperations-Checklisten",
  homeNoCooperations: "Keine offenen Kooperationen.",
  homeCooperationStep: (step: number, status: string) => `Schritt ${step} von 6 · ${status}`,
  homeActivityDetail: (date: string, duration: string) => `${date} · ${duration}`,
  homeLogActivity: "Aktivität erfassen",
  homeCommitteesButton: "Gremien",
  homeCooperationButton: "Kooperation",
  homeHelp: "Hilfe",
  noticeTitle: "Gespeichert",
  noticeClose: "Schließen",
  image: (alt: string) => `Grafik: ${alt}`,
  optionsCut: (shown: number, total: number) =>
    `Nur die ersten ${shown} von ${total} Einträgen sind wählbar. Bitte im Befehl genauer eingeben.`,
  installedTitle: "Sozialraum-Assistent ist installiert",
  installedBody: "Du kannst dieses Fenster schließen und in Slack „/aktivitaet“ eingeben.",
  installFailedTitle: "Installation nicht abgeschlossen",
  installFailedBody: "Die Installation hat nicht geklappt. Bitte starte sie noch einmal über /slack/install.",
} as const;
