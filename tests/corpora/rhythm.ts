// German committee rhythms as people type them, with their expected RFC 5545 rule and next three dates in
// Europe/Berlin (school holidays and skips included), across both DST switches and holidays.
// Used by tests/commands/gremium/rhythm-corpus.test.ts.

export const TZ = "Europe/Berlin";
/** Friday 20 March 2026, 09:00 in Berlin: summer time starts on Sunday 29 March. */
export const SPRING = "2026-03-20T08:00:00Z";
/** Thursday 15 October 2026, 10:00 in Berlin: winter time starts on Sunday 25 October. */
const AUTUMN = "2026-10-15T08:00:00Z";

/** Baden-Württemberg's school holidays 2026/27, as an admin would type or import them. */
export const FERIEN = [
  { startsOn: "2026-03-30", endsOn: "2026-04-11", name: "Osterferien" },
  { startsOn: "2026-05-26", endsOn: "2026-06-05", name: "Pfingstferien" },
  { startsOn: "2026-07-30", endsOn: "2026-09-12", name: "Sommerferien" },
  { startsOn: "2026-10-26", endsOn: "2026-10-30", name: "Herbstferien" },
  { startsOn: "2026-12-23", endsOn: "2027-01-09", name: "Weihnachtsferien" },
];

export interface RhythmCase {
  text: string;
  rule: string;
  /** Local start with its UTC offset, so a wrong DST shift shows. */
  dates: [string, string, string];
  /** Notes per date: "F:<public holiday>" and/or "S:<school holidays>". */
  notes?: [string, string, string];
  now?: string;
}

const ALL = "1,2,3,4,5,6,7,8,9,10,11,12";
const without = (...months: number[]) =>
  ALL.split(",")
    .filter((m) => !months.includes(Number(m)))
    .join(",");

