// German texts the Teams adapter shows on its own: file delivery, form fallbacks, rendering fallbacks.
export const teams = {
  /** The team's first channel: Bot Framework lists it without a name. */
  generalChannel: "Allgemein",
  required: "Bitte ausfüllen.",
  /** A number input's range, checked by the Teams client before anything is sent. */
  numberRange: (min: number | undefined, max: number | undefined) =>
    min !== undefined && max !== undefined
      ? `Bitte eine ganze Zahl von ${min} bis ${max} angeben.`
      : min !== undefined
        ? `Bitte eine ganze Zahl ab ${min} angeben.`
        : `Bitte eine ganze Zahl bis ${max} angeben.`,
  /** The button under a field of a form that checks each field (Form.checksEachField). */
  checkField: "Prüfen",
  fieldOk: "Passt so.",
  formHasErrors: "Bitte prüfe die markierten Felder.",
  formClosed: "Erledigt.",
  image: (alt: string) => `Grafik: ${alt}`,
  optionsCut: (shown: number, total: number) =>
    `Nur die ersten ${shown} von ${total} Einträgen sind wählbar. Bitte im Befehl genauer eingeben.`,
  cardTooLarge: "Die Antwort war zu lang für eine Karte und wurde gekürzt.",
  fileConsent: (filename: string) => `Export „${filename}“ – darf ich die Datei in deinem OneDrive ablegen?`,
  fileSent: (filename: string) => `Die Datei „${filename}“ liegt jetzt in deinem OneDrive.`,
  fileDeclined: "In Ordnung, ich habe keine Datei abgelegt.",
  fileExpired: "Dieser Export ist abgelaufen. Bitte starte den Export noch einmal.",
  fileUploadFailed: "Die Datei konnte nicht hochgeladen werden. Bitte starte den Export noch einmal.",
  fileInPersonalChat: (filename: string) =>
    `Ich habe dir „${filename}“ in unseren persönlichen Chat geschickt.`,
  fileNeedsPersonalChat:
    "Dateien schicke ich nur im persönlichen Chat. Bitte öffne den Sozialraum-Assistenten als App im persönlichen Chat und starte den Export dort.",
} as const;
