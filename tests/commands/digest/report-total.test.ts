// The total of an „alle“ report is added up from the districts' grouped rows: it must show what the tenant-wide
// report counts itself, including an archived district's activity and a confidential one's hidden group.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetStatus } from "../../../src/commands/digest/budget.js";
import { yearBefore } from "../../../src/commands/digest/period.js";
import { buildReport } from "../../../src/commands/digest/report.js";
import { buildReportSet } from "../../../src/commands/digest/report-set.js";
import { bericht, common } from "../../../src/commands/messages/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { seedTenant } from "../../support/fixtures.js";

let db: TestDatabase;
let a: Awaited<ReturnType<typeof seedTenant>>;
const YEAR = { from: "2026-01-01", to: "2026-11-23", name: "Jahr 2026" };

beforeAll(async () => {
  db = await openTestDatabase();
  a = await seedTenant(db.store, "T-total");
  const south = await a.store.createDistrict("Südstadt");
  const gone = await a.store.createDistrict("Altstadt");
  await a.store.setDistrictBudget(a.district.id, 200);
  await a.store.setDistrictBudget(south.id, 100);
  const rows: [number, string, number, string, string, string, string, string[], boolean, number | null][] = [
    [
      a.district.id,
      "2026-03-02",
      90,
      "Stadtteilfest",
      "case_independent",
      "projects",
      "responsible",
      ["Kinder", "Eltern"],
      false,
      40,
    ],
    [
      a.district.id,
      "2026-05-11",
      60,
      "Runder Tisch",
      "case_independent",
      "networks",
      "contributed",
      ["Eltern"],
      false,
      null,
    ],
    [
      south.id,
      "2026-05-12",
      45,
      "Elterncafé",
      "case_specific",
      "civic_engagement",
      "initiated",
      ["Eltern"],
      false,
      12,
    ],
    [
      south.id,
      "2026-10-01",
      120,
      "Vertraulich",
      "case_independent",
      "cooperation",
      "responsible",
      ["Geheim"],
      true,
      3,
    ],
    [
      gone.id,
      "2026-06-15",
      30,
      "Altstadtrunde",
      "case_independent",
      "infrastructure",
      "initiated",
      ["Jugendliche"],
      false,
      5,
    ],
    [
      a.district.id,
      "2025-04-01",
      75,
      "Vorjahr",
      "case_independent",
      "projects",
      "initiated",
      ["Kinder"],
      false,
      8,
    ],
    [
      south.id,
      "2025-09-09",
      50,
      "Vorjahr Süd",
      "case_specific",
      "networks",
      "contributed",
      ["Eltern"],
      false,
      null,
    ],
  ];
  for (const [
    district,
    day,
    minutes,
    title,
    level,
    focus,
    role,
    groups,
    confidential,
    participants,
  ] of rows) {
    await db.database.db.execute(sql`
      insert into activities (tenant_id, district_id, author_id, occurred_on, minutes, title, level, focus, role,
        goals, target_groups, participants, confidential)
      values (${a.tenant.id}, ${district}, ${a.member.id}, ${day}, ${minutes}, ${title}, ${level}::level,
        ${focus}::focus, ${role}::activity_role, array['prevention']::goal[], string_to_array(${groups.join(",")}, ','), ${participants},
        ${confidential})`);
  }
  // Altstadt is archived: its activity still counts in the total, though it has no section of its own.
  await a.store.archiveDistrict(gone.id, new Date("2026-07-01T00:00:00Z"));
}, 120_000);

afterAll(async () => {
  await db?.close();
});

describe("the total of a report over all districts", () => {
  it("shows the tenant-wide figures, the year before and the budget", async () => {
    const districts = await a.store.listDistricts();
    expect(districts).toHaveLength(2);
    const set = await buildReportSet(
      a.store,
      a.tenant,
      YEAR,
      { all: districts },
      "2026-11-23",
      bericht.total,
    );
    const [total, ...each] = set.sections;
    const own = await buildReport(a.store, a.tenant, YEAR);
    const before = await buildReport(a.store, a.tenant, yearBefore(YEAR));
    expect(total?.data).toEqual(own);
    // 5 activities this year: the districts' 4 and the archived district's one.
    expect(total?.data.totals).toEqual({ count: 5, minutes: 345, participants: 60 });
    expect(each.map((s) => s.data.totals.count)).toEqual([2, 2]);
    // A confidential activity's group is counted, never named.
    expect(total?.data.targetGroups.map((g) => g.targetGroup).sort()).toEqual(
      [common.hiddenText, "Eltern", "Jugendliche", "Kinder"].sort(),
    );
    expect(total?.data.targetGroups.some((g) => g.targetGroup === "Geheim")).toBe(false);
    expect(total?.previous.totals).toEqual(before.totals);
    expect(total?.previous.byFocus).toEqual(before.byFocus);
    expect(total?.history.reduce((s, w) => s + Object.values(w.byFocus).reduce((x, y) => x + y, 0), 0)).toBe(
      345,
    );
    expect(total?.budget).toEqual(await budgetStatus(a.store, districts, "2026-11-23"));
    // Case-independent hours of the two districts with a target (not the archived one): 90 + 60 + 120.
    expect(total?.budget).toMatchObject({ targetHours: 300, minutes: 270 });
  });
});
