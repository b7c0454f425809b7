// Needs and offers in the store, on PGlite and PostgreSQL: sightings counted once per member, sessions counted
// from live activities only, offer partners moved by a merge, needs gone with retention, tenants kept apart.
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

const at = (iso: string) => new Date(iso);

async function offer(
  store: TenantStore,
  districtId: number,
  createdBy: number,
  needId: number | null,
  partnerIds: number[] = [],
) {
  return store.createOffer({
    districtId,
    title: "Elterncafé",
    recurrence: "FREQ=WEEKLY;BYDAY=TU",
    firstStartsAt: at("2026-11-03T14:00:00Z"),
    durationMinutes: 120,
    timezone: "Europe/Berlin",
    skipSchoolHolidays: false,
    skipPublicHolidays: false,
    focus: "projects",
    targetGroup: "Eltern",
    role: "responsible",
    responsibleFrom: "2026-11-03",
    responsibleTo: null,
    needId,
    createdBy,
    partnerIds,
  });
}

function session(
  store: TenantStore,
  offerId: number,
  authorId: number,
  districtId: number,
  day: string,
  n: number,
) {
  return store.recordActivity({
    districtId,
    authorId,
    occurredOn: day,
    minutes: 120,
    title: "Elterncafé",
    level: "case_independent",
    focus: "projects",
    role: "responsible",
    participants: n,
    entryKey: `offer:${offerId}:${day}`,
    offerId,
  });
}

describe("needs", () => {
  it("counts each member's sighting once, the author's included, most seen first", async () => {
    const { store, admin, member, district } = await seedTenant(t.store, "T-need1");
    const a = await store.recordNeed(
      {
        districtId: district.id,
        description: "fehlende Nachmittagsbetreuung",
        theme: "Betreuung",
        targetGroup: "Grundschulkinder",
        createdBy: member.id,
      },
      at("2026-11-02T09:00:00Z"),
    );
    const b = await store.recordNeed(
      {
        districtId: district.id,
        description: "kein Treffpunkt für Jugendliche",
        theme: "",
        targetGroup: "Jugendliche",
        createdBy: member.id,
      },
      at("2026-11-02T10:00:00Z"),
    );
    expect(await store.addSighting(b.id, admin.id, at("2026-11-03T09:00:00Z"))).toBe(true);
    expect(await store.addSighting(b.id, admin.id, at("2026-11-04T09:00:00Z"))).toBe(false);
    expect(await store.addSighting(b.id, member.id, at("2026-11-04T09:00:00Z"))).toBe(false);
    const list = await store.listNeeds();
    expect(list.map((n) => [n.id, n.seen])).toEqual([
      [b.id, 2],
      [a.id, 1],
    ]);
    const sightings = await store.sightingsBetween(at("2026-11-03T00:00:00Z"), at("2026-11-05T00:00:00Z"));
    expect(sightings).toHaveLength(1);
  });

  it("never shows or counts another tenant's needs", async () => {
    const one = await seedTenant(t.store, "T-need2a");
    const two = await seedTenant(t.store, "T-need2b");
    const need = await one.store.recordNeed(
      {
        districtId: one.district.id,
        description: "zu wenig Sprachkurse",
        theme: "",
        targetGroup: "",
        createdBy: one.member.id,
      },
      at("2026-11-02T09:00:00Z"),
    );
    expect(await two.store.findNeed(need.id)).toBeUndefined();
    expect(await two.store.addSighting(need.id, two.member.id, at("2026-11-03T09:00:00Z"))).toBe(false);
    expect(await two.store.listNeeds()).toEqual([]);
    expect((await one.store.findNeed(need.id))?.seen).toBe(1);
  });

  it("purges needs nobody touched since the cutoff; the offer that answered one keeps running", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-need3");
    const old = await store.recordNeed(
      {
        districtId: district.id,
        description: "alter Bedarf ohne Antwort",
        theme: "",
        targetGroup: "",
        createdBy: member.id,
      },
      at("2024-01-10T09:00:00Z"),
    );
    const fresh = await store.recordNeed(
      {
        districtId: district.id,
        description: "frischer Bedarf",
        theme: "",
        targetGroup: "",
        createdBy: member.id,
      },
      at("2026-11-10T09:00:00Z"),
    );
    const o = await offer(store, district.id, member.id, old.id);
    expect(await store.purgeNeedsBefore(at("2025-01-01T00:00:00Z"))).toBe(1);
    expect(await store.findNeed(old.id)).toBeUndefined();
    expect(await store.findNeed(fresh.id)).toBeDefined();
    const kept = await store.findOffer(o.id);
    expect(kept?.needId).toBeNull();
    expect(kept?.endedAt).toBeNull();
  });
});

describe("offers", () => {
  it("counts sessions and participants from live activities, once per session key", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-off1");
    const o = await offer(store, district.id, member.id, null);
    await session(store, o.id, member.id, district.id, "2026-11-03", 12);
    await session(store, o.id, member.id, district.id, "2026-11-03", 99); // a second tap: nothing new
    const second = await session(store, o.id, member.id, district.id, "2026-11-10", 9);
    await session(store, o.id, member.id, district.id, "2026-11-17", 7);
    await store.deleteActivity(second.id, at("2026-11-18T10:00:00Z"));
    expect(await store.offerSessions("2026-11-01", "2026-11-30")).toEqual([
      { offerId: o.id, sessions: 2, participants: 19 },
    ]);
    expect(await store.offerSessions("2026-11-01", "2026-11-05")).toEqual([
      { offerId: o.id, sessions: 1, participants: 12 },
    ]);
  });

  it("ends an offer once, closing its period on the last day", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-off2");
    const o = await offer(store, district.id, member.id, null);
    const ended = await store.endOffer(o.id, at("2026-12-01T10:00:00Z"), "2026-12-01");
    expect(ended?.responsibleTo).toBe("2026-12-01");
    expect(await store.endOffer(o.id, at("2026-12-02T10:00:00Z"), "2026-12-02")).toBeUndefined();
    expect(await store.listOffers()).toEqual([]);
    expect((await store.listOffers({ includeEnded: true })).map((x) => x.id)).toEqual([o.id]);
  });

  it("moves its partners when two partners are merged", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-off3");
    const keep = await store.createPartner("Familienzentrum Regenbogen", "youth_welfare");
    const drop = await store.createPartner("Famillienzentrum Regenbogen", "youth_welfare");
    const both = await offer(store, district.id, member.id, null, [keep.id, drop.id]);
    const onlyDrop = await offer(store, district.id, member.id, null, [drop.id]);
    const merged = await store.mergePartners(keep.id, drop.id);
    expect(merged?.offers).toBe(1);
    expect((await store.findOffer(both.id))?.partners.map((p) => p.id)).toEqual([keep.id]);
    expect((await store.findOffer(onlyDrop.id))?.partners.map((p) => p.id)).toEqual([keep.id]);
  });

  it("refuses a partner of another tenant and saves nothing", async () => {
    const one = await seedTenant(t.store, "T-off4a");
    const two = await seedTenant(t.store, "T-off4b");
    const foreign = await two.store.createPartner("Fremder Verein", "club");
    await expect(offer(one.store, one.district.id, one.member.id, null, [foreign.id])).rejects.toThrow();
    expect(await one.store.listOffers()).toEqual([]);
  });
});
