// The report's period words under an injected clock: the quarter in progress once half over, the year so far, named ranges.
import { describe, expect, it } from "vitest";
import { parsePeriod, yearBefore } from "../../../src/commands/digest/period.js";

const TZ = "Europe/Berlin";
/** Noon in Berlin on that day, as a clock would give it. */
const on = (day: string) => new Date(`${day}T11:00:00Z`);
const read = (text: string, day: string) => parsePeriod(text.split(" ").filter(Boolean), on(day), TZ);

describe("period words", () => {
  it("„quartal“ in December and late November is the fourth quarter so far", () => {
    expect(read("quartal", "2026-12-01")).toEqual({
      period: { from: "2026-10-01", to: "2026-12-01", name: "4. Quartal 2026 bis heute" },
      rest: [],
    });
    expect(read("quartal Nordstadt", "2026-11-20")).toEqual({
      period: { from: "2026-10-01", to: "2026-11-20", name: "4. Quartal 2026 bis heute" },
      rest: ["Nordstadt"],
    });
  });

  it("„quartal“ early in a quarter is the last full one, and so is no period word at all", () => {
    expect(read("quartal", "2026-10-10")?.period).toEqual({
      from: "2026-07-01",
      to: "2026-09-30",
      name: "3. Quartal 2026",
    });
    expect(read("", "2026-10-10")?.period.name).toBe("3. Quartal 2026");
    // In January the last full quarter is the previous year's fourth.
    expect(read("quartal", "2027-01-10")?.period).toEqual({
      from: "2026-10-01",
      to: "2026-12-31",
      name: "4. Quartal 2026",
    });
    // Half of Q4 (92 days) is 46 days: 16 November is the first day the quarter in progress counts.
    expect(read("quartal", "2026-11-15")?.period.name).toBe("3. Quartal 2026");
    expect(read("quartal", "2026-11-16")?.period.name).toBe("4. Quartal 2026 bis heute");
  });

  it("„letztes quartal“ is always the last full quarter", () => {
    expect(read("letztes Quartal alle", "2026-12-01")).toEqual({
      period: { from: "2026-07-01", to: "2026-09-30", name: "3. Quartal 2026" },
      rest: ["alle"],
    });
    expect(read("letztes quartal", "2026-02-01")?.period.name).toBe("4. Quartal 2025");
  });

  it("„Q3 2026“, „Q3/2026“ and „quartal 1/2026“ name one quarter", () => {
    const q3 = { from: "2026-07-01", to: "2026-09-30", name: "3. Quartal 2026" };
    expect(read("Q3 2026 Nordstadt docx", "2026-12-01")).toEqual({ period: q3, rest: ["Nordstadt", "docx"] });
    expect(read("q3/2026", "2026-12-01")?.period).toEqual(q3);
    expect(read("quartal 1/2026", "2026-12-01")?.period.name).toBe("1. Quartal 2026");
    expect(read("Q4 2026", "2026-12-01")?.period).toEqual({
      from: "2026-10-01",
      to: "2026-12-01",
      name: "4. Quartal 2026 bis heute",
    });
  });

  it("„jahr“ is this year up to today, „vorjahr“ and „2025“ whole years", () => {
    expect(read("jahr", "2026-12-01")?.period).toEqual({
      from: "2026-01-01",
      to: "2026-12-01",
      name: "Jahr 2026 bis heute",
    });
    const y2025 = { from: "2025-01-01", to: "2025-12-31", name: "Jahr 2025" };
    expect(read("vorjahr", "2026-10-10")?.period).toEqual(y2025);
    expect(read("2025 alle", "2026-10-10")).toEqual({ period: y2025, rest: ["alle"] });
    expect(read("jahr 2025", "2026-10-10")?.period).toEqual(y2025);
    expect(read("2026", "2026-11-20")?.period.name).toBe("Jahr 2026 bis heute");
  });

  it("„von … bis …“ and two dates give that range; reversed or impossible ones are rejected", () => {
    const range = { from: "2026-03-01", to: "2026-05-31" };
    expect(read("von 1.3.2026 bis 31.5.2026 Südstadt", "2026-12-01")).toEqual({
      period: range,
      rest: ["Südstadt"],
    });
    expect(read("01.03.2026 31.05.2026", "2026-12-01")?.period).toEqual(range);
    expect(read("von 31.5.2026 bis 1.3.2026", "2026-12-01")).toBeUndefined();
    expect(read("30.02.2026 01.03.2026", "2026-12-01")).toBeUndefined();
    expect(read("01.01.2024 01.03.2026", "2026-12-01")).toBeUndefined();
  });

  it("the comparison is the same days a year before", () => {
    expect(yearBefore({ from: "2026-10-01", to: "2026-12-01" })).toEqual({
      from: "2025-10-01",
      to: "2025-12-01",
    });
    expect(yearBefore({ from: "2024-02-01", to: "2024-02-29" })).toEqual({
      from: "2023-02-01",
      to: "2023-02-28",
    });
  });
});
