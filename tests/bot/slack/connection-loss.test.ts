// The test: the real `npm start` process (src/main.ts, a child process) takes 200 quick entries with
// Speichern over signed Slack requests while every connection to its database is killed every 150 ms.
// It stays alive, every „Gespeichert“ is stored exactly once, no stored row was answered „nichts gespeichert“,
// and pressing Speichern again after an unknown outcome never stores a second row.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeDraft } from "../../../src/commands/aktivitaet/draft.js";
import { aktivitaet, common } from "../../../src/commands/messages/index.js";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../../support/db.js";
import { type FakeSlack, startFakeSlack } from "../../support/fake-slack.js";
import { buttonPayload, payloadBody, postSigned, SECRET, slashBody, TEAM } from "./harness.js";

const main = fileURLToPath(new URL("../../../src/main.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));
const loopback = fileURLToPath(new URL("../../e2e/force-loopback.cjs", import.meta.url));

const SAVES = 200;
const WORKERS = 4;
const KILL_EVERY_MS = 150;

let t: TestDatabase;
let fake: FakeSlack;
let child: ChildProcess;
let baseUrl = "";
let stderr = "";
/** Error codes of the commands that failed, as the assistant logged them. */
const failures: Record<string, number> = {};
let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;

/** Starts the assistant the way `npm start` does, on a free loopback port; resolves with its URL. */
function startAssistant(databaseUrl: string): Promise<string> {
  child = spawn(tsx, [main], {
    env: {
      ...process.env,
      NODE_OPTIONS: `--require ${loopback}`,
      DATABASE_URL: databaseUrl,
      PORT: "0",
      LOG_LEVEL: "info",
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  child.on("exit", (code, signal) => {
    exited = { code, signal };
  });
  return new Promise((resolve, reject) => {
    let buffered = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const entry = JSON.parse(line) as { msg?: string; port?: number; err?: string };
        if (entry.msg === "Sozialraum-Assistent listening") resolve(`http://127.0.0.1:${entry.port}`);
        if (entry.msg === "command failed")
          failures[entry.err ?? "?"] = (failures[entry.err ?? "?"] ?? 0) + 1;
      }
    });
    child.on("exit", () => reject(new Error(`the assistant exited while starting: ${stderr}`)));
  });
}

beforeAll(async () => {
  if (!usingPostgres) return;
  t = await openTestDatabase();
  fake = await startFakeSlack();
  baseUrl = await startAssistant(t.url ?? "");
  await postSigned(baseUrl, slashBody("/sozialraum", "neu Nordstadt", fake.responseUrl("setup")));
  await fake.waitFor("response_url", (c) => c.path.endsWith("setup"), 15_000);
}, 120_000);

afterAll(async () => {
  if (child && !exited) {
    const gone = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await gone;
  }
  await fake?.close();
  await t?.close();
});

let n = 0;
let titles = 0;

async function reply(path: string, send: () => Promise<Response>): Promise<Record<string, unknown>> {
  const waiting = fake.waitFor("response_url", (c) => c.path.endsWith(path), 30_000);
  await send().catch((error: unknown) => {
    throw new Error(`the assistant did not answer; exit ${JSON.stringify(exited)}: ${stderr.slice(-800)}`, {
      cause: error,
    });
  });
  return (await waiting).args;
}

function saveButtonValue(args: Record<string, unknown>): string | undefined {
  const blocks = (args.blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[];
  return blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === "aktivitaet:save")?.value;
}

/** "ab", "ac", …: a title of its own for every save (the same title, district and day again would be asked about). */
const suffix = (i: number) =>
  (i + 26 * 26).toString(26).replace(/./g, (c) => String.fromCharCode(97 + Number.parseInt(c, 26)));

/**
 * A quick entry as a user types it, sent again a moment later (as a user would) until a confirmation comes.
 * The budget is time, not a count of tries: on a loaded machine one try takes longer while the killer
 * keeps cutting connections at the same pace, so a fixed count of tries fails for load alone.
 */
const CONFIRMATION_BUDGET_MS = 90_000;
async function confirmation(): Promise<string> {
  const title = `Elterncafé ${suffix(++titles)}`;
  let last = "";
  const deadline = Date.now() + CONFIRMATION_BUDGET_MS;
  for (let attempt = 0; attempt === 0 || Date.now() < deadline; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 250));
    const id = `q${++n}`;
    const args = await reply(id, () =>
      postSigned(baseUrl, slashBody("/aktivitaet", `2h ${title} @Nordstadt #projekt`, fake.responseUrl(id))),
    );
    const value = saveButtonValue(args);
    if (value) return value;
    last = JSON.stringify(args);
  }
  throw new Error(
    `no confirmation within ${CONFIRMATION_BUDGET_MS / 1000} s: ${last} ${JSON.stringify(failures)}`,
  );
}

async function pressSave(value: string): Promise<string> {
  const id = `s${++n}`;
  const args = await reply(id, () =>
    postSigned(baseUrl, payloadBody(buttonPayload("aktivitaet:save", value, fake.responseUrl(id)))),
  );
  return String(args.text ?? "");
}

