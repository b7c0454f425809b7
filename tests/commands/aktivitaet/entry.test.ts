// Quick entry, confirmation buttons and the time zone, through the neutral command layer (the privacy guard and
// the form in entry-guard-form.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeDraft } from "../../../src/commands/aktivitaet/draft.js";
import { MAX_QUICK_LENGTH } from "../../../src/commands/aktivitaet/parse/quick.js";
import type { Reply } from "../../../src/conversation/reply.js";
import {
  buttonLabeled,
  buttons,
  caller,
  click,
  confirmButtons,
  fieldsOf,
  formOf,
  initialValues,
  openWorld,
  run,
  savedId,
  seedTeam,
  storeOf,
  submit,
  type Team,
  TODAY,
  textOf,
  type World,
} from "./support.js";

let w: World;
let team: Team;
beforeAll(async () => {
  w = await openWorld();
  team = await seedTeam(w, "T-entry");
});
afterAll(async () => {
  await w.close();
});

const count = async (tenant = "T-entry") => (await storeOf(w, tenant)).countActivities({});

describe("a tenant without districts", () => {
  it("explains how an admin creates one, and tells the admin to do it", async () => {
    const admin = caller("T-empty", "first");
    const member = caller("T-empty", "second");
    const forAdmin = await run(w, admin, "2h Elterncafé #projekt");
    expect(textOf(forAdmin)).toContain("sozialraum neu");
    expect(textOf(forAdmin)).toContain("Du bist Admin");
    const forMember = await run(w, member, "");
    expect(forMember.kind).toBe("message");
    expect(textOf(forMember)).toContain("sozialraum neu <Name>");
    expect(textOf(forMember)).not.toContain("Du bist Admin");
    expect(await (await storeOf(w, "T-empty")).listDistricts()).toEqual([]);
  });
});

