// German texts of the partner family: the register of institutions and groups a team works with.
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const partner = {
  listTitle: "Kooperationspartner",
  listTitleArchived: "Archivierte Kooperationspartner",
  listTitleOf: (what: string) => `Kooperationspartner: ${what}`,
  none: "Es gibt noch keinen Kooperationspartner. Sie entstehen beim Erfassen, z. B. „aktivitaet 2h Elternabend +Grundschule am Park“.",
  noneMatching: (what: string) => `Keine Kooperationspartner für „${what}“.`,
  noneArchived: "Es gibt keine archivierten Kooperationspartner.",
  listFilterUnknown: (what: string) =>
    `„${what}“ ist weder eine Art (Schule, Kita, Hort, Verein …) noch ein Sozialraum. Ohne Angabe zeige ich alle, mit „archiviert“ die archivierten.`,
  activities: (n: number) => plural(n, "Aktivität", "Aktivitäten"),
  cooperations: (n: number) => plural(n, "Kooperation", "Kooperationen"),
  lastUsed: (day: string) => `zuletzt ${day}`,
  neverUsed: "noch nie genutzt",
  archivedMark: "archiviert",
  more: (n: number) => `… und ${n} weitere. Grenze die Liste ein, z. B. „partner liste Schule“.`,
  unknown: (name: string) => `Den Kooperationspartner „${name}“ kenne ich nicht. „partner liste“ zeigt alle.`,
  nameMissing: "Bitte nenne den Kooperationspartner, z. B. „partner archivieren Grundschule am Park“.",
  which: (typed: string) => `Welchen Kooperationspartner meinst du mit „${typed}“?`,
  renameUsage:
    "So geht’s: „partner umbenennen Grundschle am Park -> Grundschule am Park“ (auch „zu“ oder „in“).",
  nameInvalid: "Bitte gib einen Namen mit 2 bis 100 Zeichen an.",
  renamed: (from: string, to: string) =>
    `„${from}“ heißt jetzt „${to}“. Alte Einträge zeigen den neuen Namen.`,
  sameName: (name: string) => `„${name}“ heißt schon so.`,
  nameTaken: (name: string) =>
    `Den Kooperationspartner „${name}“ gibt es schon. Zwei Einträge für dieselbe Einrichtung führst du so zusammen: „partner zusammenführen <A> <B>“.`,
  mergeUsage:
    'So geht’s: „partner zusammenführen Grundschule am Park -> Grundschle am Park“ oder mit Anführungszeichen: „partner zusammenführen "A" "B"“.',
  mergeSame: "Das ist zweimal derselbe Kooperationspartner.",
  mergeQuestion: (a: string, b: string) => `„${a}“ und „${b}“ zusammenführen? Welchen Namen behältst du?`,
  mergeCounts: (name: string, activities: number, cooperations: number) =>
    `„${name}“: ${plural(activities, "Aktivität", "Aktivitäten")}, ${plural(cooperations, "Kooperation", "Kooperationen")}`,
  mergeHint: "Alle Aktivitäten und Kooperationen wandern zum behaltenen Partner, der andere wird gelöscht.",
  keep: (name: string) => `„${name}“ behalten`,
  merged: (dropped: string, kept: string, activities: number, cooperations: number) =>
    `„${dropped}“ ist in „${kept}“ aufgegangen: ${plural(activities, "Aktivität", "Aktivitäten")} und ${plural(cooperations, "Kooperation", "Kooperationen")} verschoben.`,
  mergeGone:
    "Einer der beiden Kooperationspartner ist inzwischen verändert oder gelöscht. Bitte frag noch einmal.",
  cancelled: "Abgebrochen, nichts geändert.",
  typeUsage: (types: string) => `So geht’s: „partner art Grundschule am Park Schule“. Arten: ${types}.`,
  typeSet: (name: string, type: string) => `„${name}“ ist jetzt: ${type}.`,
  typeSame: (name: string, type: string) => `„${name}“ ist schon: ${type}.`,
  archived: (name: string) =>
    `„${name}“ ist archiviert: Ich schlage den Partner nicht mehr vor. Bisherige Aktivitäten und Kooperationen behalten ihn.`,
  alreadyArchived: (name: string) => `„${name}“ ist schon archiviert.`,
  privacy: (kinds: string) =>
    `Das sieht nach persönlichen Daten aus (${kinds}). Ein Kooperationspartner ist eine Einrichtung oder Gruppe, keine Person. Ich habe nichts geändert; bitte schreib den Namen der Einrichtung.`,
} as const;