type Outcome = { key: string; value: string } & (
  | { kind: "saved"; id: number }
  | { kind: "unknown" }
  | { kind: "nothingSaved" }
  | { kind: "other"; text: string }
);

function outcome(value: string, text: string): Outcome {
  const key = decodeDraft(value)?.draft.entryKey ?? "";
  const id = /Gespeichert: Aktivität Nr\. (\d+)\./.exec(text)?.[1];
  if (id) return { key, value, kind: "saved", id: Number(id) };
  if (text.includes(aktivitaet.saveUnknown) || text.includes(common.outcomeUnknown))
    return { key, value, kind: "unknown" };
  if (text.includes("nichts gespeichert")) return { key, value, kind: "nothingSaved" };
  return { key, value, kind: "other", text };
}

describe.skipIf(!usingPostgres)("losing every database connection every 150 ms during 200 saves", () => {
  it("keeps the process alive, stores every „Gespeichert“ once and never denies a stored row", async () => {
    const name = new URL(t.url ?? "").pathname.slice(1);
    const admin = postgres(process.env.TEST_DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
    let kills = 0;
    // Only this test's own database: the server is shared with other checkouts.
    const killer = setInterval(() => {
      admin<{ n: number }[]>`
        select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
        where datname = ${name} and pid <> pg_backend_pid()`
        .then(([row]) => {
          kills += row?.n ?? 0;
        })
        .catch(() => {});
    }, KILL_EVERY_MS);

    const outcomes: Outcome[] = [];
    let next = 0;
    const started = Date.now();
    try {
      await Promise.all(
        Array.from({ length: WORKERS }, async () => {
          while (next < SAVES) {
            next++;
            const value = await confirmation();
            outcomes.push(outcome(value, await pressSave(value)));
          }
        }),
      );
    } finally {
      clearInterval(killer);
      await admin.end();
    }
    const seconds = (Date.now() - started) / 1000;

    // Alive: no exit, no crash output, and healthy again without a restart.
    expect(exited).toBeUndefined();
    expect(stderr).not.toMatch(/TypeError|Unhandled|uncaught/i);
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    let ready = 0;
    for (let i = 0; i < 50 && ready !== 200; i++) {
      ready = (await fetch(`${baseUrl}/readyz`)).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(ready).toBe(200);

    const count = (kind: Outcome["kind"]) => outcomes.filter((o) => o.kind === kind).length;
    const first = { saved: count("saved"), unknown: count("unknown"), nothingSaved: count("nothingSaved") };
    expect(outcomes.filter((o) => o.kind === "other")).toEqual([]);
    expect(outcomes).toHaveLength(SAVES);

    const tenant = await t.store.findTenant("slack", TEAM);
    const store = t.store.forTenant(tenant?.id ?? -1);
    const rowsOf = async () => store.listActivities({}, { limit: 1000, offset: 0 });

    // Every „Gespeichert“ names a row that exists once, under its own entry key.
    const rows = await rowsOf();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const o of outcomes) if (o.kind === "saved") expect(byId.get(o.id)?.entryKey).toBe(o.key);
    // „nichts gespeichert“ only where nothing is stored.
    for (const o of outcomes)
      if (o.kind === "nothingSaved") expect(await store.findActivityByEntryKey(o.key)).toBeUndefined();

    // The user presses Speichern again on every confirmation that did not say „Gespeichert“. A pooled connection
    // the killer closed while it sat idle fails its next statement once ("nichts gespeichert", true: nothing was
    // stored), so a user may need a second press after the outage; never more than three.
    const finals = new Map<string, number>();
    for (const o of outcomes) {
      if (o.kind === "saved") finals.set(o.key, o.id);
      else {
        let again = outcome(o.value, await pressSave(o.value));
        for (let press = 2; press <= 3 && again.kind === "nothingSaved"; press++)
          again = outcome(o.value, await pressSave(o.value));
        expect(again.kind).toBe("saved");
        if (again.kind === "saved") finals.set(o.key, again.id);
      }
    }
    // One row per confirmation, each the one its reply named: no duplicates.
    const after = await rowsOf();
    expect(after.map((r) => r.id).sort((a, b) => a - b)).toEqual([...finals.values()].sort((a, b) => a - b));
    expect(new Set(after.map((r) => r.entryKey)).size).toBe(after.length);
    expect(after).toHaveLength(SAVES);

    console.info(
      `connection loss: ${SAVES} saves in ${seconds.toFixed(1)} s, ${kills} connections killed; ` +
        `first answer: ${first.saved} Gespeichert, ${first.unknown} unknown, ${first.nothingSaved} nichts gespeichert; ` +
        `after pressing again: ${after.length} rows, duplicates ${after.length - finals.size}; ` +
        `failed commands by error code: ${JSON.stringify(failures)}`,
    );
    expect(kills).toBeGreaterThan(0);
  }, 600_000);
});
