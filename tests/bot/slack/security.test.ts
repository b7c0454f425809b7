// Hostile input at POST /slack/events: forged, stale, future, replayed, unsigned, oversized and malformed requests.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sign, verifySlackSignature } from "../../../src/bot/slack/verify.js";
import { memoryRequestLedger } from "../../../src/store/repos/requests.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import {
  type Harness,
  payloadBody,
  postSigned,
  SECRET,
  signedHeaders,
  slashBody,
  startHarness,
} from "./harness.js";

let db: TestDatabase;
let h: Harness;

beforeAll(async () => {
  db = await openTestDatabase();
  h = await startHarness(db.database);
});

afterAll(async () => {
  await h?.close();
  await db?.close();
});

beforeEach(() => h.fake.reset());

const now = () => Math.floor(Date.now() / 1000);

async function nothingHappened(checkTenant = true): Promise<void> {
  await new Promise((r) => setTimeout(r, 200));
  expect(h.fake.calls.filter((c) => c.method !== "auth.test")).toEqual([]);
  if (checkTenant) expect(await h.app.store.findTenant("slack", "T0001")).toBeUndefined();
}

describe("request verification over HTTP", () => {
  it("rejects a forged signature", async () => {
    const body = slashBody("/sozialraum", "neu Evil", h.fake.responseUrl());
    const res = await postSigned(h.app.url, body, undefined, { secret: "not-the-secret" });
    expect(res.status).toBe(401);
    await nothingHappened();
  });

  it("rejects a body changed after signing", async () => {
    const body = slashBody("/sozialraum", "neu Nordstadt", h.fake.responseUrl());
    const headers = signedHeaders(body, "application/x-www-form-urlencoded");
    const res = await fetch(`${h.app.url}/slack/events`, {
      method: "POST",
      headers,
      body: body.replace("Nordstadt", "Suedstadt"),
    });
    expect(res.status).toBe(401);
    await nothingHappened();
  });

  it("rejects a timestamp older than five minutes, even when correctly signed", async () => {
    const body = slashBody("/sozialraum", "neu Alt", h.fake.responseUrl());
    const res = await postSigned(h.app.url, body, undefined, { timestamp: now() - 5 * 60 - 5 });
    expect(res.status).toBe(401);
    await nothingHappened();
  });

  it("rejects a timestamp more than five minutes in the future", async () => {
    const body = slashBody("/sozialraum", "neu Zukunft", h.fake.responseUrl());
    const res = await postSigned(h.app.url, body, undefined, { timestamp: now() + 5 * 60 + 5 });
    expect(res.status).toBe(401);
    await nothingHappened();
  });

  it("rejects missing headers and malformed timestamps", async () => {
    const body = slashBody("/sozialraum", "liste", h.fake.responseUrl());
    const unsigned = await fetch(`${h.app.url}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    expect(unsigned.status).toBe(401);
    const weird = await postSigned(h.app.url, body, undefined, { timestamp: Number.NaN });
    expect(weird.status).toBe(401);
    await nothingHappened();
  });

  it("accepts a request once and rejects the same signed body replayed", async () => {
    const url = h.fake.responseUrl("once");
    const body = slashBody("/sozialraum", "liste", url);
    const headers = signedHeaders(body, "application/x-www-form-urlencoded");
    const first = await fetch(`${h.app.url}/slack/events`, { method: "POST", headers, body });
    expect(first.status).toBe(200);
    await h.fake.waitFor("response_url", (c) => c.path.endsWith("once"));
    const again = await fetch(`${h.app.url}/slack/events`, { method: "POST", headers, body });
    expect(again.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.callsTo("response_url")).toHaveLength(1);
  });

  it("rejects an oversized body without reading it all", async () => {
    const body = `payload=${"x".repeat(1024 * 1024 + 10)}`;
    const res = await postSigned(h.app.url, body);
    expect(res.status).toBe(413);
  });

  it("answers 400, not 500, to a signed but malformed payload, and keeps serving", async () => {
    const res = await postSigned(h.app.url, "payload=%7Bnot-json");
    expect(res.status).toBe(400);
    const ok = await postSigned(h.app.url, slashBody("/sozialraum", "liste", h.fake.responseUrl("after")));
    expect(ok.status).toBe(200);
    await h.fake.waitFor("response_url", (c) => c.path.endsWith("after"));
  });

  it("survives a view submission with garbage metadata and odd value shapes", async () => {
    const payload = {
      type: "view_submission",
      team: { id: "T0001" },
      user: { id: "U1", team_id: "T0001" },
      view: {
        id: "V1",
        type: "modal",
        callback_id: "aktivitaet:form",
        private_metadata: "{{{not json",
        state: {
          values: {
            title: { title: { type: "plain_text_input", value: "<script>".repeat(500) } },
            date: { date: { type: "datepicker", selected_date: "9999-99-99" } },
            goals: { goals: { type: "multi_static_select", selected_options: [{}, { value: 7 }] } },
            weird: { weird: { type: "unknown_element" } },
          },
        },
      },
    };
    const res = await postSigned(h.app.url, payloadBody(payload));
    expect(res.status).toBe(200);
    // No district exists in this workspace yet, so the family answers with a message: the modal closes
    // (empty ack) and the German answer arrives in the DM instead of a 500 or silence.
    expect(await res.text()).toBe("");
    const dm = await h.fake.waitFor("chat.postMessage");
    expect(dm.args.channel).toBe("U1");
    expect(String(dm.args.text)).toMatch(/Sozialraum/);
  });

  it("ignores a signed click on an action id no family owns", async () => {
    const payload = {
      type: "block_actions",
      team: { id: "T0001" },
      user: { id: "U1", team_id: "T0001" },
      actions: [{ type: "button", action_id: "evil:drop", block_id: "b", action_ts: "1" }],
      trigger_id: "t",
    };
    const res = await postSigned(h.app.url, payloadBody(payload));
    expect([200, 404]).toContain(res.status);
    await nothingHappened(false);
  });
});

describe("verifySlackSignature", () => {
  const body = "a=1";
  it("accepts exactly the signed body within the window", async () => {
    const ts = 1_800_000_000;
    const replays = memoryRequestLedger();
    const signature = sign(SECRET, ts, body);
    const base = { signingSecret: SECRET, body, timestamp: String(ts), replays };
    const first = verifySlackSignature({ ...base, signature, nowSeconds: ts + 299 });
    expect(first.ok && (await first.firstEverywhere)).toBe(true);
    expect(verifySlackSignature({ ...base, signature, nowSeconds: ts + 299 })).toEqual({
      ok: false,
      reason: "replay",
    });
    expect(
      verifySlackSignature({ ...base, signature: `${signature.slice(0, -1)}0`, nowSeconds: ts }),
    ).toMatchObject({
      ok: false,
    });
    expect(verifySlackSignature({ ...base, signature, nowSeconds: ts + 301 })).toEqual({
      ok: false,
      reason: "stale",
    });
  });

  it("forgets replays after the window, so the memory ledger stays bounded", async () => {
    const replays = memoryRequestLedger();
    for (let i = 0; i < 1000; i++) await replays.firstSight(`s${i}`, new Date((1000 + i) * 1000), 300);
    expect(replays.size).toBeLessThanOrEqual(301);
    expect(await replays.firstSight("s999", new Date(1999 * 1000), 300)).toBe(false);
    expect(await replays.firstSight("s999", new Date(2299 * 1000), 300)).toBe(true);
  });
});
