// Teams: the committee form checks a field on „Prüfen“ before saving. The card comes back in place with what was
// typed, the German error under that field, or the rule in words with its next three dates; nothing is saved.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { cardBytes } from "../../../src/bot/teams/render.js";
import { gremium, rhythm, teams } from "../../../src/commands/messages/index.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { cardOf, personal, postActivity, TENANT, textsOf } from "./activities.js";

type Node = Record<string, unknown>;
type Card = NonNullable<ReturnType<typeof cardOf>>;

let t: TestDatabase;
let app: RunningApp;
let fake: FakeConnector;
let form: Card;

const o = () => ({ serviceUrl: fake.url });

beforeAll(async () => {
  t = await openTestDatabase();
  fake = await startFakeConnector();
  app = await startApp(loadConfig({ PORT: "0", TEAMS_LOCAL_MODE: "true" }), createLogger("silent"), {
    database: t.database,
    host: "127.0.0.1",
  });
  await postActivity(app.url, personal(o(), { text: "sozialraum neu Nordstadt" }));
  await fake.waitFor("reply", 1);
  await postActivity(app.url, personal(o(), { text: "gremium neu" }));
  const card = cardOf((await fake.waitFor("reply", 2))[1]?.body);
  if (!card) throw new Error("no committee form card");
  form = card;
});
afterAll(async () => {
  await app?.close();
  await fake?.close();
  await t?.close();
});
beforeEach(() => fake.reset());

const input = (card: Card, id: string) => card.body.find((e) => e.id === `in_${id}`);

/** The check button under a field: an Action.Submit whose data names that field. */
function checkButton(card: Card, field: string): Node | undefined {
  for (const el of card.body)
    for (const a of (el.actions ?? []) as Node[])
      if ((a.data as { check?: string } | undefined)?.check === field) return a;
  return undefined;
}

/** The text blocks after a field's input, up to the next input: hint, verdict. */
function under(card: Card, field: string): Node[] {
  const at = card.body.findIndex((e) => e.id === `in_${field}`);
  const rest = card.body.slice(at + 1);
  const next = rest.findIndex((e) => String(e.type).startsWith("Input."));
  return rest.slice(0, next < 0 ? undefined : next).filter((e) => e.type === "TextBlock");
}

/** Presses „Prüfen“ under `field` with these answers, as Teams posts it, and returns the card put in place. */
async function check(card: Card, field: string, answers: Record<string, string>): Promise<Card> {
  const data = checkButton(card, field)?.data as Node;
  expect(data).toBeDefined();
  const value = {
    ...data,
    in_name: "Runder Tisch Süd",
    in_type: "district_committee",
    in_part: "attend",
    in_time: "18:00",
    in_duration: "120",
    ...Object.fromEntries(Object.entries(answers).map(([k, v]) => [`in_${k}`, v])),
  };
  const before = fake.ok("update").length;
  const res = await postActivity(app.url, personal(o(), { replyToId: "form-card-1", value }));
  expect(res.status).toBe(200);
  const update = (await fake.waitFor("update", before + 1))[before];
  expect(update?.activityId).toBe("form-card-1");
  const again = cardOf(update?.body);
  if (!again) throw new Error("no card in the update");
  return again;
}

describe("committee form on Teams, field by field", () => {
  it("has a „Prüfen“ under the words fields and client-side checks with German messages", () => {
    expect(checkButton(form, "rhythm")?.title).toBe(teams.checkField);
    expect(checkButton(form, "name")).toBeDefined();
    expect(checkButton(form, "time")).toBeUndefined();
    // The card carries its form, so a check can redraw it in place.
    expect((checkButton(form, "rhythm")?.data as { form?: unknown } | undefined)?.form).toBeDefined();
    expect(cardBytes(form as never)).toBeLessThan(24_000);
    expect(input(form, "rhythm")).toMatchObject({
      isRequired: true,
      errorMessage: teams.required,
      maxLength: 300,
    });
    expect(input(form, "duration")).toMatchObject({
      type: "Input.Number",
      isRequired: true,
      min: 5,
      max: 1440,
      errorMessage: teams.numberRange(5, 1440),
    });
  });

  it("shows the German error under a rhythm it cannot read, then the rule and the next three dates", async () => {
    const bad = await check(form, "rhythm", { rhythm: "jeden zweiten Blumentag" });
    expect(input(bad, "rhythm")?.value).toBe("jeden zweiten Blumentag");
    expect(input(bad, "name")?.value).toBe("Runder Tisch Süd");
    const error = under(bad, "rhythm").find((b) => b.color === "Attention");
    expect(error?.text).toBe(rhythm.unknown("jeden zweiten Blumentag"));
    expect(textsOf(bad)).toContain(teams.formHasErrors);

    const good = await check(bad, "rhythm", { rhythm: "jeden 2. Dienstag im Monat", time: "17:30" });
    expect(under(good, "rhythm").some((b) => b.color === "Attention")).toBe(false);
    expect(textsOf(good)).not.toContain(teams.formHasErrors);
    const note = String(under(good, "rhythm").find((b) => b.color === "Good")?.text);
    expect(note).toMatch(/^Verstanden: jeden 2\. Dienstag im Monat, 17:30 Uhr\. Nächste Termine: /);
    expect(note.match(/Di, \d{2}\.\d{2}\.\d{4}, 17:30 Uhr/g)).toHaveLength(3);
    expect(input(good, "time")?.value).toBe("17:30");
  });

  it("confirms a fine name in German, refuses a taken one under the field, and saves nothing", async () => {
    const fine = await check(form, "name", { name: "Runder Tisch Süd" });
    expect(under(fine, "name").map((b) => b.text)).toContain(teams.fieldOk);

    await postActivity(
      app.url,
      personal(o(), { text: "gremium neu Stadtteilrunde jeden 1. Montag im Monat 17 Uhr @Nordstadt" }),
    );
    const [shown] = await fake.waitFor("reply", 1);
    const save = (cardOf(shown?.body)?.body ?? [])
      .flatMap((e) => (e.actions ?? []) as Node[])
      .find((a) => a.title === gremium.setup.save);
    await postActivity(app.url, personal(o(), { replyToId: "setup-card", value: save?.data }));
    await fake.waitFor("update", 2);
    const taken = await check(form, "name", { name: "Stadtteilrunde" });
    expect(under(taken, "name").find((b) => b.color === "Attention")?.text).toBe(gremium.errors.nameTaken);

    const tenant = await app.store.ensureTenant("teams", TENANT);
    const names = (await app.store.forTenant(tenant.id).listCommittees()).map((c) => c.name);
    expect(names).toEqual(["Stadtteilrunde"]);
  });
});
