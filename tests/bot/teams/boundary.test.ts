// Hostile and extreme input at /api/messages: malformed bodies, huge texts, foreign card data, every family.
import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { TEAMS_LIMITS } from "../../../src/bot/teams/limits.js";
import { FAMILIES } from "../../../src/commands/registry.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { cardOf, personal, postActivity } from "./activities.js";

let t: TestDatabase;
let app: RunningApp;
let fake: FakeConnector;
const lines: string[] = [];

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

describe("malformed requests", () => {
  it("rejects broken JSON, non-objects, a missing type and oversized bodies without calling out", async () => {
    expect((await raw("{not json")).status).toBe(400);
    expect((await raw("[1,2]")).status).toBe(400);
    expect((await raw(JSON.stringify({ text: "hilfe" }))).status).toBe(400);
    expect((await raw(JSON.stringify({ type: "message", text: "x".repeat(2_000_000) }))).status).toBe(413);
    expect(fake.calls).toHaveLength(0);
  });

  it("answers an unknown invoke with HTTP 501, not a crash", async () => {
    const res = await postActivity(
      app.url,
      personal(o(), { type: "invoke", name: "something/else", value: {} }),
    );
    expect(res.status).toBe(501);
  });

  it("ignores card data that is not ours, or whose fields have the wrong types", async () => {
    for (const value of [
      { verb: "x" },
      { sra: "action", actionId: { x: 1 } },
      { sra: "submit", formId: 7 },
    ]) {
      const res = await postActivity(app.url, personal(o(), { value, replyToId: "card-1" }));
      expect(res.status).toBe(200);
    }
    expect(fake.calls).toHaveLength(0);
  });
});

describe("extreme but valid input", () => {
  it("keeps the answer to a 100 000-character message within Teams' card size", async () => {
    const res = await postActivity(app.url, personal(o(), { text: `x${"ä".repeat(100_000)} y` }));
    expect(res.status).toBe(200);
    const [reply] = await fake.waitFor("reply", 1);
    expect(Buffer.byteLength(JSON.stringify(cardOf(reply?.body)))).toBeLessThanOrEqual(
      TEAMS_LIMITS.cardBytes,
    );
  });

  it("answers every command family with a card, whether or not it is built yet", async () => {
    for (const { name: family } of FAMILIES) {
      const res = await postActivity(app.url, personal(o(), { text: family }));
      expect(res.status, family).toBe(200);
    }
    const replies = await fake.waitFor("reply", FAMILIES.length);
    for (const r of replies) expect(cardOf(r.body)?.version).toBe("1.5");
  });

  it("accepts a local client without tenant or AAD id (e.g. the Emulator) in local mode", async () => {
    const res = await postActivity(app.url, {
      type: "message",
      id: "emu-1",
      channelId: "emulator",
      serviceUrl: fake.url,
      from: { id: "emulator-user", name: "Test" },
      recipient: { id: "bot" },
      conversation: { id: "emu-conv" },
      text: "hilfe",
    });
    expect(res.status).toBe(200);
    await fake.waitFor("reply", 1);
    expect(await t.store.findTenant("teams", "local")).toBeDefined();
  });
});

describe("logs", () => {
  it("says that it runs in local mode, and never logs what users typed", async () => {
    await postActivity(app.url, personal(o(), { text: "aktivitaet Max Mustermann geb. 01.02.2010" }));
    await fake.waitFor("reply", 1);
    expect(lines.some((l) => l.includes("teams adapter in local mode"))).toBe(true);
    expect(lines.join("\n")).not.toContain("Mustermann");
  });
});
