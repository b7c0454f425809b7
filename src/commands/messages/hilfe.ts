// German texts of the help family.
export const hilfe = {
  title: "Sozialraum-Assistent – das kann ich",
  intro: "Ich halte eure sozialräumliche Arbeit fest: schnell, auf Deutsch und ohne Daten über Klient*innen.",
  families: [
    {
      command: "aktivitaet",
      summary:
        "Aktivität erfassen, z. B. „aktivitaet 2h Elterncafé @Nordstadt #projekt“; auch „liste“, „statistik“, „export“.",
    },
    {
      command: "gremium",
      summary: "Gremien und Sitzungen: „neu“, „liste“, „nächste“, Erinnerungen mit „Ich gehe“.",
    },
    {
      command: "kooperation",
      summary: "Kooperation mit Schule, Kita oder Hort Schritt für Schritt vorbereiten.",
    },
    { command: "sozialraum", summary: "Sozialräume, Kanäle und Wochenrückblick einrichten (Admins)." },
    {
      command: "datenschutz",
      summary: "Was gespeichert wird, wie lange, und wer exportiert oder gelöscht hat.",
    },
  ],
  privacy:
    "Bitte keine Namen, Geburtsdaten, Adressen oder Telefonnummern von Klient*innen eintragen – höchstens ein internes Fallkürzel.",
} as const;
