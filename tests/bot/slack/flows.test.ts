// Modal, button, file and ack-timing flows over HTTP; a scripted family stands in where real families lack forms.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Ctx } from "../../../src/commands/context.js";
import { defineFamily } from "../../../src/commands/family.js";
import { createRegistry, FAMILIES } from "../../../src/commands/registry.js";
import type { CommandInput, SubmitInput } from "../../../src/conversation/input.js";
import { button, message, type Reply, text } from "../../../src/conversation/reply.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import {
  buttonPayload,
  CHANNEL,
  type Harness,
  payloadBody,
  postSigned,
  slashBody,
  startHarness,
  USER,
  viewSubmissionPayload,
} from "./harness.js";

/** One handler for every input, as the scripted family below answers. */
type Handler = (input: CommandInput, ctx: Ctx) => Promise<Reply>;

/** The scripted family answers like a real one would, and writes through the tenant store. */
const FAMILY = "kooperation" as const;
const seen: Parameters<Handler>[0][] = [];

const scripted: Handler = async (input, ctx): Promise<Reply> => {
  seen.push(input);
  if (input.type === "command" && input.text === "formular") {
    return {
      kind: "form",
      form: {
        formId: `${FAMILY}:step1`,
        title: "Kooperation vorbereiten – ein sehr langer Titel",
        submitLabel: "Weiter",
        state: "coop:7",
        intro: "Schritt 1 von 6",
        inputs: [
          {
            id: "mandate",
            kind: "textarea",
            label: "Was ist der HzE-Auftrag?",
            required: true,
            maxLength: 500,
          },
          { id: "start", kind: "date", label: "Beginn", initial: "2026-12-01" },
          {
            id: "partner",
            kind: "select",
            label: "Partner",
            options: Array.from({ length: 130 }, (_, i) => ({ value: `p${i}`, label: `Schule ${i}` })),
            initial: "p3",
          },
          {
            id: "goals",
            kind: "multiselect",
            label: "Ziele",
            options: [{ value: "prevention", label: "Prävention" }],
          },
          { id: "noCare", kind: "checkbox", label: "Keine Betreuung durch die EHS", required: true },
          { id: "hours", kind: "number", label: "Stunden", min: 0, max: 40 },
        ],
      },
    };
  }
  if (input.type === "command" && input.text === "export") {
    return {
      kind: "file",
      filename: "aktivitaeten.csv",
      mimeType: "text/csv",
      content: new TextEncoder().encode("Datum;Titel\n2026-11-20;Elterncafé\n"),
      comment: "Hier ist dein Export.",
    };
  }
  if (input.type === "command" && input.text === "knopf") {
    return message([
      text("Entwurf"),
      {
        type: "actions",
        buttons: [
          button("Speichern", `${FAMILY}:save`, "42", "primary"),
          button("Verwerfen", `${FAMILY}:save`, "43", "danger"),
        ],
      },
    ]);
  }
  if (input.type === "action" && input.actionId === `${FAMILY}:save`) {
    await ctx.store.createDistrict(`Gespeichert ${input.value}`);
    return {
      kind: "message",
      visibility: "private",
      elements: [text(`Gespeichert ${input.value}`)],
      replaceOriginal: true,
    };
  }
  if (input.type === "submit" && input.formId === `${FAMILY}:step1`) {
    if (!input.values.mandate)
      return { kind: "formErrors", errors: { mandate: "Bitte beschreib den Auftrag." } };
    if (input.values.noCare !== true)
      return {
        kind: "form",
        form: {
          formId: `${FAMILY}:step2`,
          title: "Schritt 2",
          submitLabel: "Fertig",
          inputs: [{ id: "x", kind: "text", label: "X" }],
          state: input.state ?? "",
        },
      };
    await ctx.store.createDistrict(`Aus Formular ${String(input.values.start)}`);
    // biome-ignore lint/suspicious/noThenProperty: "then" is the neutral model's follow-up message, not a thenable
    return { kind: "closeForm", then: message([text(`Gespeichert: ${input.state}`)]) };
  }
  return message([text("?")]);
};

/** The scripted handler, declared as a family in place of the real one; one test swaps it for a moment. */
let current: Handler = scripted;
const ids = (...names: string[]) => names.map((n) => `${FAMILY}:${n}`);
const asAction =
  (actionId: string) =>
  (value: string | undefined, ctx: Parameters<Handler>[1]): Promise<Reply> =>
    current({ type: "action", actionId, ...(value === undefined ? {} : { value }) }, ctx);