describe("quick entry", () => {
  it("shows what it understood and saves it on Speichern", async () => {
    const confirm = await run(w, team.member, "gestern 90 min Runder Tisch Jugend #gremium 12 TN");
    const fields = fieldsOf(confirm);
    expect(fields).toContainEqual({ label: "Datum", value: "24.11.2026" });
    expect(fields).toContainEqual({ label: "Dauer", value: "1,5 Std." });
    expect(fields).toContainEqual({ label: "Titel", value: "Runder Tisch Jugend" });
    expect(fields).toContainEqual({ label: "Sozialraum", value: "Nordstadt (Standard)" });
    expect(confirmButtons(confirm).map((b) => b.label)).toEqual(["Speichern", "Bearbeiten", "Verwerfen"]);
    const save = buttonLabeled(confirm, "Speichern");
    expect(save.actionId).toBe("aktivitaet:save");
    expect((save.value ?? "").length).toBeLessThanOrEqual(2000);
    expect(await count()).toBe(0);

    const saved = await click(w, team.member, save);
    expect(saved.kind === "message" && saved.replaceOriginal).toBe(true);
    expect(textOf(saved)).toMatch(/Gespeichert: Aktivität Nr\. \d+/);
    const row = await (await storeOf(w, "T-entry")).getActivity(savedId(saved));
    expect(row).toMatchObject({
      occurredOn: "2026-11-24",
      minutes: 90,
      title: "Runder Tisch Jugend",
      focus: "networks",
      level: "case_independent",
      role: "contributed",
      participants: 12,
      districtId: team.districtId,
    });
  });

  it("saves one activity when Speichern is tapped twice, and two for two separate entries", async () => {
    const before = await count();
    const confirm = await run(w, team.member, "gestern 1h Flyer verteilen #flyer +Doppelklick-Verein");
    const save = buttonLabeled(confirm, "Speichern");
    const [first, second] = await Promise.all([click(w, team.member, save), click(w, team.member, save)]);
    expect(savedId(first)).toBe(savedId(second));
    expect(await count()).toBe(before + 1);
    const store = await storeOf(w, "T-entry");
    expect((await store.listPartners()).filter((p) => p.name === "Doppelklick-Verein")).toHaveLength(1);

    // A second entry of the same title, district and day is asked about first, then saved on request.
    const same = await run(w, team.member, "gestern 1h Flyer verteilen #flyer +Doppelklick-Verein");
    const question = await click(w, team.member, buttonLabeled(same, "Speichern"));
    expect(textOf(question)).toContain(`Das sieht aus wie Nr. ${savedId(first)} vom 24.11.2026`);
    expect(await count()).toBe(before + 1);
    const third = await click(w, team.member, buttonLabeled(question, "Trotzdem speichern"));
    expect(savedId(third)).not.toBe(savedId(first));
    expect(await count()).toBe(before + 2);
  });

  it("marks uncertain fields as flagged and creates a new partner with the activity", async () => {
    const confirm = await run(w, team.member, "1h Elterncafé @Suedstadt +Familienzentrum_Süd");
    const fields = fieldsOf(confirm);
    expect(fields.find((f) => f.label === "Ansatzpunkt")).toMatchObject({ flagged: true });
    expect(fields.find((f) => f.label === "Kooperationspartner")).toMatchObject({ flagged: true });
    expect(textOf(confirm)).toContain("wird beim Speichern neu angelegt");
    const saved = await click(w, team.member, buttonLabeled(confirm, "Speichern"));
    expect(textOf(saved)).toContain("Familienzentrum Süd");
    const store = await storeOf(w, "T-entry");
    const partner = await store.findPartnerByName("Familienzentrum Süd");
    expect(partner?.type).toBe("kita");
    const again = await run(w, team.member, "1h Elterncafé @Südstadt #projekt +familienzentrum süd");
    expect(fieldsOf(again).find((f) => f.label === "Kooperationspartner")?.value).toBe("Familienzentrum Süd");
  });

  it("offers no Speichern while something is missing, and says what to change", async () => {
    const before = await count();
    const confirm = await run(w, team.member, "Elterncafé @Atlantis");
    expect(buttons(confirm).map((b) => b.label)).toEqual(["Bearbeiten", "Verwerfen"]);
    const t = textOf(confirm);
    expect(t).toContain("Die Dauer fehlt");
    expect(t).toContain("Den Sozialraum „Atlantis“ kenne ich nicht. Bekannt sind: Nordstadt, Südstadt.");
    // A forged Speichern with the incomplete state is refused too.
    const forged = await click(w, team.member, {
      ...buttonLabeled(confirm, "Bearbeiten"),
      actionId: "aktivitaet:save",
    });
    expect(textOf(forged)).toContain("So kann ich noch nicht speichern");
    expect(await count()).toBe(before);
  });

  it("opens the form prefilled on Bearbeiten and saves the submission", async () => {
    const confirm = await run(w, team.member, "Montag 2h Schulkooperation #schule");
    const form = formOf(await click(w, team.member, buttonLabeled(confirm, "Bearbeiten")));
    expect(form.formId).toBe("aktivitaet:form");
    const values = initialValues(form);
    expect(values).toMatchObject({
      date: "2026-11-23",
      duration: "120 min",
      title: "Schulkooperation",
      focus: "cooperation",
      district: String(team.districtId),
    });
    const done = await submit(w, team.member, form, {
      ...values,
      title: "Schulkooperation Sozialtraining",
      participants: "18",
    });
    expect(done.kind).toBe("closeForm");
    expect(textOf(done)).toContain("Gespeichert");
    const row = await (await storeOf(w, "T-entry")).getActivity(savedId(done));
    expect(row).toMatchObject({
      title: "Schulkooperation Sozialtraining",
      participants: 18,
      occurredOn: "2026-11-23",
    });
  });

  it("saves nothing on Verwerfen", async () => {
    const before = await count();
    const confirm = await run(w, team.member, "2h Elterncafé #projekt");
    const discarded = await click(w, team.member, buttonLabeled(confirm, "Verwerfen"));
    expect(textOf(discarded)).toContain("nichts gespeichert");
    expect(await count()).toBe(before);
  });

  it("refuses malformed, forged and overlong input in German", async () => {
    for (const value of [
      undefined,
      "",
      "{",
      "[]",
      '{"d":"2026-02-31"}',
      '{"zz":1}',
      "x".repeat(2001),
      '{"s":-1}',
    ]) {
      const r = await click(w, team.member, {
        label: "Speichern",
        actionId: "aktivitaet:save",
        ...(value === undefined ? {} : { value }),
      });
      expect(textOf(r)).toMatch(/nicht mehr gültig|noch nicht speichern/);
    }
    const unknown = await click(w, team.member, { label: "x", actionId: "aktivitaet:frobnicate" });
    expect(textOf(unknown)).toContain("nicht mehr gültig");
    const long = await run(w, team.member, `2h ${"Elterncafé ".repeat(60)}`);
    expect(textOf(long)).toContain("zu lang");
    expect(textOf(long)).toContain("Formular");
  });

  it("keeps the button state within Slack's 2000 characters for the longest accepted entry", async () => {
    const partners = Array.from({ length: 6 }, (_, i) => `+"Ö${"ü".repeat(30)}${i}"`).join(" ");
    const line = `2h ${"Ä".repeat(200)} #projekt ${partners} Zielgruppe: Eltern, Kinder`;
    expect(line.length).toBeLessThanOrEqual(MAX_QUICK_LENGTH);
    const confirm = await run(w, team.member, line);
    expect(confirmButtons(confirm).map((b) => b.label)).toEqual(["Speichern", "Bearbeiten", "Verwerfen"]);
    for (const b of buttons(confirm)) expect((b.value ?? "").length).toBeLessThanOrEqual(2000);
    // Characters that JSON escapes six-fold would not fit: refused with a pointer to the form.
    const many = Array.from({ length: 25 }, (_, i) => `+"\u0002${i}"`).join(" ");
    const hostile = await run(w, team.member, `2h ${"\u0001".repeat(200)} #projekt ${many}`);
    expect(textOf(hostile)).toContain("zu umfangreich");
    expect(buttons(hostile)).toEqual([]);
  });

  it("cannot save into another tenant's district or with its partners", async () => {
    const other = await seedTeam(w, "T-entry-b");
    const foreignPartner = await (await storeOf(w, "T-entry-b")).createPartner("Fremdschule", "school");
    const intoDistrict = encodeDraft({
      occurredOn: TODAY,
      minutes: 60,
      title: "X",
      districtId: other.districtId,
      level: "case_independent",
      focus: "projects",
      role: "contributed",
      partnerIds: [],
      newPartners: [],
      goals: [],
      targetGroups: [],
      notes: "",
    });
    const withPartner = encodeDraft({
      occurredOn: TODAY,
      minutes: 60,
      title: "X",
      districtId: team.districtId,
      level: "case_independent",
      focus: "projects",
      role: "contributed",
      partnerIds: [foreignPartner.id],
      newPartners: [],
      goals: [],
      targetGroups: [],
      notes: "",
    });
    const before = await count();
    expect(
      textOf(
        await click(w, team.member, { label: "s", actionId: "aktivitaet:save", value: intoDistrict ?? "" }),
      ),
    ).toContain("Sozialraum gibt es nicht mehr");
    expect(
      textOf(
        await click(w, team.member, { label: "s", actionId: "aktivitaet:save", value: withPartner ?? "" }),
      ),
    ).toContain("nicht mehr vorhanden");
    expect(await count()).toBe(before);
    expect(await count("T-entry-b")).toBe(0);
  });
});

