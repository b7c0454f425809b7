// The Slack Deliverer (scheduler -> Slack) and 429 handling, against the fake Web API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { message, text } from "../../../src/conversation/reply.js";
import { RateLimited } from "../../../src/scheduler/deliver.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { eventBody, type Harness, postSigned, startHarness, TEAM } from "./harness.js";

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

function deliverer() {
  const d = h.app.delivery.for("slack");
  if (!d) throw new Error("slack deliverer not registered");
  return d;
}

describe("Slack deliverer", () => {
  it("DMs a member by their Slack user id and updates the message in place", async () => {
    const tenant = await h.app.store.ensureTenant("slack", TEAM);
    const member = await h.app.store.forTenant(tenant.id).ensureMember("U0DM");
    const sent = await deliverer().deliver(
      { tenantId: tenant.id, memberId: member.id },
      message([text("Erinnerung: Runder Tisch morgen")]),
    );
    expect(h.fake.callsTo("conversations.open")[0]?.args.users).toBe("U0DM");
    const posted = h.fake.callsTo("chat.postMessage")[0];
    expect(posted?.args.channel).toBe("D0DM");
    expect(posted?.token).toBe("xoxb-test");
    expect(sent.messageRef).toMatch(/^D0DM:\d+\.\d+$/);

    await deliverer().update({ tenantId: tenant.id }, sent.messageRef, message([text("Abgesagt")]));
    const updated = h.fake.callsTo("chat.update")[0];
    expect(updated?.args.channel).toBe("D0DM");
    expect(`D0DM:${String(updated?.args.ts)}`).toBe(sent.messageRef);
    expect(String(updated?.args.text)).toBe("Abgesagt");
  });

  it("posts to a channel and hands a 429 back as RateLimited with the Retry-After", async () => {
    const tenant = await h.app.store.ensureTenant("slack", TEAM);
    h.fake.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 7 });
    const attempt = deliverer().deliver(
      { tenantId: tenant.id, channelId: "C0DIGEST" },
      message([text("Wochenrückblick")]),
    );
    await expect(attempt).rejects.toBeInstanceOf(RateLimited);
    await expect(attempt).rejects.toMatchObject({ retryAfterMs: 7000 });
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);

    const ok = await deliverer().deliver(
      { tenantId: tenant.id, channelId: "C0DIGEST" },
      message([text("Wochenrückblick")]),
    );
    expect(ok.messageRef.startsWith("C0DIGEST:")).toBe(true);
  });

  it("uploads a chart of the reply into the message's thread", async () => {
    const tenant = await h.app.store.ensureTenant("slack", TEAM);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const sent = await deliverer().deliver(
      { tenantId: tenant.id, channelId: "C0DIGEST" },
      message([text("Wochenrückblick Nordstadt"), { type: "image", alt: "Stunden je Woche", png }], "public"),
    );
    const completed = await h.fake.waitFor("files.completeUploadExternal");
    expect(completed.args.channel_id).toBe("C0DIGEST");
    expect(`C0DIGEST:${String(completed.args.thread_ts)}`).toBe(sent.messageRef);
    expect(h.fake.callsTo("files.getUploadURLExternal")[0]?.args.alt_text).toBe("Stunden je Woche");
    expect([...(h.fake.callsTo("upload")[0]?.bytes ?? [])]).toEqual([...png]);
  });

  it("refuses to deliver a form unasked", async () => {
    const tenant = await h.app.store.ensureTenant("slack", TEAM);
    await expect(
      deliverer().deliver(
        { tenantId: tenant.id, channelId: "C1" },
        { kind: "form", form: { formId: "x:y", title: "t", submitLabel: "s", inputs: [] } },
      ),
    ).rejects.toThrow(/cannot be delivered/);
  });
});

describe("interactive Web API calls", () => {
  it("wait for Retry-After on a 429 and then succeed", async () => {
    h.fake.failNext("views.publish", { status: 429, retryAfterSeconds: 1 });
    const started = Date.now();
    await postSigned(
      h.app.url,
      eventBody({ type: "app_home_opened", user: "U0RL", channel: "D1", tab: "home", event_ts: "9.9" }),
      "application/json",
    );
    await h.fake.waitFor("views.publish", () => h.fake.callsTo("views.publish").length >= 2, 8_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(h.fake.callsTo("views.publish")).toHaveLength(2);
  });
});
