// Slack: the committee modal checks each field as it is answered. A block action from the open modal is acked
// at once, and the German verdict appears directly under that field by views.update (with the view's hash).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { gremium, rhythm } from "../../../src/commands/messages/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import type { RecordedCall } from "../../support/fake-slack.js";
import { type Harness, payloadBody, postSigned, slashBody, startHarness, TEAM, USER } from "./harness.js";

type Block = Record<string, unknown> & { type: string; block_id?: string };
interface View {
  callback_id: string;
  private_metadata: string;
  title: Record<string, unknown>;
  blocks: Block[];
}
type Values = Record<string, Record<string, Record<string, unknown>>>;

let db: TestDatabase;
let h: Harness;
let opened: View;
let hashes = 0;

beforeAll(async () => {
  db = await openTestDatabase();
  h = await startHarness(db.database);
  await postSigned(h.app.url, slashBody("/sozialraum", "neu Nordstadt", h.fake.responseUrl("district")));
  await h.fake.waitFor("response_url", (c) => c.path.endsWith("district"));
  await postSigned(h.app.url, slashBody("/gremium", "neu", h.fake.responseUrl("form")));
  opened = (await h.fake.waitFor("views.open")).args.view as View;
});
afterAll(async () => {
  await h?.close();
  await db?.close();
});
beforeEach(() => h.fake.reset());

/** What the user has typed so far, as Slack sends the view's state with every block action. */
const typed = (o: { name?: string; rhythm?: string; time?: string; firstDate?: string }): Values => ({
  name: { name: { type: "plain_text_input", value: o.name ?? "Runder Tisch Süd" } },
  rhythm: { rhythm: { type: "plain_text_input", value: o.rhythm ?? null } },
  time: { time: { type: "timepicker", selected_time: o.time ?? "18:00" } },
  firstDate: { firstDate: { type: "datepicker", selected_date: o.firstDate ?? null } },
});

/** The block action Slack posts when a field of the open modal is answered (Enter, a choice). */
function fieldAction(view: View, values: Values, field: string, element: Record<string, unknown>) {
  return {
    type: "block_actions",
    api_app_id: "A0001",
    team: { id: TEAM, domain: "testteam" },
    user: { id: USER, team_id: TEAM, name: "fachkraft" },
    trigger_id: "1337.45.mnop",
    container: { type: "view", view_id: "V0FORM" },
    view: {
      ...view,
      id: "V0FORM",
      type: "modal",
      team_id: TEAM,
      hash: `hash-${++hashes}`,
      state: { values },
    },
    actions: [{ action_id: field, block_id: field, action_ts: `1700000100.${hashes}`, ...element }],
  };
}

/** Posts the action and returns Slack's answer time and the views.update the app then makes. */
async function answer(view: View, values: Values, field: string, element: Record<string, unknown>) {
  const payload = fieldAction(view, values, field, element);
  const started = performance.now();
  const res = await postSigned(h.app.url, payloadBody(payload));
  const ackMs = performance.now() - started;
  expect(res.status).toBe(200);
  const update = await h.fake.waitFor("views.update", (c) => c.args.hash === payload.view.hash);
  expect(update.args.view_id).toBe("V0FORM");
  expect(update.args.hash).toBe(payload.view.hash);
  return { ackMs, update, view: update.args.view as View };
}

/** The line directly under a field, if the app put one there. */
function lineUnder(view: View, field: string): string | undefined {
  const at = view.blocks.findIndex((b) => b.block_id === field);
  expect(at).toBeGreaterThanOrEqual(0);
  const next = view.blocks[at + 1];
  if (next?.type !== "context" || next.block_id !== `${field}~check`) return undefined;
  return (next.elements as { text: string }[])[0]?.text;
}

const element = (view: View, field: string) =>
  (view.blocks.find((b) => b.block_id === field) as unknown as { element: Record<string, unknown> }).element;

