// German rhythms as people type them: each phrasing's RRULE and next three dates in Europe/Berlin,
// expanded through the store (school holidays and skips included), across both DST switches and holidays.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  describeRhythm,
  firstStart,
  nextDates,
  readRhythm,
} from "../../../src/commands/gremium/rhythm/index.js";
import { holidayCalendar, meetingsBetween } from "../../../src/scheduler/meetings.js";
import type { TenantStore } from "../../../src/store/index.js";
import { RHYTHM_CASES as CASES, FERIEN, SPRING, TZ } from "../../corpora/rhythm.js";
import { commandLayerFor } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { team } from "./support.js";

const local = (at: Date) => format(new TZDate(at.getTime(), TZ), "yyyy-MM-dd'T'HH:mmxxx");
const noteOf = (m: { holiday?: string; schoolHoliday?: string }) =>
  [m.holiday ? `F:${m.holiday}` : "", m.schoolHoliday ? `S:${m.schoolHoliday}` : ""]
    .filter(Boolean)
    .join(" ");

let t: TestDatabase;
let store: TenantStore;
let districtId: number;
const right: string[] = [];
const YEARS_MS = 3 * 366 * 86_400_000;

beforeAll(async () => {
  t = await openTestDatabase();
  const cmd = commandLayerFor(t.store, SPRING);
  const setup = await team(t, cmd, "T-rhythm-corpus");
  store = setup.store;
  districtId = setup.district.id;
  await store.addSchoolHolidays(FERIEN);
});
afterAll(async () => {
  // The accuracy the issue asks for: phrasings whose rule and all three dates came out right.
  console.info(`rhythm corpus: ${right.length}/${CASES.length} phrasings fully right`);
  await t.close();
});

describe("rhythm corpus", () => {
  it("has at least 40 phrasings", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((c, i) => [i, c] as const))("%i: %o", async (i, c) => {
    const now = new Date(c.now ?? SPRING);
    const read = readRhythm(c.text, { now, tz: TZ });
    if (!read.ok) throw new Error(read.error);
    expect(read.rhythm.rule).toBe(c.rule);
    // What the card says back reads again to the same rule (the edit form shows it in words).
    const again = readRhythm(describeRhythm(read.rhythm), { now, tz: TZ });
    expect(again.ok && again.rhythm).toEqual(read.rhythm);
    const first = firstStart(read.rhythm, { now, tz: TZ });
    if (!first) throw new Error("no first date");
    const committee = await store.createCommittee({
      name: `Gremium ${i}`,
      type: "other",
      part: "attend",
      districtId,
      recurrence: read.rhythm.rule,
      firstStartsAt: first,
      durationMinutes: read.rhythm.durationMinutes ?? 120,
      timezone: TZ,
      skipPublicHolidays: read.rhythm.skipPublicHolidays,
      skipSchoolHolidays: read.rhythm.skipSchoolHolidays,
    });
    const to = new Date(now.getTime() + YEARS_MS);
    const stored = (await meetingsBetween(store, [committee], now, to, "BW")).slice(0, 3);
    expect(stored.map((m) => local(m.startsAt))).toEqual(c.dates);
    if (c.notes) expect(stored.map(noteOf)).toEqual(c.notes);
    // The confirmation card lists the same dates before anything is stored.
    const calendar = await holidayCalendar(store, "BW", now, to);
    const preview = nextDates(committee, { now, calendar });
    expect(preview.map((m) => local(m.startsAt))).toEqual(c.dates);
    right.push(c.text);
  });

  it("says a rule back in words", () => {
    const read = readRhythm("jeden 2. Dienstag im Monat 18 Uhr außer in den Schulferien", {
      now: new Date(SPRING),
      tz: TZ,
    });
    expect(read.ok && describeRhythm(read.rhythm)).toBe(
      "jeden 2. Dienstag im Monat, 18:00 Uhr, außer in den Schulferien",
    );
  });

  it.each([
    ["quatsch", "verstehe ich nicht"],
    ["monatlich", "An welchem Wochentag?"],
    ["monatlich dienstags", "Am wievielten Wochentag"],
    ["jeden Montag im Bürgerhaus", "„im Bürgerhaus“ verstehe ich im Rhythmus nicht"],
    ["", "Bitte gib einen Rhythmus an"],
  ])("refuses %o in German with an example", (text, message) => {
    const read = readRhythm(text, { now: new Date(SPRING), tz: TZ });
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error).toContain(message);
      expect(read.error).toMatch(/z\. B\.|Zum Beispiel|Beispiele/);
    }
  });
});
