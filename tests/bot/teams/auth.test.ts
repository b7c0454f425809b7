// Who may call /api/messages: Teams is off without credentials; tokens must vouch for the serviceUrl; the
// explicit local mode takes this machine only (no proxies, loopback service URLs) and says so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import {
  isLoopback,
  loopbackOnly,
  serviceUrlRejection,
  TEAMS_OFF,
  teamsAuth,
} from "../../../src/bot/teams/auth.js";
import { isLoopbackServiceUrl, isTeamsServiceUrl } from "../../../src/bot/teams/service-url.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { personal, postActivity, TENANT, unsignedJwt } from "./activities.js";

const APP_ID = "00000000-0000-0000-0000-000000000001";
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

/** Collects what is written to stderr while `run` runs (a stack trace there would be a finding). */
async function stderrDuring(run: () => Promise<void>): Promise<string> {
  const written: string[] = [];
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    written.push(String(chunk));
    return original(chunk, ...rest);
  }) as typeof process.stderr.write;
  try {
    await run();
  } finally {
    process.stderr.write = original;
  }
  return written.join("");
}

describe("without credentials and without TEAMS_LOCAL_MODE", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(loadConfig({ PORT: "0" }), createLogger("silent"), {
      database: t.database,
      host: "127.0.0.1",
    });
  });
  afterAll(() => app.close());

  it("serves no Teams endpoint: a loopback activity is not found, nothing stored or sent", async () => {
    const tenant = "tenant-off-by-default";
    const res = await postActivity(app.url, personal({ serviceUrl: fake.url, tenant }, { text: "hilfe" }));
    expect(res.status).toBe(404);
    expect(app.adapters.map((a) => a.name)).not.toContain("teams");
    expect(fake.calls).toHaveLength(0);
    expect(await t.store.findTenant("teams", tenant)).toBeUndefined();
  });

  it("says what to set", () => {
    expect(teamsAuth(loadConfig({}))).toEqual({ disabled: TEAMS_OFF });
    expect(TEAMS_OFF).toMatch(/MICROSOFT_APP_ID.*MICROSOFT_APP_PASSWORD.*TEAMS_LOCAL_MODE=true/);
    expect(teamsAuth(loadConfig({ TEAMS_LOCAL_MODE: "false" }))).toEqual({ disabled: TEAMS_OFF });
    expect(teamsAuth(loadConfig({ TEAMS_LOCAL_MODE: "true" }))).toEqual({ mode: "local" });
  });
});

