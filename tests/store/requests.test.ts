// The request ledger: first sight once, again after expiry, and one winner when processes race (PGlite and PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore } from "../../src/store/index.js";
import { databaseRequestLedger, memoryRequestLedger } from "../../src/store/repos/requests.js";
import { seenRequests } from "../../src/store/schema/index.js";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../support/db.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 25, 10, 0, seconds));

describe.each([
  ["database", () => databaseRequestLedger(t.database.db)],
  ["memory", () => memoryRequestLedger()],
])("%s request ledger", (kind, make) => {
  it("sees a key first once, and again only after it expired", async () => {
    const ledger = make();
    const key = `${kind}:k1`;
    expect(await ledger.firstSight(key, at(0), 600)).toBe(true);
    expect(await ledger.firstSight(key, at(599), 600)).toBe(false);
    expect(await ledger.firstSight(`${kind}:k2`, at(1), 600)).toBe(true);
    expect(await ledger.firstSight(key, at(600), 600)).toBe(true);
    expect(await ledger.firstSight(key, at(601), 600)).toBe(false);
  });
});

describe("database request ledger", () => {
  it("lets exactly one of several racing processes see a key first", async () => {
    const second = usingPostgres ? await t.reopen() : t.database;
    const ledgers = [databaseRequestLedger(t.database.db), databaseRequestLedger(second.db)];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => ledgers[i % 2]?.firstSight("race", at(0), 600)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("purges expired rows as new ones arrive", async () => {
    const ledger = databaseRequestLedger(t.database.db);
    await ledger.firstSight("old", at(0), 10);
    await ledger.firstSight("new", at(3600), 10);
    const keys = (await t.database.db.select().from(seenRequests)).map((r) => r.key);
    expect(keys).toContain("new");
    expect(keys).not.toContain("old");
  });

  it("is what the store uses unless told memory; the memory one is shared per database", async () => {
    const a = createStore(t.database.db, { requestLedger: "memory" });
    const b = createStore(t.database.db, { requestLedger: "memory" });
    expect(await a.requests.firstSight("shared", at(0), 600)).toBe(true);
    expect(await b.requests.firstSight("shared", at(1), 600)).toBe(false);
    expect(await createStore(t.database.db).requests.firstSight("shared", at(1), 600)).toBe(true);
  });
});
