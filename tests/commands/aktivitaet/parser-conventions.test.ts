// The quick-entry parser: participants, title and limits, name folding, hostile words, properties and the
// conventions of hurried entries (durations, dates, tags and partners in parser.test.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/commands/aktivitaet/parse/dates.js";
import { parseDuration } from "../../../src/commands/aktivitaet/parse/durations.js";
import { distance, fold, matchName } from "../../../src/commands/aktivitaet/parse/fold.js";
import { MAX_QUICK_LENGTH, parseQuickEntry } from "../../../src/commands/aktivitaet/parse/quick.js";
import { codes, ctx, q, TODAY } from "./parser-support.js";

describe("participants, title and limits", () => {
  it.each([
    ["12 TN", 12, []],
    ["mit 15 Teilnehmenden", 15, []],
    ["20 Eltern", 20, ["Eltern"]],
    ["8 Jugendliche", 8, ["Jugendliche"]],
  ])("reads %s", (phrase, n, groups) => {
    const entry = q(`2h Elterncafé ${phrase} @Nordstadt #projekt`);
    expect(entry.participants).toBe(n);
    expect(entry.targetGroups).toEqual(groups);
    expect(entry.title).toBe("Elterncafé");
  });

  it("reads target groups after 'Zielgruppe:'", () => {
    expect(q("2h Elterncafé @Nordstadt #projekt Zielgruppe: Eltern, Kinder").targetGroups).toEqual([
      "Eltern",
      "Kinder",
    ]);
  });

  it("keeps everything it cannot place in the title, in order", () => {
    expect(q("gestern 2h Sitzung AG Jugend im Rathaus @Nordstadt #gremium").title).toBe(
      "Sitzung AG Jugend im Rathaus",
    );
  });

  it("asks for a title when nothing is left", () => {
    expect(codes(q("2h #projekt @Nordstadt").problems)).toEqual(["titleMissing"]);
  });

  it("refuses overlong input before parsing", () => {
    expect(q("a".repeat(MAX_QUICK_LENGTH + 1)).problems).toEqual([{ code: "tooLong" }]);
  });

  it("reads a full realistic line", () => {
    const entry = q(
      'gestern 1,5 Std. Schulkooperation Sozialtraining +"Grundschule am Park" @Südstadt #schule mitgewirkt 18 Kinder #praevention',
    );
    expect(entry).toMatchObject({
      occurredOn: { value: "2026-11-24" },
      minutes: { value: 90 },
      title: "Schulkooperation Sozialtraining",
      districtId: { value: 2 },
      focus: { value: "cooperation", status: "given" },
      role: { value: "contributed", status: "given" },
      participants: 18,
      targetGroups: ["Kinder"],
      goals: ["prevention"],
      problems: [],
      notices: [],
    });
    expect(entry.partners.map((p) => p.id)).toEqual([1]);
  });
});

describe("name folding", () => {
  it("folds umlauts, case and punctuation and measures typos", () => {
    expect(fold("Süd-Ost Straße")).toBe("suedoststrasse");
    expect(distance("nordstadt", "nordstad")).toBe(1);
    expect(matchName("Kita", ctx.partners, (p) => p.name)).toBeUndefined();
    expect(matchName("TSV Nrod", ctx.partners, (p) => p.name)).toBeUndefined(); // 7 letters: 1 typo allowed, this is 2
  });
});

describe("hostile words", () => {
  it("does not mistake object keys for keywords", () => {
    const entry = q("2h #constructor #__proto__ toString @Nordstadt");
    expect(entry.focus).toBeUndefined();
    expect(codes(entry.problems)).toEqual(["focusMissing"]);
    expect(parseDate("__proto__", TODAY)).toBeUndefined();
    expect(parseDate("constructor", TODAY)).toBeUndefined();
  });
});