export const RHYTHM_CASES: readonly RhythmCase[] = [
  {
    text: "jeden Montag",
    rule: "FREQ=WEEKLY;BYDAY=MO",
    dates: ["2026-03-23T18:00+01:00", "2026-03-30T18:00+02:00", "2026-04-06T18:00+02:00"],
    notes: ["", "S:Osterferien", "F:Ostermontag S:Osterferien"],
  },
  {
    text: "wöchentlich dienstags 18 Uhr",
    rule: "FREQ=WEEKLY;BYDAY=TU",
    dates: ["2026-03-24T18:00+01:00", "2026-03-31T18:00+02:00", "2026-04-07T18:00+02:00"],
  },
  {
    text: "montags 9:30",
    rule: "FREQ=WEEKLY;BYDAY=MO",
    dates: ["2026-03-23T09:30+01:00", "2026-03-30T09:30+02:00", "2026-04-06T09:30+02:00"],
  },
  {
    text: "alle 2 Wochen mittwochs",
    rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
    dates: ["2026-03-25T18:00+01:00", "2026-04-08T18:00+02:00", "2026-04-22T18:00+02:00"],
  },
  {
    text: "14-tägig donnerstags 17 Uhr",
    rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
    dates: ["2026-03-26T17:00+01:00", "2026-04-09T17:00+02:00", "2026-04-23T17:00+02:00"],
  },
  {
    text: "jede zweite Woche freitags",
    rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
    dates: ["2026-03-20T18:00+01:00", "2026-04-03T18:00+02:00", "2026-04-17T18:00+02:00"],
    notes: ["", "F:Karfreitag S:Osterferien", ""],
  },
  {
    text: "jeden 2. Dienstag im Monat",
    rule: "FREQ=MONTHLY;BYDAY=+2TU",
    dates: ["2026-04-14T18:00+02:00", "2026-05-12T18:00+02:00", "2026-06-09T18:00+02:00"],
  },
  {
    text: "am letzten Donnerstag im Monat",
    rule: "FREQ=MONTHLY;BYDAY=-1TH",
    dates: ["2026-03-26T18:00+01:00", "2026-04-30T18:00+02:00", "2026-05-28T18:00+02:00"],
    notes: ["", "", "S:Pfingstferien"],
  },
  {
    text: "erster Mo im Monat",
    rule: "FREQ=MONTHLY;BYDAY=+1MO",
    dates: ["2026-04-06T18:00+02:00", "2026-05-04T18:00+02:00", "2026-06-01T18:00+02:00"],
    notes: ["F:Ostermontag S:Osterferien", "", "S:Pfingstferien"],
  },
  {
    text: "montags und donnerstags",
    rule: "FREQ=WEEKLY;BYDAY=MO,TH",
    dates: ["2026-03-23T18:00+01:00", "2026-03-26T18:00+01:00", "2026-03-30T18:00+02:00"],
  },
  {
    text: "einmal im Quartal am ersten Mittwoch",
    rule: "FREQ=MONTHLY;BYDAY=+1WE;BYMONTH=1,4,7,10",
    dates: ["2026-04-01T18:00+02:00", "2026-07-01T18:00+02:00", "2026-10-07T18:00+02:00"],
  },
  {
    text: "jeden Montag, nicht im August",
    rule: `FREQ=WEEKLY;BYDAY=MO;BYMONTH=${without(8)}`,
    now: "2026-07-20T08:00:00Z",
    dates: ["2026-07-20T18:00+02:00", "2026-07-27T18:00+02:00", "2026-09-07T18:00+02:00"],
  },
  {
    text: "dienstags außer Juli und August 19 Uhr",
    rule: `FREQ=WEEKLY;BYDAY=TU;BYMONTH=${without(7, 8)}`,
    now: "2026-06-25T08:00:00Z",
    dates: ["2026-06-30T19:00+02:00", "2026-09-01T19:00+02:00", "2026-09-08T19:00+02:00"],
  },
  {
    text: "jeden 1. Dienstag im Monat 18 Uhr außer in den Schulferien",
    rule: "FREQ=MONTHLY;BYDAY=+1TU",
    dates: ["2026-05-05T18:00+02:00", "2026-07-07T18:00+02:00", "2026-10-06T18:00+02:00"],
  },
  {
    text: "donnerstags außer an Feiertagen",
    rule: "FREQ=WEEKLY;BYDAY=TH",
    now: "2026-05-10T08:00:00Z",
    dates: ["2026-05-21T18:00+02:00", "2026-05-28T18:00+02:00", "2026-06-11T18:00+02:00"],
    notes: ["", "S:Pfingstferien", ""],
  },
  {
    text: "um 9.30 jeden freitag",
    rule: "FREQ=WEEKLY;BYDAY=FR",
    dates: ["2026-03-20T09:30+01:00", "2026-03-27T09:30+01:00", "2026-04-03T09:30+02:00"],
  },
  {
    text: "jeden 2 dienstag im monat",
    rule: "FREQ=MONTHLY;BYDAY=+2TU",
    dates: ["2026-04-14T18:00+02:00", "2026-05-12T18:00+02:00", "2026-06-09T18:00+02:00"],
  },
  {
    text: "jeden zweiten Dienstag",
    rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
    dates: ["2026-03-24T18:00+01:00", "2026-04-07T18:00+02:00", "2026-04-21T18:00+02:00"],
  },
  {
    text: "mo-fr 10 uhr",
    rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    dates: ["2026-03-20T10:00+01:00", "2026-03-23T10:00+01:00", "2026-03-24T10:00+01:00"],
  },
  {
    text: "jeden 1. und 3. Montag im Monat",
    rule: "FREQ=MONTHLY;BYDAY=+1MO,+3MO",
    dates: ["2026-04-06T18:00+02:00", "2026-04-20T18:00+02:00", "2026-05-04T18:00+02:00"],
  },
  {
    text: "jeden Monat am 15.",
    rule: "FREQ=MONTHLY;BYMONTHDAY=15",
    dates: ["2026-04-15T18:00+02:00", "2026-05-15T18:00+02:00", "2026-06-15T18:00+02:00"],
  },
  {
    text: "alle 3 wochen mo",
    rule: "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO",
    dates: ["2026-03-23T18:00+01:00", "2026-04-13T18:00+02:00", "2026-05-04T18:00+02:00"],
  },
  {
    text: "Dinstags 17 Uhr",
    rule: "FREQ=WEEKLY;BYDAY=TU",
    dates: ["2026-03-24T17:00+01:00", "2026-03-31T17:00+02:00", "2026-04-07T17:00+02:00"],
  },
  {
    text: "von 18 bis 20 Uhr jeden Mittwoch",
    rule: "FREQ=WEEKLY;BYDAY=WE",
    dates: ["2026-03-25T18:00+01:00", "2026-04-01T18:00+02:00", "2026-04-08T18:00+02:00"],
  },
  {
    text: "jeden 2.Dienstag im Monat 18uhr",
    rule: "FREQ=MONTHLY;BYDAY=+2TU",
    dates: ["2026-04-14T18:00+02:00", "2026-05-12T18:00+02:00", "2026-06-09T18:00+02:00"],
  },
  {
    text: "vierzehntägig montags",
    rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    dates: ["2026-03-23T18:00+01:00", "2026-04-06T18:00+02:00", "2026-04-20T18:00+02:00"],
  },
  {
    text: "in den ferien nicht, montags",
    rule: "FREQ=WEEKLY;BYDAY=MO",
    dates: ["2026-03-23T18:00+01:00", "2026-04-13T18:00+02:00", "2026-04-20T18:00+02:00"],
  },
  {
    text: "letzter freitag im monat 14:00",
    rule: "FREQ=MONTHLY;BYDAY=-1FR",
    dates: ["2026-03-27T14:00+01:00", "2026-04-24T14:00+02:00", "2026-05-29T14:00+02:00"],
  },
  {
    text: "Mittwochs 16 - 18 Uhr",
    rule: "FREQ=WEEKLY;BYDAY=WE",
    dates: ["2026-03-25T16:00+01:00", "2026-04-01T16:00+02:00", "2026-04-08T16:00+02:00"],
  },
  {
    text: "alle vierzehn Tage montags",
    rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    dates: ["2026-03-23T18:00+01:00", "2026-04-06T18:00+02:00", "2026-04-20T18:00+02:00"],
  },
  {
    text: "jeden Montag 18 Uhr, Juli bis August nicht",
    rule: `FREQ=WEEKLY;BYDAY=MO;BYMONTH=${without(7, 8)}`,
    now: "2026-06-20T08:00:00Z",
    dates: ["2026-06-22T18:00+02:00", "2026-06-29T18:00+02:00", "2026-09-07T18:00+02:00"],
  },
  {
    text: "quartalsweise am letzten Freitag",
    rule: "FREQ=MONTHLY;BYDAY=-1FR;BYMONTH=1,4,7,10",
    dates: ["2026-04-24T18:00+02:00", "2026-07-31T18:00+02:00", "2026-10-30T18:00+01:00"],
  },
  {
    text: "jeden ersten und dritten Montag",
    rule: "FREQ=MONTHLY;BYDAY=+1MO,+3MO",
    dates: ["2026-04-06T18:00+02:00", "2026-04-20T18:00+02:00", "2026-05-04T18:00+02:00"],
  },
  {
    text: "jeden dienstag um 19 uhr, auser feiertags",
    rule: "FREQ=WEEKLY;BYDAY=TU",
    now: "2026-12-20T08:00:00Z",
    dates: ["2026-12-22T19:00+01:00", "2026-12-29T19:00+01:00", "2027-01-05T19:00+01:00"],
  },
  {
    text: "jeden zweiten Donnerstag im Monat nicht in den Ferien",
    rule: "FREQ=MONTHLY;BYDAY=+2TH",
    dates: ["2026-05-14T18:00+02:00", "2026-06-11T18:00+02:00", "2026-07-09T18:00+02:00"],
    notes: ["F:Christi Himmelfahrt", "", ""],
  },
  {
    text: "jeden 3. Mittwoch des Monats",
    rule: "FREQ=MONTHLY;BYDAY=+3WE",
    dates: ["2026-04-15T18:00+02:00", "2026-05-20T18:00+02:00", "2026-06-17T18:00+02:00"],
  },
  {
    text: "jeden 15. des Monats",
    rule: "FREQ=MONTHLY;BYMONTHDAY=15",
    dates: ["2026-04-15T18:00+02:00", "2026-05-15T18:00+02:00", "2026-06-15T18:00+02:00"],
  },
  {
    text: "2-wöchentlich freitags",
    rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
    dates: ["2026-03-20T18:00+01:00", "2026-04-03T18:00+02:00", "2026-04-17T18:00+02:00"],
  },
  {
    text: "samstags 10 Uhr",
    rule: "FREQ=WEEKLY;BYDAY=SA",
    now: "2026-09-28T08:00:00Z",
    dates: ["2026-10-03T10:00+02:00", "2026-10-10T10:00+02:00", "2026-10-17T10:00+02:00"],
    notes: ["F:Tag der Deutschen Einheit", "", ""],
  },
  {
    text: "jeden Donnerstag 18:30",
    rule: "FREQ=WEEKLY;BYDAY=TH",
    now: AUTUMN,
    dates: ["2026-10-15T18:30+02:00", "2026-10-22T18:30+02:00", "2026-10-29T18:30+01:00"],
    notes: ["", "", "S:Herbstferien"],
  },
  {
    text: "jeden letzten Mi im Monat außer Dezember",
    rule: `FREQ=MONTHLY;BYDAY=-1WE;BYMONTH=${without(12)}`,
    now: AUTUMN,
    dates: ["2026-10-28T18:00+01:00", "2026-11-25T18:00+01:00", "2027-01-27T18:00+01:00"],
    notes: ["S:Herbstferien", "", ""],
  },
  {
    text: "freitags außer in den Schulferien",
    rule: "FREQ=WEEKLY;BYDAY=FR",
    now: "2026-12-10T08:00:00Z",
    dates: ["2026-12-11T18:00+01:00", "2026-12-18T18:00+01:00", "2027-01-15T18:00+01:00"],
  },
  {
    text: "freitags 18 uhr",
    rule: "FREQ=WEEKLY;BYDAY=FR",
    now: "2026-12-10T08:00:00Z",
    dates: ["2026-12-11T18:00+01:00", "2026-12-18T18:00+01:00", "2026-12-25T18:00+01:00"],
    notes: ["", "", "F:1. Weihnachtstag S:Weihnachtsferien"],
  },
  {
    text: "Jeden Fr außer an Feiertagen und in den Schulferien",
    rule: "FREQ=WEEKLY;BYDAY=FR",
    now: "2026-12-10T08:00:00Z",
    dates: ["2026-12-11T18:00+01:00", "2026-12-18T18:00+01:00", "2027-01-15T18:00+01:00"],
  },
  {
    text: "14tägig di. 19.30",
    rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
    now: AUTUMN,
    dates: ["2026-10-20T19:30+02:00", "2026-11-03T19:30+01:00", "2026-11-17T19:30+01:00"],
  },
  {
    text: "Jeden 1. Montag im Monat, nicht im Juli und August",
    rule: `FREQ=MONTHLY;BYDAY=+1MO;BYMONTH=${without(7, 8)}`,
    now: "2026-06-10T08:00:00Z",
    dates: ["2026-09-07T18:00+02:00", "2026-10-05T18:00+02:00", "2026-11-02T18:00+01:00"],
  },
  {
    text: "alle 2 Monate am 1. Montag",
    rule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=+1MO",
    dates: ["2026-04-06T18:00+02:00", "2026-06-01T18:00+02:00", "2026-08-03T18:00+02:00"],
  },
  {
    text: "Montag und Mittwoch",
    rule: "FREQ=WEEKLY;BYDAY=MO,WE",
    dates: ["2026-03-23T18:00+01:00", "2026-03-25T18:00+01:00", "2026-03-30T18:00+02:00"],
  },
  {
    text: "werktags 10 Uhr außer in den Ferien",
    rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    now: "2026-04-09T08:00:00Z",
    dates: ["2026-04-13T10:00+02:00", "2026-04-14T10:00+02:00", "2026-04-15T10:00+02:00"],
  },
  {
    text: "jeden 2. und 4. Mittwoch",
    rule: "FREQ=MONTHLY;BYDAY=+2WE,+4WE",
    dates: ["2026-03-25T18:00+01:00", "2026-04-08T18:00+02:00", "2026-04-22T18:00+02:00"],
  },
  {
    text: "Di 18h",
    rule: "FREQ=WEEKLY;BYDAY=TU",
    dates: ["2026-03-24T18:00+01:00", "2026-03-31T18:00+02:00", "2026-04-07T18:00+02:00"],
  },
  {
    text: "immer am ersten Dienstag ab 18.30 Uhr",
    rule: "FREQ=MONTHLY;BYDAY=+1TU",
    dates: ["2026-04-07T18:30+02:00", "2026-05-05T18:30+02:00", "2026-06-02T18:30+02:00"],
  },
  {
    text: "alle 4 Wochen montags",
    rule: "FREQ=WEEKLY;INTERVAL=4;BYDAY=MO",
    dates: ["2026-03-23T18:00+01:00", "2026-04-20T18:00+02:00", "2026-05-18T18:00+02:00"],
  },
  {
    text: "jeden vorletzten Freitag im Monat",
    rule: "FREQ=MONTHLY;BYDAY=-2FR",
    dates: ["2026-03-20T18:00+01:00", "2026-04-17T18:00+02:00", "2026-05-22T18:00+02:00"],
  },
  {
    text: "Jeden zweiten Dienstag im Monat um 18 Uhr",
    rule: "FREQ=MONTHLY;BYDAY=+2TU",
    dates: ["2026-04-14T18:00+02:00", "2026-05-12T18:00+02:00", "2026-06-09T18:00+02:00"],
  },
  {
    text: "1. Di. im Monat",
    rule: "FREQ=MONTHLY;BYDAY=+1TU",
    dates: ["2026-04-07T18:00+02:00", "2026-05-05T18:00+02:00", "2026-06-02T18:00+02:00"],
    notes: ["S:Osterferien", "", "S:Pfingstferien"],
  },
  {
    text: "letzten Do im Monat 19 Uhr",
    rule: "FREQ=MONTHLY;BYDAY=-1TH",
    dates: ["2026-03-26T19:00+01:00", "2026-04-30T19:00+02:00", "2026-05-28T19:00+02:00"],
  },
  {
    text: "alle zwei Wochen am Montag",
    rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
    dates: ["2026-03-23T18:00+01:00", "2026-04-06T18:00+02:00", "2026-04-20T18:00+02:00"],
  },
  {
    text: "immer montags ab 17.00",
    rule: "FREQ=WEEKLY;BYDAY=MO",
    dates: ["2026-03-23T17:00+01:00", "2026-03-30T17:00+02:00", "2026-04-06T17:00+02:00"],
  },
  {
    text: "dienstags (außer Ferien)",
    rule: "FREQ=WEEKLY;BYDAY=TU",
    dates: ["2026-03-24T18:00+01:00", "2026-04-14T18:00+02:00", "2026-04-21T18:00+02:00"],
  },
  {
    text: "Montags um 18:00 Uhr außer Feiertage",
    rule: "FREQ=WEEKLY;BYDAY=MO",
    dates: ["2026-03-23T18:00+01:00", "2026-03-30T18:00+02:00", "2026-04-13T18:00+02:00"],
    notes: ["", "S:Osterferien", ""],
  },
  {
    text: "1x im Monat, immer am 3. Donnerstag",
    rule: "FREQ=MONTHLY;BYDAY=+3TH",
    dates: ["2026-04-16T18:00+02:00", "2026-05-21T18:00+02:00", "2026-06-18T18:00+02:00"],
  },
  {
    text: "Mi. 14-16 Uhr",
    rule: "FREQ=WEEKLY;BYDAY=WE",
    dates: ["2026-03-25T14:00+01:00", "2026-04-01T14:00+02:00", "2026-04-08T14:00+02:00"],
  },
  {
    text: "Di + Do 9 Uhr",
    rule: "FREQ=WEEKLY;BYDAY=TU,TH",
    dates: ["2026-03-24T09:00+01:00", "2026-03-26T09:00+01:00", "2026-03-31T09:00+02:00"],
  },
  {
    text: "montags, mittwochs und freitags",
    rule: "FREQ=WEEKLY;BYDAY=MO,WE,FR",
    dates: ["2026-03-20T18:00+01:00", "2026-03-23T18:00+01:00", "2026-03-25T18:00+01:00"],
  },
  {
    text: "jeden 1. Dienstag im Quartal",
    rule: "FREQ=MONTHLY;BYDAY=+1TU;BYMONTH=1,4,7,10",
    dates: ["2026-04-07T18:00+02:00", "2026-07-07T18:00+02:00", "2026-10-06T18:00+02:00"],
    notes: ["S:Osterferien", "", ""],
  },
  {
    text: "jeden ersten Montag im Monat ausser im August und Dezember",
    rule: `FREQ=MONTHLY;BYDAY=+1MO;BYMONTH=${without(8, 12)}`,
    dates: ["2026-04-06T18:00+02:00", "2026-05-04T18:00+02:00", "2026-06-01T18:00+02:00"],
  },
  {
    text: "jeden 4. Freitag",
    rule: "FREQ=MONTHLY;BYDAY=+4FR",
    dates: ["2026-03-27T18:00+01:00", "2026-04-24T18:00+02:00", "2026-05-22T18:00+02:00"],
  },
];
