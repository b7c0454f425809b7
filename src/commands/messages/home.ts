// German texts of the start page (Slack App Home): what is next for the caller.
export const home = {
  title: "Sozialraum-Assistent",
  intro: "Hier siehst du deine letzten Einträge und was als Nächstes ansteht.",
  activities: "Deine letzten Aktivitäten",
  noActivities: "Noch keine Aktivität erfasst. Mit „Aktivität erfassen“ geht es in zehn Sekunden.",
  meetings: "Nächste Gremiensitzungen",
  noMeetings: "In den nächsten 30 Tagen ist keine Sitzung geplant.",
  meetingDetail: (when: string, type: string, location: string) =>
    [when, type, location].filter(Boolean).join(" · "),
  cooperations: "Offene Kooperations-Checklisten",
  noCooperations: "Keine offenen Kooperationen.",
  cooperationStep: (step: number, status: string) => `Schritt ${step} von 6 · ${status}`,
  activityDetail: (date: string, duration: string) => `${date} · ${duration}`,
  logActivity: "Aktivität erfassen",
  committeesButton: "Gremien",
  cooperationButton: "Kooperation",
  help: "Hilfe",
} as const;