const scriptedFamily = defineFamily({
  name: FAMILY,
  title: FAMILY,
  summary: "Skript",
  slack: { slash: `/${FAMILY}`, description: "Skript" },
  subcommands: [],
  bare: (ctx) => current({ type: "command", family: FAMILY, text: "" }, ctx),
  otherwise: (line, ctx) => current({ type: "command", family: FAMILY, text: line }, ctx),
  actions: Object.fromEntries(ids("save", "other").map((id) => [id, asAction(id)])),
  forms: Object.fromEntries(
    ids("step1", "step2", "back").map((id) => [
      id,
      (s: SubmitInput, ctx: Parameters<Handler>[1]) => current(s, ctx),
    ]),
  ),
});
const registry = createRegistry(FAMILIES.map((f) => (f.name === FAMILY ? scriptedFamily : f)));

let db: TestDatabase;
let h: Harness;

beforeAll(async () => {
  db = await openTestDatabase();
  h = await startHarness(db.database, {}, { registry });
});

afterAll(async () => {
  await h?.close();
  await db?.close();
});

beforeEach(() => {
  h.fake.reset();
  seen.length = 0;
});

async function tenantStore() {
  const tenant = await h.app.store.ensureTenant("slack", "T0001");
  return h.app.store.forTenant(tenant.id);
}

describe("forms as modals", () => {
  it("opens a modal with views.open and the trigger id, state and channel in private_metadata", async () => {
    const url = h.fake.responseUrl("form");
    const res = await postSigned(h.app.url, slashBody(`/${FAMILY}`, "formular", url));
    expect(res.status).toBe(200);
    const opened = await h.fake.waitFor("views.open");
    expect(opened.args.trigger_id).toBe("1337.42.abcd");
    const view = opened.args.view as Record<string, unknown> & { blocks: Record<string, unknown>[] };
    expect(view.callback_id).toBe(`${FAMILY}:step1`);
    expect((view.title as { text: string }).text.length).toBeLessThanOrEqual(24);
    const meta = JSON.parse(String(view.private_metadata)) as Record<string, string>;
    expect(meta).toMatchObject({ s: "coop:7", c: CHANNEL, r: url });
    const select = view.blocks.find((b) => b.block_id === "partner") as {
      element: { options: unknown[] };
      hint: { text: string };
    };
    expect(select.element.options).toHaveLength(100);
    expect(select.hint.text).toContain("100 von 130");
  });

  it("shows field errors with response_action errors, in German", async () => {
    const body = payloadBody(
      viewSubmissionPayload({
        callbackId: `${FAMILY}:step1`,
        privateMetadata: JSON.stringify({ s: "coop:7", c: CHANNEL }),
        values: { mandate: { mandate: { type: "plain_text_input", value: null } } },
      }),
    );
    const res = await postSigned(h.app.url, body);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      response_action: "errors",
      errors: { mandate: "Bitte beschreib den Auftrag." },
    });
  });

  it("moves to the next step with response_action update, keeping the state", async () => {
    const body = payloadBody(
      viewSubmissionPayload({
        callbackId: `${FAMILY}:step1`,
        privateMetadata: JSON.stringify({ s: "coop:7", c: CHANNEL }),
        values: {
          mandate: { mandate: { type: "plain_text_input", value: "Elternarbeit" } },
          noCare: { noCare: { type: "checkboxes", selected_options: [] } },
        },
      }),
    );
    const res = await postSigned(h.app.url, body);
    const answer = (await res.json()) as {
      response_action: string;
      view: { callback_id: string; private_metadata: string };
    };
    expect(answer.response_action).toBe("update");
    expect(answer.view.callback_id).toBe(`${FAMILY}:step2`);
    expect(JSON.parse(answer.view.private_metadata)).toMatchObject({ s: "coop:7", c: CHANNEL });
  });

  it("closes on success, translates every input kind, saves, and answers ephemerally", async () => {
    const url = h.fake.responseUrl("closed");
    const body = payloadBody(
      viewSubmissionPayload({
        callbackId: `${FAMILY}:step1`,
        privateMetadata: JSON.stringify({ s: "coop:7", c: CHANNEL, r: url }),
        values: {
          mandate: { mandate: { type: "plain_text_input", value: "Elternarbeit" } },
          start: { start: { type: "datepicker", selected_date: "2026-12-01" } },
          partner: { partner: { type: "static_select", selected_option: { value: "p3" } } },
          goals: { goals: { type: "multi_static_select", selected_options: [{ value: "prevention" }] } },
          noCare: { noCare: { type: "checkboxes", selected_options: [{ value: "true" }] } },
          hours: { hours: { type: "number_input", value: "3" } },
        },
      }),
    );
    const res = await postSigned(h.app.url, body);
    expect(await res.json()).toEqual({ response_action: "clear" });
    const submitted = seen.find((s) => s.type === "submit");
    expect(submitted).toEqual({
      type: "submit",
      formId: `${FAMILY}:step1`,
      state: "coop:7",
      // The submission as Slack names it (view id and hash), for writes that must happen once.
      requestKey: "view:V0VIEW:h1",
      values: {
        mandate: "Elternarbeit",
        start: "2026-12-01",
        partner: "p3",
        goals: ["prevention"],
        noCare: true,
        hours: "3",
      },
    });
    const answer = await h.fake.waitFor("response_url", (c) => c.path.endsWith("closed"));
    expect(answer.args.response_type).toBe("ephemeral");
    expect(answer.args.text).toBe("Gespeichert: coop:7");
    expect(await (await tenantStore()).findDistrictByName("Aus Formular 2026-12-01")).toBeDefined();
  });
});