describe("properties", () => {
  it("never throws on any text and keeps its promises", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600, unit: "binary" }), (text) => {
        const entry = parseQuickEntry(text, ctx);
        if (entry.minutes) expect(entry.minutes.value).toBeGreaterThanOrEqual(1);
        if (entry.minutes) expect(entry.minutes.value).toBeLessThanOrEqual(1440);
        expect(entry.occurredOn.value <= TODAY || codes(entry.problems).includes("dateFuture")).toBe(true);
        expect(entry.title.length).toBeLessThanOrEqual(MAX_QUICK_LENGTH);
      }),
      { numRuns: 500 },
    );
  });

  const token = fc.constantFrom(
    "2h",
    "90 min",
    "1:30",
    "eine Stunde",
    "halber Tag",
    "gestern",
    "Montag",
    "3.11.",
    "31.02.",
    "am 3. November",
    "#gremium",
    "#projekt",
    "#fall",
    "#fall:F-1",
    "#fall:X",
    "#xyz",
    "@Nordstadt",
    "@Nord",
    "@",
    "+",
    '+"',
    "+Grundschule",
    "+Neu",
    "12 TN",
    "Elterncafé",
    "vom 1.9. bis 31.12.",
    "verantwortlich",
    "angestoßen",
    ",",
    "-",
    "Zielgruppe:",
    "Müller, Anna",
    "14:30 Uhr",
    "ü",
    "🙂",
    "\u0000",
  );

  it("never throws on any mix of the phrases it knows", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), fc.integer({ min: 0, max: 3 }), (tokens, districts) => {
        const entry = parseQuickEntry(tokens.join(" "), {
          ...ctx,
          districts: ctx.districts.slice(0, districts),
        });
        // Recognised tags are never left in the title.
        expect(entry.title).not.toMatch(/#gremium|#projekt(?![\p{L}])/u);
        if (entry.districtId) expect(ctx.districts.some((d) => d.id === entry.districtId?.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("parses whole durations and dates without throwing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const d = parseDuration(s);
        if (d !== undefined) expect(Number.isInteger(d)).toBe(true);
        const day = parseDate(s, TODAY);
        if (day !== undefined) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("conventions of hurried entries", () => {
  it.each([
    ["1h15 Planung", 75],
    ["1 Std 30 Planung", 90],
    ["2 1/2 std Planung", 150],
    ["1½ h Planung", 90],
    ["1:30h Planung", 90],
  ])("reads %j as %i minutes", (text, minutes) => {
    expect(q(text).minutes?.value).toBe(minutes);
  });

  it("keeps a count after the hours for the participants", () => {
    const e = q("Mädchentreff 2h 12 Mädchen");
    expect(e.minutes?.value).toBe(120);
    expect(e.participants).toBe(12);
  });

  it("reads '10.30-12' as a time range, not as a date", () => {
    const e = q("10.30-12 Elterncafé");
    expect([e.minutes?.value, e.startTime, e.occurredOn.value]).toEqual([90, "10:30", TODAY]);
  });

  it("asks about tomorrow and next Monday, and about 61 days back but not 60", () => {
    expect(q("morgen früh 1h AK Jugend").dateQuestion).toEqual({ day: "2026-11-26", reason: "future" });
    expect(q("nächsten Montag 1h AK Jugend").dateQuestion).toEqual({ day: "2026-11-30", reason: "future" });
    expect(q("vor 60 Tagen 1h AK Jugend").dateQuestion).toBeUndefined();
    expect(q("vor 61 Tagen 1h AK Jugend").dateQuestion?.reason).toBe("farPast");
  });

  it("reads 'vorige Woche' as last week and 'nächste Woche' as next week, asked about", () => {
    expect(q("vorige Woche Mittwoch 1h AK").occurredOn.value).toBe("2026-11-18");
    expect(q("vorigen Freitag 1h AK").occurredOn.value).toBe("2026-11-20");
    expect(q("nächste Woche Di 1h AK").dateQuestion).toEqual({ day: "2026-12-01", reason: "future" });
  });

  it("reads a capitalised 'So' as Sunday and keeps a weekday out of the district's name", () => {
    expect(q("So 2h Familienfest").occurredOn.value).toBe("2026-11-22");
    const e = q("1h Planung @Nordstadt Do");
    expect([e.districtId?.value, e.occurredOn.value]).toEqual([1, "2026-11-19"]);
  });

  it("takes no count from a class or a working group's number", () => {
    expect(q("2h Projekttag Klasse 6 Kinder").participants).toBeUndefined();
    expect(q("AG 78 Sitzung 2h 14 TN").participants).toBe(14);
  });

  it.each([
    ["Bezirksbeirat Sitzung 2h", "infrastructure"],
    ["Jugendhilfeausschuss 2h", "infrastructure"],
    ["Hausaufgabenhilfe mit Grundschule am Park 2h", "projects"],
    ["Frühstück für Alleinerziehende +Kita Sonnenschein 2h", "projects"],
    ["Fall F-22 Recherche Freizeitangebote im Umfeld 45 min", "infrastructure"],
    ["Fall F-9 Telefonat mit TSV Nord wegen Aufnahme 20 min", "cooperation"],
    ["Lenkungsrunde Sozialraum 2h", "networks"],
    ["Fall F-3 Therapieplatz gesucht 30 min", "infrastructure"],
    ["Fall F-3 Austausch mit Jugendamt 30 min", "cooperation"],
  ])("guesses the focus of %j as %s", (text, focus) => {
    expect(q(text).focus?.value).toBe(focus);
  });
});
