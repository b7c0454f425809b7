// The datenschutz family: information for everyone, retention and audit trail for admins and leads.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
import { purgeExpired } from "../../../src/commands/datenschutz/retention.js";
import { planRetention, retentionJobHandlers } from "../../../src/commands/datenschutz/retention-job.js";
import { createLogger } from "../../../src/log.js";
import { DeliveryRouter } from "../../../src/scheduler/deliver.js";
import { createScheduler } from "../../../src/scheduler/index.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
beforeAll(async () => {
  t = await openTestDatabase();
  cmd = commandLayerFor(t.store, "2026-11-25T10:00:00Z");
});
afterAll(async () => {
  await t.close();
});

async function tenantStore(externalId: string) {
  const tenant = await t.store.findTenant("console", externalId);
  return t.store.forTenant(tenant?.id ?? 0);
}

describe("datenschutz", () => {
  it("explains the privacy rules and the retention period to everyone", async () => {
    await cmd.as("anna", { tenant: "T-d" }).say("hilfe");
    const text = replyText(await cmd.as("bernd", { tenant: "T-d" }).say("datenschutz"));
    expect(text).toContain("keine Klient*innen");
    expect(text).toContain("nach 36 Monaten endgültig gelöscht");
  });

  it("lets only admins change retention, and purges what is past it at once", async () => {
    const anna = cmd.as("anna", { tenant: "T-r", name: "Anna" });
    await anna.say("hilfe");
    const s = await tenantStore("T-r");
    const me = await s.findMemberByPlatformId("anna");
    const district = await s.createDistrict("Nordstadt");
    const base = {
      districtId: district.id,
      authorId: me?.id ?? 0,
      minutes: 30,
      title: "x",
      level: "case_independent" as const,
      focus: "projects" as const,
      role: "initiated" as const,
    };
    await s.recordActivity({ ...base, occurredOn: "2026-05-24" });
    await s.recordActivity({ ...base, occurredOn: "2026-05-25" });
    await s.recordActivity({ ...base, occurredOn: "2026-11-01" });

    expect(replyText(await cmd.as("bernd", { tenant: "T-r" }).say("datenschutz", "aufbewahrung 6"))).toBe(
      "Das dürfen nur Admins.",
    );
    expect(replyText(await anna.say("datenschutz", "aufbewahrung 3"))).toContain("6 bis 120");
    expect(replyText(await anna.say("datenschutz", "aufbewahrung viele"))).toContain("6 bis 120");
    expect(replyText(await anna.say("datenschutz", "aufbewahrung"))).toContain("6 bis 120");
    expect(await s.countActivities({})).toBe(3);

    expect(replyText(await anna.say("datenschutz", "aufbewahrung 6"))).toContain("nach 6 Monaten");
    const left = await s.listActivities({}, { limit: 10, offset: 0 });
    expect(left.map((a) => a.occurredOn)).toEqual(["2026-11-01", "2026-05-25"]);
    expect((await s.tenant()).retentionMonths).toBe(6);

    const trail = replyText(await anna.say("datenschutz", "protokoll"));
    expect(trail).toContain("Aufbewahrung geändert – Anna");
    expect(trail).toContain("Alte Aktivitäten gelöscht – Anna");
    expect(trail).toContain("25.11.2026 11:00");
  });

  it("shows the audit trail to leads only and never another tenant's", async () => {
    expect(replyText(await cmd.as("bernd", { tenant: "T-r" }).say("datenschutz", "protokoll"))).toBe(
      "Das dürfen nur Teamleitungen und Admins.",
    );
    await cmd.as("zoe", { tenant: "T-x" }).say("hilfe");
    expect(replyText(await cmd.as("zoe", { tenant: "T-x" }).say("datenschutz", "protokoll"))).toBe(
      "Das Protokoll ist noch leer.",
    );
    expect(replyText(await cmd.as("zoe", { tenant: "T-x" }).say("datenschutz", "loeschen"))).toContain(
      "„datenschutz loeschen“ kenne ich nicht",
    );
  });
});