describe("buttons", () => {
  it("renders duplicate action ids uniquely and routes a click back to the family", async () => {
    const url = h.fake.responseUrl("buttons");
    await postSigned(h.app.url, slashBody(`/${FAMILY}`, "knopf", url));
    const shown = await h.fake.waitFor("response_url", (c) => c.path.endsWith("buttons"));
    const ids = JSON.stringify(shown.args.blocks).match(/"action_id":"[^"]+"/g);
    expect(ids).toEqual([`"action_id":"${FAMILY}:save"`, `"action_id":"${FAMILY}:save~1"`]);

    const clickUrl = h.fake.responseUrl("click");
    const res = await postSigned(h.app.url, payloadBody(buttonPayload(`${FAMILY}:save~1`, "43", clickUrl)));
    expect(res.status).toBe(200);
    const replaced = await h.fake.waitFor("response_url", (c) => c.path.endsWith("click"));
    expect(replaced.args.replace_original).toBe(true);
    expect(seen).toContainEqual({ type: "action", actionId: `${FAMILY}:save`, value: "43" });
    expect(await (await tenantStore()).findDistrictByName("Gespeichert 43")).toBeDefined();
  });

  it("updates the open modal when a form comes back from a click inside it", async () => {
    const payload = buttonPayload(`${FAMILY}:other`, "1", "", {
      container: { type: "view", view_id: "V0MODAL" },
      view: {
        id: "V0MODAL",
        type: "modal",
        callback_id: `${FAMILY}:step1`,
        private_metadata: JSON.stringify({ c: CHANNEL }),
        state: { values: {} },
      },
    });
    delete (payload as { response_url?: string }).response_url;
    delete (payload as { channel?: unknown }).channel;
    current = async (input) =>
      input.type === "action"
        ? { kind: "form", form: { formId: `${FAMILY}:back`, title: "Zurück", submitLabel: "OK", inputs: [] } }
        : message([]);
    try {
      await postSigned(h.app.url, payloadBody(payload));
      const updated = await h.fake.waitFor("views.update");
      expect(updated.args.view_id).toBe("V0MODAL");
      expect((updated.args.view as { callback_id: string }).callback_id).toBe(`${FAMILY}:back`);
    } finally {
      current = scripted;
    }
  });
});

describe("files", () => {
  it("uploads a CSV into the user's DM with the files.uploadV2 flow", async () => {
    await postSigned(h.app.url, slashBody(`/${FAMILY}`, "export", h.fake.responseUrl()));
    const completed = await h.fake.waitFor("files.completeUploadExternal");
    expect(h.fake.callsTo("conversations.open")[0]?.args.users).toBe(USER);
    const asked = h.fake.callsTo("files.getUploadURLExternal")[0];
    expect(asked?.args.filename).toBe("aktivitaeten.csv");
    const uploaded = h.fake.callsTo("upload")[0];
    expect(uploaded?.bytes?.toString("utf8")).toBe("Datum;Titel\n2026-11-20;Elterncafé\n");
    expect(completed.args.channel_id).toBe("D0AAA");
    expect(completed.args.initial_comment).toBe("Hier ist dein Export.");
  });
});

describe("acknowledgement", () => {
  it("acks a slash command while the database is blocked, and answers once it is free", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked: () => void = () => {};
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    // Holds an exclusive lock on the tenant tables (and, on PGlite, the single connection) until released.
    const blocker = db.database.db.transaction(async (tx) => {
      await tx.execute(sql`lock table tenants, members in access exclusive mode`);
      locked();
      await gate;
    });
    await isLocked;
    try {
      const url = h.fake.responseUrl("blocked");
      const started = performance.now();
      const res = await postSigned(h.app.url, slashBody("/sozialraum", "liste", url));
      const ackMs = performance.now() - started;
      expect(res.status).toBe(200);
      expect(ackMs).toBeLessThan(1_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(h.fake.callsTo("response_url")).toHaveLength(0);
      release();
      await blocker;
      const answer = await h.fake.waitFor("response_url", (c) => c.path.endsWith("blocked"));
      expect(answer.args.response_type).toBe("ephemeral");
    } finally {
      release();
      await blocker.catch(() => {});
    }
  });
});
