// The embedded database in its worker keeps the reads every request makes (tenant, member, districts, partners)
// between writes: every write, by any path, is seen at once, and a rolled-back transaction leaves nothing kept.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPgliteWorker } from "../../src/store/db.js";
import { createStore, type Database, type Store } from "../../src/store/index.js";
import { isPlainRead, writesBookkeepingOnly } from "../../src/store/kept-reads.js";

let dir: string;
let database: Database;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sra-kept-"));
  database = await openPgliteWorker(dir);
  store = createStore(database.db, {
    requestLedger: "memory",
    ...(database.writes ? { writes: database.writes } : {}),
  });
}, 60_000);

afterAll(async () => {
  await database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("which statements count as writes", () => {
  it("only a plain select is a read", () => {
    expect(isPlainRead('select "id" from "districts" where "tenant_id" = $1')).toBe(true);
    expect(isPlainRead("  SELECT 1")).toBe(true);
    expect(isPlainRead('insert into "districts" ("name") values ($1)')).toBe(false);
    expect(isPlainRead('update "partners" set "name" = $1')).toBe(false);
    expect(
      isPlainRead("with moved as (update jobs set lease = now() returning id) select * from moved"),
    ).toBe(false);
    expect(isPlainRead("select nextval('activities_id_seq')")).toBe(false);
    expect(isPlainRead("select pg_advisory_lock(1)")).toBe(false);
    expect(isPlainRead("rollback")).toBe(false);
  });

  it("a write to the replay ledger or the job queue alone forgets nothing; any other write does", () => {
    expect(writesBookkeepingOnly('insert into "seen_requests" ("key", "expires_at") values ($1, $2)')).toBe(
      true,
    );
    expect(writesBookkeepingOnly('delete from "seen_requests" where "expires_at" <= $1')).toBe(true);
    expect(writesBookkeepingOnly('update "scheduled_jobs" set "status" = $1 where "id" = $2')).toBe(true);
    expect(writesBookkeepingOnly('insert into "members" ("tenant_id") values ($1)')).toBe(false);
    expect(writesBookkeepingOnly('update "seen_requests_archive" set "key" = $1')).toBe(false);
    expect(
      writesBookkeepingOnly(
        'with d as (delete from "members" returning 1) insert into "seen_requests" values ($1)',
      ),
    ).toBe(false);
    expect(writesBookkeepingOnly("update seen_requests set key = $1")).toBe(false);
  });
});

describe("reads kept between writes", () => {
  it("answers a repeated read from what is kept, and shows every write at once", async () => {
    const tenant = await store.ensureTenant("slack", "T-KEPT", "Kept");
    const scoped = store.forTenant(tenant.id);
    await scoped.createDistrict("Nordstadt");
    expect((await scoped.listDistricts()).map((d) => d.name)).toEqual(["Nordstadt"]);
    const hits = store.kept.hits;
    expect((await scoped.listDistricts()).map((d) => d.name)).toEqual(["Nordstadt"]);
    expect(store.kept.hits).toBe(hits + 1);

    const south = await scoped.createDistrict("Südstadt");
    expect((await scoped.listDistricts()).map((d) => d.name)).toEqual(["Nordstadt", "Südstadt"]);
    await scoped.renameDistrict(south.id, "Süd");
    expect((await scoped.listDistricts()).map((d) => d.name)).toEqual(["Nordstadt", "Süd"]);
    await scoped.archiveDistrict(south.id, new Date());
    expect((await scoped.listDistricts()).map((d) => d.name)).toEqual(["Nordstadt"]);

    const park = await scoped.createPartner("Grundschule am Park", "school");
    const kita = await scoped.createPartner("Kita Sonne", "kita");
    expect((await scoped.listPartners()).map((p) => p.name)).toEqual(["Grundschule am Park", "Kita Sonne"]);
    await scoped.mergePartners(park.id, kita.id);
    expect((await scoped.listPartners()).map((p) => p.name)).toEqual(["Grundschule am Park"]);

    const member = await scoped.ensureMember("U-KEPT", "Anna");
    await scoped.ensureMember("U-KEPT", "Anna");
    await scoped.setMemberRole(member.id, "lead");
    expect((await scoped.ensureMember("U-KEPT", "Anna")).role).toBe("lead");
    expect((await scoped.ensureMember("U-KEPT", "Anna B.")).displayName).toBe("Anna B.");

    await scoped.updateTenantSettings({ timezone: "Europe/Vienna" });
    expect((await store.findTenant("slack", "T-KEPT"))?.timezone).toBe("Europe/Vienna");
  });

  it("sees a write made with raw SQL, outside every repository", async () => {
    const tenant = await store.ensureTenant("slack", "T-RAW", "Raw");
    const scoped = store.forTenant(tenant.id);
    await scoped.createDistrict("Altstadt");
    await scoped.listDistricts();
    await database.db.execute(sql`update districts set name = 'Altstadt-Ost' where tenant_id = ${tenant.id}`);
    expect((await scoped.listDistricts()).map((d) => d.name)).toEqual(["Altstadt-Ost"]);
  });

  it("keeps nothing a rolled-back transaction wrote", async () => {
    const tenant = await store.ensureTenant("slack", "T-ROLLBACK", "Rollback");
    const scoped = store.forTenant(tenant.id);
    await scoped.listPartners();
    await database.db
      .transaction(async (tx) => {
        await tx.execute(
          sql`insert into partners (tenant_id, name, type) values (${tenant.id}, 'Nur kurz', 'club')`,
        );
        throw new Error("abort");
      })
      .catch(() => undefined);
    expect((await scoped.listPartners()).map((p) => p.name)).toEqual([]);
  });

  it("gives every caller its own copy, so one cannot change what the next one reads", async () => {
    const tenant = await store.ensureTenant("slack", "T-COPY", "Copy");
    const scoped = store.forTenant(tenant.id);
    await scoped.createDistrict("Weststadt");
    const first = await scoped.listDistricts();
    first.pop();
    const again = await scoped.listDistricts();
    expect(again.map((d) => d.name)).toEqual(["Weststadt"]);
    (again[0] as { name: string }).name = "geändert";
    expect((await scoped.listDistricts())[0]?.name).toBe("Weststadt");
  });

  it("keeps the team's display names for the privacy guard: this tenant's, named, not forgotten", async () => {
    const tenant = await store.ensureTenant("slack", "T-ROSTER", "Roster");
    const other = await store.ensureTenant("slack", "T-ROSTER-2", "Andere");
    const scoped = store.forTenant(tenant.id);
    await scoped.ensureMember("U-PETRA", "Petra Schöller");
    const gone = await scoped.ensureMember("U-GONE", "Gerd Weg");
    await scoped.ensureMember("U-NONAME");
    await store.forTenant(other.id).ensureMember("U-FREMD", "Fremde Person");
    await scoped.forgetMember(gone.id, "Ehemaliges Mitglied", new Date());
    expect(await scoped.teamDisplayNames()).toEqual(["Petra Schöller"]);
    const hits = store.kept.hits;
    const names = await scoped.teamDisplayNames();
    expect(store.kept.hits).toBe(hits + 1);
    names.push("verändert");
    expect(await scoped.teamDisplayNames()).toEqual(["Petra Schöller"]);
    await scoped.ensureMember("U-JANA", "jana.k");
    expect(await scoped.teamDisplayNames()).toEqual(["Petra Schöller", "jana.k"]);
  });
});
