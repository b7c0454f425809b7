// liste, statistik, export, bearbeiten, löschen and hilfe: permissions, audit and tenant isolation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { switchOnPerPersonFigures } from "../../support/fixtures.js";
import { type ManageWorld, openManageWorld } from "./manage-world.js";
import {
  buttonLabeled,
  buttons,
  click,
  fieldsOf,
  formOf,
  initialValues,
  run,
  storeOf,
  submit,
  type Team,
  textOf,
  type World,
} from "./support.js";

let w: World;
let team: Team;
let rival: Team;
let ids: Record<string, number>;
let memberId: ManageWorld["memberId"];

beforeAll(async () => {
  ({ w, team, rival, ids, memberId } = await openManageWorld());
});
afterAll(async () => {
  await w.close();
});

describe("liste", () => {
  it("shows a member only their own entries, newest first, paged", async () => {
    const r = await run(w, team.member, "liste");
    const t = textOf(r);
    expect(t).toContain("Deine Aktivitäten");
    expect(t).toContain(`Nr. ${ids.mine1} · Elterncafé`);
    expect(t).not.toContain("Telefonat Kita-Leitung");
    expect(t).toContain("Seite 1 von 2 (15 Aktivitäten)");
    const next = await click(w, team.member, buttonLabeled(r, "Weitere anzeigen"));
    expect(textOf(next)).toContain("Seite 2 von 2");
    expect(textOf(next)).toContain("Serie");
    expect(next.kind === "message" && next.replaceOriginal).toBe(true);
    const bad = await click(w, team.member, { label: "x", actionId: "aktivitaet:list", value: "zwei|" });
    expect(textOf(bad)).toContain("nicht mehr gültig");
  });

  it("filters by week, month and district", async () => {
    expect(textOf(await run(w, team.member, "liste woche"))).toMatch(
      /Elterncafé[\s\S]*Seite 1 von 1 \(1 Aktivität\)/,
    );
    const month = textOf(await run(w, team.member, "liste monat"));
    expect(month).toContain("Flyer verteilt");
    expect(month).not.toContain("Runder Tisch");
    const south = textOf(await run(w, team.member, "liste Suedstadt"));
    expect(south).toContain("Flyer verteilt");
    expect(south).not.toContain("Elterncafé");
    expect(textOf(await run(w, team.member, "liste Atlantis"))).toContain(
      "„Atlantis“ verstehe ich hier nicht",
    );
  });

  it("shows a lead the whole team", async () => {
    const t = textOf(await run(w, team.lead, "liste monat"));
    expect(t).toContain("Aktivitäten des Teams");
    expect(t).toContain("Telefonat Kita-Leitung");
    expect(t).toContain("Elterncafé");
  });

  it("treats 'Liste …' with a duration as a quick entry", async () => {
    const r = await run(w, team.member, "Liste für Elternabend 1h #projekt");
    expect(textOf(r)).toContain("Stimmt das so?");
  });
});

describe("statistik", () => {
  it("gives a member their own figures per focus, level and role", async () => {
    const r = await run(w, team.member, "statistik");
    const t = textOf(r);
    expect(t).toContain("Deine Zahlen – November 2026");
    const f = fieldsOf(r);
    expect(f).toContainEqual({ label: "Aktivitäten", value: "2" });
    expect(f).toContainEqual({ label: "Zeit gesamt", value: "2,5 Std." });
    expect(f).toContainEqual({ label: "Sozialraumbezogene Projekte", value: "1,5 Std. (60 %)" });
    expect(f).toContainEqual({ label: "Öffentlichkeitsarbeit", value: "1 Std. (40 %)" });
    expect(t).toContain("Grundschule am Park");
    expect(t).not.toContain("Stadtteilfest");
  });

  it("gives a lead district totals and never names persons", async () => {
    const r = await run(w, team.lead, "statistik quartal");
    const t = textOf(r);
    expect(t).toContain("Zahlen alle Sozialräume – 4. Quartal 2026");
    expect(fieldsOf(r)).toContainEqual({ label: "Aktivitäten", value: "5" });
    expect(t).toContain("Nach Sozialraum");
    expect(fieldsOf(r)).toContainEqual({ label: "Südstadt", value: "5 Std. (56 %)" });
    expect(t).toContain("keine Auswertung nach Personen");
    for (const who of [team.member, team.other, team.lead, team.admin]) expect(t).not.toContain(who.userId);
    const north = await run(w, team.lead, "statistik jahr Nordstadt");
    expect(textOf(north)).toContain("Zahlen Nordstadt – Jahr 2026");
    expect(fieldsOf(north)).toContainEqual({ label: "Aktivitäten", value: "16" });
    expect(textOf(north)).not.toContain("Nach Sozialraum");
  });

  it("answers an empty period and unknown words in German", async () => {
    expect(textOf(await run(w, team.admin, "statistik woche Südstadt"))).toContain("noch keine Aktivitäten");
    expect(textOf(await run(w, team.member, "statistik dekade"))).toContain(
      "„dekade“ verstehe ich hier nicht",
    );
  });
});

