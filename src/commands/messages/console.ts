// German texts the console adapter (npm run chat) shows on its own: welcome, prompts, form guidance.
export const konsole = {
  welcome: (name: string, tenant: string) =>
    `Sozialraum-Assistent – Konsole. Du bist „${name}“ im Team „${tenant}“.`,
  usage:
    "Schreib einen Befehl wie „aktivitaet 2h Elterncafé #projekt“ oder „hilfe“. Eine Zahl klickt die Schaltfläche mit dieser Nummer. „ende“ beendet.",
  demoDistrict: (name: string) => `Für die Demo gibt es den Sozialraum „${name}“.`,
  bye: "Tschüss!",
  noSuchButton: (n: number) => `Eine Schaltfläche ${n} gibt es gerade nicht.`,
  formHelp:
    "Enter übernimmt die Vorgabe, „-“ leert das Feld, „fertig“ schickt das Formular ab, „abbrechen“ bricht ab.",
  formCancelled: "Formular abgebrochen – es wurde nichts gespeichert.",
  required: "Pflichtfeld",
  preset: (value: string) => `Vorgabe: ${value}`,
  chooseOne: "Nummer oder Text eingeben",
  chooseMany: "Nummern mit Komma, z. B. 1,3",
  yesNo: "j/n",
  yes: "ja",
  no: "nein",
  invalidChoice: "Das passt zu keiner Auswahl. Bitte noch einmal.",
  formErrors: "Bitte korrigieren:",
  fileSaved: (path: string) => `Datei gespeichert: ${path}`,
  image: (alt: string) => `[Grafik: ${alt}]`,
  flagged: "bitte prüfen",
  empty: "(leer)",
  privateNote: "(nur für dich)",
  startFailed: (reason: string) => `Start fehlgeschlagen: ${reason}`,
} as const;
