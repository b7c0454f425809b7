// The quick-entry parser: German phrasings it must understand, and ones it must reject or flag (durations, dates,
// tags, districts and partners; the rest in parser-conventions.test.ts).
import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/commands/aktivitaet/parse/dates.js";
import { parseDuration } from "../../../src/commands/aktivitaet/parse/durations.js";
import { codes, q, TODAY } from "./parser-support.js";

describe("durations", () => {
  it.each([
    ["2h", 120],
    ["2 h", 120],
    ["1,5 Std.", 90],
    ["1.5 Stunden", 90],
    ["90 min", 90],
    ["90 Minuten", 90],
    ["1:30", 90],
    ["eine Stunde", 60],
    ["zwei Stunden", 120],
    ["halber Tag", 240],
    ["einen halben Tag", 240],
    ["ganzer Tag", 480],
    ["eine halbe Stunde", 30],
    ["dreiviertel Stunde", 45],
    ["anderthalb Stunden", 90],
    ["zweieinhalb Stunden", 150],
    ["2 Std. 15 Min.", 135],
    ["1h30", 90],
    ["45min", 45],
    ["3 Std", 180],
  ])("reads %s as %i minutes", (phrase, minutes) => {
    const entry = q(`${phrase} Elterncafé @Nordstadt #projekt`);
    expect(entry.minutes).toEqual({ value: minutes, status: "given" });
    expect(entry.title).toBe("Elterncafé");
    expect(entry.problems).toEqual([]);
    expect(parseDuration(phrase)).toBe(minutes);
  });

  it("reads a bare number in the form as minutes and refuses words that are no duration", () => {
    expect(parseDuration("75")).toBe(75);
    expect(parseDuration("lange")).toBeUndefined();
    expect(parseDuration("2h Elterncafé")).toBeUndefined();
    expect(parseDuration("2h 3h")).toBeUndefined();
  });

  it("reads a clock time as the start, not as a duration", () => {
    const entry = q("Treffen 14:30 Uhr 1h @Nordstadt #gremium");
    expect(entry.minutes?.value).toBe(60);
    expect(entry.startTime).toBe("14:30");
    expect(entry.title).toBe("Treffen");
  });

  it("rejects implausible durations", () => {
    expect(codes(q("25h Klausur @Nordstadt #gremium").problems)).toContain("durationImplausible");
    expect(codes(q("0 min Klausur @Nordstadt #gremium").problems)).toContain("durationImplausible");
  });

  it("flags more than one duration and takes the first", () => {
    const entry = q("1h Vorbereitung, 2h Durchführung Stadtteilfest @Nordstadt #projekt");
    expect(entry.minutes).toEqual({ value: 60, status: "guessed" });
    expect(codes(entry.notices)).toContain("durationMultiple");
  });

  it("reports a missing duration", () => {
    expect(codes(q("Elterncafé @Nordstadt #projekt").problems)).toEqual(["durationMissing"]);
  });
});

describe("dates", () => {
  it.each([
    ["heute", "2026-11-25"],
    ["gestern", "2026-11-24"],
    ["vorgestern", "2026-11-23"],
    ["Montag", "2026-11-23"],
    ["am Freitag", "2026-11-20"],
    ["Mittwoch", "2026-11-25"],
    ["letzten Mittwoch", "2026-11-18"],
    ["Sonntag", "2026-11-22"],
    ["3.11.", "2026-11-03"],
    ["03.11.2026", "2026-11-03"],
    ["am 3. November", "2026-11-03"],
    ["3. Nov. 2025", "2025-11-03"],
    ["2026-10-01", "2026-10-01"],
    ["1.10.26", "2026-10-01"],
    ["vor 3 Tagen", "2026-11-22"],
    ["am 1. März", "2026-03-01"],
  ])("reads %s as %s", (phrase, day) => {
    const entry = q(`${phrase} 2h Elterncafé @Nordstadt #projekt`);
    expect(entry.occurredOn.value).toBe(day);
    expect(entry.title).toBe("Elterncafé");
    expect(entry.problems).toEqual([]);
  });

  it("defaults to today and says so", () => {
    expect(q("2h Elterncafé @Nordstadt #projekt").occurredOn).toEqual({ value: TODAY, status: "default" });
  });

  it("rejects impossible and future dates", () => {
    const invalid = q("31.02. 2h Elterncafé @Nordstadt #projekt");
    expect(invalid.problems).toEqual([{ code: "dateInvalid", raw: "31.02." }]);
    expect(invalid.title).toBe("Elterncafé");
    expect(codes(q("3.11.2027 2h Elterncafé @Nordstadt #projekt").problems)).toEqual(["dateFuture"]);
  });

  it("parses whole form values, with 'current' year for period ends", () => {
    expect(parseDate("31.12.", TODAY, "current")).toBe("2026-12-31");
    expect(parseDate("31.12.", TODAY)).toBe("2025-12-31");
    expect(parseDate("morgen früh", TODAY)).toBeUndefined();
  });
});

