// The cooperation checklist dialog through the neutral command layer: walk, leave, resume, go back, validate, guard.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kooperation as k } from "../../../src/commands/messages/index.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { answer, formOf, type Person, startNew, stepOf, TEXTS, valuesFor } from "./walk.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
let anna: Person;
let bernd: Person;
beforeAll(async () => {
  t = await openTestDatabase();
  cmd = commandLayerFor(t.store);
  anna = cmd.as("anna", { tenant: "T-k", name: "Anna" });
  bernd = cmd.as("bernd", { tenant: "T-k", name: "Bernd" });
  await anna.say("hilfe");
});
afterAll(async () => {
  await t.close();
});

async function scoped() {
  const tenant = await t.store.findTenant("console", "T-k");
  return t.store.forTenant(tenant?.id ?? 0);
}

describe("kooperation dialog", () => {
  it("offers to create an unknown partner with its type, then opens step 1", async () => {
    const partnerForm = formOf(await anna.say("kooperation", "neu Grundschule am Park"));
    expect(partnerForm.formId).toBe("kooperation:partner");
    expect(partnerForm.inputs.find((i) => i.id === "name")?.initial).toBe("Grundschule am Park");
    expect(partnerForm.inputs.find((i) => i.id === "type")?.options?.map((o) => o.label)).toContain("Hort");

    const bad = await anna.submit("kooperation:partner", { name: "X", type: "castle" });
    expect(bad).toEqual({
      kind: "formErrors",
      errors: { name: expect.stringContaining("2 bis 80"), type: "Bitte wähle die Art der Einrichtung." },
    });

    const first = stepOf(
      await anna.submit("kooperation:partner", { name: "Grundschule am Park", type: "school" }),
    );
    expect(first.step).toBe(1);
    expect(first.form.title).toBe("Kooperation · 1/6");
    expect(first.form.intro).toContain("Was ist der HzE-Auftrag?");
    expect(first.form.intro).toContain("Eine gute Antwort nennt");
    expect(first.form.submitLabel).toBe("Weiter");
    expect(first.form.actions?.map((a) => [a.label, a.actionId])).toEqual([
      ["Später fortsetzen", "kooperation:later"],
    ]);
    const partner = await (await scoped()).findPartnerByName("grundschule am park");
    expect(partner?.type).toBe("school");

    // A second "neu" leads back to the open one instead of starting a duplicate.
    const again = await bernd.say("kooperation", "neu Grundschule am Park");
    expect(replyText(again)).toContain(
      "gibt es schon eine Kooperation (Entwurf, zuletzt bei Schritt 1 von 6)",
    );
    expect(replyText(again)).toContain("[Fortsetzen]");
  });

  it("saves each step at once, can be left after step 3 and resumed by another member", async () => {
    const first = await anna.say("kooperation", "fortsetzen Grundschule am Park");
    const fourth = await answer(anna, first, [1, 2, 3]);
    const { id, step, form } = stepOf(fourth);
    expect(step).toBe(4);
    expect(form.actions?.map((a) => a.label)).toEqual(["Zurück", "Später fortsetzen"]);
    expect(form.intro).toContain(
      "Schritt 4 von 6: Welchen Part übernimmt die Schule? Was trägt sie dazu bei?",
    );

    const store = await scoped();
    expect([...(await store.currentAnswers(id)).keys()]).toEqual([1, 2, 3]);
    expect((await store.findCooperation(id))?.status).toBe("in_progress");

    const closed = await anna.click("kooperation:later", form.state);
    expect(closed.kind).toBe("closeForm");
    expect(replyText(closed)).toContain("Weiter geht es bei Schritt 4 von 6");

    // Bernd picks it up days later: the step comes from the database, not from Anna's form.
    const resumed = stepOf(await bernd.say("/Kooperation", "fortsetzen grundschule am park"));
    expect(resumed).toMatchObject({ id, step: 4 });
    const done = await answer(bernd, { kind: "form", form: resumed.form }, [4, 5, 6]);
    expect(done.kind).toBe("closeForm");
    expect(replyText(done)).toContain("Die Checkliste für „Grundschule am Park“ ist vollständig");
    if (done.kind !== "closeForm" || done.then?.kind !== "message") throw new Error("expected a message");
    const buttons = done.then.elements.flatMap((e) =>
      e.type === "actions" ? e.buttons.map((b) => b.actionId) : [],
    );
    expect(buttons).toEqual(["kooperation:agree", "kooperation:show", "kooperation:export"]);

    const history = await store.answerHistory(id);
    expect(history.map((h) => [h.step, h.answeredByName])).toEqual([
      [1, "Anna"],
      [2, "Anna"],
      [3, "Anna"],
      [4, "Bernd"],
      [5, "Bernd"],
      [6, "Bernd"],
    ]);
    const coop = await store.findCooperation(id);
    expect(coop).toMatchObject({ startsOn: "2026-12-01", endsOn: "2027-07-31", reviewOn: "2027-03-01" });
  });

  it("goes back, shows the saved answer, and keeps old and new answer in the history", async () => {
    const resumed = stepOf(await anna.say("kooperation", "fortsetzen Grundschule am Park"));
    const backTo = stepOf(await anna.click("kooperation:back", `${resumed.id}:3`));
    expect(backTo.step).toBe(2);
    expect(backTo.form.inputs[0]?.initial).toBe(TEXTS[2]);
    expect(backTo.form.intro).toContain("Zuletzt beantwortet von Anna am 25.11.2026, 11:00");
    const store = await scoped();
    expect((await store.findCooperation(resumed.id))?.currentStep).toBe(2);

    const changed = "Elternberatung in der Schule und eine Elterngruppe zum Thema Medien.";
    const third = stepOf(await bernd.submit("kooperation:step", { answer: changed }, backTo.form.state));
    expect(third.step).toBe(3);
    expect(third.form.inputs[0]?.initial).toBe(TEXTS[3]);

    const shown = replyText(await bernd.say("kooperation", "zeigen Grundschule am Park"));
    expect(shown).toContain("Kooperation mit Grundschule am Park (Schule)");
    expect(shown).toContain(changed);
    expect(shown).toContain("beantwortet von Bernd am 25.11.2026, 11:00");
    expect(shown).toContain("Alle sechs Schritte sind beantwortet.");
    // The history holds both versions of step 2, each with who and when.
    expect(shown).toContain("25.11.2026, 11:00 · Anna · Schritt 2");
    expect(shown).toContain("25.11.2026, 11:00 · Bernd · Schritt 2");
    expect(shown).toContain(TEXTS[2]);
    const history = (await store.answerHistory(resumed.id)).filter((h) => h.step === 2);
    expect(history.map((h) => [h.answeredByName, h.answer.text])).toEqual([
      ["Anna", TEXTS[2]],
      ["Bernd", changed],
    ]);
  });

  it("validates every step in German, keyed by input, and saves nothing invalid", async () => {
    const first = stepOf(await startNew(anna, "Kita Sonnenschein", "kita"));
    const state = (step: number) => `${first.id}:${step}`;
    expect(await anna.submit("kooperation:step", { answer: "  kurz " }, state(1))).toEqual({
      kind: "formErrors",
      errors: { answer: "Bitte beschreib das in ein, zwei Sätzen (mindestens 10 Zeichen)." },
    });
    const timeline = (values: Record<string, string>) => anna.submit("kooperation:step", values, state(5));
    expect(await timeline({ startsOn: "2027-02-01", endsOn: "2027-01-01", reviewOn: "" })).toEqual({
      kind: "formErrors",
      errors: { endsOn: "Das Ende liegt vor dem Beginn.", reviewOn: "Bitte gib ein Datum an." },
    });
    expect(await timeline({ startsOn: "31.02.2027", endsOn: "2027-13-01", reviewOn: "2026-11-25" })).toEqual({
      kind: "formErrors",
      errors: {
        startsOn: expect.stringContaining("kein gültiges Datum"),
        endsOn: expect.stringContaining("kein gültiges Datum"),
        reviewOn: "Der Überprüfungstermin muss nach heute liegen.",
      },
    });
    expect(await timeline({ startsOn: "01.12.2026", endsOn: "31.03.2027", reviewOn: "2027-06-01" })).toEqual({
      kind: "formErrors",
      errors: { reviewOn: expect.stringContaining("nach dem Ende") },
    });
    expect(await timeline({ startsOn: "2027-01-10", endsOn: "2027-03-31", reviewOn: "2026-12-20" })).toEqual({
      kind: "formErrors",
      errors: { reviewOn: "Der Überprüfungstermin liegt vor dem Beginn." },
    });
    // Free text alone is not enough for step 6: both confirmations are explicit.
    expect(
      await anna.submit("kooperation:step", { roles: "Wir teilen uns die Arbeit gut auf." }, state(6)),
    ).toEqual({
      kind: "formErrors",
      errors: {
        noCare: expect.stringContaining("keine Betreuung"),
        rolesAgreed: "Bitte bestätige, dass die Rollen abgesprochen sind.",
      },
    });
    expect(
      await anna.submit("kooperation:step", { noCare: ["true"], rolesAgreed: "false", roles: "" }, state(6)),
    ).toEqual({
      kind: "formErrors",
      errors: { rolesAgreed: expect.any(String), roles: expect.stringContaining("mindestens 10 Zeichen") },
    });
    expect(await (await scoped()).answerHistory(first.id)).toEqual([]);

    // German dates typed by hand are accepted and stored as days.
    const next = stepOf(
      await timeline({ startsOn: "1.12.2026", endsOn: "31.07.2027", reviewOn: "01.03.2027" }),
    );
    expect(next.step).toBe(6);
    expect((await (await scoped()).currentAnswers(first.id)).get(5)?.answer).toEqual({
      startsOn: "2026-12-01",
      endsOn: "2027-07-31",
      reviewOn: "2027-03-01",
    });
  });

  it("flags personal data in free text instead of saving it", async () => {
    const coop = await (await scoped()).findPartnerByName("Kita Sonnenschein");
    const open = await (await scoped()).openCooperationWith(coop?.id ?? 0);
    const state = `${open?.id}:1`;
    const before = (await (await scoped()).answerHistory(open?.id ?? 0)).length;
    const mail = await anna.submit(
      "kooperation:step",
      { answer: "Absprache mit der Mutter, erreichbar unter eltern@example.org" },
      state,
    );
    expect(mail).toEqual({
      kind: "formErrors",
      errors: { answer: expect.stringContaining("E-Mail-Adresse") },
    });
    const birth = await anna.submit(
      "kooperation:step",
      {
        noCare: true,
        rolesAgreed: true,
        roles: "EHS begleitet Müller, Anna (geb. 03.04.2015) in der Gruppe.",
      },
      `${open?.id}:6`,
    );
    expect(birth.kind).toBe("formErrors");
    if (birth.kind === "formErrors") expect(birth.errors.roles).toContain("Geburtsdatum oder Alter");
    expect((await (await scoped()).answerHistory(open?.id ?? 0)).length).toBe(before);
    // An unknown partner's name is guarded as well.
    const partnerForm = formOf(await anna.say("kooperation", "neu Familie Meier"));
    expect(
      await anna.submit("kooperation:partner", { name: "Meier, Anna", type: "other" }, partnerForm.state),
    ).toEqual({ kind: "formErrors", errors: { name: expect.stringContaining("Name einer Person") } });
  });

  it("lets a false alarm through with a reason, and never a date of birth", async () => {
    const partner = await (await scoped()).findPartnerByName("Kita Sonnenschein");
    const open = await (await scoped()).openCooperationWith(partner?.id ?? 0);
    const state = `${open?.id}:1`;
    // Still a false alarm: nothing in the text says the number is the Kita's ("Kita-Leitung, Frau …, Tel. … im
    // Büro" no longer is one).
    const answer = "Frau Okafor übernimmt die Elternabende, Tel. 0761 201 4455.";
    const asked = await anna.submit("kooperation:step", { answer }, state);
    // The step comes back with what was typed and a reason field; nothing is saved yet.
    const form = formOf(asked);
    expect(form.inputs.map((i) => i.id)).toEqual(["answer", "privacyReason"]);
    expect(form.inputs[0]?.initial).toBe(answer);
    expect(form.intro).toContain("Fehlalarm");
    expect((await (await scoped()).currentAnswers(open?.id ?? 0)).get(1)).toBeUndefined();

    expect(await anna.submit("kooperation:step", { answer, privacyReason: "Büro" }, state)).toEqual({
      kind: "formErrors",
      errors: { privacyReason: k.errors.reasonTooShort },
    });
    const reason = "Das ist die Dienstnummer der Kita-Leitung, keine Familie.";
    const next = await anna.submit("kooperation:step", { answer, privacyReason: reason }, state);
    expect(formOf(next).title).toBe(k.formTitle(2));
    const saved = (await (await scoped()).currentAnswers(open?.id ?? 0)).get(1)?.answer;
    expect(saved).toEqual({ text: answer, privacyOverride: reason });
    const audit = (await (await scoped()).auditTrail()).find(
      (e) => e.action === "cooperation.privacy_override",
    );
    expect(audit?.details).toEqual({ cooperationId: open?.id, step: 1, kinds: expect.any(Array) });
    expect(JSON.stringify(audit)).not.toContain("Okafor");

    // A date of birth is never a false alarm: no reason field, the error stays.
    const birth = await anna.submit(
      "kooperation:step",
      { answer: "Wir begleiten ein Mädchen, geb. 14.9.2016, in der Gruppe.", privacyReason: reason },
      state,
    );
    expect(birth.kind).toBe("formErrors");
  });

  it("keeps tenants apart: names, buttons and form state of another team lead nowhere", async () => {
    const store = await scoped();
    const partner = await store.findPartnerByName("Grundschule am Park");
    const coop = await store.openCooperationWith(partner?.id ?? 0);
    const stranger = cmd.as("eve", { tenant: "T-other", name: "Eve" });
    expect(replyText(await stranger.say("kooperation", "fortsetzen Grundschule am Park"))).toBe(
      "Einen Partner „Grundschule am Park“ kenne ich nicht.",
    );
    expect(replyText(await stranger.say("kooperation", "liste"))).toContain("Keine Kooperationen gefunden");
    const id = String(coop?.id);
    for (const reply of [
      await stranger.submit("kooperation:step", valuesFor(1), `${id}:1`),
      await stranger.click("kooperation:show", id),
      await stranger.click("kooperation:export", id),
      await stranger.click("kooperation:back", `${id}:2`),
      await stranger.click("kooperation:end", id),
      await stranger.click("kooperation:extend", id),
    ]) {
      expect(replyText(reply)).toBe("Diese Schaltfläche ist nicht mehr gültig. Bitte starte den Befehl neu.");
    }
    expect((await store.answerHistory(coop?.id ?? 0)).every((h) => h.answeredByName !== "Eve")).toBe(true);
    expect((await store.findCooperation(coop?.id ?? 0))?.status).not.toBe("ended");
  });

  it("answers malformed state, unknown words and missing names in German", async () => {
    expect(replyText(await anna.submit("kooperation:step", valuesFor(1), "7:9"))).toContain(
      "nicht mehr gültig",
    );
    expect(replyText(await anna.submit("kooperation:step", valuesFor(1)))).toContain("nicht mehr gültig");
    expect(replyText(await anna.click("kooperation:resume", "abc"))).toContain("nicht mehr gültig");
    expect(replyText(await anna.say("kooperation", "neu"))).toBe(
      "So geht’s: „kooperation neu Grundschule am Park“.",
    );
    expect(replyText(await anna.say("kooperation", "fortsetzen"))).toContain("So geht’s");
    expect(replyText(await anna.say("kooperation", "fortsetzen Gibtsnicht"))).toBe(
      "Einen Partner „Gibtsnicht“ kenne ich nicht.",
    );
    expect(replyText(await anna.say("kooperation", "quatsch"))).toContain(
      "„kooperation quatsch“ kenne ich nicht.",
    );
    expect(replyText(await anna.say("kooperation", "hilfe"))).toContain("kooperation neu <Partner>");
  });
});
