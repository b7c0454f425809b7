// The gremium family through the command layer: form, list, next meetings, cancel, move, edit, archive.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gremium } from "../../../src/commands/messages/index.js";
import { berlin } from "../../scheduler/support.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { committeeValues, expectKind, team } from "./support.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
beforeAll(async () => {
  t = await openTestDatabase();
  cmd = commandLayerFor(t.store, "2026-11-25T10:00:00Z"); // a Wednesday
});
afterAll(async () => {
  await t.close();
});

describe("gremium neu", () => {
  it("refuses client data in a committee's name or place, naming only its kind", async () => {
    const { anna, district, store } = await team(t, cmd, "T-g-privacy");
    const refused = expectKind(
      await anna.submit(
        "gremium:save",
        committeeValues(district.id, { name: "Hilfeplan Fam. Yilmaz", location: "Hausbesuch Lindenstr. 12" }),
        "new",
      ),
      "formErrors",
    );
    expect(Object.keys(refused.errors).sort()).toEqual(["location", "name"]);
    expect(refused.errors.name).toContain("Familienname");
    expect(JSON.stringify(refused.errors)).not.toMatch(/Yilmaz|Lindenstr/);
    expect(await store.findCommitteeByName("Hilfeplan Fam. Yilmaz")).toBeUndefined();
  });

  it("asks for a Sozialraum first when there is none", async () => {
    const solo = cmd.as("zoe", { tenant: "T-g-empty" });
    expect(replyText(await solo.say("gremium", "neu"))).toContain("sozialraum neu");
  });

  it("opens the form with the name filled in when a line names no rhythm", async () => {
    const { anna } = await team(t, cmd, "T-g-name-only");
    const form = expectKind(await anna.say("gremium", "neu Runder Tisch Süd"), "form").form;
    expect(form.inputs.find((i) => i.id === "name")?.initial).toBe("Runder Tisch Süd");
    expect(form.inputs.find((i) => i.id === "rhythm")?.initial).toBeUndefined();
  });

  it("opens the form, rejects bad input in German and saves a monthly committee", async () => {
    const { anna, store, district, annaId, benId } = await team(t, cmd, "T-g-new");
    const form = expectKind(await anna.say("gremium", "neu"), "form").form;
    expect(form.formId).toBe("gremium:save");
    expect(form.inputs.map((i) => i.id)).toEqual([
      "name",
      "type",
      "districtId",
      "part",
      "rhythm",
      "time",
      "firstDate",
      "duration",
      "location",
      "channelId",
      "leads",
      "attendees",
    ]);
    expect(form.inputs.find((i) => i.id === "channelId")?.initial).toBe("C-general");
    // Channels by name, not as raw ids: the district's channel and the one the form was opened in.
    expect(form.inputs.find((i) => i.id === "channelId")?.options).toEqual([
      { value: "-", label: "Kanal des Sozialraums" },
      { value: "C-nord", label: "Kanal von Nordstadt" },
      { value: "C-general", label: "Dieser Kanal" },
    ]);
    expect(form.inputs.find((i) => i.id === "leads")?.initial).toEqual(["10080", "1440"]);

    const bad = expectKind(
      await anna.submit(
        "gremium:save",
        committeeValues(district.id, { name: "", time: "25:00", duration: "2" }),
        "new",
      ),
      "formErrors",
    );
    expect(bad.errors).toEqual({
      name: "Bitte ausfüllen.",
      time: "Bitte eine Uhrzeit wie 18:00 angeben.",
      duration: "Bitte eine Dauer zwischen 5 und 1440 Minuten angeben.",
    });

    const saved = await anna.submit(
      "gremium:save",
      committeeValues(district.id, { attendees: [String(annaId), String(benId)] }),
      "new",
    );
    expect(saved.kind).toBe("closeForm");
    // 8 December 2026 is the 2nd Tuesday: "jeden 2. Dienstag im Monat".
    expect(replyText(saved)).toBe(
      "Gremium „Runder Tisch Nord“ ist gespeichert. Nächste Sitzung: Di, 08.12.2026, 18:00 Uhr.",
    );
    const committee = await store.findCommitteeByName("runder tisch nord");
    expect(committee?.recurrence).toBe("FREQ=MONTHLY;BYDAY=+2TU");
    expect(committee?.firstStartsAt).toEqual(berlin(2026, 12, 8, 18));
    expect(committee?.reminderLeadMinutes).toEqual([10080, 1440]);
    expect((await store.usualAttendees(committee?.id ?? 0)).sort()).toEqual([annaId, benId].sort());
    expect((await store.listJobs("committee.plan")).map((j) => j.status)).toEqual(["pending"]);

    const again = expectKind(
      await anna.submit("gremium:save", committeeValues(district.id), "new"),
      "formErrors",
    );
    expect(again.errors.name).toBe("Ein Gremium mit diesem Namen gibt es schon.");
  });

  it("answers attendees and reminder choices that are no numbers with a German field error", async () => {
    const { anna, district } = await team(t, cmd, "T-g-nan");
    const answer = expectKind(
      await anna.submit(
        "gremium:save",
        committeeValues(district.id, { name: "AG Zahlen", attendees: ["Anna"], leads: ["bald"] }),
        "new",
      ),
      "formErrors",
    );
    expect(answer.errors).toEqual({ leads: gremium.errors.choice, attendees: gremium.errors.choice });
  });
});