describe("tags, level and role", () => {
  it.each([
    ["#gremium", "networks"],
    ["#netzwerk", "networks"],
    ["#kooperation", "cooperation"],
    ["#schule", "cooperation"],
    ["#infrastruktur", "infrastructure"],
    ["#planung", "infrastructure"],
    ["#projekt", "projects"],
    ["#ehrenamt", "civic_engagement"],
    ["#presse", "public_relations"],
    ["#flyer", "public_relations"],
    ["#Öffentlichkeitsarbeit", "public_relations"],
    ["#GREMIUM", "networks"],
  ])("%s means focus %s", (tag, focus) => {
    const entry = q(`2h Austausch ${tag} @Nordstadt`);
    expect(entry.focus).toEqual({ value: focus, status: "given" });
    expect(entry.title).toBe("Austausch");
  });

  it("reads the level from #fall, a pseudonymous reference, or the word fallspezifisch", () => {
    expect(q("1h Fallberatung #fall #kooperation @Nordstadt").level).toEqual({
      value: "case_specific",
      status: "given",
    });
    expect(q("1h Beratung fallspezifisch #kooperation @Nordstadt").level.value).toBe("case_specific");
    const withRef = q("1h Helferkonferenz #fall:F-2026-017 #netzwerk @Nordstadt");
    expect(withRef.caseRef).toBe("F-2026-017");
    expect(withRef.title).toBe("Helferkonferenz");
    expect(q("1h Beratung #projekt @Nordstadt").level).toEqual({
      value: "case_independent",
      status: "default",
    });
  });

  it("refuses a name as case reference and never keeps it in the title", () => {
    const entry = q("1h Gespräch #fall:Müller #kooperation @Nordstadt");
    expect(codes(entry.problems)).toContain("caseRefInvalid");
    expect(entry.title).not.toContain("Müller");
    expect(entry.caseRef).toBeUndefined();
  });

  it.each([
    ["angestoßen", "initiated", "given"],
    ["angestossen", "initiated", "given"],
    ["mitgewirkt", "contributed", "given"],
    ["initiiert", "initiated", "guessed"],
  ])("reads the role word %s", (word, role, status) => {
    const entry = q(`2h Elterncafé ${word} @Nordstadt #projekt`);
    expect(entry.role).toEqual({ value: role, status });
    expect(entry.title).toBe("Elterncafé");
  });

  it("needs a period for Durchführungsverantwortung and reads it", () => {
    expect(codes(q("3h Ferienprogramm verantwortlich @Nordstadt #projekt").problems)).toEqual([
      "roleNeedsPeriod",
    ]);
    const entry = q("3h Ferienprogramm verantwortlich vom 1.9. bis 31.12. @Nordstadt #projekt");
    expect(entry.role.value).toBe("responsible");
    expect([entry.periodStart, entry.periodEnd]).toEqual(["2026-09-01", "2026-12-31"]);
    expect(entry.problems).toEqual([]);
    expect(
      codes(q("3h Fest verantwortlich vom 10.11.2026 bis 1.11.2026 @Nordstadt #projekt").problems),
    ).toEqual(["periodInvalid"]);
  });

  it("takes goals from tags", () => {
    expect(q("2h Elterncafé #projekt #praevention #selbsthilfe @Nordstadt").goals).toEqual([
      "prevention",
      "self_help",
    ]);
  });

  it("keeps an unknown tag in the title and says so", () => {
    const entry = q("2h Elterncafé #xyz #projekt @Nordstadt");
    expect(entry.title).toBe("Elterncafé #xyz");
    expect(entry.notices).toContainEqual({ code: "tagUnknown", tag: "#xyz" });
  });

  it("flags conflicting tags, and a focus guessed from the title", () => {
    const conflict = q("2h Elterncafé #projekt #presse @Nordstadt");
    expect(conflict.focus).toEqual({ value: "projects", status: "guessed" });
    expect(codes(conflict.notices)).toContain("focusConflict");
    const guessed = q("2h Elterncafé @Nordstadt");
    expect(guessed.focus).toEqual({ value: "projects", status: "guessed" });
    expect(codes(guessed.notices)).toContain("focusGuessed");
    expect(codes(q("2h Besprechung @Nordstadt").problems)).toEqual(["focusMissing"]);
  });
});

