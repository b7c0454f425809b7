// Slash-command ack latency and throughput of the running app vs. a bare Bolt app, at several concurrency levels and databases.
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, LogLevel } from "@slack/bolt";
import { startApp } from "../src/app.js";
import { sign } from "../src/bot/slack/verify.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/log.js";
import { type Database, openPgliteInProcess, openPgliteWorker } from "../src/store/db.js";
import { openTestDatabase } from "../tests/support/db.js";
import { type FakeSlack, startFakeSlack } from "../tests/support/fake-slack.js";
import type { Benchmark } from "./run.js";

const SECRET = "bench-signing-secret";
const LEVELS = [1, 8, 32, 64];
const SECONDS_PER_RUN = 4;
const MAX_REQUESTS_PER_RUN = 4_000;

interface RunResult {
  sent: number;
  failed: number;
  p50: number;
  p99: number;
  perSecond: number;
}

let counter = 0;

function quickEntryBody(responseUrl: string): string {
  counter += 1;
  return new URLSearchParams({
    team_id: "TBENCH",
    team_domain: "bench",
    channel_id: "CBENCH",
    channel_name: "nordstadt",
    user_id: `UBENCH${counter % 20}`,
    user_name: "fachkraft",
    command: "/aktivitaet",
    text: `${1 + (counter % 3)}h Elterncafé @Nordstadt #projekt`,
    api_app_id: "ABENCH",
    response_url: responseUrl,
    trigger_id: `${counter}.${Date.now()}.bench`,
  }).toString();
}

async function post(url: string, body: string): Promise<boolean> {
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": sign(SECRET, ts, body),
    },
    body,
  });
  await res.arrayBuffer();
  return res.status === 200;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

/** `concurrency` workers send signed quick entries back to back for a fixed time (or request cap). */
async function load(url: string, concurrency: number, responseUrl: () => string): Promise<RunResult> {
  const latencies: number[] = [];
  let failed = 0;
  let sent = 0;
  const started = performance.now();
  const deadline = started + SECONDS_PER_RUN * 1000;
  const worker = async () => {
    while (performance.now() < deadline && sent < MAX_REQUESTS_PER_RUN) {
      sent += 1;
      const body = quickEntryBody(responseUrl());
      const t0 = performance.now();
      const ok = await post(url, body).catch(() => false);
      latencies.push(performance.now() - t0);
      if (!ok) failed += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    sent,
    failed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: sent / elapsed,
  };
}

async function startBareBolt(apiUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const bare = new App({
    signingSecret: SECRET,
    token: "xoxb-bare",
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: apiUrl },
    logLevel: LogLevel.ERROR,
  });
  bare.command("/aktivitaet", async ({ ack }) => {
    await ack();
  });
  const server = (await bare.start(0)) as Server;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    stop: async () => {
      await bare.stop();
    },
  };
}

async function waitForReplies(count: () => number, expected: number, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (count() < expected && performance.now() - started < timeoutMs)
    await new Promise((r) => setTimeout(r, 25));
  return performance.now() - started;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

interface Variant {
  name: string;
  open(): Promise<{ database: Database; close(): Promise<void> }>;
}

/** A fresh data folder per variant, removed afterwards. */
function embedded(name: string, open: (dir: string) => Promise<Database>): Variant {
  return {
    name,
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "sra-bench-"));
      const database = await open(dir);
      return {
        database,
        async close() {
          await database.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
}

/**
 * PostgreSQL when TEST_DATABASE_URL is set; otherwise the embedded database on a data folder, both ways:
 * on the app's event loop (as before) and in its worker thread (the default now), side by side.
 */
function variants(): Variant[] {
  if (process.env.TEST_DATABASE_URL) return [{ name: "postgres", open: openTestDatabase }];
  return [
    embedded("pglite in-process", (dir) => openPgliteInProcess(dir)),
    embedded("pglite worker", (dir) => openPgliteWorker(dir)),
  ];
}

async function measure(variant: Variant, fake: FakeSlack, bare: { url: string }): Promise<string[][]> {
  const { database, close } = await variant.open();
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
  });
  const app = await startApp(config, createLogger("silent"), { database, host: "127.0.0.1" });
  const ours = `${app.url}/slack/events`;
  try {
    // A district, so quick entries run the whole path (tenant, member, parsing, lookups).
    fake.reset();
    await post(
      ours,
      quickEntryBody(fake.responseUrl())
        .replace(/command=[^&]+/, "command=%2Fsozialraum")
        .replace(/text=[^&]+/, "text=neu+Nordstadt"),
    );
    await waitForReplies(() => fake.callsTo("response_url").length, 1, 10_000);
    // Warm-up: JIT, connection pools, first-member creation.
    const warm = await load(ours, 4, () => fake.responseUrl());
    // Let the warm-up's replies finish, so they neither run beside the bare app nor count as the next level's.
    await waitForReplies(() => fake.callsTo("response_url").length, warm.sent + 1, 60_000);
    await load(bare.url, 4, () => fake.responseUrl()).then(() => undefined);
    const rows: string[][] = [];
    for (const c of LEVELS) {
      fake.reset();
      const o = await load(ours, c, () => fake.responseUrl());
      // Acks no longer wait for the work, so a backlog of replies may follow: it must be done before the
      // bare app and the next level are measured, or its work would count against them.
      const drainMs = await waitForReplies(() => fake.callsTo("response_url").length, o.sent, 120_000);
      const replies = fake.callsTo("response_url").length;
      const b = await load(bare.url, c, () => fake.responseUrl());
      rows.push([
        variant.name,
        String(c),
        `${fmt(o.p50)} / ${fmt(o.p99)}`,
        `${fmt(b.p50)} / ${fmt(b.p99)}`,
        `${fmt(o.p50 / b.p50, 2)} / ${fmt(o.p99 / b.p99, 2)}`,
        `${fmt(o.perSecond, 0)} / ${fmt(b.perSecond, 0)}`,
        fmt(o.perSecond / b.perSecond, 2),
        `${o.failed}/${o.sent} · ${b.failed}/${b.sent}`,
        `${replies}/${o.sent} in +${fmt(drainMs / 1000)} s`,
      ]);
    }
    return rows;
  } finally {
    await app.close();
    await close();
  }
}

export const slackAck: Benchmark = {
  name: "slack-ack",
  description: "signed /aktivitaet quick entries: ack latency and throughput, our app vs. a bare Bolt app",
  async run() {
    const fake = await startFakeSlack();
    const bare = await startBareBolt(fake.apiUrl);
    try {
      const rows: string[][] = [];
      for (const variant of variants()) rows.push(...(await measure(variant, fake, bare)));
      const head = [
        "database",
        "conc",
        "ours p50/p99 ms",
        "bare p50/p99 ms",
        "ratio p50/p99",
        "ours/bare req/s",
        "ratio req/s",
        "failed ours · bare",
        "ours replies done",
      ];
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
      const line = (r: string[]) => r.map((v, i) => v.padEnd(widths[i] ?? 0)).join(" | ");
      console.log(line(head));
      console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
      for (const r of rows) console.log(line(r));
      console.log(
        `(${SECONDS_PER_RUN} s per run; ratio > 1 means ours is slower; ack = HTTP 200 to Slack, the reply itself follows on response_url)`,
      );
    } finally {
      await bare.stop();
      await fake.close();
    }
  },
};
