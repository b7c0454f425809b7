// Correctly signed but malformed Slack requests get 400 (or Slack's benign 200), never 500; control characters
// in what users type, click or submit are cleaned before anything is stored.
import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import {
  buttonPayload,
  eventBody,
  type Harness,
  payloadBody,
  postSigned,
  slashBody,
  startHarness,
  TEAM,
  USER,
  viewSubmissionPayload,
} from "./harness.js";

let db: TestDatabase;
let h: Harness;
const lines: string[] = [];
/** A marker inside every malformed body: it must never show up in a log line. */
const SECRET_TEXT = "Kevin Mustermann geb. 01.02.2015";

beforeAll(async () => {
  db = await openTestDatabase();
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  h = await startHarness(db.database, {}, {}, createLogger("info", sink));
  await postSigned(h.app.url, slashBody("/sozialraum", "neu Nordstadt", h.fake.responseUrl("setup")));
  await h.fake.waitFor("response_url", (c) => c.path.endsWith("setup"));
});

afterAll(async () => {
  await h?.close();
  await db?.close();
});

beforeEach(() => h.fake.reset());

const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const rawPayload = (payload: string) => form({ payload });
/** Malformed requests must never be answered, so their response_url points nowhere. */
const url = () => "http://127.0.0.1:9/never";
const button = (extra: Record<string, unknown>) => buttonPayload("command:run", "hilfe", url(), extra);
const view = () =>
  viewSubmissionPayload({
    callbackId: "aktivitaet:form",
    values: { title: { title: { type: "plain_text_input", value: SECRET_TEXT } } },
  });
const slash = (extra: Record<string, string>) => slashBody("/aktivitaet", SECRET_TEXT, url(), extra);
const withoutKey = (body: string, key: string) => {
  const params = new URLSearchParams(body);
  params.delete(key);
  return params.toString();
};
const event = (e: Record<string, unknown>) => eventBody({ ...e, note: SECRET_TEXT });

