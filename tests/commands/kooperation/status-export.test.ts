// Status rules, list, show and export of cooperations through the neutral command layer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { answer, type Person, ROLES, startNew, stepOf, TEXTS } from "./walk.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
let lead: Person;
let anna: Person;
let bernd: Person;
beforeAll(async () => {
  t = await openTestDatabase();
  cmd = commandLayerFor(t.store);
  const where = { channelId: "C-nord", isDirect: false };
  lead = cmd.as("lea", { tenant: "T-s", name: "Lea", where });
  anna = cmd.as("anna", { tenant: "T-s", name: "Anna", where });
  bernd = cmd.as("bernd", { tenant: "T-s", name: "Bernd", where });
  await lead.say("sozialraum", "neu Nordstadt");
  await lead.say("sozialraum", "kanal Nordstadt");
  await lead.say("sozialraum", "neu Südstadt");
});
afterAll(async () => {
  await t.close();
});

describe("kooperation status, liste, zeigen, export", () => {
  it("refuses 'vereinbart' while a step is missing and says which", async () => {
    const first = await startNew(anna, "Hort Regenbogen", "hort");
    const fourth = await answer(anna, first, [1, 2, 3]);
    const refused = replyText(await anna.say("kooperation", "status Hort Regenbogen vereinbart"));
    expect(refused).toBe(
      "„Hort Regenbogen“ kann noch nicht als vereinbart gelten. Es fehlt noch: Schritt 4 (Beitrag der Einrichtung), Schritt 5 (Zeitraum), Schritt 6 (Rollen und Absprachen).",
    );
    const { id } = stepOf(fourth);
    expect(replyText(await anna.click("kooperation:agree", String(id)))).toContain(
      "Es fehlt noch: Schritt 4",
    );

    const shown = replyText(await bernd.say("kooperation", "zeigen Hort Regenbogen"));
    expect(shown).toContain(
      "Es fehlt noch: Schritt 4 (Beitrag der Einrichtung), Schritt 5 (Zeitraum), Schritt 6",
    );
    expect(shown).toContain("Sozialraum: Nordstadt");
    expect(shown).toContain("Angelegt von: Anna");

    // Finishing step 6 with 4 and 5 still open says what is missing and sends the dialog back to step 4.
    const sixth = await anna.submit(
      "kooperation:step",
      { noCare: true, rolesAgreed: true, roles: ROLES },
      `${id}:6`,
    );
    expect(replyText(sixth)).toContain(
      "Es fehlt noch: Schritt 4 (Beitrag der Einrichtung), Schritt 5 (Zeitraum).",
    );
    expect(stepOf(await bernd.say("kooperation", "fortsetzen Hort Regenbogen")).step).toBe(4);

    const done = await answer(bernd, await bernd.say("kooperation", "fortsetzen Hort Regenbogen"), [4, 5]);
    expect(stepOf(done).step).toBe(6);
    expect(replyText(await bernd.say("kooperation", "status Hort Regenbogen vereinbart"))).toBe(
      "Den Status ändern dürfen die Person, die die Kooperation angelegt hat, Teamleitungen und Admins.",
    );
    expect(replyText(await anna.say("kooperation", "status Hort Regenbogen vereinbart"))).toBe(
      "Die Kooperation mit „Hort Regenbogen“ ist jetzt: vereinbart.",
    );
    expect(replyText(await anna.say("kooperation", "status Hort Regenbogen vereinbart"))).toContain(
      "ist schon: vereinbart",
    );
    expect(replyText(await anna.say("kooperation", "status Hort Regenbogen in Arbeit"))).toContain(
      "ist jetzt: in Arbeit",
    );
    expect(replyText(await lead.say("kooperation", "status Hort Regenbogen vereinbart"))).toContain(
      "ist jetzt: vereinbart",
    );
    expect(replyText(await anna.say("kooperation", "status Hort Regenbogen Entwurf"))).toContain(
      "„Entwurf“ setze ich selbst",
    );
    expect(replyText(await anna.say("kooperation", "status Hort Regenbogen fertig"))).toContain("So geht’s");
    const tenant = await t.store.findTenant("console", "T-s");
    const audit = await t.store.forTenant(tenant?.id ?? 0).auditTrail();
    expect(audit.filter((a) => a.action === "cooperation.status").map((a) => a.details)).toEqual([
      { status: "agreed" },
      { status: "in_progress" },
      { status: "agreed" },
    ]);
  });

  it("lists by status and by Sozialraum", async () => {
    await startNew(bernd, "Grundschule Süd", "school");
    const all = replyText(await anna.say("kooperation", "liste"));
    expect(all).toContain("Hort Regenbogen (Hort)");
    expect(all).toContain("vereinbart · 6 von 6 Schritten beantwortet · Überprüfung am 01.03.2027");
    expect(all).toContain("Grundschule Süd (Schule)");
    expect(all).toContain("Entwurf · 0 von 6 Schritten beantwortet");
    const agreed = replyText(await anna.say("kooperation", "liste vereinbart"));
    expect(agreed).toContain("Hort Regenbogen");
    expect(agreed).not.toContain("Grundschule Süd");
    const inArbeit = replyText(await anna.say("kooperation", "liste Entwurf"));
    expect(inArbeit).toContain("Grundschule Süd");
    expect(inArbeit).not.toContain("Hort Regenbogen");
    expect(replyText(await anna.say("kooperation", "liste Nordstadt"))).toContain("Hort Regenbogen");
    expect(replyText(await anna.say("kooperation", "liste Südstadt"))).toContain(
      "Keine Kooperationen gefunden",
    );
    expect(replyText(await anna.say("kooperation", "liste Mondstadt"))).toContain("weder ein Status");
  });

  it("exports a printable German Markdown document with every answer, the dates and roles (audited)", async () => {
    const reply = await bernd.say("kooperation", "export Hort Regenbogen");
    if (reply.kind !== "file") throw new Error(`expected a file, got ${reply.kind}`);
    expect(reply.filename).toBe("kooperation-hort-regenbogen-2026-11-25.md");
    expect(reply.mimeType).toBe("text/markdown");
    expect(reply.comment).toBe("Kooperationsvereinbarung mit „Hort Regenbogen“ zum Ausdrucken.");
    const md = new TextDecoder().decode(reply.content);
    expect(md.startsWith("# Kooperationsvereinbarung mit Hort Regenbogen\n")).toBe(true);
    for (const text of Object.values(TEXTS)) expect(md).toContain(text);
    expect(md).toContain(ROLES);
    for (const q of [
      "## 1. Was ist der HzE-Auftrag?",
      "## 5. Wie sieht die zeitliche Perspektive aus?",
      "## 4. Welchen Part übernimmt der Hort? Was trägt er dazu bei?",
      "## 6. Rollen und Absprachen",
    ]) {
      expect(md).toContain(q);
    }
    expect(md).toContain("- Beginn: 01.12.2026");
    expect(md).toContain("- Ende: 31.07.2027");
    expect(md).toContain("- Überprüfung: 01.03.2027");
    expect(md).toContain("- [x] Die EHS übernimmt keine Betreuung und keine Aufsicht");
    expect(md).toContain("| Sozialraum | Nordstadt |");
    expect(md).toContain("| Status | vereinbart |");
    expect(md).not.toContain("Entwurf");
    const tenant = await t.store.findTenant("console", "T-s");
    const audit = await t.store.forTenant(tenant?.id ?? 0).auditTrail();
    expect(audit.some((a) => a.action === "cooperation.export")).toBe(true);

    const draft = await bernd.say("kooperation", "export Grundschule Süd");
    if (draft.kind !== "file") throw new Error("expected a file");
    const draftMd = new TextDecoder().decode(draft.content);
    expect(draftMd).toContain("> **Entwurf** – noch nicht vollständig. Es fehlt: Schritt 1 (HzE-Auftrag)");
    expect(draftMd).toContain("_noch offen_");
    expect(draftMd).toContain("- [ ] Die EHS übernimmt keine Betreuung");
  });

  it("ends a cooperation: no more editing, still shown and exported, a new one may start", async () => {
    expect(replyText(await bernd.say("kooperation", "status Grundschule Süd beendet"))).toBe(
      "Die Kooperation mit „Grundschule Süd“ ist beendet. Die Erinnerung ist abbestellt.",
    );
    const tenant = await t.store.findTenant("console", "T-s");
    const store = t.store.forTenant(tenant?.id ?? 0);
    const partner = await store.findPartnerByName("Grundschule Süd");
    const ended = await store.latestCooperationWith(partner?.id ?? 0);
    expect(ended?.status).toBe("ended");
    expect(replyText(await bernd.submit("kooperation:step", { answer: TEXTS[1] }, `${ended?.id}:1`))).toBe(
      "Die Kooperation mit „Grundschule Süd“ ist beendet und kann nicht mehr bearbeitet werden.",
    );
    expect(replyText(await bernd.click("kooperation:resume", String(ended?.id)))).toContain("ist beendet");
    expect(replyText(await bernd.say("kooperation", "fortsetzen Grundschule Süd"))).toContain(
      "keine laufende Kooperation",
    );
    expect(replyText(await bernd.say("kooperation", "zeigen Grundschule Süd"))).toContain("Status: beendet");
    expect(replyText(await bernd.say("kooperation", "status Grundschule Süd vereinbart"))).toContain(
      "keine laufende Kooperation",
    );
    const fresh = stepOf(await bernd.say("kooperation", "neu Grundschule Süd"));
    expect(fresh.step).toBe(1);
    expect(fresh.id).not.toBe(ended?.id);
  });
});