describe("authenticated mode (MICROSOFT_APP_ID + MICROSOFT_APP_PASSWORD)", () => {
  let app: RunningApp;
  beforeAll(async () => {
    const config = loadConfig({
      PORT: "0",
      MICROSOFT_APP_ID: APP_ID,
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

  it("rejects garbage, foreign-issuer and serviceurl-mismatched tokens with 401, without a stack trace", async () => {
    const claims = { iss: "https://api.botframework.com", aud: APP_ID, exp: 4_102_444_800 };
    const tokens = [
      "abc",
      unsignedJwt({ ...claims, iss: "https://evil.example", serviceurl: fake.url }),
      // The activity names the metadata address; the token another URL, or none (as Entra tokens).
      unsignedJwt({ ...claims, serviceurl: "https://smba.trafficmanager.net/emea/" }),
      unsignedJwt({ ...claims, iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, tid: TENANT }),
    ];
    const stderr = await stderrDuring(async () => {
      for (const token of tokens) {
        const activity = personal({ serviceUrl: "http://169.254.169.254/" }, { text: "hilfe" });
        const res = await postActivity(app.url, activity, { authorization: `Bearer ${token}` });
        expect(res.status).toBe(401);
      }
      // Claim and activity agree, so the SDK's signature check is what refuses it.
      const vouching = unsignedJwt({ ...claims, serviceurl: fake.url });
      const res = await postActivity(app.url, personal({ serviceUrl: fake.url }, { text: "hilfe" }), {
        authorization: `Bearer ${vouching}`,
      });
      expect(res.status).toBe(401);
    });
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(fake.calls).toHaveLength(0);
    expect(await t.store.findTenant("teams", TENANT)).toBeUndefined();
  });

  it("takes only the serviceUrl that the token's serviceurl claim vouches for", () => {
    const auth = { mode: "authenticated", appId: APP_ID, password: "x" } as const;
    const bearer = (serviceurl?: string) =>
      `Bearer ${unsignedJwt({ aud: APP_ID, ...(serviceurl ? { serviceurl } : {}) })}`;
    const teamsUrl = "https://smba.trafficmanager.net/emea/";
    expect(serviceUrlRejection(auth, teamsUrl, bearer(teamsUrl))).toBeUndefined();
    // The SDK's comparison: case and a trailing slash do not count.
    expect(
      serviceUrlRejection(auth, teamsUrl, bearer("https://SMBA.trafficmanager.net/emea")),
    ).toBeUndefined();
    for (const [url, header] of [
      ["http://169.254.169.254/", bearer(teamsUrl)],
      [teamsUrl, bearer()],
      [teamsUrl, undefined],
      [teamsUrl, "Bearer not.a-jwt"],
      [undefined, bearer(teamsUrl)],
    ] as const)
      expect(serviceUrlRejection(auth, url, header)).toMatchObject({ status: 401 });
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
    expect(teamsAuth(loadConfig({ MICROSOFT_APP_ID: "a" }))).toEqual({
      disabled: "MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD must be set together",
    });
  });
});

describe("local mode (TEAMS_LOCAL_MODE=true, no credentials)", () => {
  let app: RunningApp;
  const lines: string[] = [];
  beforeAll(async () => {
    const sink = { write: (l: string) => lines.push(l) };
    app = await startApp(
      loadConfig({ PORT: "0", TEAMS_LOCAL_MODE: "true" }),
      createLogger("info", sink as never),
      { database: t.database, host: "127.0.0.1" },
    );
  });
  afterAll(() => app.close());

  it("accepts a request over loopback that names a loopback connector, and warns that it is on", async () => {
    fake.reset();
    const res = await postActivity(app.url, personal({ serviceUrl: fake.url }, { text: "hilfe" }));
    expect(res.status).toBe(200);
    await fake.waitFor("reply", 1);
    expect(lines.some((l) => l.includes('"level":40') && l.includes("teams adapter in local mode"))).toBe(
      true,
    );
  });

  it("refuses a request that came through a proxy with 403, and stores and sends nothing", async () => {
    fake.reset();
    const tenant = "tenant-forwarded";
    const headers: Record<string, string>[] = [
      { "x-forwarded-for": "198.51.100.7" },
      { "x-forwarded-host": "bot.example.org" },
      { forwarded: "for=198.51.100.7;proto=https" },
      { "x-real-ip": "198.51.100.7" },
    ];
    for (const header of headers) {
      const res = await postActivity(
        app.url,
        personal({ serviceUrl: fake.url, tenant }, { text: "hilfe" }),
        header,
      );
      expect(res.status, JSON.stringify(header)).toBe(403);
    }
    expect(fake.calls).toHaveLength(0);
    expect(await t.store.findTenant("teams", tenant)).toBeUndefined();
  });

  it("refuses a non-loopback serviceUrl with 400: nothing is stored, nothing posted there", async () => {
    fake.reset();
    const port = new URL(fake.url).port;
    const tenant = "tenant-foreign-service-url";
    for (const serviceUrl of [
      "http://169.254.169.254/",
      // 0.0.0.0 reaches this machine's fake connector on Linux: had the bot posted, the fake would see it.
      `http://0.0.0.0:${port}/`,
      `http://127.0.0.1@0.0.0.0:${port}/`,
      "https://smba.trafficmanager.net/emea/",
      "http://intranet.example/",
    ]) {
      for (const activity of [
        personal({ serviceUrl, tenant }, { text: "hilfe" }),
        { ...personal({ serviceUrl, tenant }), type: "installationUpdate", action: "add" },
      ]) {
        const res = await postActivity(app.url, activity);
        expect(res.status, serviceUrl).toBe(400);
      }
    }
    const without = personal({ serviceUrl: "", tenant }, { text: "hilfe" });
    delete without.serviceUrl;
    expect((await postActivity(app.url, without)).status).toBe(400);
    expect(fake.calls).toHaveLength(0);
    expect(await t.store.findTenant("teams", tenant)).toBeUndefined();
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
    const req = { socket: { remoteAddress: "192.0.2.2" }, path: "/api/messages", headers: {} };
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

  it("classifies service URLs: loopback for local mode, Microsoft's Teams hosts for credentials", () => {
    for (const u of ["http://127.0.0.1:56000/", "http://localhost:3978", "https://[::1]:8443/x"])
      expect(isLoopbackServiceUrl(u)).toBe(true);
    for (const u of [
      "http://169.254.169.254/",
      "http://0.0.0.0/",
      "http://127.0.0.1.evil.example/",
      "http://user@127.0.0.1/",
      "file:///etc/passwd",
      "not a url",
      42,
    ])
      expect(isLoopbackServiceUrl(u)).toBe(false);
    for (const u of ["https://smba.trafficmanager.net/emea/", "https://smba.infra.gcc.teams.microsoft.com/"])
      expect(isTeamsServiceUrl(u)).toBe(true);
    for (const u of [
      "http://smba.trafficmanager.net/emea/",
      "https://smba.trafficmanager.net.evil.example/",
      "https://smba.trafficmanager.net:8443/",
      "https://evil.example/smba.trafficmanager.net/",
      "http://127.0.0.1:56000/",
    ])
      expect(isTeamsServiceUrl(u)).toBe(false);
  });
});