/** Each kind: the body, its content type and the status Slack should see. */
const MALFORMED: { kind: string; body: string; type?: string; status?: number }[] = [
  // The four known 500s.
  { kind: "block_actions without user", body: payloadBody(button({ user: undefined, note: SECRET_TEXT })) },
  { kind: "block_actions with actions: {}", body: payloadBody(button({ actions: {}, note: SECRET_TEXT })) },
  {
    kind: "view_submission without view",
    body: payloadBody({ ...view(), view: undefined, note: SECRET_TEXT }),
  },
  { kind: "payload=null", body: rawPayload("null") },
  // Interactivity payloads.
  { kind: "payload not JSON", body: rawPayload(`{${SECRET_TEXT}`) },
  { kind: "payload an array", body: rawPayload(JSON.stringify([SECRET_TEXT])) },
  { kind: "payload a string", body: rawPayload(JSON.stringify(SECRET_TEXT)) },
  { kind: "payload without type", body: payloadBody({ user: { id: USER }, note: SECRET_TEXT }) },
  { kind: "payload type a number", body: payloadBody({ ...button({}), type: 7 }) },
  { kind: "unknown payload type", body: payloadBody({ ...button({}), type: "bogus" }) },
  { kind: "block_actions with no actions", body: payloadBody(button({ actions: [] })) },
  {
    kind: "block_actions action without action_id",
    body: payloadBody(button({ actions: [{ type: "button", value: SECRET_TEXT }] })),
  },
  { kind: "block_actions user id a number", body: payloadBody(button({ user: { id: 42 } })) },
  {
    kind: "block_actions value an object",
    body: payloadBody(
      button({ actions: [{ type: "button", action_id: "command:run", value: { x: SECRET_TEXT } }] }),
    ),
  },
  {
    kind: "view_submission state.values a string",
    body: payloadBody({ ...view(), view: { ...(view().view as object), state: { values: SECRET_TEXT } } }),
  },
  {
    kind: "view_submission input state without type",
    body: payloadBody({
      ...view(),
      view: { ...(view().view as object), state: { values: { title: { title: { value: SECRET_TEXT } } } } },
    }),
  },
  {
    kind: "view_submission private_metadata beyond Slack's 3000",
    body: payloadBody({
      ...view(),
      view: { ...(view().view as object), private_metadata: "x".repeat(5_000) },
    }),
  },
  { kind: "two payload fields", body: `${rawPayload("{}")}&${rawPayload("{}")}` },
  // Slash commands.
  { kind: "slash command without user_id", body: withoutKey(slash({}), "user_id") },
  { kind: "slash command without response_url", body: withoutKey(slash({}), "response_url") },
  { kind: "slash command without team_id", body: withoutKey(slash({}), "team_id") },
  { kind: "slash command name without slash", body: slashBody("aktivitaet", SECRET_TEXT, url()) },
  { kind: "slash command text given twice", body: `${slash({})}&text=${encodeURIComponent(SECRET_TEXT)}` },
  { kind: "slash command with a huge user id", body: slash({ user_id: `U${"9".repeat(10_000)}` }) },
  { kind: "slash command with a huge text", body: slashBody("/aktivitaet", "ä".repeat(50_000), url()) },
  { kind: "form without command or payload", body: form({ text: SECRET_TEXT }) },
  { kind: "JSON sent as form", body: JSON.stringify({ text: SECRET_TEXT }) },
  // Content types and the Events API.
  { kind: "text/plain body", body: SECRET_TEXT, type: "text/plain" },
  { kind: "no content type", body: slash({}), type: "" },
  { kind: "invalid JSON", body: `{"type":"event_callback",${SECRET_TEXT}`, type: JSON_TYPE },
  { kind: "JSON array", body: JSON.stringify([SECRET_TEXT]), type: JSON_TYPE },
  { kind: "JSON null", body: "null", type: JSON_TYPE },
  {
    kind: "unknown events type",
    body: JSON.stringify({ type: "bogus", note: SECRET_TEXT }),
    type: JSON_TYPE,
  },
  {
    kind: "event_callback without event",
    body: JSON.stringify({ ...JSON.parse(event({ type: "app_home_opened" })), event: undefined }),
    type: JSON_TYPE,
  },
  {
    kind: "event_callback event a string",
    body: JSON.stringify({ ...JSON.parse(event({ type: "x" })), event: SECRET_TEXT }),
    type: JSON_TYPE,
  },
  { kind: "event without type", body: event({}), type: JSON_TYPE },
  {
    kind: "app_home_opened without user",
    body: event({ type: "app_home_opened", tab: "home" }),
    type: JSON_TYPE,
  },
  { kind: "tokens_revoked without tokens", body: event({ type: "tokens_revoked" }), type: JSON_TYPE },
  {
    kind: "url_verification without challenge",
    body: JSON.stringify({ type: "url_verification", token: SECRET_TEXT }),
    type: JSON_TYPE,
  },
  {
    kind: "url_verification challenge an object",
    body: JSON.stringify({ type: "url_verification", challenge: { x: SECRET_TEXT } }),
    type: JSON_TYPE,
  },
];

/** Well-formed kinds nothing of ours listens to: Slack expects a quick 200. */
const IGNORED: { kind: string; body: string; type?: string; answer: string }[] = [
  {
    kind: "options request (block_suggestion)",
    body: payloadBody({ type: "block_suggestion", user: { id: USER }, action_id: "x", value: SECRET_TEXT }),
    answer: JSON.stringify({ options: [] }),
  },
  {
    kind: "view_closed",
    body: payloadBody({ type: "view_closed", user: { id: USER }, view: view().view }),
    answer: "",
  },
  {
    kind: "global shortcut",
    body: payloadBody({ type: "shortcut", user: { id: USER }, callback_id: "x" }),
    answer: "",
  },
  {
    kind: "app_rate_limited",
    body: JSON.stringify({ type: "app_rate_limited", team_id: TEAM, minute_rate_limited: 1 }),
    type: JSON_TYPE,
    answer: "",
  },
];

