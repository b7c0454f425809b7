// /readyz follows the database: 503 while PostgreSQL cannot be reached or its connections are being
// killed, 200 again by itself once it is back, without a restart. PostgreSQL behind a local TCP proxy
// (the shared server itself is never stopped); kills are limited to this test's own database.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { type Database, openDatabase } from "../../src/store/index.js";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../support/db.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";

let t: TestDatabase;
let proxy: TcpProxy;
let database: Database;
let app: RunningApp;

beforeAll(async () => {
  if (!usingPostgres) return;
  t = await openTestDatabase();
  proxy = await startTcpProxy(t.url ?? "");
  database = await openDatabase({ databaseUrl: proxy.url });
  app = await startApp(loadConfig({ PORT: "0" }), createLogger("silent"), {
    database,
    host: "127.0.0.1",
    autoTick: false,
  });
});

afterAll(async () => {
  await app?.close();
  await database?.close();
  await proxy?.close();
  await t?.close();
});

/** One probe, timed: a probe that hangs is as bad as a wrong answer. */
async function probe(): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const res = await fetch(`${app.url}/readyz`);
  await res.body?.cancel();
  return { status: res.status, ms: Date.now() - started };
}

async function until(status: number, withinMs: number): Promise<number> {
  const started = Date.now();
  let last = 0;
  while (Date.now() - started < withinMs) {
    last = (await probe()).status;
    if (last === status) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

describe.skipIf(!usingPostgres)("/readyz when the database goes away and comes back", () => {
  it("answers 503 quickly while PostgreSQL is unreachable and 200 again once it is back", async () => {
    expect((await probe()).status).toBe(200);
    await proxy.cut();
    const down = await probe();
    expect(down.status).toBe(503);
    expect(down.ms).toBeLessThan(3_000);
    expect((await probe()).status).toBe(503);
    await proxy.restore();
    expect(await until(200, 10_000)).toBe(200);
  });

  it("answers 503 within the probe timeout when connections hang, and 200 again afterwards", async () => {
    expect((await probe()).status).toBe(200);
    proxy.hang();
    const down = await probe();
    expect(down.status).toBe(503);
    expect(down.ms).toBeLessThan(3_000);
    await proxy.restore();
    expect(await until(200, 10_000)).toBe(200);
  });

  it("answers every probe while connections are killed every 150 ms, and is ready again afterwards", async () => {
    const name = new URL(t.url ?? "").pathname.slice(1);
    const admin = postgres(process.env.TEST_DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
    const kill = () =>
      admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`;
    const killer = setInterval(() => void kill().catch(() => {}), 150);
    const answers: { status: number; ms: number }[] = [];
    try {
      const started = Date.now();
      while (Date.now() - started < 3_000) answers.push(await probe());
    } finally {
      clearInterval(killer);
      await admin.end();
    }
    const notReady = answers.filter((a) => a.status === 503).length;
    console.info(`readyz while killing: ${answers.length} probes, ${notReady} answered 503`);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((a) => (a.status === 200 || a.status === 503) && a.ms < 3_000)).toBe(true);
    expect(await until(200, 10_000)).toBe(200);
  });
});
