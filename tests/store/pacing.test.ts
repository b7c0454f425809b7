// Send slots: takers racing for one channel (on two connections where the database has them) never get
// slots closer than the interval; a slot too far off is not taken and does not push anyone back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore, type Database, type Store } from "../../src/store/index.js";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../support/db.js";

let t: TestDatabase;
let second: Database | undefined;
let other: Store;
beforeAll(async () => {
  t = await openTestDatabase();
  // A second bot process has its own connection on PostgreSQL; PGlite has one connection by nature.
  second = usingPostgres ? await t.reopen() : undefined;
  other = second ? createStore(second.db) : t.store;
});
afterAll(async () => {
  await second?.close();
  await t.close();
});

const NOW = new Date("2026-11-30T07:00:00Z");

describe("send slots", () => {
  it("hands two concurrent takers of one channel slots at least a second apart", async () => {
    const takers = [t.store, other, t.store, other, t.store, other];
    const answers = await Promise.all(takers.map((s) => s.slots.takeSlot("slack:1:C1", NOW, 1_000, 60_000)));
    const at = answers.map((a) => ("at" in a ? a.at.getTime() : Number.NaN)).sort((a, b) => a - b);
    expect(at[0]).toBe(NOW.getTime());
    for (let i = 1; i < at.length; i++) expect((at[i] ?? 0) - (at[i - 1] ?? 0)).toBeGreaterThanOrEqual(1_000);
    expect(at.at(-1)).toBe(NOW.getTime() + 5_000);
  });

  it("paces each channel on its own", async () => {
    const a = await t.store.slots.takeSlot("slack:1:C-a", NOW, 1_000, 60_000);
    const b = await other.slots.takeSlot("slack:1:C-b", NOW, 1_000, 60_000);
    expect(a).toEqual({ at: NOW });
    expect(b).toEqual({ at: NOW });
  });

  it("leaves a slot beyond the longest wait untaken, so the channel's next slot stays where it was", async () => {
    for (let i = 0; i < 3; i++) await t.store.slots.takeSlot("slack:1:C-busy", NOW, 1_000, 5_000);
    const far = await other.slots.takeSlot("slack:1:C-busy", NOW, 1_000, 1_500);
    expect(far).toEqual({ busyUntil: new Date(NOW.getTime() + 3_000) });
    const later = new Date(NOW.getTime() + 2_500);
    expect(await t.store.slots.takeSlot("slack:1:C-busy", later, 1_000, 1_500)).toEqual({
      at: new Date(NOW.getTime() + 3_000),
    });
  });

  it("gives a slot right away once the channel has been quiet", async () => {
    await t.store.slots.takeSlot("slack:1:C-quiet", NOW, 1_000, 5_000);
    const after = new Date(NOW.getTime() + 60_000);
    expect(await other.slots.takeSlot("slack:1:C-quiet", after, 1_000, 5_000)).toEqual({ at: after });
  });
});
