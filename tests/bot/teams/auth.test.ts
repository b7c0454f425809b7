// Who may call /api/messages: token-less requests fail with credentials set; local mode takes loopback clients only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { isLoopback, loopbackOnly, teamsAuth } from "../../../src/bot/teams/auth.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { personal, postActivity, TENANT } from "./activities.js";

let t: TestDatabase;
let fake: FakeConnector;

beforeAll(async () => {
  t = await openTestDatabase();
  fake = await startFakeConnector();
});
afterAll(async () => {
  await fake.close();
  await t.close();
});

/** A syntactically valid JWT that no Bot Framework key signed. */
function forgedJwt(claims: Record<string, unknown>): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  return `${b64({ alg: "RS256", typ: "JWT", kid: "forged" })}.${b64(claims)}.${Buffer.from("sig").toString("base64url")}`;
}

describe("authenticated mode (MICROSOFT_APP_ID + MICROSOFT_APP_PASSWORD)", () => {
  let app: RunningApp;
  beforeAll(async () => {
    const config = loadConfig({
      PORT: "0",
      MICROSOFT_APP_ID: "00000000-0000-0000-0000-000000000001",
      MICROSOFT_APP_PASSWORD: "not-a-real-secret",
      MICROSOFT_APP_TENANT_ID: TENANT,
    });
    app = await startApp(config, createLogger("silent"), { database: t.database, host: "127.0.0.1" });
  });
  afterAll(() => app.close());

  it("rejects an activity without a token with 401 and does nothing", async () => {
    const res = await postActivity(app.url, personal({ serviceUrl: fake.url }, { text: "hilfe" }));
    expect(res.status).toBe(401);
    expect(fake.calls).toHaveLength(0);
    expect(await t.store.findTenant("teams", TENANT)).toBeUndefined();
  });

  it("rejects a garbage bearer token and a forged token from a foreign issuer with 401", async () => {
    for (const token of [
      "abc",
      forgedJwt({
        iss: "https://evil.example",
        aud: "00000000-0000-0000-0000-000000000001",
        serviceurl: fake.url,
      }),
    ]) {
      const res = await postActivity(app.url, personal({ serviceUrl: fake.url }, { text: "hilfe" }), {
        authorization: `Bearer ${token}`,
      });
      expect(res.status).toBe(401);
    }
    expect(fake.calls).toHaveLength(0);
    expect(await t.store.findTenant("teams", TENANT)).toBeUndefined();
  });

  it("derives single-tenant options from MICROSOFT_APP_TENANT_ID", () => {
    const auth = teamsAuth(
      loadConfig({ MICROSOFT_APP_ID: "a", MICROSOFT_APP_PASSWORD: "b", MICROSOFT_APP_TENANT_ID: "c" }),
    );
    expect(auth).toEqual({ mode: "authenticated", appId: "a", password: "b", tenantId: "c" });
    // Without a tenant the SDK signs in multi-tenant (botframework.com).
    expect(teamsAuth(loadConfig({ MICROSOFT_APP_ID: "a", MICROSOFT_APP_PASSWORD: "b" }))).toEqual({
      mode: "authenticated",
      appId: "a",
      password: "b",
    });
    expect(teamsAuth(loadConfig({ MICROSOFT_APP_ID: "a" }))).toHaveProperty("misconfigured");
    expect(teamsAuth(loadConfig({}))).toEqual({ mode: "local" });
  });
});

describe("local mode (no credentials)", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(loadConfig({ PORT: "0" }), createLogger("silent"), {
      database: t.database,
      host: "127.0.0.1",
    });
  });
  afterAll(() => app.close());

  it("accepts a request over loopback", async () => {
    const res = await postActivity(app.url, personal({ serviceUrl: fake.url }, { text: "hilfe" }));
    expect(res.status).toBe(200);
    await fake.waitFor("reply", 1);
  });

  // The workplace allows test traffic on loopback only, so a foreign peer is played at the middleware.
  it("rejects a request whose socket peer is not loopback with 403, whatever X-Forwarded-For says", () => {
    const answered: { status?: number; body?: unknown; passed: boolean } = { passed: false };
    const res = {
      status(code: number) {
        answered.status = code;
        return this;
      },
      json(body: unknown) {
        answered.body = body;
        return this;
      },
    };
    const req = {
      socket: { remoteAddress: "192.0.2.2" },
      path: "/api/messages",
      headers: { "x-forwarded-for": "127.0.0.1" },
    };
    loopbackOnly(createLogger("silent"))(req as never, res as never, () => {
      answered.passed = true;
    });
    expect(answered).toMatchObject({ status: 403, passed: false });
    const local = { ...req, socket: { remoteAddress: "::ffff:127.0.0.1" } };
    loopbackOnly(createLogger("silent"))(local as never, res as never, () => {
      answered.passed = true;
    });
    expect(answered.passed).toBe(true);
  });

  it("classifies peer addresses by the socket, IPv4, IPv6 and IPv4-mapped", () => {
    for (const a of ["127.0.0.1", "127.10.0.3", "::1", "::ffff:127.0.0.1"]) expect(isLoopback(a)).toBe(true);
    for (const a of ["192.0.2.2", "10.0.0.1", "::ffff:192.0.2.2", "fd00::2", "", undefined, "127.0.0.1.evil"])
      expect(isLoopback(a)).toBe(false);
  });
});
