// The Ergebnisprotokoll: decisions and tasks through the privacy guard, a reminder for the task's owner on its
// due date, the open task in the digest until „Erledigt“, and a Markdown export for the committee.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
import { JOB_HANDLERS } from "../../../src/commands/registry.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { createScheduler } from "../../../src/scheduler/index.js";
import { berlin, committeeInput, RecordingDeliverer, routerWith, silent } from "../../scheduler/support.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { expectKind, team } from "./support.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
beforeAll(async () => {
  t = await openTestDatabase();
  cmd = commandLayerFor(t.store, "2026-12-02T08:00:00Z");
});
afterAll(async () => {
  await t.close();
});

const buttonsOf = (reply: Reply) =>
  reply.kind === "message" ? reply.elements.flatMap((e) => (e.type === "actions" ? e.buttons : [])) : [];

describe("minutes", () => {
  it("keeps decisions and a task that reminds its owner and stays in the digest until done", async () => {
    const { anna, ben, store, district, tenant, benId } = await team(t, cmd, "T-minutes");
    const committee = await store.createCommittee(
      committeeInput(district.id, { firstStartsAt: berlin(2026, 11, 3, 18) }),
    );
    expect(replyText(await anna.say("gremium", "protokoll Runder Tisch Nord 08.12.2026"))).toBe(
      "Ein Protokoll gibt es erst, wenn die Sitzung begonnen hat.",
    );
    // Without a date: the last meeting (Tuesday 01.12.).
    const form = expectKind(await anna.say("gremium", "protokoll"), "form").form;
    expect(form.intro).toContain("„Runder Tisch Nord“ am 01.12.2026");
    expect(form.inputs.find((i) => i.id === "who1")?.options?.map((o) => o.label)).toEqual(["Anna", "Ben"]);

    // Client data is refused and nothing is kept.
    const blocked = expectKind(
      await anna.submit(
        form.formId,
        { decisions: "Rückruf bei Familie Yilmaz unter 0171 2345678" },
        form.state,
      ),
      "formErrors",
    );
    expect(Object.keys(blocked.errors)).toEqual(["decisions"]);
    expect(blocked.errors.decisions).not.toContain("0171");
    expect((await store.minutesOf(committee.id, berlin(2026, 12, 1, 18))).decisions).toBe("");
    // A task half filled in is asked about.
    const half = expectKind(
      await anna.submit(
        form.formId,
        { decisions: "Stadtteilfest im Juni", what1: "Flyer entwerfen" },
        form.state,
      ),
      "formErrors",
    );
    expect(half.errors).toEqual({
      who1: "Bitte wählen, wer die Aufgabe übernimmt.",
      due1: "Bitte ein Datum angeben, bis wann.",
    });

    const saved = await anna.submit(
      form.formId,
      {
        decisions: "Stadtteilfest im Juni gemeinsam planen.",
        what1: "Flyer entwerfen",
        who1: String(benId),
        due1: "2026-12-10",
      },
      form.state,
    );
    expect(replyText(saved)).toBe(
      "Protokoll für „Runder Tisch Nord“ am 01.12.2026 gespeichert, 1 Aufgabe mit Erinnerung.",
    );

    // The owner is reminded on the due day at 08:00 Berlin, not before.
    const clock = fixedClock("2026-12-02T08:00:00Z");
    const deliverer = new RecordingDeliverer();
    const worker = createScheduler({
      handlers: JOB_HANDLERS,
      store: t.store,
      clock,
      delivery: routerWith(deliverer),
      logger: silent,
    });
    const drain = async () => {
      while ((await worker.tick()) > 0) {}
    };
    const taskReminders = () =>
      deliverer.sent.filter(
        (s) => s.target.tenantId === tenant.id && s.target.idempotencyKey?.startsWith("task:"),
      );
    await drain();
    clock.set("2026-12-10T06:59:00Z");
    await drain();
    expect(taskReminders()).toEqual([]);
    clock.set("2026-12-10T07:00:00Z");
    await drain();
    expect(taskReminders().map((s) => s.target.memberId)).toEqual([benId]);
    const reminder = taskReminders()[0]?.reply as Reply;
    expect(replyText(reminder)).toContain(
      "Aufgabe aus „Runder Tisch Nord“, fällig am 10.12.2026: Flyer entwerfen",
    );
    const [done] = buttonsOf(reminder);
    expect(done?.label).toBe("Erledigt");

    cmd.clock.set("2026-12-11T08:00:00Z");
    const digest = () => anna.say("sozialraum", "digest vorschau Nordstadt").then(replyText);
    expect(await digest()).toContain("Offene Aufgaben aus Gremien\nFlyer entwerfen – Ben, bis 10.12.2026");
    expect(replyText(await ben.click(done?.actionId ?? "", done?.value))).toBe(
      "Erledigt: Flyer entwerfen. Danke!",
    );
    expect(await digest()).not.toContain("Flyer entwerfen");
    expect(replyText(await ben.click(done?.actionId ?? "", done?.value))).toBe(
      "Diese Aufgabe ist schon erledigt.",
    );

    const file = expectKind(
      await anna.say("gremium", "protokoll export Runder Tisch Nord 01.12.2026"),
      "file",
    );
    expect(file.filename).toBe("protokoll_runder-tisch-nord_2026-12-01.md");
    expect(new TextDecoder().decode(file.content)).toBe(
      [
        "# Ergebnisprotokoll: Runder Tisch Nord – 01.12.2026",
        "",
        "## Beschlüsse und Ergebnisse",
        "",
        "Stadtteilfest im Juni gemeinsam planen.",
        "",
        "## Aufgaben",
        "",
        "- Flyer entwerfen – Ben, bis 10.12.2026 (erledigt)",
        "",
      ].join("\n"),
    );
  });

  it("lets a weak hit pass once confirmed, and hides it from the export and the digest", async () => {
    cmd.clock.set("2026-12-02T08:00:00Z");
    const { anna, store, district, annaId } = await team(t, cmd, "T-minutes-weak");
    const committee = await store.createCommittee(
      committeeInput(district.id, { firstStartsAt: berlin(2026, 11, 3, 18) }),
    );
    const form = expectKind(await anna.say("gremium", "protokoll"), "form").form;
    const values = {
      decisions: "Raumfrage geklärt.",
      what1: "Raum in der Hauptstraße 5 anfragen",
      who1: String(annaId),
      due1: "2026-12-20",
    };
    const asked = expectKind(await anna.submit(form.formId, values, form.state), "formErrors");
    expect(Object.keys(asked.errors).sort()).toEqual(["privacyConfirmed", "what1"]);
    expect(asked.errors.what1).toContain("Adresse");
    expect((await store.minutesOf(committee.id, berlin(2026, 12, 1, 18))).tasks).toEqual([]);
    const saved = await anna.submit(form.formId, { ...values, privacyConfirmed: "true" }, form.state);
    expect(replyText(saved)).toContain("gespeichert, 1 Aufgabe mit Erinnerung.");
    // Kept for its owner, hidden from what is shared.
    expect((await store.minutesOf(committee.id, berlin(2026, 12, 1, 18))).tasks[0]?.what).toBe(
      "Raum in der Hauptstraße 5 anfragen",
    );
    const file = expectKind(await anna.say("gremium", "protokoll export"), "file");
    const text = new TextDecoder().decode(file.content);
    expect(text).toContain("- (vertraulicher Text ausgeblendet) – Anna, bis 20.12.2026");
    expect(text).not.toContain("Hauptstraße");
    const digest = replyText(await anna.say("sozialraum", "digest vorschau Nordstadt"));
    expect(digest).toContain("(vertraulicher Text ausgeblendet) – Anna, bis 20.12.2026");
    expect(digest).not.toContain("Hauptstraße");
  });

  it("takes the team's members named in the minutes for colleagues: no question, and shown in the export", async () => {
    cmd.clock.set("2026-12-02T08:00:00Z");
    const { anna, store, district, benId } = await team(t, cmd, "T-minutes-colleagues");
    const committee = await store.createCommittee(
      committeeInput(district.id, { firstStartsAt: berlin(2026, 11, 3, 18) }),
    );
    const form = expectKind(await anna.say("gremium", "protokoll"), "form").form;
    const task = { what1: "Rücksprache mit Anna zur Einladung", who1: String(benId), due1: "2026-12-20" };
    // A name no member goes by is asked about; a member's name with an age is a child's.
    const stranger = expectKind(
      await anna.submit(
        form.formId,
        { decisions: "Lena lädt zum nächsten Treffen ein.", ...task },
        form.state,
      ),
      "formErrors",
    );
    expect(Object.keys(stranger.errors).sort()).toEqual(["decisions", "privacyConfirmed"]);
    const child = expectKind(
      await anna.submit(
        form.formId,
        { decisions: "Ben (8) kommt wieder in den Treff.", ...task },
        form.state,
      ),
      "formErrors",
    );
    expect(Object.keys(child.errors)).toEqual(["decisions"]);

    const saved = await anna.submit(
      form.formId,
      { decisions: "Ben lädt zum nächsten Treffen ein.", ...task },
      form.state,
    );
    expect(replyText(saved)).toContain("gespeichert, 1 Aufgabe mit Erinnerung.");
    expect((await store.minutesOf(committee.id, berlin(2026, 12, 1, 18))).decisions).toBe(
      "Ben lädt zum nächsten Treffen ein.",
    );
    const text = new TextDecoder().decode(
      expectKind(await anna.say("gremium", "protokoll export"), "file").content,
    );
    expect(text).toContain("Ben lädt zum nächsten Treffen ein.");
    expect(text).toContain("- Rücksprache mit Anna zur Einladung – Ben, bis 20.12.2026");
    const digest = replyText(await anna.say("sozialraum", "digest vorschau Nordstadt"));
    expect(digest).toContain("Rücksprache mit Anna zur Einladung – Ben, bis 20.12.2026");
  });
});