describe("liste, nächste, absagen, verschieben, bearbeiten, archivieren", () => {
  it("manages meetings end to end", async () => {
    const { anna, ben, store, district } = await team(t, cmd, "T-g-flow");
    const sued = await store.createDistrict("Südstadt");
    // Ben creates it: as its owner he may cancel and move its meetings (roles.test.ts covers who may not).
    await ben.submit("gremium:save", committeeValues(district.id), "new");
    // A weekly Friday meeting in Südstadt: 25 December is a public holiday in Baden-Württemberg.
    await anna.submit(
      "gremium:save",
      committeeValues(sued.id, {
        name: "AG Jugend",
        type: "working_group",
        part: "attend",
        firstDate: "2026-11-27",
        time: "10:00",
        recurrence: "weekly",
        duration: "90",
      }),
      "new",
    );

    const list = replyText(await ben.say("gremium", "liste"));
    expect(list).toContain("AG Jugend");
    expect(list).toContain(
      "Arbeitsgruppe · Südstadt · Teilnahme · nächste Sitzung: Fr, 27.11.2026, 10:00 Uhr",
    );
    expect(list).toContain(
      "Runder Tisch · Nordstadt · Koordination/Moderation · nächste Sitzung: Di, 08.12.2026, 18:00 Uhr",
    );

    const next = replyText(await ben.say("gremium", "nächste 6"));
    expect(next.split("\n").filter((l) => / – /.test(l))).toEqual([
      "Fr, 27.11.2026, 10:00 Uhr – AG Jugend",
      "Fr, 04.12.2026, 10:00 Uhr – AG Jugend",
      "Di, 08.12.2026, 18:00 Uhr – Runder Tisch Nord",
      "Fr, 11.12.2026, 10:00 Uhr – AG Jugend",
      "Fr, 18.12.2026, 10:00 Uhr – AG Jugend",
      "Fr, 25.12.2026, 10:00 Uhr – AG Jugend",
    ]);
    expect(next).toContain("Achtung: Feiertag (1. Weihnachtstag)");
    expect(next).toContain("Bisher hat niemand aus dem Team zugesagt.");
    const nord = replyText(await ben.say("gremium", "naechste Nordstadt"));
    expect(nord).not.toContain("AG Jugend");
    expect(nord).toContain("Di, 12.01.2027, 18:00 Uhr – Runder Tisch Nord");
    expect(replyText(await ben.say("gremium", "nächste Atlantis"))).toBe(
      "Einen Sozialraum „Atlantis“ finde ich nicht.",
    );

    expect(replyText(await ben.say("gremium", "absagen Runder Tisch Nord 08.12.2026"))).toBe(
      "Die Sitzung „Runder Tisch Nord“ am 08.12.2026 ist abgesagt. Erinnerungen entfallen.",
    );
    expect(replyText(await ben.say("gremium", "absagen runder tisch nord 8.12.26"))).toBe(
      "Die Sitzung „Runder Tisch Nord“ am 08.12.2026 ist bereits abgesagt.",
    );
    expect(replyText(await ben.say("gremium", "absagen Runder Tisch Nord 09.12.2026"))).toBe(
      "Am 09.12.2026 hat „Runder Tisch Nord“ keine Sitzung.",
    );
    expect(replyText(await ben.say("gremium", "absagen Runder Tisch Nord"))).toContain(
      "Bitte nenne Gremium und Datum",
    );
    expect(replyText(await ben.say("gremium", "absagen Gibtsnicht 08.12.2026"))).toContain("finde ich nicht");

    expect(
      replyText(await ben.say("gremium", "verschieben Runder Tisch Nord 12.01.2027 14.01.2027 19:30 Uhr")),
    ).toBe(
      "Die Sitzung „Runder Tisch Nord“ vom Di, 12.01.2027, 18:00 Uhr ist verschoben auf Do, 14.01.2027, 19:30 Uhr.",
    );
    expect(replyText(await ben.say("gremium", "verschieben Runder Tisch Nord 09.02.2027 17:00"))).toBe(
      "Die Sitzung „Runder Tisch Nord“ vom Di, 09.02.2027, 18:00 Uhr ist verschoben auf Di, 09.02.2027, 17:00 Uhr.",
    );
    // The moved meeting is found again by its new day, e.g. to cancel it.
    const nordAfter = replyText(await ben.say("gremium", "nächste Nordstadt"));
    expect(nordAfter).toContain("Di, 08.12.2026, 18:00 Uhr – Runder Tisch Nord");
    expect(nordAfter).toContain("abgesagt");
    expect(nordAfter).toContain("Do, 14.01.2027, 19:30 Uhr – Runder Tisch Nord");
    expect(nordAfter).toContain("verschoben (ursprünglich Di, 12.01.2027, 18:00 Uhr)");
    expect(replyText(await ben.say("gremium", "absagen Runder Tisch Nord 14.01.2027"))).toContain(
      "am 14.01.2027 ist abgesagt",
    );
    expect(replyText(await ben.say("gremium", "verschieben Runder Tisch Nord 09.03.2027 01.01.2020"))).toBe(
      "Der neue Termin liegt in der Vergangenheit.",
    );

    const edit = expectKind(await anna.say("gremium", "bearbeiten Runder Tisch Nord"), "form").form;
    expect(edit.state).toMatch(/^edit:\d+$/);
    const initial = Object.fromEntries(edit.inputs.map((i) => [i.id, i.initial ?? ""]));
    expect(initial).toMatchObject({
      name: "Runder Tisch Nord",
      firstDate: "2026-12-08",
      time: "18:00",
      rhythm: "jeden 2. Dienstag im Monat",
      part: "chair",
    });
    const updated = await anna.submit(
      "gremium:save",
      { ...initial, time: "17:00", rhythm: "am letzten Dienstag im Monat" },
      edit.state,
    );
    expect(replyText(updated)).toBe(
      "Gremium „Runder Tisch Nord“ ist aktualisiert. Nächste Sitzung: Di, 29.12.2026, 17:00 Uhr.",
    );

    expect(replyText(await anna.say("gremium", "archivieren Runder Tisch Nord"))).toContain("ist archiviert");
    expect(replyText(await anna.say("gremium", "liste"))).not.toContain("Runder Tisch Nord");
    expect(replyText(await anna.say("gremium", "bearbeiten Runder Tisch Nord"))).toContain("finde ich nicht");
    expect(replyText(await anna.say("gremium", "quatsch"))).toContain("„gremium quatsch“ kenne ich nicht.");
  });

  it("keeps each tenant's committees to itself", async () => {
    const a = await team(t, cmd, "T-g-iso-a");
    const b = await team(t, cmd, "T-g-iso-b");
    await a.anna.submit("gremium:save", committeeValues(a.district.id, { name: "Geheimes Gremium" }), "new");
    expect(replyText(await b.anna.say("gremium", "liste"))).not.toContain("Geheimes Gremium");
    expect(replyText(await b.anna.say("gremium", "absagen Geheimes Gremium 08.12.2026"))).toContain(
      "finde ich nicht",
    );
    // A district id of another tenant is refused.
    const cross = await b.anna.submit(
      "gremium:save",
      committeeValues(a.district.id, { name: "Fremd" }),
      "new",
    );
    expect(cross.kind).toBe("formErrors");
  });
});
