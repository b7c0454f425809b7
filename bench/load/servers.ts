// The servers a load benchmark measures, side by side in this process: our app on each database, and bare Bolt apps.
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, LogLevel } from "@slack/bolt";
import { startApp } from "../../src/app.js";
import { sign } from "../../src/bot/slack/verify.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { type Database, openPgliteWorker } from "../../src/store/db.js";
import { openTestDatabase } from "../../tests/support/db.js";

export const SECRET = "bench-signing-secret";
export const QUICK_ENTRY = "{n}h Elterncafé @Nordstadt #projekt";

export interface Measured {
  /** The /slack/events URL. */
  url: string;
  stop(): Promise<void>;
}

export interface Variant {
  name: string;
  open(): Promise<{ database: Database; close(): Promise<void> }>;
}

/** The embedded database as the README starts it (worker thread, data folder), and PostgreSQL when configured. */
export function databaseVariants(): Variant[] {
  const embedded: Variant = {
    name: "pglite",
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "sra-bench-"));
      const database = await openPgliteWorker(dir);
      return {
        database,
        async close() {
          await database.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
  const postgres: Variant = { name: "postgres", open: openTestDatabase };
  return process.env.TEST_DATABASE_URL ? [embedded, postgres] : [embedded];
}

async function postSigned(url: string, body: string): Promise<void> {
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
}

/** Our app on `database`, with the district the quick entries name already set up. */
export async function startOurs(database: Database, apiUrl: string, responseUrl: string): Promise<Measured> {
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: apiUrl,
  });
  const app = await startApp(config, createLogger("silent"), { database, host: "127.0.0.1" });
  const url = `${app.url}/slack/events`;
  await postSigned(
    url,
    new URLSearchParams({
      team_id: "TBENCH",
      channel_id: "CBENCH",
      user_id: "UBENCH0",
      user_name: "fachkraft",
      command: "/sozialraum",
      text: "neu Nordstadt",
      response_url: responseUrl,
      trigger_id: "1.1.setup",
    }).toString(),
  );
  // The ack comes before the command runs: until the district exists, the first entries would make their
  // authors the team's first members (and admin) and be answered "no district yet", never a preview.
  const until = Date.now() + 30_000;
  for (;;) {
    const tenant = await app.store.findTenant("slack", "TBENCH");
    if (tenant && (await app.store.forTenant(tenant.id).listDistricts()).length > 0) break;
    if (Date.now() > until) throw new Error("bench setup: the district was not created");
    await new Promise((r) => setTimeout(r, 20));
  }
  return { url, stop: () => app.close() };
}

/**
 * A bare Bolt app on the same Slack adapter: "ack" only acknowledges; "respond" also posts a one-line preview to
 * response_url, as ours does, so reply latency compares like with like.
 */
export async function startBare(apiUrl: string, mode: "ack" | "respond"): Promise<Measured> {
  const bare = new App({
    signingSecret: SECRET,
    token: "xoxb-bare",
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: apiUrl },
    logLevel: LogLevel.ERROR,
  });
  bare.command("/aktivitaet", async ({ ack, respond, command }) => {
    await ack();
    if (mode === "respond") await respond({ response_type: "ephemeral", text: `Vorschau: ${command.text}` });
  });
  const server = (await bare.start(0)) as Server;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    stop: async () => {
      await bare.stop();
    },
  };
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "∞");

export function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) => r.map((v, i) => v.padEnd(widths[i] ?? 0)).join(" | ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of rows) console.log(line(r));
}