describe("daily retention job", () => {
  it("purges past-retention activities at night and plans the next night", async () => {
    const tenant = await t.store.ensureTenant("console", "T-night");
    const s = t.store.forTenant(tenant.id);
    const me = await s.ensureMember("nina");
    const district = await s.createDistrict("Weststadt");
    const base = {
      districtId: district.id,
      authorId: me.id,
      minutes: 30,
      title: "x",
      level: "case_independent" as const,
      focus: "projects" as const,
      role: "initiated" as const,
    };
    await s.recordActivity({ ...base, occurredOn: "2023-11-25" });
    await s.recordActivity({ ...base, occurredOn: "2023-11-26" });

    const clock = fixedClock("2026-11-25T12:00:00Z");
    await planRetention(s, clock.now(), "Europe/Berlin");
    await planRetention(s, clock.now(), "Europe/Berlin");
    expect((await s.listJobs("retention.purge")).map((j) => j.runAt.toISOString())).toEqual([
      "2026-11-26T02:00:00.000Z",
    ]);

    const worker = createScheduler({
      store: t.store,
      clock,
      delivery: new DeliveryRouter(),
      logger: createLogger("silent"),
      handlers: retentionJobHandlers,
    });
    expect(await worker.tick()).toBe(0);
    clock.set("2026-11-26T02:00:30Z");
    await worker.tick();
    // 36 months before 26.11.2026: the 25th goes, the 26th stays.
    expect((await s.listActivities({}, { limit: 10, offset: 0 })).map((a) => a.occurredOn)).toEqual([
      "2023-11-26",
    ]);
    const jobs = await s.listJobs("retention.purge");
    expect(jobs.map((j) => [j.status, j.runAt.toISOString()])).toEqual([
      ["done", "2026-11-26T02:00:00.000Z"],
      ["pending", "2026-11-27T02:00:00.000Z"],
    ]);
  });
});

describe("retention of needs and minutes", () => {
  it("purges needs nobody touched and empties old minutes, and the trail says which", async () => {
    const anna = cmd.as("anna", { tenant: "T-rn", name: "Anna" });
    await anna.say("hilfe");
    const s = await tenantStore("T-rn");
    const me = await s.findMemberByPlatformId("anna");
    const district = await s.createDistrict("Nordstadt");
    const old = await s.recordNeed(
      {
        districtId: district.id,
        description: "alter Bedarf",
        theme: "",
        targetGroup: "",
        createdBy: me?.id ?? 0,
      },
      new Date("2026-01-10T10:00:00Z"),
    );
    const fresh = await s.recordNeed(
      {
        districtId: district.id,
        description: "frischer Bedarf",
        theme: "",
        targetGroup: "",
        createdBy: me?.id ?? 0,
      },
      new Date("2026-11-10T10:00:00Z"),
    );
    const committee = await s.createCommittee({
      districtId: district.id,
      name: "Runder Tisch",
      type: "round_table",
      part: "attend",
      recurrence: "FREQ=MONTHLY;BYDAY=+1TU",
      firstStartsAt: new Date("2026-01-06T17:00:00Z"),
      durationMinutes: 90,
      timezone: "Europe/Berlin",
    });
    const january = new Date("2026-01-06T17:00:00Z");
    const november = new Date("2026-11-03T17:00:00Z");
    const by = me?.id ?? 0;
    await s.saveMinutes(
      committee.id,
      january,
      "Beschluss alt",
      [{ what: "alte Aufgabe", ownerId: by, dueOn: "2026-02-01" }],
      by,
    );
    await s.saveMinutes(
      committee.id,
      november,
      "Beschluss neu",
      [{ what: "neue Aufgabe", ownerId: by, dueOn: "2026-12-01" }],
      by,
    );

    await anna.say("datenschutz", "aufbewahrung 6");
    expect(await s.findNeed(old.id)).toBeUndefined();
    expect(await s.findNeed(fresh.id)).toBeDefined();
    expect(await s.minutesOf(committee.id, january)).toEqual({ decisions: "", tasks: [] });
    const kept = await s.minutesOf(committee.id, november);
    expect([kept.decisions, kept.tasks.map((x) => x.what)]).toEqual(["Beschluss neu", ["neue Aufgabe"]]);
    const trail = replyText(await anna.say("datenschutz", "protokoll"));
    expect(trail).toContain("Alte Bedarfe gelöscht");
    expect(trail).toContain("Alte Sitzungsprotokolle geleert");
  });
});

describe("retention of the delivery ledger", () => {
  it("forgets deliveries older than a month and only this tenant's", async () => {
    const mine = t.store.forTenant((await t.store.ensureTenant("console", "T-ledger")).id);
    const other = t.store.forTenant((await t.store.ensureTenant("console", "T-ledger-other")).id);
    const old = new Date("2026-10-20T08:00:00Z");
    await mine.beginDelivery("reminder:old", old);
    await mine.beginDelivery("reminder:recent", new Date("2026-11-20T08:00:00Z"));
    await other.beginDelivery("reminder:old", old);

    await purgeExpired(
      { store: mine, clock: fixedClock("2026-11-25T10:00:00Z"), timezone: "Europe/Berlin" },
      36,
      null,
    );
    // An entry that is still there answers beginDelivery with itself; a forgotten one starts afresh.
    expect(await mine.beginDelivery("reminder:recent", new Date())).toBeDefined();
    expect(await mine.beginDelivery("reminder:old", new Date())).toBeUndefined();
    expect(await other.beginDelivery("reminder:old", new Date())).toBeDefined();
  });
});
