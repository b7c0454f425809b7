// German texts of rhythms (Sitzungsrhythmus): the words a rule is said back in, and what goes wrong reading one.
const EXAMPLES =
  "Beispiele: „jeden 2. Dienstag im Monat 18 Uhr“, „alle 2 Wochen mittwochs 9:30“, „montags und donnerstags, nicht im August“, „am letzten Donnerstag im Monat, außer in den Schulferien“.";

export const rhythm = {
  empty: `Bitte gib einen Rhythmus an. ${EXAMPLES}`,
  unknown: (text: string) => `Den Rhythmus „${text}“ verstehe ich nicht. ${EXAMPLES}`,
  notUnderstood: (part: string) => `„${part}“ verstehe ich im Rhythmus nicht. ${EXAMPLES}`,
  whichDay: "An welchem Wochentag? Zum Beispiel „14-tägig mittwochs“ oder „jeden 1. Montag im Monat“.",
  whichOrdinal:
    "Am wievielten Wochentag im Monat? Zum Beispiel „jeden 2. Dienstag im Monat“ oder „am letzten Donnerstag im Monat“.",
  noMonthLeft: "So bleibt kein Monat übrig. Zum Beispiel: „jeden 1. Montag im Monat, nicht im August“.",
  weekdays: {
    MO: "Montag",
    TU: "Dienstag",
    WE: "Mittwoch",
    TH: "Donnerstag",
    FR: "Freitag",
    SA: "Samstag",
    SU: "Sonntag",
  },
  weekdaysAdverb: {
    MO: "montags",
    TU: "dienstags",
    WE: "mittwochs",
    TH: "donnerstags",
    FR: "freitags",
    SA: "samstags",
    SU: "sonntags",
  },
  months: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],
  workdays: "werktags",
  daily: "täglich",
  time: (h: number, min: number) => `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")} Uhr`,
  skipPublic: "außer an Feiertagen",
  skipSchool: "außer in den Schulferien",
  skipBoth: "außer an Feiertagen und in den Schulferien",
} as const;
