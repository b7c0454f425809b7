// "datenschutz mitglied entfernen": a leaver's name goes everywhere; their work stays, under a placeholder.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

describe("datenschutz mitglied entfernen", () => {
  it("turns the name into „ehemaliges Teammitglied“, keeps the activities and audits only a number", async () => {
    const cmd = commandLayerFor(t.store);
    const anna = cmd.as("anna", { tenant: "T-forget", name: "Anna Admin" });
    const ben = cmd.as("ben", { tenant: "T-forget", name: "Ben Weggang" });
    await anna.say("sozialraum", "neu Nordstadt");
    await ben.say("hilfe");
    const tenant = await t.store.findTenant("console", "T-forget");
    const scoped = t.store.forTenant(tenant?.id ?? 0);
    const district = await scoped.findDistrictByName("Nordstadt");
    const benRow = await scoped.findMemberByPlatformId("ben");
    await scoped.recordActivity({
      districtId: district?.id ?? 0,
      authorId: benRow?.id ?? 0,
      occurredOn: "2026-11-20",
      minutes: 90,
      title: "Stadtteilfest Aufbau",
      level: "case_independent",
      focus: "projects",
      role: "contributed",
    });
    await scoped.createCalendarToken(benRow?.id ?? 0, "geheimer-kalender-token-ben");

    expect(replyText(await ben.say("datenschutz", "mitglied entfernen @Anna Admin"))).toContain("Admins");
    expect(replyText(await anna.say("datenschutz", "mitglied"))).toContain("So geht’s");
    expect(replyText(await anna.say("datenschutz", "mitglied entfernen @Anna Admin"))).toContain(
      "nicht entfernen",
    );
    const done = await anna.say("datenschutz", "mitglied entfernen @Ben Weggang");
    expect(replyText(done)).toContain("„ehemaliges Teammitglied“");

    const after = await scoped.findMember(benRow?.id ?? 0);
    expect(after?.displayName).toBe("ehemaliges Teammitglied");
    expect(after?.platformUserId).not.toBe("ben");
    expect(JSON.stringify(await scoped.listMembers())).not.toContain("Ben Weggang");
    expect(await scoped.countActivities({})).toBe(1);
    expect(await t.store.calendar.resolveCalendarToken("geheimer-kalender-token-ben")).toBeUndefined();
    const trail = await scoped.auditTrail(10);
    const forgot = trail.find((e) => e.action === "member.forget");
    expect(forgot?.subject).toBe(`member:${benRow?.id}`);
    expect(JSON.stringify(trail)).not.toContain("Weggang");
    // Coming back is a new member, with a new name of their own.
    await cmd.as("ben", { tenant: "T-forget", name: "Ben Weggang" }).say("hilfe");
    expect((await scoped.listMembers()).filter((m) => m.displayName === "Ben Weggang")).toHaveLength(1);
    expect(replyText(await anna.say("datenschutz", "mitglied entfernen @ehemaliges Teammitglied"))).toContain(
      "finde ich nicht",
    );
  });
});
