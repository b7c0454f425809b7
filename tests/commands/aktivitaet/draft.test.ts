// The compact button state survives a round trip, never exceeds Slack's limit, and refuses forgeries; CSV cells are safe.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Draft, decodeDraft, encodeDraft, MAX_STATE } from "../../../src/commands/aktivitaet/draft.js";
import { csvCell, germanHours, toCsv } from "../../../src/commands/csv.js";
import { ACTIVITY_ROLES, FOCUSES, GOALS, LEVELS, PARTNER_TYPES } from "../../../src/store/index.js";

const day = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const draft: fc.Arbitrary<Draft> = fc.record(
  {
    occurredOn: day,
    minutes: fc.integer({ min: 1, max: 1440 }),
    title: fc.string({ maxLength: 200 }),
    districtId: fc.integer({ min: 1, max: 1_000_000 }),
    level: fc.constantFrom(...LEVELS),
    caseRef: fc.stringMatching(/^[A-Z]-\d{1,6}$/),
    focus: fc.constantFrom(...FOCUSES),
    role: fc.constantFrom(...ACTIVITY_ROLES),
    periodStart: day,
    periodEnd: day,
    partnerIds: fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 10 }),
    newPartners: fc.array(
      fc.record({
        name: fc.string({ minLength: 2, maxLength: 40 }),
        type: fc.constantFrom(...PARTNER_TYPES),
      }),
      { maxLength: 5 },
    ),
    goals: fc.uniqueArray(fc.constantFrom(...GOALS), { maxLength: 4 }),
    targetGroups: fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }),
    participants: fc.integer({ min: 0, max: 10_000 }),
    notes: fc.string({ maxLength: 300 }),
  },
  { requiredKeys: ["partnerIds", "newPartners", "goals", "targetGroups", "notes"] },
);

describe("draft state", () => {
  it("decodes what it encoded, and every encoding fits a Slack button value", () => {
    fc.assert(
      fc.property(draft, fc.boolean(), (d, ack) => {
        const encoded = encodeDraft(d, ack);
        if (encoded === undefined) return;
        expect(encoded.length).toBeLessThanOrEqual(MAX_STATE);
        const back = decodeDraft(encoded);
        expect(back?.acknowledged).toBe(ack);
        expect(JSON.parse(JSON.stringify(back?.draft))).toEqual(JSON.parse(JSON.stringify(d)));
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary values and accepts only well-formed ones", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json()), (raw) => {
        const decoded = decodeDraft(raw);
        if (decoded) expect(Array.isArray(decoded.draft.partnerIds)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(decodeDraft('{"f":6}')).toBeUndefined();
    expect(decodeDraft('{"d":"2026-13-01"}')).toBeUndefined();
    expect(decodeDraft('{"__proto__":{"x":1}}')).toBeUndefined();
    expect(decodeDraft('{"p":[1,2,3]}')?.draft.partnerIds).toEqual([1, 2, 3]);
  });
});

describe("csv", () => {
  it("quotes separators, quotes and line breaks, and defuses formulas", () => {
    expect(csvCell("Elterncafé")).toBe("Elterncafé");
    expect(csvCell('a;"b"')).toBe('"a;""b"""');
    expect(csvCell("Zeile\nzwei")).toBe('"Zeile\nzwei"');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell("@SUMME(A1)")).toBe("'@SUMME(A1)");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
    expect(germanHours(90)).toBe("1,5");
    expect(germanHours(100)).toBe("1,67");
    expect(germanHours(60 * 1500)).toBe("1500");
  });

  it("writes UTF-8 with BOM and CRLF", () => {
    const bytes = toCsv(["Nr.", "Titel"], [[1, "Mädchentreff"]]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe("Nr.;Titel\r\n1;Mädchentreff\r\n");
  });
});
