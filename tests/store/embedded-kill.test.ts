// The real bot (`npm start`'s entry point) on a data folder, as a child process: activities saved through
// Slack are still there after a kill -9 that hits it while more saves are under way, the bot starts again on
// that folder, and a SIGTERM then stops it cleanly (database worker included). Runs on PGlite whatever
// TEST_DATABASE_URL says: the embedded database is the subject.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/db.js";
import { createStore } from "../../src/store/index.js";
import { buttonPayload, payloadBody, postSigned, SECRET, slashBody, TEAM } from "../bot/slack/harness.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";

const main = fileURLToPath(new URL("../../src/main.ts", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

let fake: FakeSlack;
let dir: string;
const children: ChildProcess[] = [];
beforeAll(async () => {
  fake = await startFakeSlack();
  dir = mkdtempSync(join(tmpdir(), "sra-kill-"));
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

interface Bot {
  url: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function startBot(): Promise<Bot> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    DATA_DIR: join(dir, "data"),
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
  };
  delete env.DATABASE_URL;
  // node itself with tsx's loader, not the tsx wrapper: a SIGKILL must hit the bot, not a parent of it.
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode} while starting`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { url, child, exited };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the bot did not become ready");
}

interface AnyBlock {
  elements?: { action_id?: string; value?: string }[];
  accessory?: { action_id?: string; value?: string };
}

/** A quick entry, then Speichern on its preview, the way a user saves one; resolves on the click's answer. */
async function saveActivity(bot: Bot, tag: string): Promise<string> {
  await postSigned(
    bot.url,
    slashBody("/aktivitaet", `1h Elterncafé ${tag} @Nordstadt #projekt`, fake.responseUrl(`q-${tag}`)),
  );
  const preview = await fake.waitFor("response_url", (c) => c.path.endsWith(`q-${tag}`), 30_000);
  const blocks = preview.args.blocks as AnyBlock[];
  const save = blocks
    .flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])])
    .find((b) => b.action_id === "aktivitaet:save");
  expect(save?.value, tag).toBeTruthy();
  await postSigned(
    bot.url,
    payloadBody(buttonPayload("aktivitaet:save", save?.value, fake.responseUrl(`s-${tag}`))),
  );
  const answer = await fake.waitFor("response_url", (c) => c.path.endsWith(`s-${tag}`), 30_000);
  return JSON.stringify(answer.args);
}

async function storedTitles(): Promise<string[]> {
  const database = await openDatabase({ dataDir: join(dir, "data") });
  try {
    const store = createStore(database.db);
    const tenant = await store.findTenant("slack", TEAM);
    const rows = await store.forTenant(tenant?.id ?? -1).listActivities({}, { limit: 100, offset: 0 });
    return rows.map((a) => a.title);
  } finally {
    await database.close();
  }
}

describe("the bot on a data folder, killed with SIGKILL", () => {
  it("keeps every saved activity, starts again on the folder and stops cleanly on SIGTERM", async () => {
    const first = await startBot();
    await postSigned(first.url, slashBody("/sozialraum", "neu Nordstadt", fake.responseUrl("setup")));
    await fake.waitFor("response_url", (c) => c.path.endsWith("setup"), 30_000);
    const confirmed = ["A1", "A2", "A3"];
    for (const tag of confirmed) expect(await saveActivity(first, tag)).toContain("Gespeichert:");
    // More saves on their way when the process dies: none of them may damage the folder.
    const inFlight = ["B1", "B2", "B3", "B4"].map((tag) => saveActivity(first, tag).catch(() => "lost"));
    await new Promise((r) => setTimeout(r, 150));
    first.child.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    await Promise.race([Promise.allSettled(inFlight), new Promise((r) => setTimeout(r, 1_000))]);

    const second = await startBot();
    expect(await saveActivity(second, "C1")).toContain("Gespeichert:");
    second.child.kill("SIGTERM");
    expect(await second.exited).toEqual({ code: 0, signal: null });

    const titles = await storedTitles();
    for (const tag of [...confirmed, "C1"])
      expect(
        titles.filter((t) => t.includes(tag)),
        tag,
      ).toHaveLength(1);
  }, 180_000);
});
