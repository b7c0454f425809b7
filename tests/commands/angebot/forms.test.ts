// Needs and offers by form: each field checked as a user fills it, client data refused per field, and the
// offer form answered with the same confirmation as the one-line setup.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { angebot as a, bedarf as b } from "../../../src/commands/messages/index.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { expectKind, team } from "../gremium/support.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
beforeAll(async () => {
  t = await openTestDatabase();
  cmd = commandLayerFor(t.store, "2026-11-30T08:00:00Z");
});
afterAll(async () => {
  await t.close();
});

describe("the need form", () => {
  it("refuses client data per field, then saves and posts the need", async () => {
    const { anna, store, district } = await team(t, cmd, "T-form-need");
    const form = expectKind(await anna.say("bedarf", "neu"), "form").form;
    expect(form.inputs.map((i) => i.id)).toEqual(["description", "districtId", "theme", "targetGroup"]);
    expect(form.inputs.find((i) => i.id === "districtId")?.initial).toBe(String(district.id));
    const refused = expectKind(
      await anna.submit(form.formId, {
        description: "Hortplatz für Familie Kowalczyk",
        districtId: String(district.id),
        theme: "",
      }),
      "formErrors",
    );
    expect(Object.keys(refused.errors)).toEqual(["description"]);
    expect(JSON.stringify(refused.errors)).not.toContain("Kowalczyk");
    expect(
      expectKind(
        await anna.submit(form.formId, { description: "zu kurz", districtId: String(district.id) }),
        "formErrors",
      ).errors.description,
    ).toBe(b.tooShort);
    expect(await store.listNeeds()).toEqual([]);
    const done = expectKind(
      await anna.submit(form.formId, {
        description: "fehlende Sprachförderung für Kita-Kinder",
        districtId: String(district.id),
        theme: "Sprache",
      }),
      "closeForm",
    );
    expect(replyText(done)).toContain("Bedarf Nr.");
    const [need] = await store.listNeeds();
    expect([need?.theme, need?.targetGroup]).toEqual(["Sprache", "Kinder bis 6 Jahre"]);
  });
});

describe("the offer form", () => {
  it("reads the rhythm field like the typed line and answers with the confirmation", async () => {
    const { anna, store, district } = await team(t, cmd, "T-form-offer");
    await anna.say("bedarf", "kein Treffpunkt für Eltern mit Babys");
    const [need] = await store.listNeeds();
    const form = expectKind(await anna.say("angebot", "neu"), "form").form;
    expect(form.inputs.map((i) => i.id)).toEqual([
      "title",
      "rhythm",
      "districtId",
      "focus",
      "needId",
      "initiated",
    ]);
    const base = {
      title: "Babytreff",
      districtId: String(district.id),
      focus: "projects",
      needId: String(need?.id),
    };
    const bad = expectKind(
      await anna.submit(form.formId, { ...base, rhythm: "wenn es passt" }),
      "formErrors",
    );
    expect(Object.keys(bad.errors)).toEqual(["rhythm"]);
    const noTime = expectKind(
      await anna.submit(form.formId, { ...base, rhythm: "jeden Mittwoch" }),
      "formErrors",
    );
    expect(noTime.errors.rhythm).toBe(a.timeMissing);
    const done = expectKind(
      await anna.submit(form.formId, { ...base, rhythm: "jeden Mittwoch 9:30 Uhr" }),
      "closeForm",
    );
    const shown = replyText(done);
    expect(shown).toContain(a.confirmTitle);
    expect(shown).toContain("Mi, 02.12.2026, 09:30 Uhr");
    expect(shown).toContain(`Nr. ${need?.id}: kein Treffpunkt für Eltern mit Babys`);
    expect(await store.listOffers()).toEqual([]);
  });
});
