// "datenschutz auskunft": the caller receives everything stored about them (Art. 15), and nobody else's.
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

describe("datenschutz auskunft", () => {
  it("sends a JSON file of the caller's own data, audited, without other members' entries", async () => {
    const cmd = commandLayerFor(t.store);
    const anna = cmd.as("anna", { tenant: "T-access", name: "Anna Admin" });
    const ben = cmd.as("ben", { tenant: "T-access", name: "Ben Fachkraft" });
    await anna.say("sozialraum", "neu Nordstadt");
    await ben.say("hilfe");
    const tenant = await t.store.findTenant("console", "T-access");
    const scoped = t.store.forTenant(tenant?.id ?? 0);
    const district = await scoped.findDistrictByName("Nordstadt");
    const [annaRow, benRow] = [
      await scoped.findMemberByPlatformId("anna"),
      await scoped.findMemberByPlatformId("ben"),
    ];
    const base = {
      districtId: district?.id ?? 0,
      occurredOn: "2026-11-20",
      minutes: 60,
      level: "case_independent",
      focus: "projects",
      role: "contributed",
    } as const;
    await scoped.recordActivity({ ...base, authorId: annaRow?.id ?? 0, title: "Elterncafé Anna" });
    await scoped.recordActivity({ ...base, authorId: benRow?.id ?? 0, title: "Mädchentreff Ben" });

    const reply = await ben.say("datenschutz", "auskunft");
    expect(reply.kind).toBe("file");
    if (reply.kind !== "file") return;
    expect(reply.filename).toMatch(/^auskunft-\d{4}-\d{2}-\d{2}\.json$/);
    expect(reply.comment).toContain("Art. 15 DSGVO");
    const report = JSON.parse(new TextDecoder().decode(reply.content)) as Record<string, unknown>;
    expect(report.Mitglied).toMatchObject({
      plattformKennung: "ben",
      anzeigename: "Ben Fachkraft",
      rolle: "member",
    });
    const titles = (report.Aktivitäten as { titel: string }[]).map((a) => a.titel);
    expect(titles).toEqual(["Mädchentreff Ben"]);
    expect(JSON.stringify(report)).not.toContain("Anna");
    expect((await scoped.auditTrail(5)).map((e) => e.action)).toContain("privacy.access");
    expect(replyText(await ben.say("datenschutz", "hilfe"))).toContain("datenschutz auskunft");
  });
});