describe("time zone and atomicity", () => {
  it("takes 'today' in the caller's time zone", async () => {
    w.clock.set("2026-11-25T23:30:00Z"); // already 26 November in Berlin
    try {
      const confirm = await run(w, team.member, "1h Elterncafé #projekt");
      expect(fieldsOf(confirm)).toContainEqual({ label: "Datum", value: "26.11.2026 (Standard)" });
    } finally {
      w.clock.set("2026-11-25T10:00:00Z");
    }
  });

  it("saves each click whole or not at all when two saves race for the same new partner", async () => {
    const before = await count();
    const confirm = await run(w, team.member, '2h Planungstreffen #infrastruktur +"Initiative Wettlauf"');
    const save = buttonLabeled(confirm, "Speichern");
    const replies = await Promise.all([click(w, team.member, save), click(w, team.other, save)]);
    // The same confirmation saves once: both clicks are answered with that one activity.
    expect(replies.map((r) => savedId(r))).toEqual([
      savedId(replies[0] as Reply),
      savedId(replies[0] as Reply),
    ]);
    expect(await count()).toBe(before + 1);
    const store = await storeOf(w, "T-entry");
    expect((await store.listPartners()).filter((p) => p.name === "Initiative Wettlauf")).toHaveLength(1);
  });
});
