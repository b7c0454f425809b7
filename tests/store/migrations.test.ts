// Migrations apply once; re-opening an existing database keeps its data.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createStore, openDatabase } from "../../src/store/index.js";
import { openTestDatabase, usingPostgres } from "../support/db.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function migrationCount(db: import("../../src/store/index.js").Db): Promise<number> {
  const res = (await db.execute(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  )) as unknown as { rows: { n: number }[] } | { n: number }[];
  const row = Array.isArray(res) ? res[0] : res.rows[0];
  return Number(row?.n);
}

describe("migrations", () => {
  it("are a no-op when applied a second time and the database reports ready", async () => {
    const t = await openTestDatabase();
    try {
      const before = await migrationCount(t.database.db);
      expect(before).toBeGreaterThan(0);
      const tenant = await t.store.ensureTenant("console", "keep");
      if (usingPostgres) {
        const again = await t.reopen();
        expect(await migrationCount(again.db)).toBe(before);
        expect((await createStore(again.db).findTenant("console", "keep"))?.id).toBe(tenant.id);
        expect(await again.isReady()).toBe(true);
      }
      expect(await t.database.isReady()).toBe(true);
    } finally {
      await t.close();
    }
  });

  it("keeps the data of an existing embedded data folder across restarts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sra-data-"));
    dirs.push(dir);
    const first = await openDatabase({ dataDir: dir });
    const store = createStore(first.db);
    const tenant = await store.ensureTenant("console", "demo", "Demo");
    const scoped = store.forTenant(tenant.id);
    const member = await scoped.ensureMember("anna", "Anna");
    const district = await scoped.createDistrict("Weststadt");
    await scoped.recordActivity({
      districtId: district.id,
      authorId: member.id,
      occurredOn: "2026-11-20",
      minutes: 60,
      title: "Stadtteilfest",
      level: "case_independent",
      focus: "projects",
      role: "contributed",
    });
    const applied = await migrationCount(first.db);
    await first.close();

    const second = await openDatabase({ dataDir: dir });
    try {
      expect(await migrationCount(second.db)).toBe(applied);
      const again = createStore(second.db);
      const sameTenant = await again.findTenant("console", "demo");
      expect(sameTenant?.id).toBe(tenant.id);
      const list = await again.forTenant(tenant.id).listActivities({}, { limit: 10, offset: 0 });
      expect(list.map((a) => a.title)).toEqual(["Stadtteilfest"]);
    } finally {
      await second.close();
    }
  });
});
