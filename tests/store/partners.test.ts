// The partner register in the store: usage per partner, archive, and a merge that moves every link in one
// transaction (activities, cooperations, the district), on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantStore } from "../../src/store/index.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";
import { seedTenant } from "../support/fixtures.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

async function activity(
  store: TenantStore,
  authorId: number,
  districtId: number,
  day: string,
  partnerIds: number[],
) {
  return store.recordActivity({
    districtId,
    authorId,
    occurredOn: day,
    minutes: 60,
    title: `Treffen ${day}`,
    level: "case_independent",
    focus: "cooperation",
    role: "contributed",
    partnerIds,
  });
}

describe("the partner register", () => {
  it("counts live activities and cooperations per partner, with the last use", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-pr1");
    const school = await store.createPartner("Grundschule am Park", "school");
    const unused = await store.createPartner("Kita Sonne", "kita");
    await activity(store, member.id, district.id, "2026-10-01", [school.id]);
    const gone = await activity(store, member.id, district.id, "2026-11-20", [school.id]);
    await activity(store, member.id, district.id, "2026-11-05", [school.id]);
    await store.deleteActivity(gone.id, new Date());
    await store.startCooperation(school.id, member.id, district.id);
    const usage = await store.partnerUsage();
    const s = usage.find((u) => u.partnerId === school.id);
    expect(s).toMatchObject({ activities: 2, cooperations: 1, lastActivityOn: "2026-11-05" });
    expect(s?.lastCooperationAt).toBeInstanceOf(Date);
    expect(usage.find((u) => u.partnerId === unused.id)).toBeUndefined();
  });

  it("archives: no longer among the active partners, still named by old entries", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-pr2");
    const old = await store.createPartner("Alter Verein", "club");
    const saved = await activity(store, member.id, district.id, "2026-11-02", [old.id]);
    await store.archivePartner(old.id, new Date("2026-11-30T10:00:00Z"));
    expect((await store.listActivePartners()).map((p) => p.name)).toEqual([]);
    expect((await store.listPartners()).map((p) => p.name)).toEqual(["Alter Verein"]);
    expect((await store.getActivity(saved.id))?.partners.map((p) => p.name)).toEqual(["Alter Verein"]);
  });

  it("merges: every activity and cooperation moves to the kept partner, the other is gone", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-pr3");
    const keep = await store.createPartner("Grundschule am Park", "school");
    const typo = await store.createPartner("Grundschle am Park", "other", district.id);
    const onlyTypo = await activity(store, member.id, district.id, "2026-11-02", [typo.id]);
    const both = await activity(store, member.id, district.id, "2026-11-03", [keep.id, typo.id]);
    const onlyKeep = await activity(store, member.id, district.id, "2026-11-04", [keep.id]);
    const coop = await store.startCooperation(typo.id, member.id, district.id);

    const result = await store.mergePartners(keep.id, typo.id);
    expect(result).toMatchObject({ activities: 1, cooperations: 1 });
    expect(result?.kept.districtId).toBe(district.id);
    expect(await store.findPartner(typo.id)).toBeUndefined();
    for (const a of [onlyTypo, both, onlyKeep])
      expect((await store.getActivity(a.id))?.partners.map((p) => p.name)).toEqual(["Grundschule am Park"]);
    expect((await store.findCooperation(coop.id))?.partnerId).toBe(keep.id);
    expect((await store.partnerUsage()).find((u) => u.partnerId === keep.id)).toMatchObject({
      activities: 3,
      cooperations: 1,
    });
  });

  it("merges nothing across tenants or into itself", async () => {
    const a = await seedTenant(t.store, "T-pr4a");
    const b = await seedTenant(t.store, "T-pr4b");
    const mine = await a.store.createPartner("Schule A", "school");
    const theirs = await b.store.createPartner("Schule B", "school");
    expect(await a.store.mergePartners(mine.id, theirs.id)).toBeUndefined();
    expect(await a.store.mergePartners(mine.id, mine.id)).toBeUndefined();
    expect(await b.store.findPartner(theirs.id)).toBeDefined();
    expect(await a.store.findPartner(mine.id)).toBeDefined();
  });
});
