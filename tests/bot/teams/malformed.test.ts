// Malformed Bot Framework activities get 400 (or Bot Framework's benign answer), never 500; control characters
// in what users type or submit in Teams are cleaned before anything is stored.
import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { type Activity, cardOf, personal, postActivity, TENANT, textsOf, USER } from "./activities.js";

let t: TestDatabase;
let app: RunningApp;
let fake: FakeConnector;
const lines: string[] = [];
/** A marker inside every malformed body: it must never show up in a log line. */
const SECRET_TEXT = "Kevin Mustermann geb. 01.02.2015";

beforeAll(async () => {
  t = await openTestDatabase();
  fake = await startFakeConnector();
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await startApp(loadConfig({ PORT: "0", TEAMS_LOCAL_MODE: "true" }), createLogger("info", sink), {
    database: t.database,
    host: "127.0.0.1",
  });
});
afterAll(async () => {
  await app.close();
  await fake.close();
  await t.close();
});
beforeEach(() => fake.reset());

const o = () => ({ serviceUrl: fake.url });
const raw = (body: string, type = "application/json") =>
  fetch(`${app.url}/api/messages`, { method: "POST", headers: { "content-type": type }, body });
/** Malformed activities must never be answered, so their serviceUrl points nowhere. */
const message = (extra: Activity = {}) =>
  personal({ serviceUrl: "http://127.0.0.1:9/" }, { text: SECRET_TEXT, ...extra });
const without = (key: string) => {
  const a = message();
  delete a[key];
  return a;
};
const invoke = (name: string, extra: Activity = {}) => message({ type: "invoke", name, ...extra });

/** Each kind: the body and the status Teams should see. */
const MALFORMED: { kind: string; body: string | Activity; status?: number; type?: string }[] = [
  { kind: "invalid JSON", body: `{"type":"message","text":"${SECRET_TEXT}"` },
  { kind: "array body", body: JSON.stringify([message()]) },
  { kind: "JSON string", body: JSON.stringify(SECRET_TEXT) },
  { kind: "JSON null", body: "null" },
  { kind: "activity without type", body: without("type") },
  { kind: "type a number", body: message({ type: 7 }) },
  { kind: "empty type", body: message({ type: "" }) },
  { kind: "without conversation", body: without("conversation") },
  { kind: "conversation without id", body: message({ conversation: { conversationType: "personal" } }) },
  { kind: "conversation id a number", body: message({ conversation: { id: 42 } }) },
  { kind: "without from", body: without("from") },
  { kind: "from a string", body: message({ from: SECRET_TEXT }) },
  { kind: "from without id", body: message({ from: { name: SECRET_TEXT } }) },
  { kind: "without recipient", body: without("recipient") },
  { kind: "without serviceUrl", body: without("serviceUrl") },
  { kind: "serviceUrl not a URL", body: message({ serviceUrl: SECRET_TEXT }) },
  { kind: "text a number", body: message({ text: 12 }) },
  { kind: "text an object", body: message({ text: { x: SECRET_TEXT } }) },
  {
    kind: "huge text within the body limit",
    body: message({ text: `${SECRET_TEXT} ${"x".repeat(300_000)}` }),
  },
  { kind: "channelData an array", body: message({ channelData: [SECRET_TEXT] }) },
  { kind: "membersAdded not a list", body: message({ type: "conversationUpdate", membersAdded: {} }) },
  { kind: "entities of strings", body: message({ entities: [SECRET_TEXT] }) },
  { kind: "huge user id", body: message({ from: { id: "x".repeat(5_000) } }) },
  { kind: "card action invoke without value", body: invoke("adaptiveCard/action") },
  {
    kind: "card action invoke without action",
    body: invoke("adaptiveCard/action", { value: { x: SECRET_TEXT } }),
  },
  { kind: "file consent invoke without value", body: invoke("fileConsent/invoke") },
  { kind: "file consent invoke value a string", body: invoke("fileConsent/invoke", { value: SECRET_TEXT }) },
  { kind: "body over 1 MB", body: message({ text: "x".repeat(2_000_000) }), status: 413 },
];

const send = (body: string | Activity, type?: string) =>
  typeof body === "string" ? raw(body, type) : postActivity(app.url, body);

