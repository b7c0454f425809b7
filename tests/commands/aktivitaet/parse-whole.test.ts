// The quick entry read as a whole: the phrasings of issue #15 (time ranges, fractions and number words, German dates
// with their sanity question, names without markers, multi-word new partners, participants, the focus and its
// alternatives, the team's earlier choices).
import { describe, expect, it } from "vitest";
import { parseQuickEntry, type QuickContext } from "../../../src/commands/aktivitaet/parse/quick.js";

const TODAY = "2026-11-25"; // a Wednesday
const ctx: QuickContext = {
  today: TODAY,
  districts: [
    { id: 1, name: "Nordstadt" },
    { id: 2, name: "Weststadt" },
    { id: 3, name: "Altstadt" },
    { id: 4, name: "Westviertel" },
    { id: 5, name: "Mitte" },
  ],
  partners: [
    { id: 1, name: "Grundschule am Park", type: "school" },
    { id: 2, name: "Jugendhaus Mitte", type: "youth_welfare" },
    { id: 3, name: "Bürgerbüro", type: "citizens_office" },
  ],
};
const q = (text: string, over: Partial<QuickContext> = {}) => parseQuickEntry(text, { ...ctx, ...over });

describe("time ranges and durations", () => {
  it.each([
    ["von 9–11 Uhr", 120, "09:00"],
    ["9-11", 120, "09:00"],
    ["10:15–12:00", 105, "10:15"],
    ["14.30 bis 16 Uhr", 90, "14:30"],
    ["von 14 Uhr bis 15:45 Uhr", 105, "14:00"],
    ["zwischen 9 und 11 Uhr", 120, "09:00"],
    ["ab 14 bis 16 Uhr", 120, "14:00"],
  ])("reads %s as %i minutes from %s, and keeps it out of the title", (phrase, minutes, start) => {
    const entry = q(`Elterncafé ${phrase} @Nordstadt`);
    expect(entry.minutes).toEqual({ value: minutes, status: "given" });
    expect(entry.startTime).toBe(start);
    expect(entry.title).toBe("Elterncafé");
    expect(entry.problems).toEqual([]);
  });

  it("keeps a start time next to a separate duration", () => {
    const entry = q("um 9 Uhr 2h Elterncafé @Nordstadt");
    expect([entry.minutes?.value, entry.startTime]).toEqual([120, "09:00"]);
    expect(q("um 10:30 für 45 min Elterncafé @Nordstadt").startTime).toBe("10:30");
  });

  it("does not read a date range or two numbers as a clock time", () => {
    expect(q("2h Elterncafé 3.11-5.11 @Nordstadt").startTime).toBeUndefined();
    expect(q("2h Elterncafé für 2-3 Familien @Nordstadt").startTime).toBeUndefined();
  });

  it.each([
    ["3/4 h", 45],
    ["2 1/2 Std", 150],
    ["1 1/2h", 90],
    ["anderthalb Stunden", 90],
    ["eineinhalb Std", 90],
    ["ne Viertelstunde", 15],
    ["'ne halbe Stunde", 30],
    ["halbe std", 30],
    ["zwei Stunden", 120],
    ["1,5h", 90],
    ["90 min", 90],
    ["1h30", 90],
    ["1h 15min", 75],
    ["ca. 2 Std.", 120],
    ["knapp eine Stunde", 60],
    ["zwanzig min", 20],
    ["1½ h", 90],
    ["dreiviertel Std", 45],
  ])("reads %s as %i minutes", (phrase, minutes) => {
    const entry = q(`${phrase} Elterncafé @Nordstadt`);
    expect(entry.minutes?.value).toBe(minutes);
    expect(entry.title).toBe("Elterncafé");
  });

  it("does not read the end of a decimal duration and a date as hours and minutes", () => {
    const entry = q("Familienfreizeit Vorbereitung 1,5h 20.11.26 @Nordstadt");
    expect([entry.minutes?.value, entry.occurredOn.value]).toEqual([90, "2026-11-20"]);
  });
});

