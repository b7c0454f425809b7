// The assistant starts without any platform credentials and answers its health endpoints.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
let app: RunningApp;
const lines: string[] = [];

beforeAll(async () => {
  t = await openTestDatabase();
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await startApp(loadConfig({ PORT: "0" }), createLogger("info", sink), {
    database: t.database,
    host: "127.0.0.1",
  });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe("health endpoints", () => {
  it("reports the process alive", async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: "ok",
      load: { inFlight: 0, waiting: 0, turnedAway: 0, admitted: 0 },
    });
  });

  it("reports ready once migrations are applied", async () => {
    const res = await fetch(`${app.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ready" });
  });

  it("reports not ready when the database is gone", async () => {
    const other = await openTestDatabase();
    const broken = await startApp(loadConfig({ PORT: "0" }), createLogger("silent"), {
      database: other.database,
      host: "127.0.0.1",
    });
    try {
      await other.close();
      const res = await fetch(`${broken.url}/readyz`);
      expect(res.status).toBe(503);
    } finally {
      await broken.close();
    }
  });

  it("logs JSON lines saying which adapters are enabled", () => {
    const parsed = lines.map(
      (l) => JSON.parse(l) as { msg: string; level: number; adapter?: string; enabled?: boolean },
    );
    expect(parsed.some((l) => l.msg === "Sozialraum-Assistent listening")).toBe(true);
    const status = new Map(parsed.filter((l) => typeof l.enabled === "boolean").map((l) => [l.adapter, l]));
    // Without credentials Slack and Teams are off and say, once and at info level, how to turn them on;
    // Teams' unauthenticated local mode is only ever on when asked for.
    expect(status.get("slack")?.enabled).toBe(false);
    expect(status.get("slack")?.msg).toMatch(/SLACK_BOT_TOKEN/);
    expect(status.get("teams")).toMatchObject({ enabled: false, level: 30 });
    expect(status.get("teams")?.msg).toMatch(
      /MICROSOFT_APP_ID.*MICROSOFT_APP_PASSWORD.*TEAMS_LOCAL_MODE=true/,
    );
    expect(parsed.filter((l) => l.adapter === "teams")).toHaveLength(1);
  });
});
