// The embedded database on a data folder runs in a worker thread: a long query leaves the app's event loop
// free, transactions stay whole with many callers at once, a refused write reads as refused, and the data
// is there after a clean close. Runs on PGlite whatever TEST_DATABASE_URL says: the embedded database is
// the subject.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase, openPgliteInProcess } from "../../src/store/db.js";
import { createStore, databaseFailure } from "../../src/store/index.js";
import { seedTenant } from "../support/fixtures.js";

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "sra-embedded-"));
  dirs.push(dir);
  return dir;
}

let database: Database;
let dir: string;
beforeAll(async () => {
  dir = dataDir();
  database = await openDatabase({ dataDir: dir });
}, 60_000);
afterAll(async () => {
  await database?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Runs `work` while a 10 ms timer ticks on this thread; returns the longest gap between its ticks. */
async function longestStall(work: () => Promise<unknown>): Promise<{ stallMs: number; workMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  // The gap up to now counts too: a loop that was blocked all along never ran the timer at all.
  stallMs = Math.max(stallMs, performance.now() - last);
  return { stallMs, workMs: performance.now() - started };
}

// Enough work for PGlite to take a good second on this machine.
const HEAVY = sql`select count(distinct (g::bigint * 7919) % 1000003) as n from generate_series(1, 500000) g`;

const activity = (districtId: number, authorId: number, title: string) => ({
  districtId,
  authorId,
  occurredOn: "2026-11-02",
  minutes: 45,
  title,
  level: "case_independent" as const,
  focus: "projects" as const,
  role: "initiated" as const,
});

describe("the embedded database in its worker thread", () => {
  it("is ready, with every migration applied, and a refused statement reads as refused", async () => {
    expect(database.driver).toBe("pglite");
    expect(await database.isReady()).toBe(true);
    const refused = await database.db.execute(sql`select 1 / 0`).catch((e: unknown) => e);
    expect(databaseFailure(refused)).toBe("rejected");
    expect(await database.isReady()).toBe(true);
  });

  it("keeps the event loop free while a long query runs, unlike PGlite on the same thread", async () => {
    const worker = await longestStall(() => database.db.execute(HEAVY));
    expect(worker.workMs).toBeGreaterThan(300);
    expect(worker.stallMs).toBeLessThan(150);
    // The baseline this guards against: the same query on PGlite in this thread stalls the loop throughout.
    const inline = await openPgliteInProcess("memory://");
    try {
      const same = await longestStall(() => inline.db.execute(HEAVY));
      expect(same.stallMs).toBeGreaterThan(300);
    } finally {
      await inline.close();
    }
  }, 60_000);

  it("keeps transactions whole while many callers write at once", async () => {
    const store = createStore(database.db);
    const { store: scoped, member, district } = await seedTenant(store, "T-worker");
    const writes = Array.from({ length: 20 }, (_, i) =>
      scoped.recordActivity(activity(district.id, member.id, `Eintrag ${i}`)),
    );
    // A transaction that fails half-way, in the middle of them: its first write must not stay.
    const failing = scoped.recordActivity({
      ...activity(district.id, member.id, "Halb gespeichert?"),
      newPartners: [{ name: "Neuer Verein", type: "club" }],
      partnerIds: [999_999],
    });
    const outcomes = await Promise.allSettled([...writes, failing]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(20);
    expect(outcomes.at(-1)?.status).toBe("rejected");
    const saved = await scoped.listActivities({}, { limit: 100, offset: 0 });
    expect(saved.map((a) => a.title).sort()).toEqual(writes.map((_, i) => `Eintrag ${i}`).sort());
    expect(await scoped.findPartnerByName("Neuer Verein")).toBeUndefined();
  }, 60_000);

  it("finds everything again after a clean close and reopen, and its thread has ended", async () => {
    const store = createStore(database.db);
    const { store: scoped, member, district } = await seedTenant(store, "T-reopen");
    const saved = await scoped.recordActivity(activity(district.id, member.id, "Vor dem Schließen"));
    await database.close();
    database = await openDatabase({ dataDir: dir });
    const again = createStore(database.db).forTenant(scoped.tenantId);
    expect((await again.listActivities({}, { limit: 10, offset: 0 })).map((a) => a.id)).toEqual([saved.id]);
  }, 60_000);

  it("starts a new data folder from a dump of another one", async () => {
    const source = await openPgliteInProcess("memory://");
    const { store } = await seedTenant(createStore(source.db), "T-dump");
    await store.createDistrict("Südstadt");
    const client = (source.db as unknown as { $client: { dumpDataDir(c: "none"): Promise<Blob> } }).$client;
    const dump = await client.dumpDataDir("none");
    await source.close();
    const copy = await openDatabase({ dataDir: dataDir(), loadDataDir: dump });
    try {
      const tenant = await createStore(copy.db).findTenant("console", "T-dump");
      const districts = await createStore(copy.db)
        .forTenant(tenant?.id ?? -1)
        .listDistricts();
      expect(districts.map((d) => d.name).sort()).toEqual(["Nordstadt", "Südstadt"]);
    } finally {
      await copy.close();
    }
  }, 60_000);
});