describe("dates", () => {
  it.each([
    ["am 3.11", "2026-11-03"],
    ["3.11.", "2026-11-03"],
    ["Mi", "2026-11-25"],
    ["Fr", "2026-11-20"],
    ["Di.", "2026-11-24"],
    ["am Do", "2026-11-19"],
    ["am So", "2026-11-22"],
    ["Mi 4.11.", "2026-11-04"],
    ["am Mittwoch, 4.11.", "2026-11-04"],
    ["letzte Woche Freitag", "2026-11-20"],
    ["letzte woche mi", "2026-11-18"],
    ["Montag letzte Woche", "2026-11-16"],
    ["vorletzte Woche Mittwoch", "2026-11-11"],
    ["diese Woche Montag", "2026-11-23"],
    ["letzten Freitag", "2026-11-20"],
    ["vorletzten Freitag", "2026-11-13"],
    ["vorgestren", "2026-11-23"],
    ["gesten", "2026-11-24"],
    ["Mitwoch", "2026-11-25"],
    ["heute Vormittag", "2026-11-25"],
    ["vor einer Woche", "2026-11-18"],
    ["vor 2 Wochen", "2026-11-11"],
    ["am 3. 11.", "2026-11-03"],
    ["den 19.11.", "2026-11-19"],
    ["am Montag, den 23.11.", "2026-11-23"],
    ["heut", "2026-11-25"],
    ["mo nachmittag", "2026-11-23"],
    ["am Dienstagabend", "2026-11-24"],
    ["fr abends", "2026-11-20"],
  ])("reads %s as %s", (phrase, day) => {
    const entry = q(`${phrase} 2h Elterncafé @Nordstadt`);
    expect(entry.occurredOn.value).toBe(day);
    expect(entry.title).toBe("Elterncafé");
    expect(entry.dateQuestion).toBeUndefined();
  });

  it("leaves the everyday word „so“ alone", () => {
    const entry = q("2h Elterncafé so gut besucht wie nie @Nordstadt");
    expect(entry.occurredOn).toEqual({ value: TODAY, status: "default" });
    expect(entry.title).toBe("Elterncafé so gut besucht wie nie");
  });

  it("reads a lower-case weekday mid-entry before its clock range, also one followed by a comma", () => {
    expect(q("Flohmarkt in der Altstadt so 8-14 uhr").occurredOn.value).toBe("2026-11-22");
    expect(q("Kochgruppe im Jugendhaus Mitte, fr 17-19, 6 Jugendliche").occurredOn.value).toBe("2026-11-20");
    expect(q("Elterncafé und so 2h @Nordstadt").occurredOn).toEqual({ value: TODAY, status: "default" });
  });

  it("asks about a date more than 60 days back, never silently", () => {
    expect(q("am 3.8. 2h Elterncafé @Nordstadt").dateQuestion).toEqual({
      day: "2026-08-03",
      reason: "farPast",
    });
    expect(q("03.11.2019 2h Elterncafé @Nordstadt").dateQuestion).toEqual({
      day: "2019-11-03",
      reason: "farPast",
    });
    expect(q("am 27.9. 2h Elterncafé @Nordstadt").dateQuestion).toBeUndefined();
  });

  it("reads a day without year in this year and asks about it when it lies ahead", () => {
    const entry = q("am 1.12. 2h Elterncafé @Nordstadt");
    expect(entry.occurredOn.value).toBe("2026-12-01");
    expect(entry.dateQuestion).toEqual({ day: "2026-12-01", reason: "future" });
    expect(q("übermorgen 2h Elterncafé @Nordstadt").dateQuestion).toEqual({
      day: "2026-11-27",
      reason: "future",
    });
    // In January, "20.12." means last December.
    expect(q("20.12. 2h Elterncafé @Nordstadt", { today: "2027-01-10" }).occurredOn.value).toBe("2026-12-20");
  });
});

