// Replays over HTTP, as an attacker (or Slack's retry) would send them: a signed request again to the same
// process is refused with 401; to a second instance on the same database, or after a restart, it is
// acknowledged (the shared check runs after the ack, so the ack never waits for the database) but never acted
// on; a form submission delivered twice stores once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../../support/db.js";
import {
  type Harness,
  payloadBody,
  postSigned,
  signedHeaders,
  slashBody,
  startHarness,
  TEAM,
  viewSubmissionPayload,
} from "./harness.js";

let db: TestDatabase;
let h: Harness;

beforeAll(async () => {
  db = await openTestDatabase();
  h = await startHarness(db.database);
  await postSigned(h.app.url, slashBody("/sozialraum", "neu Nordstadt", h.fake.responseUrl("setup")));
  await h.fake.waitFor("response_url", (c) => c.path.endsWith("setup"));
});

afterAll(async () => {
  await h?.close();
  await db?.close();
});

/** Another bot process on the same database: a new connection on PostgreSQL, the same data on PGlite. */
async function secondInstance(): Promise<Harness> {
  return startHarness(usingPostgres ? await db.reopen() : db.database);
}

const send = (url: string, headers: Record<string, string>, body: string) =>
  fetch(`${url}/slack/events`, { method: "POST", headers, body });

async function districtsNamed(name: string): Promise<number> {
  const tenant = await h.app.store.findTenant("slack", TEAM);
  return (await h.app.store.forTenant(tenant?.id ?? -1).listDistricts()).filter((d) => d.name === name)
    .length;
}

async function activityCount(): Promise<number> {
  const tenant = await h.app.store.findTenant("slack", TEAM);
  return (await h.app.store.forTenant(tenant?.id ?? -1).listActivities({}, { limit: 50, offset: 0 })).length;
}

describe("a signed request replayed", () => {
  it("to the same process is refused at once", async () => {
    const body = slashBody("/sozialraum", "liste", h.fake.responseUrl("same"));
    const headers = signedHeaders(body, "application/x-www-form-urlencoded");
    expect((await send(h.app.url, headers, body)).status).toBe(200);
    await h.fake.waitFor("response_url", (c) => c.path.endsWith("same"));
    expect((await send(h.app.url, headers, body)).status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.callsTo("response_url").filter((c) => c.path.endsWith("same"))).toHaveLength(1);
  });

  it.runIf(usingPostgres)(
    "to a second instance on the same PostgreSQL database is never acted on",
    async () => {
      const second = await secondInstance();
      try {
        const body = slashBody("/sozialraum", "neu Replaystadt", h.fake.responseUrl("first"));
        const headers = signedHeaders(body, "application/x-www-form-urlencoded");
        expect((await send(h.app.url, headers, body)).status).toBe(200);
        await h.fake.waitFor("response_url", (c) => c.path.endsWith("first"));
        expect((await send(second.app.url, headers, body)).status).toBe(200);
        await new Promise((r) => setTimeout(r, 300));
        expect(h.fake.callsTo("response_url").filter((c) => c.path.endsWith("first"))).toHaveLength(1);
        expect(await districtsNamed("Replaystadt")).toBe(1);
      } finally {
        await second.close();
      }
    },
  );

  it("after a restart on the same database is never acted on", async () => {
    const body = slashBody("/sozialraum", "liste", h.fake.responseUrl("before-restart"));
    const headers = signedHeaders(body, "application/x-www-form-urlencoded");
    expect((await send(h.app.url, headers, body)).status).toBe(200);
    await h.fake.waitFor("response_url", (c) => c.path.endsWith("before-restart"));
    const fake = h.fake;
    await h.app.close();
    h = await startHarness(usingPostgres ? await db.reopen() : db.database);
    try {
      // PGlite keeps its ledger in the process, per database, so the restarted app still refuses at once.
      expect((await send(h.app.url, headers, body)).status).toBe(usingPostgres ? 200 : 401);
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.callsTo("response_url").filter((c) => c.path.endsWith("before-restart"))).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });

  it("with a new timestamp is signed anew and still accepted (the ledger keys on the signature)", async () => {
    const body = slashBody("/sozialraum", "liste", h.fake.responseUrl("resigned"));
    const now = Math.floor(Date.now() / 1000);
    expect((await postSigned(h.app.url, body, undefined, { timestamp: now })).status).toBe(200);
    expect((await postSigned(h.app.url, body, undefined, { timestamp: now - 1 })).status).toBe(200);
  });
});

describe("a form submission delivered twice", () => {
  it("stores one activity and answers both times the same way, on any instance", async () => {
    await postSigned(h.app.url, slashBody("/aktivitaet", "", h.fake.responseUrl("form")));
    const opened = await h.fake.waitFor("views.open");
    const view = opened.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: {
        block_id?: string;
        element?: { options?: { value: string; text: { text: string } }[]; initial_date?: string };
      }[];
    };
    const today = view.blocks.find((b) => b.block_id === "date")?.element?.initial_date ?? null;
    const district = view.blocks
      .find((b) => b.block_id === "district")
      ?.element?.options?.find((o) => o.text.text === "Nordstadt");
    const payload = viewSubmissionPayload({
      id: "V0REPLAY",
      hash: "1700000000.abc",
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: {
        date: { date: { type: "datepicker", selected_date: today } },
        duration: { duration: { type: "plain_text_input", value: "45 min" } },
        title: { title: { type: "plain_text_input", value: "Netzwerktreffen Kita" } },
        district: { district: { type: "static_select", selected_option: { value: district?.value ?? "" } } },
        level: { level: { type: "static_select", selected_option: { value: "case_independent" } } },
        focus: { focus: { type: "static_select", selected_option: { value: "networks" } } },
        role: { role: { type: "static_select", selected_option: { value: "contributed" } } },
        privacyOk: { privacyOk: { type: "checkboxes", selected_options: [] } },
      },
    });
    const before = await activityCount();
    const now = Math.floor(Date.now() / 1000);
    const first = await postSigned(h.app.url, payloadBody(payload), undefined, { timestamp: now });
    expect(await first.json()).toEqual({ response_action: "clear" });
    const answer = await h.fake.waitFor("response_url", (c) => c.path.endsWith("form"));
    expect(await activityCount()).toBe(before + 1);

    // The same submission again (a retry, or a replay past the signature ledger), here to a second instance.
    const second = await secondInstance();
    try {
      h.fake.reset();
      const again = await postSigned(second.app.url, payloadBody(payload), undefined, { timestamp: now - 2 });
      expect(await again.json()).toEqual({ response_action: "clear" });
      const repeated = await h.fake.waitFor("response_url", (c) => c.path.endsWith("form"));
      expect(repeated.args.text).toBe(answer.args.text);
      expect(await activityCount()).toBe(before + 1);
    } finally {
      await second.close();
    }

    // A new modal with the same content is a new entry.
    const other = await postSigned(
      h.app.url,
      payloadBody({ ...payload, view: { ...(payload.view as object), id: "V0OTHER" } }),
    );
    expect(await other.json()).toEqual({ response_action: "clear" });
    expect(await activityCount()).toBe(before + 2);
  });
});