describe("malformed Teams activities", () => {
  it(`answers each of ${MALFORMED.length} malformed kinds with 400 (413 when too large), does nothing, logs no content`, async () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(20);
    for (const m of MALFORMED) {
      const res = await send(m.body, m.type);
      expect(res.status, m.kind).toBe(m.status ?? 400);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.calls).toHaveLength(0);
    expect(await t.store.findTenant("teams", TENANT)).toBeUndefined();
    const log = lines.join("");
    expect(log).toContain("teams activity malformed");
    expect(log).not.toContain("Mustermann");
    expect(log).not.toMatch(/"level":50/);
  });

  it("answers well-formed activities it does not handle with 200 and an unknown invoke with 501", async () => {
    for (const type of ["typing", "messageReaction", "event", "endOfConversation", "somethingNew"]) {
      const res = await postActivity(app.url, personal(o(), { type, text: undefined }));
      expect(res.status, type).toBe(200);
    }
    expect((await postActivity(app.url, invoke("composeExtension/query", { value: {} }))).status).toBe(501);
    expect(fake.calls).toHaveLength(0);
  });
});

describe("control characters from Teams", () => {
  const tenantStore = async () => {
    const tenant = await t.store.findTenant("teams", TENANT);
    return t.store.forTenant(tenant?.id ?? -1);
  };

  it("creates a district from a message with NUL, C1 and bidi characters, and stores a clean name", async () => {
    const res = await postActivity(
      app.url,
      personal(o(), {
        text: "sozialraum neu Süd\u0000\u0085st\u202Eadt",
        from: { ...USER, name: "Fach\u0000kraft\u2066" },
      }),
    );
    expect(res.status).toBe(200);
    const [reply] = await fake.waitFor("reply", 1);
    expect(textsOf(cardOf(reply?.body)).join(" ")).toContain("Sozialraum „Südstadt“ ist angelegt");
    const store = await tenantStore();
    expect((await store.findDistrictByName("Südstadt"))?.name).toBe("Südstadt");
    expect((await store.findMemberByPlatformId(USER.aadObjectId))?.displayName).toBe("Fachkraft");
  });

  it("runs a card button whose value carries NUL", async () => {
    const value = { sra: "action", actionId: "command:run", value: "sozialraum neu West\u0000end" };
    const res = await postActivity(app.url, personal(o(), { value, replyToId: "card-1", text: undefined }));
    expect(res.status).toBe(200);
    const [reply] = await fake.waitFor("reply", 1);
    expect(textsOf(cardOf(reply?.body)).join(" ")).toContain("Sozialraum „Westend“ ist angelegt");
  });

  it("saves a submitted activity form whose values carry NUL and lone surrogates, cleaned", async () => {
    await postActivity(app.url, personal(o(), { text: "sozialraum neu Nordstadt" }));
    await fake.waitFor("reply", 1);
    fake.reset();
    await postActivity(app.url, personal(o(), { text: "aktivitaet" }));
    const [reply] = await fake.waitFor("reply", 1);
    const card = cardOf(reply?.body);
    const inputs = new Map((card?.body ?? []).map((e) => [e.id, e]));
    const choices = (inputs.get("in_district")?.choices ?? []) as { title: string; value: string }[];
    const district = choices.find((c) => c.title === "Nordstadt")?.value;
    const actions = (card?.body.find((e) => e.type === "ActionSet")?.actions ?? []) as { data: Activity }[];
    const submit = actions[0];
    expect(district).toBeDefined();
    const value = {
      ...submit?.data,
      in_date: inputs.get("in_date")?.value,
      in_duration: "1\u0000 Std",
      in_title: "Eltern\u0000café\uDC00 am\uFFFF Markt",
      in_district: district,
      in_level: "case_independent",
      in_focus: "public_relations",
      in_role: "contributed",
      in_goals: "prevention\u0000",
    };
    fake.reset();
    const res = await postActivity(
      app.url,
      personal(o(), { value, replyToId: "form-card", text: undefined }),
    );
    expect(res.status).toBe(200);
    await fake.waitFor("update", 1);
    const saved = await (await tenantStore()).listActivities({}, { limit: 50, offset: 0 });
    expect(saved.find((a) => a.title === "Elterncafé am Markt")).toMatchObject({
      minutes: 60,
      goals: ["prevention"],
    });
  });
});