describe("committee modal, field by field", () => {
  it("renders text fields that dispatch on Enter and pickers on choice, but not the multi-selects", () => {
    const block = (id: string) => opened.blocks.find((b) => b.block_id === id);
    expect(block("rhythm")).toMatchObject({
      dispatch_action: true,
      element: { dispatch_action_config: { trigger_actions_on: ["on_enter_pressed"] } },
    });
    for (const id of ["name", "type", "districtId", "time", "firstDate", "duration"])
      expect(block(id)?.dispatch_action, id).toBe(true);
    expect(block("leads")?.dispatch_action).toBeUndefined();
    expect(block("attendees")?.dispatch_action).toBeUndefined();
  });

  it("shows the German error under a rhythm it cannot read, then the rule and next dates once it reads", async () => {
    const bad = await answer(opened, typed({ rhythm: "jeden zweiten Blumentag" }), "rhythm", {
      type: "plain_text_input",
      value: "jeden zweiten Blumentag",
    });
    expect(bad.ackMs).toBeLessThan(1_000);
    expect(lineUnder(bad.view, "rhythm")).toBe(`⚠️ ${rhythm.unknown("jeden zweiten Blumentag")}`);
    // What the user typed stays, in every field; the modal is the same form.
    expect(element(bad.view, "rhythm").initial_value).toBe("jeden zweiten Blumentag");
    expect(element(bad.view, "name").initial_value).toBe("Runder Tisch Süd");
    expect(bad.view.callback_id).toBe(opened.callback_id);
    expect(bad.view.private_metadata).toBe(opened.private_metadata);

    const good = await answer(bad.view, typed({ rhythm: "jeden 2. Dienstag im Monat" }), "rhythm", {
      type: "plain_text_input",
      value: "jeden 2. Dienstag im Monat",
    });
    const note = lineUnder(good.view, "rhythm") ?? "";
    expect(note).not.toContain("⚠️");
    expect(note).toMatch(/^Verstanden: jeden 2\. Dienstag im Monat, 18:00 Uhr\. Nächste Termine: /);
    expect(note.match(/Di, \d{2}\.\d{2}\.\d{4}, 18:00 Uhr/g)).toHaveLength(3);
    expect(JSON.stringify(good.view.blocks)).not.toContain("Blumentag");

    // A later time says the rhythm's dates again, at that time.
    const later = await answer(
      good.view,
      typed({ rhythm: "jeden 2. Dienstag im Monat", time: "19:30" }),
      "time",
      { type: "timepicker", selected_time: "19:30" },
    );
    expect(lineUnder(later.view, "time")).toBeUndefined();
    expect(lineUnder(later.view, "rhythm")).toMatch(/19:30 Uhr\. Nächste Termine: Di, .*19:30 Uhr/);
    expect(later.view.blocks.filter((b) => b.block_id === "rhythm~check")).toHaveLength(1);
  });

  it("refuses an impossible time and first date under their fields, and lets them go once fixed", async () => {
    const badTime = await answer(opened, typed({ time: "25:00" }), "time", {
      type: "timepicker",
      selected_time: "25:00",
    });
    expect(lineUnder(badTime.view, "time")).toBe(`⚠️ ${gremium.errors.time}`);

    const badDay = await answer(
      badTime.view,
      typed({ time: "25:00", firstDate: "2027-02-30" }),
      "firstDate",
      {
        type: "datepicker",
        selected_date: "2027-02-30",
      },
    );
    expect(lineUnder(badDay.view, "firstDate")).toBe(`⚠️ ${gremium.errors.date}`);
    // The time's error stays where it was: only the checked field's line changes.
    expect(lineUnder(badDay.view, "time")).toBe(`⚠️ ${gremium.errors.time}`);

    const fixed = await answer(badDay.view, typed({ time: "25:00", firstDate: "2027-02-26" }), "firstDate", {
      type: "datepicker",
      selected_date: "2027-02-26",
    });
    expect(lineUnder(fixed.view, "firstDate")).toBeUndefined();
    expect(element(fixed.view, "firstDate").initial_date).toBe("2027-02-26");
  });

  it("saves nothing and sends no message while checking; a modal changed meanwhile is left alone", async () => {
    h.fake.failNext("views.update", { status: 200, body: { ok: false, error: "hash_conflict" } });
    const payload = fieldAction(opened, typed({ rhythm: "montags" }), "rhythm", {
      type: "plain_text_input",
      value: "montags",
    });
    expect((await postSigned(h.app.url, payloadBody(payload))).status).toBe(200);
    const refused: RecordedCall = await h.fake.waitFor("views.update");
    expect(refused.args.hash).toBe(payload.view.hash);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.callsTo("views.update")).toHaveLength(1);
    expect(h.fake.calls.filter((c) => c.method.startsWith("chat.") || c.method === "response_url")).toEqual(
      [],
    );
    const tenant = await h.app.store.ensureTenant("slack", TEAM);
    expect(await h.app.store.forTenant(tenant.id).findCommitteeByName("Runder Tisch Süd")).toBeUndefined();
  });

  it("refuses a field action from a view without its state with 400", async () => {
    const payload = fieldAction(opened, typed({}), "rhythm", { type: "plain_text_input", value: "x" });
    delete (payload.view as { state?: unknown }).state;
    expect((await postSigned(h.app.url, payloadBody(payload))).status).toBe(400);
    expect(h.fake.callsTo("views.update")).toHaveLength(0);
  });
});