describe("names", () => {
  it("finds districts and known partners without markers, in any case, longest first", () => {
    const entry = q("2h Elterncafé mit dem Jugendhaus Mitte im westviertel");
    expect(entry.partners.map((p) => p.name)).toEqual(["Jugendhaus Mitte"]);
    expect(entry.districtId?.value).toBe(4);
    expect(entry.title).toBe("Elterncafé");
    expect(q("2h Elterncafé zusammen mit der Grundschule am Park, Weststadt").title).toBe("Elterncafé");
  });

  it("reads two swapped letters in a known name as one slip", () => {
    expect(q("1h Austausch in der Nordstdat").districtId?.value).toBe(1);
    expect(q("1h AK @Nrodstadt").districtId?.value).toBe(1);
    expect(q("1h Austausch +Jugendhaus Mitet").partners.map((p) => p.name)).toEqual(["Jugendhaus Mitte"]);
  });

  it("tolerates a typo in an unmarked name, but not in ordinary words", () => {
    expect(q("2h Elterncafé in der Weststdt").districtId).toEqual({ value: 2, status: "guessed" });
    expect(q("2h Elterncafé Weste @Nordstadt").districtId?.value).toBe(1);
  });

  it("answers with this request's objects when the same names come with other ids", () => {
    const renamed = { ...ctx, partners: ctx.partners.map((p) => ({ ...p, id: p.id + 100 })) };
    expect(q("2h Elterncafé +Jugendhaus Mitte @Nordstadt").partners[0]?.id).toBe(2);
    expect(parseQuickEntry("2h Elterncafé +Jugendhaus Mitte @Nordstadt", renamed).partners[0]?.id).toBe(102);
  });

  it("lets a district written in the text win over the channel's", () => {
    expect(q("2h Elterncafé altstadt", { channelDistrictId: 1 }).districtId).toEqual({
      value: 3,
      status: "given",
    });
  });

  it("reads a district after an office's or a committee's word as part of its name, a known partner still as one", () => {
    expect(q("1h Stadtteilbüro Weststadt besucht").districtId).toBeUndefined();
    expect(q("1h Seniorenbeirat Altstadt").districtId).toBeUndefined();
    const school = q("45 min Vortrag beim Elternbeirat Grundschule am Park");
    expect(school.partners.map((p) => p.name)).toEqual(["Grundschule am Park"]);
    expect(q("1h Offener Treff Weststadt").districtId?.value).toBe(2);
    expect(q("1h Ehrenamt Nordstadt Treffen").districtId?.value).toBe(1);
  });

  it("never takes a number into a name", () => {
    const entry = q("@Weststadt 15 TN 2h Elterncafé +Jugendhaus 12 Kinder");
    expect(entry.districtId?.value).toBe(2);
    expect(entry.participants).toBe(15);
    expect(entry.partners.map((p) => p.name)).toEqual(["Jugendhaus Mitte"]);
  });

  it.each([
    ["+Förderverein Altstadt 2h", "Förderverein Altstadt"],
    ["+Pfadfinder St. Georg 2h", "Pfadfinder St. Georg"],
    ["+Realschule am Lindenplatz @Nordstadt 2h", "Realschule am Lindenplatz"],
    ["+Amt für Stadtplanung in der Altstadt 2h", "Amt für Stadtplanung"],
    ["+Hort Pusteblume am Montag 2h", "Hort Pusteblume"],
    ["+Radio Nordwelle mit Jugendlichen 2h", "Radio Nordwelle"],
    ["+Stadtbibliothek, 2h", "Stadtbibliothek"],
  ])("reads the whole unknown partner in %s", (text, name) => {
    expect(q(`Elterncafé ${text}`).newPartners.map((p) => p.name)).toEqual([name]);
  });

  it.each([
    ["+polizeirevier süd 2 std", "Polizeirevier Süd"],
    ["+asd weststadt 11-12:30", "ASD Weststadt"],
    ["+realschule am see, 45 min", "Realschule am See"],
    ["+radio dreyeckland am 30.11. 1 std", "Radio Dreyeckland"],
    ["+schulamt mo 13-15:30", "Schulamt"],
    ["+jugendherberge schauinsland vorgestern 1h", "Jugendherberge Schauinsland"],
    ["+musikschule klangraum angefragt 20 min", "Musikschule Klangraum"],
    ["+schulamt zu ganztag 1h", "Schulamt"],
    ["+kita-fachberatung 1h", "Kita-Fachberatung"],
    ["+kinderarztpraxis dr. yilmaz 1h", "Kinderarztpraxis Dr. Yilmaz"],
    ["+pfadfinder st. georg 2h", "Pfadfinder St. Georg"],
    ["+awo e.v. 1h", "AWO e.V."],
    ["+kita regenbogen 1h", "Kita Regenbogen"],
    ["+wohnungsbau genossenschaft 1h", "Wohnungsbau Genossenschaft"],
    ["+polizei nord präventionsabend 2h", "Polizei Nord"],
    ["+naturfreundejugend ausflug 3h", "Naturfreundejugend"],
    ["+moscheegemeinde ditib elterngespräch 1h", "Moscheegemeinde Ditib"],
  ])("reads a new partner typed in lower case in %s, and shows it capitalised", (text, name) => {
    const entry = q(`Austausch ${text}`);
    expect(entry.newPartners.map((p) => p.name)).toEqual([name]);
    expect(entry.districtId).toBeUndefined();
  });
});

describe("level", () => {
  it("reads the team's case code on its own as the case, but no other code with a number", () => {
    const entry = q("15 min Telefonat mit der Kita zu F-321 @Nordstadt");
    expect(entry.level).toEqual({ value: "case_specific", status: "given" });
    expect(entry.caseRef).toBe("F-321");
    expect(entry.title).not.toContain("F-321");
    expect(q("2h U-18 Turnier @Nordstadt").level.value).toBe("case_independent");
    expect(q("2h Besprechung Ü-30 Party @Nordstadt").caseRef).toBeUndefined();
  });
});

describe("participants", () => {
  it.each([
    ["15 TN", 15],
    ["ca. 20 Eltern", 20],
    ["12 Jugendliche", 12],
    ["mit 8 Kindern", 8],
    ["9 Teiln.", 9],
    ["mit 25 Leuten", 25],
    ["zwölf Jugendliche", 12],
    ["TN: 14", 14],
  ])("reads %s", (phrase, n) => {
    const entry = q(`2h Elterncafé ${phrase} @Nordstadt`);
    expect(entry.participants).toBe(n);
    expect(entry.title).toBe("Elterncafé");
  });
});

