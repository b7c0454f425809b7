// Recurrence edge cases: DST in March and October, 5th weekdays, last weekdays, month ends, holidays.
import { describe, expect, it } from "vitest";
import { publicHoliday } from "../../src/scheduler/holidays.js";
import {
  buildRecurrence,
  describeRecurrence,
  isOccurrence,
  occurrencesBetween,
} from "../../src/scheduler/recurrence.js";
import { berlin } from "./support.js";

const localHour = (d: Date) =>
  new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(
    d,
  );

describe("recurrence in the committee's time zone", () => {
  it("keeps a weekly 18:00 Berlin meeting at 18:00 local across the March switch to summer time", () => {
    const rule = {
      recurrence: "FREQ=WEEKLY;BYDAY=TU",
      firstStartsAt: berlin(2026, 3, 17, 18),
      timezone: "Europe/Berlin",
    };
    const got = occurrencesBetween(rule, berlin(2026, 3, 16), berlin(2026, 4, 8));
    expect(got.map((d) => d.toISOString())).toEqual([
      "2026-03-17T17:00:00.000Z", // CET, UTC+1
      "2026-03-24T17:00:00.000Z",
      "2026-03-31T16:00:00.000Z", // CEST from 29 March, UTC+2
      "2026-04-07T16:00:00.000Z",
    ]);
    expect(got.map(localHour)).toEqual(["18:00", "18:00", "18:00", "18:00"]);
  });

  it("keeps 18:00 local across the October switch back to winter time", () => {
    const rule = {
      recurrence: "FREQ=WEEKLY;BYDAY=TU",
      firstStartsAt: berlin(2026, 3, 3, 18),
      timezone: "Europe/Berlin",
    };
    const got = occurrencesBetween(rule, berlin(2026, 10, 19), berlin(2026, 11, 4));
    expect(got.map((d) => d.toISOString())).toEqual([
      "2026-10-20T16:00:00.000Z",
      "2026-10-27T17:00:00.000Z", // after 25 October, UTC+1 again
      "2026-11-03T17:00:00.000Z",
    ]);
    expect(got.map(localHour)).toEqual(["18:00", "18:00", "18:00"]);
  });

  it("keeps a meeting at 02:30 on a DST night in the wall-clock hour that exists", () => {
    const rule = {
      recurrence: "FREQ=WEEKLY;BYDAY=SU",
      firstStartsAt: berlin(2026, 3, 22, 2, 30),
      timezone: "Europe/Berlin",
    };
    const [, onSwitch] = occurrencesBetween(rule, berlin(2026, 3, 22), berlin(2026, 3, 30));
    // 02:30 does not exist on 29 March; it is never lost, only shifted by the zone rules.
    expect(onSwitch).toBeDefined();
    expect(onSwitch && localHour(onSwitch)).toBe("03:30");
  });

  it("skips months without a 5th Tuesday", () => {
    const first = berlin(2026, 3, 31, 18);
    const recurrence = buildRecurrence("monthly_weekday", 1, first, "Europe/Berlin");
    expect(recurrence).toBe("FREQ=MONTHLY;BYDAY=+5TU");
    const got = occurrencesBetween(
      { recurrence, firstStartsAt: first, timezone: "Europe/Berlin" },
      berlin(2026, 1, 1),
      berlin(2027, 1, 1),
    );
    expect(got).toEqual([
      berlin(2026, 3, 31, 18),
      berlin(2026, 6, 30, 18),
      berlin(2026, 9, 29, 18),
      berlin(2026, 12, 29, 18),
    ]);
  });

  it('reads "jeden 2. Dienstag im Monat" from the first date and evaluates it', () => {
    const first = berlin(2026, 1, 13, 18); // 2nd Tuesday of January 2026
    const recurrence = buildRecurrence("monthly_weekday", 1, first, "Europe/Berlin");
    expect(recurrence).toBe("FREQ=MONTHLY;BYDAY=+2TU");
    const got = occurrencesBetween(
      { recurrence, firstStartsAt: first, timezone: "Europe/Berlin" },
      berlin(2026, 1, 1),
      berlin(2026, 5, 1),
    );
    expect(got).toEqual([
      berlin(2026, 1, 13, 18),
      berlin(2026, 2, 10, 18),
      berlin(2026, 3, 10, 18),
      berlin(2026, 4, 14, 18),
    ]);
    expect(describeRecurrence(recurrence)).toEqual({ kind: "monthly_weekday", interval: 1 });
  });

  it("evaluates the last Thursday of the month and every second week", () => {
    const first = berlin(2026, 1, 29, 9);
    const last = buildRecurrence("monthly_last_weekday", 1, first, "Europe/Berlin");
    expect(
      occurrencesBetween(
        { recurrence: last, firstStartsAt: first, timezone: "Europe/Berlin" },
        berlin(2026, 2, 1),
        berlin(2026, 4, 1),
      ),
    ).toEqual([berlin(2026, 2, 26, 9), berlin(2026, 3, 26, 9)]);
    const fortnightly = buildRecurrence("weekly", 2, first, "Europe/Berlin");
    expect(fortnightly).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    expect(
      occurrencesBetween(
        { recurrence: fortnightly, firstStartsAt: first, timezone: "Europe/Berlin" },
        berlin(2026, 1, 29),
        berlin(2026, 3, 1),
      ),
    ).toEqual([berlin(2026, 1, 29, 9), berlin(2026, 2, 12, 9), berlin(2026, 2, 26, 9)]);
  });

  it("skips months without the 31st for a monthly-on-date rule, and a one-off happens once", () => {
    const first = berlin(2026, 1, 31, 10);
    const monthly = buildRecurrence("monthly_date", 1, first, "Europe/Berlin");
    expect(
      occurrencesBetween(
        { recurrence: monthly, firstStartsAt: first, timezone: "Europe/Berlin" },
        berlin(2026, 1, 1),
        berlin(2026, 6, 1),
      ),
    ).toEqual([berlin(2026, 1, 31, 10), berlin(2026, 3, 31, 10), berlin(2026, 5, 31, 10)]);
    const once = {
      recurrence: buildRecurrence("once", 1, first, "Europe/Berlin"),
      firstStartsAt: first,
      timezone: "Europe/Berlin",
    };
    expect(occurrencesBetween(once, berlin(2025, 1, 1), berlin(2030, 1, 1))).toEqual([first]);
  });

  it("knows its own occurrences and nothing else", () => {
    const rule = {
      recurrence: "FREQ=WEEKLY;BYDAY=TU",
      firstStartsAt: berlin(2026, 3, 3, 18),
      timezone: "Europe/Berlin",
    };
    expect(isOccurrence(rule, berlin(2026, 10, 27, 18))).toBe(true);
    expect(isOccurrence(rule, berlin(2026, 10, 27, 19))).toBe(false);
    expect(isOccurrence(rule, berlin(2026, 2, 24, 18))).toBe(false); // before the first meeting
  });
});

describe("public holidays of the tenant's federal state", () => {
  it("flags Epiphany in Baden-Württemberg but not in Berlin", () => {
    expect(publicHoliday(berlin(2026, 1, 6, 18), "BW", "Europe/Berlin")).toBe("Heilige Drei Könige");
    expect(publicHoliday(berlin(2026, 1, 6, 18), "BE", "Europe/Berlin")).toBeUndefined();
  });

  it("uses the local day, not the UTC day", () => {
    // 00:30 Berlin on 1 May is still 30 April in UTC.
    expect(publicHoliday(berlin(2026, 5, 1, 0, 30), "BW", "Europe/Berlin")).toBe("Maifeiertag");
    expect(publicHoliday(berlin(2026, 5, 2, 0, 30), "BW", "Europe/Berlin")).toBeUndefined();
  });
});
