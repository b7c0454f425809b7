// The sozialraum family through the neutral command layer: districts, channels, roles, permissions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
beforeAll(async () => {
  t = await openTestDatabase();
  cmd = commandLayerFor(t.store);
});
afterAll(async () => {
  await t.close();
});

describe("sozialraum", () => {
  it("explains how to create the first district", async () => {
    const admin = cmd.as("anna", { tenant: "T-empty" });
    expect(replyText(await admin.say("sozialraum", "liste"))).toContain("sozialraum neu Nordstadt");
  });

  it("lets the first person (the admin) create, map, rename and archive districts", async () => {
    const admin = cmd.as("anna", { tenant: "T-s", where: { channelId: "C-nord", isDirect: false } });
    expect(replyText(await admin.say("sozialraum", "neu Nordstadt"))).toContain("„Nordstadt“ ist angelegt");
    expect(replyText(await admin.say("/Sozialraum", "neu nordstadt"))).toBe(
      "Den Sozialraum „nordstadt“ gibt es schon.",
    );
    expect(replyText(await admin.say("sozialraum", "neu X"))).toContain("2 bis 60 Zeichen");
    expect(replyText(await admin.say("sozialraum", "kanal Nordstadt"))).toBe(
      "Dieser Kanal gehört jetzt zum Sozialraum „Nordstadt“.",
    );
    const tenant = await t.store.findTenant("console", "T-s");
    const scoped = t.store.forTenant(tenant?.id ?? 0);
    expect((await scoped.districtForChannel("C-nord"))?.name).toBe("Nordstadt");

    await admin.say("sozialraum", "neu Südstadt");
    await admin.say("sozialraum", "kanal Südstadt");
    expect((await scoped.districtForChannel("C-nord"))?.name).toBe("Südstadt");

    expect(replyText(await admin.say("sozialraum", "umbenennen Südstadt -> Süd"))).toBe(
      "„Südstadt“ heißt jetzt „Süd“.",
    );
    expect(replyText(await admin.say("sozialraum", "umbenennen Süd"))).toContain("So geht’s");
    expect(replyText(await admin.say("sozialraum", "archivieren Gibtsnicht"))).toBe(
      "Den Sozialraum „Gibtsnicht“ kenne ich nicht. Vorhanden: Nordstadt, Süd.",
    );
    expect(replyText(await admin.say("sozialraum", "archivieren Süd"))).toContain("archiviert");
    const list = replyText(await admin.say("sozialraum"));
    expect(list).toContain("Nordstadt");
    expect(list).not.toContain("Süd");
    const audit = (await scoped.auditTrail()).map((a) => a.action);
    expect(audit).toEqual(
      expect.arrayContaining(["district.create", "district.channel", "district.archive"]),
    );
  });

  it("asks for a channel when mapping from a direct chat", async () => {
    const admin = cmd.as("anna", { tenant: "T-s", where: { isDirect: true } });
    expect(replyText(await admin.say("sozialraum", "kanal Nordstadt"))).toContain("in dem Kanal");
  });

  it("refuses admin settings to members and leads", async () => {
    await cmd.as("anna", { tenant: "T-p" }).say("sozialraum", "liste");
    const bernd = cmd.as("bernd", { tenant: "T-p" });
    expect(replyText(await bernd.say("sozialraum", "neu Oststadt"))).toBe("Das dürfen nur Admins.");
    expect(replyText(await bernd.say("sozialraum", "mitglieder"))).toBe(
      "Das dürfen nur Teamleitungen und Admins.",
    );
    expect(replyText(await bernd.say("sozialraum", "rolle bernd admin"))).toBe("Das dürfen nur Admins.");
  });

  it("lets an admin change roles by mention or name, but never remove the last admin", async () => {
    const anna = cmd.as("UANNA", { tenant: "T-r", name: "Anna" });
    await anna.say("hilfe");
    const bernd = cmd.as("UBERND", { tenant: "T-r", name: "Bernd" });
    await bernd.say("hilfe");
    expect(replyText(await anna.say("sozialraum", "rolle <@UBERND|bernd> teamleitung"))).toBe(
      "Bernd ist jetzt Teamleitung.",
    );
    expect(replyText(await bernd.say("sozialraum", "mitglieder"))).toContain("Teamleitung");
    expect(replyText(await anna.say("sozialraum", "rolle @Anna fachkraft"))).toContain("letzte Admin");
    expect(replyText(await anna.say("sozialraum", "rolle @Niemand admin"))).toContain("kenne ich noch nicht");
    expect(replyText(await anna.say("sozialraum", "rolle @Bernd chef"))).toContain("So geht’s");
    expect(replyText(await anna.say("sozialraum", "rolle @Bernd admin"))).toBe("Bernd ist jetzt Admin.");
    expect(replyText(await anna.say("sozialraum", "rolle @Anna fachkraft"))).toBe(
      "Anna ist jetzt Fachkraft.",
    );
  });

  it("keeps each tenant's districts to itself", async () => {
    const other = cmd.as("zoe", { tenant: "T-other" });
    await other.say("sozialraum", "neu Nordstadt");
    expect(replyText(await other.say("sozialraum", "archivieren Süd"))).toBe(
      "Den Sozialraum „Süd“ kenne ich nicht. Vorhanden: Nordstadt.",
    );
  });

  it("answers unknown sub-commands and unknown families in German", async () => {
    const admin = cmd.as("anna", { tenant: "T-s" });
    expect(replyText(await admin.say("sozialraum", "quatsch"))).toContain(
      "„sozialraum quatsch“ kenne ich nicht.",
    );
    expect(replyText(await admin.say("zaubern"))).toContain("Den Befehl „zaubern“ kenne ich nicht.");
    expect(replyText(await admin.click("zaubern:los"))).toContain("nicht mehr gültig");
    expect(replyText(await admin.say("hilfe"))).toContain("Sozialraum-Assistent – das kann ich");
  });
});
