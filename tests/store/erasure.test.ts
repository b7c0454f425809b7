// Deleting an activity erases its free text at once, in the table itself; statistics keep what they need.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../support/db.js";
import { seedTenant } from "../support/fixtures.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => (result as { rows?: Row[] }).rows ?? (result as Row[]);

describe("erasure on delete", () => {
  it("leaves no title, notes, target groups, case reference or partner link in the database", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-erase");
    const school = await store.createPartner("Grundschule am Park", "school");
    const saved = await store.recordActivity({
      districtId: district.id,
      authorId: member.id,
      occurredOn: "2026-11-02",
      minutes: 45,
      title: "MARKER-TITEL Gespräch",
      notes: "MARKER-NOTIZ vertraulich",
      level: "case_specific",
      caseRef: "F-17",
      focus: "cooperation",
      role: "contributed",
      targetGroups: ["MARKER-ZIELGRUPPE"],
      partnerIds: [school.id],
    });
    expect(await store.deleteActivity(saved.id, new Date("2026-11-03T10:00:00Z"))).toBe(true);

    const [row] = rowsOf(
      await t.database.db.execute(
        sql`select title, notes, target_groups, case_ref, minutes, occurred_on, focus, level, deleted_at from activities where id = ${saved.id}`,
      ),
    );
    expect(row).toMatchObject({ title: "", notes: "", case_ref: null, minutes: 45, focus: "cooperation" });
    expect(row?.target_groups).toEqual([]);
    expect(row?.deleted_at).not.toBeNull();
    const links = rowsOf(
      await t.database.db.execute(
        sql`select count(*)::int as n from activity_partners where activity_id = ${saved.id}`,
      ),
    );
    expect(Number(links[0]?.n)).toBe(0);
    const anywhere = rowsOf(
      await t.database.db.execute(
        sql`select count(*)::int as n from activities where title like '%MARKER%' or notes like '%MARKER%' or array_to_string(target_groups, ',') like '%MARKER%'`,
      ),
    );
    expect(Number(anywhere[0]?.n)).toBe(0);
    // A second delete finds nothing left to delete.
    expect(await store.deleteActivity(saved.id, new Date("2026-11-03T11:00:00Z"))).toBe(false);
  });
});
