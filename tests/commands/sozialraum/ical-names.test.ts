// A calendar file can hold anything: an event name that looks like client data is stored neutrally.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sozialraum } from "../../../src/commands/messages/index.js";
import { storeRanges } from "../../../src/commands/sozialraum/ical-source.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { seedTenant } from "../../support/fixtures.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

describe("imported holiday names", () => {
  it("keeps a ministry's names and stores one with client data as „Schulferien“", async () => {
    const { store } = await seedTenant(t.store, "T-ical-names");
    const done = await storeRanges(store, [
      { startsOn: "2026-12-21", endsOn: "2027-01-09", name: "Weihnachtsferien Baden-Württemberg" },
      {
        startsOn: "2027-04-06",
        endsOn: "2027-04-17",
        name: "Osterferien – Familie Yilmaz, Tel. 0176 1234567",
      },
    ]);
    expect(done).toMatchObject({ total: 2, added: 2, renamed: 1 });
    const names = (await store.schoolHolidays()).map((h) => h.name).sort();
    expect(names).toEqual([sozialraum.holidays.neutralName, "Weihnachtsferien Baden-Württemberg"]);
    expect(JSON.stringify(names)).not.toContain("Yilmaz");
  });
});
