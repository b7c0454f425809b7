// The start page ("hilfe start", shown as Slack App Home): own recent work, next meetings, open checklists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandLayerFor, replyText } from "../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

describe("start page", () => {
  it("shows an empty start in German with the common actions", async () => {
    const cmd = commandLayerFor(t.store);
    const text = replyText(await cmd.as("anna", { tenant: "T-empty" }).say("hilfe", "start"));
    expect(text).toContain("Noch keine Aktivität erfasst");
    expect(text).toContain("In den nächsten 30 Tagen ist keine Sitzung geplant.");
    expect(text).toContain("[Aktivität erfassen]");
  });

  it("lists only the caller's own activities, the next meeting and open cooperations", async () => {
    const cmd = commandLayerFor(t.store, "2026-11-25T10:00:00Z");
    await cmd.as("anna", { tenant: "T-home" }).say("hilfe");
    const tenant = await t.store.findTenant("console", "T-home");
    const s = t.store.forTenant(tenant?.id ?? 0);
    const anna = await s.findMemberByPlatformId("anna");
    const bernd = await s.ensureMember("bernd", "Bernd");
    const district = await s.createDistrict("Nordstadt");
    const base = {
      districtId: district.id,
      minutes: 90,
      level: "case_independent" as const,
      focus: "projects" as const,
      role: "initiated" as const,
      occurredOn: "2026-11-20",
    };
    await s.recordActivity({ ...base, authorId: anna?.id ?? 0, title: "Elterncafé" });
    await s.recordActivity({ ...base, authorId: bernd.id, title: "Bernds Termin" });
    await s.createCommittee({
      districtId: district.id,
      name: "Runder Tisch Nord",
      type: "round_table",
      part: "attend",
      recurrence: "FREQ=MONTHLY;BYDAY=2TU",
      firstStartsAt: new Date("2026-12-08T17:00:00Z"),
      durationMinutes: 120,
      timezone: "Europe/Berlin",
      location: "Bürgerhaus",
    });
    const school = await s.createPartner("Grundschule Nord", "school");
    const coop = await s.startCooperation(school.id, bernd.id, district.id);
    await s.answerStep(coop.id, 1, { text: "Auftrag" }, bernd.id, new Date("2026-11-21T10:00:00Z"), 2);

    const text = replyText(await cmd.as("anna", { tenant: "T-home" }).say("hilfe", "start"));
    expect(text).toContain("Elterncafé");
    expect(text).toContain("20.11.2026 · 1,5 Std.");
    expect(text).not.toContain("Bernds Termin");
    expect(text).toContain("Runder Tisch Nord");
    expect(text).toContain("Di. 08.12.2026, 18:00 · Runder Tisch · Bürgerhaus");
    expect(text).toContain("Grundschule Nord");
    expect(text).toContain("Schritt 2 von 6 · in Arbeit");
  });
});