describe("focus", () => {
  it.each([
    ["Stand zum Tag des Ehrenamts", "civic_engagement"],
    ["Pressetermin Stadtteilfest", "public_relations"],
    ["Artikel für die Stadtteilzeitung", "public_relations"],
    ["AK Jugend", "networks"],
    ["Arbeitskries Migration", "networks"],
    ["Befragung Jugendliche zu Freizeitangeboten", "infrastructure"],
    ["Eltercafé", "projects"],
    ["Runder Tisch Wohnen", "networks"],
  ])("guesses %s as %s", (title, focus) => {
    const entry = q(`2h ${title} @Nordstadt`);
    expect(entry.focus).toEqual({ value: focus, status: "guessed" });
    expect(entry.problems).toEqual([]);
  });

  it.each([
    ["Präventionsrat Sitzung", "networks"],
    ["Vorbereitung Kinder- und Jugendforum", "networks"],
    ["Bezirksrat Antrag Bolzplatz", "infrastructure"],
    ["Sozialraumbegehung mit Eltern", "infrastructure"],
    ["Sozialraumkonferenz", "networks"],
    ["Planungsrunde Spielplatz", "infrastructure"],
    ["Beteiligungsprojekt Spielplatz", "infrastructure"],
    ["Bedarfsabfrage Ganztag", "infrastructure"],
    ["Theater-AG mit Grundschule am Park", "projects"],
    ["Tanzgruppe mit TSV Nord", "projects"],
    ["Pressemitteilung Tag des Ehrenamts", "public_relations"],
    ["Flyer für die Freiwilligenbörse", "public_relations"],
    ["neue Lesepatinnen gewonnen", "civic_engagement"],
  ])("reads the compound or the medium in %s as %s", (title, focus) => {
    expect(q(`2h ${title} @Nordstadt`).focus?.value).toBe(focus);
  });

  // The guideline names group offers twice: open groups under §4 and themed groups with single institutions under
  // §2.2. A group held with a youth-welfare institution is either; the card guesses one and offers the other.
  it("offers both projects and cooperation for a group held with a youth-welfare institution", () => {
    const entry = q("2h Tanzgruppe mit Jugendhaus Mitte @Nordstadt");
    const offered = [entry.focus?.value, ...(entry.focusAlternatives ?? [])];
    expect(offered).toEqual(expect.arrayContaining(["projects", "cooperation"]));
  });

  it("reads a council only where the word is one", () => {
    expect(q("2h Referat Jugend Austausch @Nordstadt").focus?.value).not.toBe("networks");
    expect(q("2h Vorrat Bastelmaterial aufgefüllt @Nordstadt").focus?.value).not.toBe("networks");
  });

  it("reads the Jobcenter's Bedarfsgemeinschaft in a case as cooperation, not as the area's needs", () => {
    const entry = q("20 min Telefonat Jobcenter wegen Bedarfsgemeinschaft F-12 @Nordstadt");
    expect(entry.focus?.value).toBe("cooperation");
  });

  it("reads a case-specific entry with a school as cooperation (§2.2)", () => {
    const entry = q("1h Fall F-17 Rücksprache Klassenlehrerin +Grundschule am Park @Nordstadt");
    expect(entry.level.value).toBe("case_specific");
    expect(entry.focus?.value).toBe("cooperation");
  });

  it("offers the other plausible focus when two fit", () => {
    const entry = q("2h Flyer für das Stadtteilfest @Nordstadt");
    expect(entry.focus?.status).toBe("guessed");
    expect([entry.focus?.value, ...(entry.focusAlternatives ?? [])].sort()).toEqual([
      "projects",
      "public_relations",
    ]);
  });

  it("lets the team's earlier choice for a similar title win over the built-in guess", () => {
    const history = [{ title: "Flyer Stadtteilfest verteilt", focus: "projects" as const }];
    const entry = q("2h Flyer Stadtteilfest @Nordstadt", { history });
    expect(entry.focus).toEqual({ value: "projects", status: "guessed" });
    expect(entry.focusAlternatives).toContain("public_relations");
    expect(q("2h Pressetermin Rathaus @Nordstadt", { history }).focus?.value).toBe("public_relations");
  });

  it("offers all six focuses, in the guideline's order, when nothing hints at one", () => {
    const entry = q("2h Besprechung @Nordstadt");
    expect(entry.focus).toBeUndefined();
    expect(entry.focusAlternatives).toEqual([
      "networks",
      "cooperation",
      "infrastructure",
      "projects",
      "civic_engagement",
      "public_relations",
    ]);
  });

  it("keeps an explicit tag over any guess", () => {
    expect(q("2h Flyer Stadtteilfest #presse @Nordstadt").focus).toEqual({
      value: "public_relations",
      status: "given",
    });
  });
});
