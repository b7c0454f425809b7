// Writes that belong together land whole or not at all.
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

describe("transactions", () => {
  it("stores neither the activity nor new partners when one partner link fails", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-tx");
    await expect(
      store.recordActivity({
        districtId: district.id,
        authorId: member.id,
        occurredOn: "2026-11-02",
        minutes: 30,
        title: "Halb gespeichert?",
        level: "case_independent",
        focus: "projects",
        role: "initiated",
        newPartners: [{ name: "Neuer Verein", type: "club" }],
        partnerIds: [999_999],
      }),
    ).rejects.toThrow();
    expect(await store.countActivities({})).toBe(0);
    expect(await store.findPartnerByName("Neuer Verein")).toBeUndefined();
  });

  it("keeps the old activity and its links when an update fails midway", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-tx2");
    const school = await store.createPartner("Schule", "school");
    const saved = await store.recordActivity({
      districtId: district.id,
      authorId: member.id,
      occurredOn: "2026-11-02",
      minutes: 30,
      title: "Original",
      level: "case_independent",
      focus: "projects",
      role: "initiated",
      partnerIds: [school.id],
    });
    await expect(
      store.updateActivity(saved.id, { ...saved, title: "Geändert", partnerIds: [999_999] }, new Date()),
    ).rejects.toThrow();
    const read = await store.getActivity(saved.id);
    expect(read?.title).toBe("Original");
    expect(read?.partners.map((p) => p.name)).toEqual(["Schule"]);
  });

  it("records a duplicate partner name inside an activity as a failure, not a half-save", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-tx3");
    await store.createPartner("TSV Nord", "club");
    await expect(
      store.recordActivity({
        districtId: district.id,
        authorId: member.id,
        occurredOn: "2026-11-02",
        minutes: 30,
        title: "Doppelt",
        level: "case_independent",
        focus: "projects",
        role: "initiated",
        newPartners: [{ name: "tsv nord", type: "club" }],
      }),
    ).rejects.toThrow();
    expect(await store.countActivities({})).toBe(0);
  });

  it("records an entry key once: a repeat returns the first activity and creates no partner twice", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-tx4");
    const input = {
      districtId: district.id,
      authorId: member.id,
      occurredOn: "2026-11-02",
      minutes: 30,
      title: "Einmal",
      level: "case_independent" as const,
      focus: "projects" as const,
      role: "initiated" as const,
      entryKey: "k-2026-11-02-abcdef",
      newPartners: [{ name: "Einmalverein", type: "club" as const }],
    };
    const [a, b] = await Promise.all([store.recordActivity(input), store.recordActivity(input)]);
    expect(a.id).toBe(b.id);
    expect(b.partners.map((p) => p.name)).toEqual(["Einmalverein"]);
    expect(await store.countActivities({})).toBe(1);
    expect((await store.listPartners()).map((p) => p.name)).toEqual(["Einmalverein"]);
    const other = await store.recordActivity({ ...input, entryKey: null, newPartners: [] });
    expect(other.id).not.toBe(a.id);
  });

  it("makes exactly one admin when two people of a new tenant arrive at once", async () => {
    const tenant = await t.store.ensureTenant("slack", "T-race");
    const s = t.store.forTenant(tenant.id);
    const people = await Promise.all(["U1", "U2", "U3", "U4"].map((u) => s.ensureMember(u)));
    expect(people.filter((p) => p.role === "admin")).toHaveLength(1);
  });
});
