// Scheduler benchmark: N reminders due within one minute over many channels and tenants, three worker
// processes on one PostgreSQL, against a fake Slack that allows one post per second per channel.
// Reports the total time against the bound the limit allows, the 429s, the duplicates and the losses.
// Size: SCHED_REMINDERS / SCHED_CHANNELS / SCHED_TENANTS / SCHED_SPREAD_S (default 10,000 / 2,000 / 50 / 60).
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { createStore, openDatabase } from "../src/store/index.js";
import { withDatabaseName } from "../tests/support/global-setup.js";
import type { Benchmark } from "./run.js";
import { startStrictSlack } from "./scheduler/fake-slack.js";

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const DB_NAME = "sra_bench_scheduler";
const WORKERS = 3;
const script = fileURLToPath(new URL("./scheduler/worker.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function freshDatabase(): Promise<string> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
  await admin.unsafe(`create database ${DB_NAME}`);
  await admin.end();
  return withDatabaseName(ADMIN_URL, DB_NAME);
}

/** The earliest finish the limit allows: per channel, each post at its due time or 1 s after the last. */
function boundOf(due: Map<string, number[]>): number {
  let end = 0;
  for (const times of due.values()) {
    let last = Number.NEGATIVE_INFINITY;
    for (const t of [...times].sort((a, b) => a - b)) last = Math.max(t, last + 1_000);
    end = Math.max(end, last);
  }
  return end;
}

async function runOnce(reminders: number, channels: number, tenants: number, spreadMs: number) {
  const url = await freshDatabase();
  const database = await openDatabase({ databaseUrl: url });
  const store = createStore(database.db);
  const tenantIds: number[] = [];
  for (let i = 0; i < tenants; i++)
    tenantIds.push((await store.ensureTenant("slack", `TB${i}`, `Bench ${i}`)).id);

  // Workers start first, so their start-up is not measured; the first reminder is due a few seconds on.
  const slack = await startStrictSlack();
  const children: ChildProcess[] = [];
  for (let w = 0; w < WORKERS; w++) {
    children.push(
      spawn(tsx, [script], {
        env: { ...process.env, DATABASE_URL: url, SLACK_API_URL: slack.apiUrl },
        stdio: ["ignore", "ignore", "inherit"],
      }),
    );
  }
  const start = Date.now() + 8_000;
  const due = new Map<string, number[]>();
  // Deterministic spread: reminder i goes to channel i mod channels, due at a pseudo-random instant.
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  const rows: { tenant_id: number; kind: string; idempotency_key: string; run_at: Date; payload: unknown }[] =
    [];
  for (let i = 0; i < reminders; i++) {
    const c = i % channels;
    const tenantId = tenantIds[c % tenants] ?? 0;
    const at = start + Math.floor(random() * spreadMs);
    const channel = `C${c}`;
    due.set(`${tenantId}:${channel}`, [...(due.get(`${tenantId}:${channel}`) ?? []), at]);
    rows.push({
      tenant_id: tenantId,
      kind: "bench.remind",
      idempotency_key: `rem-${i}`,
      run_at: new Date(at),
      payload: { channel },
    });
  }
  for (let i = 0; i < rows.length; i += 1_000) {
    await sql`insert into scheduled_jobs ${sql(rows.slice(i, i + 1_000).map((r) => ({ ...r, payload: sql.json(r.payload as never) })))}`;
  }
  const bound = boundOf(due) - start;

  const deadline = Date.now() + 8_000 + spreadMs + 240_000;
  let done = 0;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const [row] = await sql<
      { n: number }[]
    >`select count(*)::int as n from scheduled_jobs where status <> 'pending' and status <> 'running'`;
    done = row?.n ?? 0;
    if (done >= reminders) break;
  }
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(
    children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on("exit", r)))),
  );
  const [failed] = await sql<
    { n: number }[]
  >`select count(*)::int as n from scheduled_jobs where status = 'failed'`;
  await sql.end();
  await database.close();
  await slack.close();

  const counts = new Map<string, number>();
  for (const p of slack.accepted) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
  const duplicates = [...counts.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
  const lost = reminders - counts.size;
  const last = Math.max(...slack.accepted.map((p) => p.at));
  const total = last - start;
  console.log(
    `  ${reminders} reminders, ${channels} channels, ${tenants} tenants, due over ${spreadMs / 1000} s, ${WORKERS} workers:\n` +
      `    total ${(total / 1000).toFixed(1)} s from the first due time; bound ${(bound / 1000).toFixed(1)} s; ` +
      `ratio ${(total / bound).toFixed(3)} (goal <= 1.2)\n` +
      `    accepted ${slack.accepted.length}, 429s ${slack.refused}, duplicates ${duplicates}, lost ${lost}, ` +
      `jobs failed ${failed?.n ?? "?"}, jobs finished ${done}/${reminders}`,
  );
}

export const schedulerBench: Benchmark = {
  name: "scheduler",
  description:
    "reminders due within a minute, 3 worker processes on PostgreSQL, fake Slack at 1 post/s/channel",
  async run() {
    await runOnce(
      num("SCHED_REMINDERS", 10_000),
      num("SCHED_CHANNELS", 2_000),
      num("SCHED_TENANTS", 50),
      num("SCHED_SPREAD_S", 60) * 1000,
    );
  },
};
