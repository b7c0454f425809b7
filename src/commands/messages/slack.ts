// German texts the Slack adapter shows on its own: install pages, modal notices, rendering fallbacks.
export const slack = {
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