describe("malformed Slack requests", () => {
  it(`answers each of ${MALFORMED.length} malformed kinds with 400, does nothing and logs no content`, async () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(20);
    for (const m of MALFORMED) {
      const res = await postSigned(h.app.url, m.body, m.type ?? FORM);
      expect(res.status, m.kind).toBe(400);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.calls.filter((c) => c.method !== "auth.test")).toEqual([]);
    const log = lines.join("");
    expect(log).toContain("slack request malformed");
    expect(log).not.toContain("Mustermann");
    expect(log).not.toMatch(/"level":50/);
  });

  it("answers kinds nobody listens to with 200 at once (an empty option list for options requests)", async () => {
    for (const m of IGNORED) {
      const res = await postSigned(h.app.url, m.body, m.type ?? FORM);
      expect(res.status, m.kind).toBe(200);
      expect(await res.text(), m.kind).toBe(m.answer);
    }
    expect(h.fake.calls.filter((c) => c.method !== "auth.test")).toEqual([]);
  });

  it("still echoes a well-formed url_verification challenge", async () => {
    const res = await postSigned(
      h.app.url,
      JSON.stringify({ type: "url_verification", challenge: "c-123" }),
      JSON_TYPE,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: "c-123" });
  });
});

describe("control characters from Slack", () => {
  const tenantStore = async () => {
    const tenant = await h.app.store.findTenant("slack", TEAM);
    return h.app.store.forTenant(tenant?.id ?? -1);
  };

  it("creates a district from a slash command with NUL, C1 and bidi characters, without them", async () => {
    const answerUrl = h.fake.responseUrl("nul-slash");
    const res = await postSigned(
      h.app.url,
      slashBody("/sozialraum", "neu Süd\u0000\u0085st\u202Eadt", answerUrl),
    );
    expect(res.status).toBe(200);
    const answer = await h.fake.waitFor("response_url", (c) => c.path.endsWith("nul-slash"));
    expect(answer.args.text).toContain("Sozialraum „Südstadt“ ist angelegt");
    expect((await (await tenantStore()).findDistrictByName("Südstadt"))?.name).toBe("Südstadt");
  });

  it("runs a command button whose value carries NUL", async () => {
    const clickUrl = h.fake.responseUrl("nul-click");
    await postSigned(
      h.app.url,
      payloadBody(buttonPayload("command:run", "sozialraum neu West\u0000end", clickUrl)),
    );
    const answer = await h.fake.waitFor("response_url", (c) => c.path.endsWith("nul-click"));
    expect(answer.args.text).toContain("Sozialraum „Westend“ ist angelegt");
  });

  it("saves a submitted form whose values carry NUL, lone surrogates and U+FFFF, cleaned", async () => {
    const openUrl = h.fake.responseUrl("nul-form");
    await postSigned(h.app.url, slashBody("/aktivitaet", "", openUrl));
    const opened = await h.fake.waitFor("views.open");
    const modal = opened.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: {
        block_id?: string;
        element?: { options?: { value: string; text: { text: string } }[]; initial_date?: string };
      }[];
    };
    const byId = new Map(modal.blocks.map((b) => [b.block_id, b]));
    const district = byId.get("district")?.element?.options?.find((o) => o.text.text === "Nordstadt");
    const res = await postSigned(
      h.app.url,
      payloadBody(
        viewSubmissionPayload({
          callbackId: modal.callback_id,
          privateMetadata: modal.private_metadata,
          values: {
            date: {
              date: { type: "datepicker", selected_date: byId.get("date")?.element?.initial_date ?? null },
            },
            duration: { duration: { type: "plain_text_input", value: "1\u0000 Std" } },
            title: { title: { type: "plain_text_input", value: "Eltern\u0000café\uD800 am\uFFFF Markt" } },
            district: {
              district: { type: "static_select", selected_option: { value: district?.value ?? "" } },
            },
            level: { level: { type: "static_select", selected_option: { value: "case_independent" } } },
            focus: { focus: { type: "static_select", selected_option: { value: "public_relations" } } },
            role: { role: { type: "static_select", selected_option: { value: "contributed" } } },
            goals: {
              goals: { type: "multi_static_select", selected_options: [{ value: "prevention\u0000" }] },
            },
            privacyOk: { privacyOk: { type: "checkboxes", selected_options: [] } },
          },
        }),
      ),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ response_action: "clear" });
    const saved = await (await tenantStore()).listActivities({}, { limit: 50, offset: 0 });
    expect(saved.find((a) => a.title === "Elterncafé am Markt")).toMatchObject({
      minutes: 60,
      goals: ["prevention"],
    });
  });
});
