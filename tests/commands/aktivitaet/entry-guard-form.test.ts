// The privacy guard and the form, through the neutral command layer (quick entry in entry.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeDraft, encodeDraft } from "../../../src/commands/aktivitaet/draft.js";
import {
  buttonLabeled,
  buttons,
  click,
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

describe("privacy guard", () => {
  it("refuses a strong hit before parsing, echoes nothing and carries nothing in a button", async () => {
    const before = await count();
    const confirm = await run(w, team.member, "1h Rückruf Mutter 0171 1234567 #kooperation");
    const t = textOf(confirm);
    expect(t).toContain("Achtung Datenschutz");
    expect(t).toContain("eine Telefonnummer");
    expect(t).not.toContain("1234567");
    expect(t).not.toContain("Rückruf");
    expect(buttons(confirm).map((b) => b.label)).toEqual(["Im Formular eingeben"]);
    for (const b of buttons(confirm)) expect(b.value ?? "").not.toContain("1234567");
    const form = formOf(await click(w, team.member, buttonLabeled(confirm, "Im Formular eingeben")));
    expect(initialValues(form).title).toBeUndefined();
    expect(await count()).toBe(before);
  });

  it("never takes a date of birth as the activity's date", async () => {
    const before = await count();
    for (const line of [
      "2h Gespräch Mädchen geb. 14.9.2016 #fall @Nordstadt",
      "1h Hilfeplan, Kind geboren am 3.4.2015",
      "45 min Beratung Junge * 12.5.2014 #fall",
    ]) {
      const reply = await run(w, team.member, line);
      expect(textOf(reply)).toContain("ein Geburtsdatum oder Alter");
      expect(textOf(reply)).not.toMatch(/2016|2015|2014/);
      expect(buttons(reply).some((b) => b.actionId === "aktivitaet:save")).toBe(false);
    }
    expect(await count()).toBe(before);
  });

  it("lets the author confirm a weak hit (an address of a public place)", async () => {
    const before = await count();
    const confirm = await run(w, team.member, "2h Stadtteilfest Marktplatz 1 #projekt");
    expect(textOf(confirm)).toContain("eine Anschrift");
    expect(buttons(confirm).map((b) => b.label)).toEqual(["Trotzdem speichern", "Bearbeiten", "Verwerfen"]);
    // Without the acknowledgement the same draft is refused.
    const plain = decodeDraft(buttonLabeled(confirm, "Bearbeiten").value);
    const refused = await click(w, team.member, {
      label: "s",
      actionId: "aktivitaet:save",
      value:
        encodeDraft(
          plain?.draft ?? { partnerIds: [], newPartners: [], goals: [], targetGroups: [], notes: "" },
        ) ?? "",
    });
    expect(textOf(refused)).toContain("Achtung Datenschutz");
    expect(await count()).toBe(before);
    await click(w, team.member, buttonLabeled(confirm, "Trotzdem speichern"));
    expect(await count()).toBe(before + 1);
  });

  it("puts German errors on the form fields and accepts the confirmation checkbox for weak hits only", async () => {
    const form = formOf(await run(w, team.member, ""));
    const base = { ...initialValues(form), duration: "1h", title: "Elterncafé", focus: "projects" };
    const strong = await submit(w, team.member, form, {
      ...base,
      notes: "Mail an anna.meier@web.de",
      privacyOk: true,
    });
    expect(strong).toEqual({
      kind: "formErrors",
      errors: { notes: expect.stringContaining("eine E-Mail-Adresse") },
    });
    const weak = await submit(w, team.member, form, { ...base, notes: "Treffpunkt Hauptstraße 12" });
    expect(weak.kind).toBe("formErrors");
    expect(weak.kind === "formErrors" && weak.errors.notes).toContain("Häkchen");
    const ok = await submit(w, team.member, form, {
      ...base,
      notes: "Treffpunkt Hauptstraße 12",
      privacyOk: ["true"],
    });
    expect(ok.kind).toBe("closeForm");
  });

  it("accepts only a pseudonymous case reference", async () => {
    const quick = await run(w, team.member, "1h Helferkonferenz #fall:Yilmaz #netzwerk");
    expect(textOf(quick)).toContain("nur ein internes Fallkürzel");
    expect(textOf(quick)).not.toContain("Yilmaz");
    const form = formOf(await run(w, team.member, ""));
    const base = { ...initialValues(form), duration: "45 min", title: "Helferkonferenz", focus: "networks" };
    const byName = await submit(w, team.member, form, { ...base, level: "case_specific", caseRef: "Yilmaz" });
    expect(byName.kind === "formErrors" && byName.errors.caseRef).toContain("Fallkürzel");
    // Another office's file number has the shape of a case code, but the guard knows it is not ours.
    const foreign = await submit(w, team.member, form, {
      ...base,
      level: "case_specific",
      caseRef: "JA-2023-4711",
    });
    expect(foreign.kind === "formErrors" && foreign.errors.caseRef).toContain("Aktenzeichen");
    const wrongLevel = await submit(w, team.member, form, { ...base, caseRef: "F-17" });
    expect(wrongLevel.kind === "formErrors" && wrongLevel.errors.caseRef).toContain("fallspezifisch");
    const ok = await submit(w, team.member, form, { ...base, level: "case_specific", caseRef: "F-2026-017" });
    expect(ok.kind).toBe("closeForm");
    const row = await (await storeOf(w, "T-entry")).getActivity(savedId(ok));
    expect(row).toMatchObject({ caseRef: "F-2026-017", level: "case_specific" });
  });
});

describe("the form", () => {
  it("lists the typed inputs with choices and defaults", async () => {
    const form = formOf(await run(w, team.member, ""));
    const byId = Object.fromEntries(form.inputs.map((i) => [i.id, i]));
    expect(byId.date).toMatchObject({ kind: "date", required: true, initial: TODAY });
    expect(byId.district?.options?.map((o) => o.label)).toEqual(["Nordstadt", "Südstadt"]);
    expect(byId.district?.initial).toBe(String(team.districtId));
    expect(byId.focus?.options).toHaveLength(6);
    expect(byId.role?.options?.map((o) => o.label)).toEqual([
      "angestoßen",
      "mitgewirkt",
      "Durchführungsverantwortung",
    ]);
    expect(byId.goals?.kind).toBe("multiselect");
    expect(byId.participants?.kind).toBe("number");
  });

  it("answers every bad field in German and saves nothing", async () => {
    const before = await count();
    const form = formOf(await run(w, team.member, ""));
    const r = await submit(w, team.member, form, {
      date: "30.02.2026",
      duration: "ewig",
      title: "",
      district: "999999",
      level: "irgendwas",
      focus: "",
      role: "responsible",
      periodStart: "",
      periodEnd: "",
      partners: ["424242"],
      newPartners: "X",
      goals: ["glueck"],
      targetGroups: "a".repeat(61),
      participants: "-3",
      notes: "n".repeat(2001),
    });
    expect(r.kind).toBe("formErrors");
    const errors = r.kind === "formErrors" ? r.errors : {};
    expect(Object.keys(errors).sort()).toEqual(
      [
        "date",
        "duration",
        "title",
        "district",
        "level",
        "focus",
        "periodStart",
        "periodEnd",
        "partners",
        "newPartners",
        "goals",
        "targetGroups",
        "participants",
        "notes",
      ].sort(),
    );
    for (const message of Object.values(errors)) expect(message).toMatch(/[A-ZÄÖÜa-zäöü]/);
    expect(await count()).toBe(before);
  });

  it("requires a period for Durchführungsverantwortung, in order, and only then", async () => {
    const form = formOf(await run(w, team.member, ""));
    const base = { ...initialValues(form), duration: "3h", title: "Ferienprogramm", focus: "projects" };
    const reversed = await submit(w, team.member, form, {
      ...base,
      role: "responsible",
      periodStart: "2026-12-31",
      periodEnd: "2026-09-01",
    });
    expect(reversed.kind === "formErrors" && reversed.errors.periodEnd).toContain("vor dem Beginn");
    const stray = await submit(w, team.member, form, { ...base, periodStart: "2026-09-01" });
    expect(stray.kind === "formErrors" && stray.errors.periodStart).toContain("Durchführungsverantwortung");
    const ok = await submit(w, team.member, form, {
      ...base,
      role: "responsible",
      periodStart: "1.9.2026",
      periodEnd: "31.12.2026",
    });
    expect(ok.kind).toBe("closeForm");
    const row = await (await storeOf(w, "T-entry")).getActivity(savedId(ok));
    expect(row).toMatchObject({ role: "responsible", periodStart: "2026-09-01", periodEnd: "2026-12-31" });
  });

  it("creates new partners from the form with the activity, reusing a name that exists", async () => {
    const form = formOf(await run(w, team.member, ""));
    const r = await submit(w, team.member, form, {
      ...initialValues(form),
      duration: "1h",
      title: "Vernetzungstreffen",
      focus: "networks",
      newPartners: "Bürgerverein Nord\nfamilienzentrum süd",
      newPartnerType: "civic_group",
    });
    expect(r.kind).toBe("closeForm");
    const store = await storeOf(w, "T-entry");
    const partners = (await store.listPartners()).map((p) => p.name);
    expect(partners.filter((n) => n.toLowerCase() === "familienzentrum süd")).toHaveLength(1);
    expect((await store.findPartnerByName("Bürgerverein Nord"))?.type).toBe("civic_group");
  });
});