describe("export", () => {
  it("refuses members", async () => {
    const r = await run(w, team.member, "export");
    expect(textOf(r)).toBe("Das dürfen nur Teamleitungen und Admins.");
  });

  it("gives a lead a German Excel CSV and audits it with counts only", async () => {
    const r = await run(w, team.lead, "export 1.10.2026 30.11.2026");
    if (r.kind !== "file") throw new Error(`expected a file: ${textOf(r)}`);
    expect(r.filename).toBe("aktivitaeten_2026-10-01_2026-11-30.csv");
    expect(r.mimeType).toContain("text/csv");
    expect([...r.content.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(r.content).replace(/^\uFEFF/, "");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "Nr.;Datum;Dauer (Min.);Dauer (Std.);Titel;Sozialraum;Ebene;Ansatzpunkt;Rolle;Verantwortung von;Verantwortung bis;Kooperationspartner;Ziele;Zielgruppen;Teilnehmende;Notizen",
    );
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(csv).toContain(
      `${ids.mine3};15.10.2026;120;2;Runder Tisch;Nordstadt;fallspezifisch;Vernetzte Strukturen;mitgewirkt;;;Grundschule am Park, TSV Nord;;;;`,
    );
    expect(csv).toContain(
      `;"Stadtteilfest; ""Aufbau""";Südstadt;fallunspezifisch;Sozialraumbezogene Projekte;Durchführungsverantwortung;01.09.2026;31.12.2026;;Prävention, Selbsthilfe stärken;Familien;;`,
    );
    expect(csv).toContain(";1,5;Elterncafé;");
    expect(csv).not.toContain("F-1");
    expect(csv).not.toContain("Geheimprojekt");
    expect(r.comment).toContain("5 Aktivitäten vom 01.10.2026 bis 30.11.2026");
    const [entry] = await (await storeOf(w, "T-m")).auditTrail(1);
    expect(entry).toMatchObject({
      action: "activity.export",
      details: { from: "2026-10-01", to: "2026-11-30", count: 5 },
    });
    expect(JSON.stringify(entry)).not.toContain("Elterncafé");
  });

  it("defaults to the year so far, neutralises formulas, and adds authors only with consent", async () => {
    const store = await storeOf(w, "T-m");
    const r = await run(w, team.admin, "export");
    if (r.kind !== "file") throw new Error("expected a file");
    const csv = new TextDecoder().decode(r.content);
    expect(r.filename).toBe("aktivitaeten_2026-01-01_2026-11-25.csv");
    expect(csv).toContain(`;"'=HYPERLINK(""x"")";`);
    expect(csv.split("\r\n")[0]).not.toContain("Erfasst von");
    await switchOnPerPersonFigures(store);
    const withAuthors = await run(w, team.admin, "export 1.11.2026");
    if (withAuthors.kind !== "file") throw new Error("expected a file");
    const text = new TextDecoder().decode(withAuthors.content);
    expect(text.split("\r\n")[0]).toMatch(/;Erfasst von$/);
    expect(text).toContain(team.other.userId);
    await store.switchOffPerPersonFigures();
  });

  it("answers bad ranges in German", async () => {
    expect(textOf(await run(w, team.lead, "export gestern morgen übermorgen"))).toContain(
      "Zeitraum als Datum",
    );
    expect(textOf(await run(w, team.lead, "export 31.02.2026"))).toContain("Zeitraum als Datum");
    expect(textOf(await run(w, team.lead, "export 1.11.2026 1.10.2026"))).toContain("vor dem Beginn");
  });
});

describe("bearbeiten and löschen", () => {
  it("lets a member edit their own entry and audits the change", async () => {
    const form = formOf(await run(w, team.member, `bearbeiten ${ids.mine2}`));
    expect(form.state).toBe(`e:${ids.mine2}`);
    const values = initialValues(form);
    expect(values).toMatchObject({
      title: "Flyer verteilt",
      duration: "60 min",
      date: "2026-11-02",
      focus: "public_relations",
    });
    const r = await submit(w, team.member, form, {
      ...values,
      title: "Flyer verteilt (Schule)",
      duration: "75",
    });
    expect(textOf(r)).toContain(`Aktivität Nr. ${ids.mine2} ist aktualisiert.`);
    const row = await (await storeOf(w, "T-m")).getActivity(ids.mine2 ?? 0);
    expect(row).toMatchObject({
      title: "Flyer verteilt (Schule)",
      minutes: 75,
      authorId: await memberId("T-m", team.member.userId),
    });
    const [entry] = await (await storeOf(w, "T-m")).auditTrail(1);
    expect(entry).toMatchObject({ action: "activity.update", subject: `activity:${ids.mine2}` });
  });

  it("keeps members out of other people's entries; leads may", async () => {
    expect(textOf(await run(w, team.member, `bearbeiten ${ids.theirs1}`))).toContain("nur deine eigenen");
    expect(textOf(await run(w, team.member, `löschen ${ids.theirs1}`))).toContain("nur deine eigenen");
    const forged = await submit(
      w,
      team.member,
      { formId: "aktivitaet:form", title: "", submitLabel: "", inputs: [], state: `e:${ids.theirs1}` },
      { title: "gekapert" },
    );
    expect(textOf(forged)).toContain("nur deine eigenen");
    expect((await (await storeOf(w, "T-m")).getActivity(ids.theirs1 ?? 0))?.title).toBe(
      "Telefonat Kita-Leitung",
    );
    expect(formOf(await run(w, team.lead, `bearbeiten #${ids.theirs1}`)).state).toBe(`e:${ids.theirs1}`);
  });

  it("deletes softly after confirmation and audits ids only", async () => {
    const question = await run(w, team.member, `loeschen ${ids.mine1}`);
    expect(textOf(question)).toContain(
      `Aktivität Nr. ${ids.mine1} „Elterncafé“ vom 24.11.2026 wirklich löschen?`,
    );
    const cancelled = await click(w, team.member, buttonLabeled(question, "Abbrechen"));
    expect(textOf(cancelled)).toBe("Nicht gelöscht.");
    expect(await (await storeOf(w, "T-m")).getActivity(ids.mine1 ?? 0)).toBeDefined();
    const done = await click(w, team.member, buttonLabeled(question, "Löschen"));
    expect(textOf(done)).toBe(`Aktivität Nr. ${ids.mine1} ist gelöscht.`);
    expect(await (await storeOf(w, "T-m")).getActivity(ids.mine1 ?? 0)).toBeUndefined();
    const [entry] = await (await storeOf(w, "T-m")).auditTrail(1);
    expect(entry).toMatchObject({
      action: "activity.delete",
      subject: `activity:${ids.mine1}`,
      details: { activityId: ids.mine1 },
    });
    expect(textOf(await click(w, team.member, buttonLabeled(question, "Löschen")))).toContain(
      "finde ich nicht",
    );
  });

  it("lets a lead delete any entry of the team", async () => {
    const question = await run(w, team.lead, `löschen ${ids.formula}`);
    await click(w, team.lead, buttonLabeled(question, "Löschen"));
    expect(await (await storeOf(w, "T-m")).getActivity(ids.formula ?? 0)).toBeUndefined();
  });

  it("explains missing or unknown numbers", async () => {
    expect(textOf(await run(w, team.member, "bearbeiten"))).toContain("„aktivitaet bearbeiten 12“");
    expect(textOf(await run(w, team.member, "löschen abc"))).toContain("„aktivitaet löschen 12“");
    expect(textOf(await run(w, team.member, "bearbeiten 999999"))).toContain("Nr. 999999 finde ich nicht");
  });
});

describe("tenant isolation", () => {
  it("never shows, edits or deletes another tenant's activity", async () => {
    expect(textOf(await run(w, team.lead, `bearbeiten ${ids.rival}`))).toContain("finde ich nicht");
    expect(textOf(await run(w, team.admin, `löschen ${ids.rival}`))).toContain("finde ich nicht");
    expect(
      textOf(
        await click(w, team.admin, {
          label: "Löschen",
          actionId: "aktivitaet:delete-confirm",
          value: String(ids.rival),
        }),
      ),
    ).toContain("finde ich nicht");
    expect(textOf(await run(w, team.lead, "liste"))).not.toContain("Geheimprojekt");
    expect(await (await storeOf(w, "T-rival")).getActivity(ids.rival ?? 0)).toBeDefined();
    const rivalList = textOf(await run(w, rival.lead, "liste"));
    expect(rivalList).toContain("Geheimprojekt");
    expect(rivalList).not.toContain("Elterncafé");
  });
});

describe("hilfe", () => {
  it("explains quick entry with examples and the privacy rule", async () => {
    const r = await run(w, team.member, "hilfe");
    const t = textOf(r);
    expect(t).toContain("aktivitaet 2h Elterncafé @Nordstadt #projekt");
    expect(t).toContain("aktivitaet export [von] [bis]");
    expect(t).toContain("Keine Namen, Geburtsdaten");
    expect(buttons(r)).toEqual([]);
  });
});
