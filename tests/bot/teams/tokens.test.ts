// Bot Framework tokens over HTTP against a local fake OpenID key set: every rejected token is a 401, quietly.
import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import {
  BOT_FRAMEWORK_ISSUER,
  type FakeOpenId,
  PUBLISHED_KID,
  startFakeOpenId,
} from "../../support/fake-openid.js";
import { personal, postActivity, TENANT } from "./activities.js";

const APP_ID = "00000000-0000-0000-0000-000000000001";
let t: TestDatabase;
let fake: FakeConnector;
let keys: FakeOpenId;
let app: RunningApp;
const lines: string[] = [];
const stderr: string[] = [];

beforeAll(async () => {
  t = await openTestDatabase();
  fake = await startFakeConnector();
  keys = await startFakeOpenId();
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({
    PORT: "0",
    MICROSOFT_APP_ID: APP_ID,
    MICROSOFT_APP_PASSWORD: "not-a-real-secret",
    MICROSOFT_APP_TENANT_ID: TENANT,
    MICROSOFT_OPENID_METADATA_URL: keys.metadataUrl,
  });
  app = await startApp(config, createLogger("info", sink), { database: t.database, host: "127.0.0.1" });
});
afterAll(async () => {
  await app.close();
  await keys.close();
  await fake.close();
  await t.close();
});
beforeEach(() => fake.reset());

const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: Record<string, unknown> = {}) => ({
  iss: BOT_FRAMEWORK_ISSUER,
  aud: APP_ID,
  nbf: now() - 10,
  exp: now() + 600,
  serviceurl: fake.url,
  ...extra,
});
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
/** A typing activity: accepted, it makes the bot send nothing, so a 200 proves the token passed. */
const typing = () => personal({ serviceUrl: fake.url }, { type: "typing" });
const post = (authorization: string | undefined) =>
  postActivity(app.url, typing(), authorization === undefined ? {} : { authorization });

/** Captures what the process writes to stderr while `run` runs (stack traces would land there). */
async function capturingStderr(run: () => Promise<void>): Promise<void> {
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    stderr.push(String(chunk));
    return original(chunk, ...rest);
  }) as typeof process.stderr.write;
  try {
    await run();
  } finally {
    process.stderr.write = original;
  }
}

describe("tokens checked against the published keys", () => {
  it("accepts a token signed with the published key (the fake key set is really used)", async () => {
    const res = await post(`Bearer ${keys.sign(claims())}`);
    expect(res.status).toBe(200);
    expect(keys.keyFetches).toBeGreaterThan(0);
  });

  it("answers every rejected token with 401, without a stack trace or an error-level log", async () => {
    const rejected: Record<string, string | undefined> = {
      "no header": undefined,
      "empty bearer": "Bearer ",
      "basic scheme": "Basic dXNlcjpwYXNz",
      garbage: "Bearer abc",
      "three garbage parts": "Bearer a.b.c",
      "real kid, forged signature": `Bearer ${keys.forge(claims())}`,
      "real kid, forged claims on a real signature": `Bearer ${keys.sign(claims()).split(".")[0]}.${b64(claims({ aud: "other" }))}.${keys.sign(claims()).split(".")[2]}`,
      expired: `Bearer ${keys.sign(claims({ exp: now() - 3_600, nbf: now() - 7_200 }))}`,
      "not yet valid": `Bearer ${keys.sign(claims({ nbf: now() + 3_600 }))}`,
      "wrong audience": `Bearer ${keys.sign(claims({ aud: "11111111-0000-0000-0000-000000000000" }))}`,
      "wrong issuer": `Bearer ${keys.sign(claims({ iss: "https://evil.example" }))}`,
      "Entra issuer with a made-up tenant": `Bearer ${keys.forge(claims({ iss: "https://login.microsoftonline.com/evil-tenant/v2.0", tid: "evil-tenant" }))}`,
      "other service URL": `Bearer ${keys.sign(claims({ serviceurl: "https://evil.example/" }))}`,
      "service URL a number": `Bearer ${keys.sign(claims({ serviceurl: 7 }))}`,
      "unknown kid": `Bearer ${keys.forge(claims(), { kid: "not-published" })}`,
      "kid an object": `Bearer ${keys.forge(claims(), { kid: { x: 1 } })}`,
      "alg none": `Bearer ${b64({ alg: "none", kid: PUBLISHED_KID })}.${b64(claims())}.`,
      "alg HS256 with the kid": `Bearer ${b64({ alg: "HS256", kid: PUBLISHED_KID })}.${b64(claims())}.c2ln`,
      "payload an array": `Bearer ${b64({ alg: "RS256", kid: PUBLISHED_KID })}.${b64([1])}.c2ln`,
      "huge token": `Bearer ${keys.forge(claims({ pad: "x".repeat(9_000) }))}`,
    };
    await capturingStderr(async () => {
      for (const [kind, authorization] of Object.entries(rejected)) {
        const res = await post(authorization);
        expect(res.status, kind).toBe(401);
      }
    });
    expect(fake.calls).toHaveLength(0);
    expect(await t.store.findTenant("teams", TENANT)).toBeUndefined();
    expect(stderr.join("")).not.toMatch(/\n\s+at /);
    expect(lines.join("")).not.toMatch(/"level":50/);
    expect(lines.some((l) => l.includes("teams request rejected"))).toBe(true);
  });
});