describe("districts and partners", () => {
  it("matches @Sozialraum ignoring case and umlauts, and flags typos", () => {
    expect(q("2h Elterncafé @nordstadt #projekt").districtId).toEqual({ value: 1, status: "given" });
    expect(q("2h Elterncafé @Suedstadt #projekt").districtId).toEqual({ value: 2, status: "given" });
    expect(q("2h Elterncafé @Nordstad #projekt").districtId).toEqual({ value: 1, status: "guessed" });
    expect(q("2h Elterncafé @Atlantis #projekt").problems).toEqual([
      { code: "districtUnknown", typed: "Atlantis" },
    ]);
  });

  it("uses the channel's district, or the only one, and otherwise asks", () => {
    expect(q("2h Elterncafé #projekt", { channelDistrictId: 2 }).districtId).toEqual({
      value: 2,
      status: "default",
    });
    expect(q("2h Elterncafé #projekt", { districts: [{ id: 7, name: "Mitte" }] }).districtId?.value).toBe(7);
    expect(codes(q("2h Elterncafé #projekt").problems)).toEqual(["districtMissing"]);
  });

  it.each([
    ['+"Grundschule am Park"', 1, "given"],
    ["+Grundschule am Park", 1, "given"],
    ["+grundschule am prak", 1, "guessed"],
    ["+Jugendhaus_Mitte", 2, "given"],
    ["+jugendhaus mitte", 2, "given"],
    ["+Kita Sonnenschien", 4, "guessed"],
    ["+TSV Nord", 3, "given"],
  ])("matches %s to a known partner", (mention, id, status) => {
    const entry = q(`2h Kooperationstreffen ${mention} @Nordstadt #kooperation`);
    expect(entry.partners.map((p) => [p.id, p.status])).toEqual([[id, status]]);
    expect(entry.newPartners).toEqual([]);
    expect(entry.title).toBe("Kooperationstreffen");
  });

  it("offers an unknown partner for creation with a guessed type", () => {
    const entry = q('2h Planung +Stadtteilverein +Bürgerbüro +"Grundschule Ost" @Nordstadt #ehrenamt');
    expect(entry.newPartners).toEqual([
      { name: "Grundschule Ost", type: "school" },
      { name: "Stadtteilverein", type: "club" },
      { name: "Bürgerbüro", type: "citizens_office" },
    ]);
    expect(codes(entry.notices).filter((c) => c === "partnerNew")).toHaveLength(3);
  });

  it("does not read a phone number as a partner", () => {
    const entry = q("2h Anruf +49 171 1234567 @Nordstadt #kooperation");
    expect(entry.newPartners).toEqual([]);
  });
});
