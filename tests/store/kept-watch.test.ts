// On PostgreSQL two replicas keep the reads every request makes (tenant, member, districts, partners): what one
// writes, or anyone writes with plain SQL, the other shows as soon as the commit's notification arrives, and
// while its listening connection is gone it keeps nothing, so a change made meanwhile is never hidden.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore, type Database, type Store } from "../../src/store/index.js";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../support/db.js";

let t: TestDatabase;
let second: Database;
let one: Store;
let two: Store;
let admin: postgres.Sql;

const storeOn = (database: Database) =>
  createStore(database.db, {
    requestLedger: "database",
    ...(database.writes ? { writes: database.writes } : {}),
  });

beforeAll(async () => {
  if (!usingPostgres) return;
  t = await openTestDatabase();
  second = await t.reopen();
  one = storeOn(t.database);
  two = storeOn(second);
  admin = postgres(t.url ?? "", { max: 1, onnotice: () => {} });
}, 60_000);

afterAll(async () => {
  await admin?.end();
  await t?.close();
});

/** Asks again until `check` holds: a notification takes a moment to cross from one replica to the other. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 2_000;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.skipIf(!usingPostgres)("reads kept on PostgreSQL", () => {
  it("are kept, and show this replica's own writes at once", async () => {
    const tenant = await one.ensureTenant("slack", "T-WATCH-OWN", "Own");
    const scoped = one.forTenant(tenant.id);
    await scoped.createDistrict("Nordstadt");
    // The write's own notification comes back too; once it has, nothing is left to forget.
    await new Promise((r) => setTimeout(r, 100));
    await scoped.listDistricts();
    const hits = one.kept.hits;
    await scoped.listDistricts();
    await scoped.listDistricts();
    expect(one.kept.hits).toBeGreaterThan(hits);

    const south = await scoped.createDistrict("Südstadt");
    expect((await scoped.listDistricts()).map((d) => d.name)).toEqual(["Nordstadt", "Südstadt"]);
    await scoped.renameDistrict(south.id, "Süd");
    expect((await scoped.listDistricts()).map((d) => d.name)).toEqual(["Nordstadt", "Süd"]);
  });

  it("stay kept across the replay check every request makes", async () => {
    const tenant = await one.ensureTenant("slack", "T-WATCH-LEDGER", "Ledger");
    const scoped = one.forTenant(tenant.id);
    await scoped.createDistrict("Weststadt");
    await new Promise((r) => setTimeout(r, 100));
    await scoped.listDistricts();
    const hits = one.kept.hits;
    for (const key of ["a", "b", "c"]) {
      expect(await one.requests.firstSight(`kept-watch:${key}`, new Date(), 60)).toBe(true);
      await scoped.listDistricts();
    }
    expect(one.kept.hits).toBe(hits + 3);
  });

  it("show a role changed on the other replica", async () => {
    const tenant = await one.ensureTenant("slack", "T-WATCH-ROLE", "Role");
    const member = await one.forTenant(tenant.id).ensureMember("U-ROLE", "Anna");
    const onTwo = two.forTenant(tenant.id);
    expect((await onTwo.ensureMember("U-ROLE", "Anna")).role).toBe("admin");
    expect((await onTwo.ensureMember("U-ROLE", "Anna")).role).toBe("admin");

    await one.forTenant(tenant.id).setMemberRole(member.id, "member");
    const seen = await eventually(
      () => onTwo.ensureMember("U-ROLE", "Anna"),
      (m) => m.role === "member",
    );
    expect(seen.role).toBe("member");
  });

  it("show a district renamed with plain SQL by someone else", async () => {
    const tenant = await one.ensureTenant("slack", "T-WATCH-SQL", "Sql");
    await one.forTenant(tenant.id).createDistrict("Altstadt");
    const onTwo = two.forTenant(tenant.id);
    expect((await onTwo.listDistricts()).map((d) => d.name)).toEqual(["Altstadt"]);
    await admin`update districts set name = 'Altstadt-Ost' where tenant_id = ${tenant.id}`;
    const names = await eventually(
      async () => (await onTwo.listDistricts()).map((d) => d.name),
      (n) => n[0] === "Altstadt-Ost",
    );
    expect(names).toEqual(["Altstadt-Ost"]);
  });

  it("keep nothing while the listening connection is gone, and miss no write made meanwhile", async () => {
    const tenant = await one.ensureTenant("slack", "T-WATCH-GAP", "Gap");
    await one.forTenant(tenant.id).createPartner("Kita Sonne", "kita");
    const onTwo = two.forTenant(tenant.id);
    expect((await onTwo.listPartners()).map((p) => p.name)).toEqual(["Kita Sonne"]);

    // Every replica's listener goes; the write below cannot be announced to anyone.
    await admin`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()
        and (query like 'listen %' or query = 'select 1')`;
    await eventually(
      async () => second.writes?.seesAll,
      (sees) => sees === false,
    );
    await admin`update partners set name = 'Kita Mond' where tenant_id = ${tenant.id}`;
    const hits = two.kept.hits;
    expect((await onTwo.listPartners()).map((p) => p.name)).toEqual(["Kita Mond"]);
    expect((await onTwo.listPartners()).map((p) => p.name)).toEqual(["Kita Mond"]);
    expect(two.kept.hits).toBe(hits);

    // Listening again, it keeps again.
    await eventually(
      async () => second.writes?.seesAll,
      (sees) => sees === true,
    );
    await onTwo.listPartners();
    await onTwo.listPartners();
    expect(two.kept.hits).toBeGreaterThan(hits);
  }, 20_000);
});
