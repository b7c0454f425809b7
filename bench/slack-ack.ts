// Slash-command ack latency and throughput of the running app vs. a bare Bolt app, at several concurrency levels
// and on both databases; the load comes from a separate process over connections opened beforehand.
import { common } from "../src/commands/messages/index.js";
import { type LoadGenerator, startLoadGenerator } from "./load/client.js";
import {
  databaseVariants,
  fmt,
  type Measured,
  printTable,
  QUICK_ENTRY,
  SECRET,
  startBare,
  startOurs,
  type Variant,
} from "./load/servers.js";
import type { Benchmark } from "./run.js";

const LEVELS = [1, 8, 32, 64];
const SECONDS_PER_RUN = 4;
const MAX_REQUESTS_PER_RUN = 4_000;

const run = (gen: LoadGenerator, target: Measured, concurrency: number, seconds = SECONDS_PER_RUN) =>
  gen.closed({
    url: target.url,
    secret: SECRET,
    text: QUICK_ENTRY,
    concurrency,
    seconds,
    maxRequests: MAX_REQUESTS_PER_RUN,
  });

const BUSY = common.busy.slice(0, 30);

/**
 * Waits until every entry of the last run has its reply (a preview or the busy answer), so their work does
 * not count against the bare app or the next level; returns the replies and how long they took.
 */
async function drain(gen: LoadGenerator, sent: number): Promise<{ busy: number; seconds: number }> {
  const started = performance.now();
  for (;;) {
    const { replies, busy } = await gen.replies(BUSY);
    if (replies >= sent || performance.now() - started > 180_000)
      return { busy, seconds: (performance.now() - started) / 1000 };
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function measure(variant: Variant, gen: LoadGenerator, bare: Measured): Promise<string[][]> {
  const { database, close } = await variant.open();
  const ours = await startOurs(database, gen.apiUrl, gen.apiUrl.replace("/api/", "/response/setup"));
  try {
    const warm = await run(gen, ours, 4, 2); // warm-up: JIT, pools, first members
    await drain(gen, warm.sent);
    await run(gen, bare, 4, 1);
    const rows: string[][] = [];
    for (const c of LEVELS) {
      const o = await run(gen, ours, c);
      const after = await drain(gen, o.sent);
      const b = await run(gen, bare, c);
      rows.push([
        variant.name,
        String(c),
        `${fmt(o.p50)} / ${fmt(o.p99)}`,
        `${fmt(b.p50)} / ${fmt(b.p99)}`,
        `${fmt(o.p50 / b.p50, 2)} / ${fmt(o.p99 / b.p99, 2)}`,
        `${fmt(o.perSecond, 0)} / ${fmt(b.perSecond, 0)}`,
        fmt(o.perSecond / b.perSecond, 2),
        `${o.failed}/${o.sent} · ${b.failed}/${b.sent}`,
        `${after.busy} · +${fmt(after.seconds)} s`,
      ]);
    }
    return rows;
  } finally {
    await ours.stop();
    await close();
  }
}

export const slackAck: Benchmark = {
  name: "slack-ack",
  description:
    "signed /aktivitaet quick entries from a separate process: ack latency and throughput, ours vs. a bare Bolt app",
  async run() {
    const gen = await startLoadGenerator();
    const bare = await startBare(gen.apiUrl, "ack");
    try {
      const rows: string[][] = [];
      for (const variant of databaseVariants()) rows.push(...(await measure(variant, gen, bare)));
      printTable(
        [
          "database",
          "conc",
          "ours p50/p99 ms",
          "bare p50/p99 ms",
          "ratio p50/p99",
          "ours/bare req/s",
          "ratio req/s",
          "failed ours · bare",
          "turned away · replies done",
        ],
        rows,
      );
      console.log(
        `(${SECONDS_PER_RUN} s per run; ratio > 1 means ours is slower; ack = HTTP 200 to Slack, the reply follows on response_url)`,
      );
    } finally {
      await bare.stop();
      await gen.stop();
    }
  },
};
