// The need family through the command layer: raised in one line, refused when it is about a person, seen
// again with one tap, listed, moved along its status and exported for the Sozialraum-Konferenz.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bedarf } from "../../../src/commands/messages/index.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { expectKind, team } from "../gremium/support.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
beforeAll(async () => {
  t = await openTestDatabase();
  cmd = commandLayerFor(t.store, "2026-11-25T10:00:00Z");
});
afterAll(async () => {
  await t.close();
});

const buttonsOf = (reply: Reply) =>
  reply.kind === "message" ? reply.elements.flatMap((e) => (e.type === "actions" ? e.buttons : [])) : [];

describe("bedarf", () => {
  it("records a need from one line with its district, theme and target group, for the channel to see", async () => {
    const { anna, store } = await team(t, cmd, "T-b-new");
    await store.createDistrict("Südstadt");
    const reply = await anna.say(
      "bedarf",
      "fehlende Nachmittagsbetreuung für Grundschulkinder @südstadt #Betreuung",
    );
    expect(reply.kind === "message" && reply.visibility).toBe("public");
    const shown = replyText(reply);
    expect(shown).toContain("Südstadt");
    expect(shown).toContain("Thema: Betreuung");
    expect(shown).toContain("Zielgruppe: Grundschulkinder");
    expect(shown).toContain("1-mal gesehen");
    const [need] = await store.listNeeds();
    expect(need?.description).toBe("fehlende Nachmittagsbetreuung für Grundschulkinder");
    expect(buttonsOf(reply).map((b) => b.label)).toEqual([bedarf.seenButton]);
  });

  it("takes the channel's district when none is named, and asks when it cannot know", async () => {
    const { anna, store, district } = await team(t, cmd, "T-b-where");
    await anna.say("bedarf", "Spielplatz ist seit Monaten gesperrt");
    expect((await store.listNeeds())[0]?.districtId).toBe(district.id);
    await store.createDistrict("Weststadt");
    const elsewhere = cmd.as("anna", {
      tenant: "T-b-where",
      name: "Anna",
      where: { channelId: "C-other", isDirect: false },
    });
    expect(replyText(await elsewhere.say("bedarf", "kein Jugendtreff am Wochenende"))).toContain(
      "Für welchen Sozialraum?",
    );
    expect(replyText(await elsewhere.say("bedarf", "kein Jugendtreff am Wochenende @Oststadt"))).toContain(
      "Den Sozialraum „Oststadt“ kenne ich nicht",
    );
    expect(await store.listNeeds()).toHaveLength(1);
  });

  it("refuses a need that carries client data, saving nothing and echoing nothing of it", async () => {
    const { anna, store } = await team(t, cmd, "T-b-privacy");
    for (const line of [
      "Fam. Yilmaz braucht Nachmittagsbetreuung für Mia (7)",
      "Hausaufgabenhilfe fehlt, KM Tel. 0176 4482913",
      "Kind geb. 14.9.2016 findet keinen Hortplatz",
    ]) {
      const reply = await anna.say("bedarf", line);
      const shown = replyText(reply);
      expect(shown).toContain("Nicht gespeichert");
      expect(shown).not.toMatch(/Yilmaz|Mia|4482913|14\.9\.2016/);
    }
    expect(await store.listNeeds()).toEqual([]);
  });

  it("counts „Sehe ich auch“ once per member and lists the most seen first", async () => {
    const { anna, ben, store } = await team(t, cmd, "T-b-seen");
    await anna.say("bedarf", "kein Treffpunkt für Jugendliche im Quartier");
    const card = await anna.say("bedarf", "zu wenig Deutschkurse für Mütter mit Kleinkindern");
    const seen = buttonsOf(card)[0];
    if (!seen) throw new Error("no button");
    expect(replyText(await ben.click(seen.actionId, seen.value))).toContain("jetzt 2-mal gesehen");
    expect(replyText(await ben.click(seen.actionId, seen.value))).toContain("schon als gesehen");
    expect(replyText(await anna.click(seen.actionId, seen.value))).toContain("schon als gesehen");
    const list = replyText(await anna.say("bedarf", "liste"));
    expect(list.indexOf("Deutschkurse")).toBeLessThan(list.indexOf("Treffpunkt"));
    expect(list).toContain("2-mal gesehen");
    expect((await store.listNeeds()).map((n) => n.seen)).toEqual([2, 1]);
  });

  it("moves a need along its status and exports every need as CSV", async () => {
    const { anna, store } = await team(t, cmd, "T-b-status");
    await anna.say("bedarf", "fehlende Ferienbetreuung im Sommer #Ferien");
    const [need] = await store.listNeeds();
    expect(replyText(await anna.say("bedarf", `status ${need?.id} planung`))).toContain("„in Planung“");
    expect(replyText(await anna.say("bedarf", `status ${need?.id} vielleicht`))).toContain("So geht’s");
    const file = expectKind(await anna.say("bedarf", "export"), "file");
    const csv = new TextDecoder().decode(file.content);
    expect(csv).toContain("Wie oft gesehen");
    expect(csv).toContain("fehlende Ferienbetreuung im Sommer;Ferien;;1;in Planung");
  });
});
