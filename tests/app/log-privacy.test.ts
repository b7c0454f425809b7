// At LOG_LEVEL=debug, nothing users type reaches the log: every family and sub-command is driven with
// marker strings over Slack and Teams, on the normal path and after the database has gone away.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/app.js";
import { FAMILIES } from "../../src/commands/registry.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { postSigned, SECRET, slashBody } from "../bot/slack/harness.js";
import { personal, postActivity } from "../bot/teams/activities.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";
import { type FakeConnector, startFakeConnector } from "../support/fake-connector.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";

const MARKER = "ZQXMARKER";
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

let db: TestDatabase;
let app: RunningApp;
let slack: FakeSlack;
let connector: FakeConnector;

/** What each family is sent: its bare word, each sub-command, and a line of free text with markers. */
const inputs = FAMILIES.flatMap((f) => [
  { family: f, text: `${MARKER}-a ${MARKER}-b` },
  ...f.subcommands.map((s) => ({
    family: f,
    text: `${s.name} ${MARKER}-${f.name}-${s.name} Frau ${MARKER}x 0171 2345678`,
  })),
]);

async function driveAll(tag: string): Promise<void> {
  for (const [i, { family, text }] of inputs.entries()) {
    const id = `${tag}-${i}`;
    await postSigned(app.url, slashBody(family.slack.slash, text, slack.responseUrl(id)));
    await postActivity(app.url, personal({ serviceUrl: connector.url }, { text: `${family.name} ${text}` }));
  }
  // Slack answers after the ack: give the last ones time to finish.
  await new Promise((r) => setTimeout(r, 500));
}

beforeAll(async () => {
  db = await openTestDatabase();
  slack = await startFakeSlack();
  connector = await startFakeConnector();
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "debug",
    TEAMS_LOCAL_MODE: "true",
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
  });
  app = await startApp(config, createLogger("debug", sink), {
    database: db.database,
    host: "127.0.0.1",
    autoTick: false,
  });
  await postSigned(app.url, slashBody("/sozialraum", "neu Nordstadt", slack.responseUrl("setup")));
});

afterAll(async () => {
  await app?.close();
  await slack?.close();
  await connector?.close();
  await db?.close().catch(() => {});
});

describe("logs at debug level", () => {
  it("carry no user text on the normal path", async () => {
    await driveAll("ok");
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.includes(MARKER))).toEqual([]);
  });

  it("carry no user text when every command fails because the database is gone", async () => {
    const before = lines.length;
    await db.database.close();
    await driveAll("down");
    // Where it fails depends on the driver: the command layer, the Teams turn, or (PostgreSQL, whose
    // replay ledger is a table) the Slack replay check before any command runs.
    const failures = lines
      .slice(before)
      .filter((l) => /command failed|teams turn failed|replay check unavailable/.test(l));
    expect(failures.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.includes(MARKER))).toEqual([]);
    expect(lines.filter((l) => /0171|2345678/.test(l))).toEqual([]);
  });
});
