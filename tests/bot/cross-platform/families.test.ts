// Every family and every sub-command the registry declares, typed as a user would on Slack (signed
// slash commands), on Teams (Bot Framework activities) and in the console: each gets a German answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleWhere, demoCaller, ensureDemoDistrict } from "../../../src/bot/console/demo.js";
import { runSession } from "../../../src/bot/console/session.js";
import { systemClock } from "../../../src/clock.js";
import { createCommandLayer } from "../../../src/commands/dispatch.js";
import type { Family } from "../../../src/commands/family.js";
import { common } from "../../../src/commands/messages/index.js";
import { FAMILIES } from "../../../src/commands/registry.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import type { ConnectorCall, FakeConnector } from "../../support/fake-connector.js";
import { startFakeConnector } from "../../support/fake-connector.js";
import { stringsIn } from "../delivery/support.js";
import { type Harness, postSigned, slashBody, startHarness } from "../slack/harness.js";
import { cardOf, personal, postActivity } from "../teams/activities.js";

/** Every line a user can type: the bare family, its help, and each declared sub-command. */
function linesOf(family: Family): { label: string; text: string }[] {
  return [
    { label: `${family.name} (leer)`, text: "" },
    { label: `${family.name} hilfe`, text: "hilfe" },
    ...family.subcommands.map((s) => ({ label: `${family.name} ${s.name}`, text: s.name })),
  ];
}

const CASES = FAMILIES.flatMap((family) => linesOf(family).map((line) => ({ family, ...line })));

/** German, not an error: some German word or umlaut, and none of the fallbacks. */
function expectGermanAnswer(label: string, strings: string[]): void {
  const all = strings.join("\n");
  expect(all.trim().length, `${label}: an answer`).toBeGreaterThan(0);
  expect(all, `${label}: German`).toMatch(
    /[äöüßÄÖÜ„“]|\b(und|oder|der|die|das|nicht|bitte|dein|deine|noch|kein|mit)\b/i,
  );
  expect(all, label).not.toContain(common.unexpectedError);
  expect(all, label).not.toContain(common.unknownAction);
  expect(all, label).not.toMatch(/kenne ich nicht/);
}

let db: TestDatabase;
let h: Harness;
let connector: FakeConnector;

/** The console session in-process: one line typed, the rest of the input ended. */
async function consoleSays(...typed: string[]): Promise<string> {
  let output = "";
  const lines = [...typed];
  await runSession({
    commands: createCommandLayer({
      store: h.app.store,
      clock: systemClock,
      defaultTimezone: "Europe/Berlin",
    }),
    who: demoCaller("Konsole"),
    where: consoleWhere,
    lines: { next: async () => lines.shift(), close: () => {} },
    write: (chunk) => {
      output += chunk;
    },
    exportDir: `${process.env.TMPDIR ?? "/tmp"}/sra-families-export`,
  });
  return output;
}

beforeAll(async () => {
  db = await openTestDatabase();
  connector = await startFakeConnector();
  // One running app with Slack (against the fake Web API) and Teams (local mode, loopback) both on.
  h = await startHarness(db.database, { TEAMS_LOCAL_MODE: "true" });
  const districtUrl = h.fake.responseUrl("setup");
  await postSigned(h.app.url, slashBody("/sozialraum", "neu Nordstadt", districtUrl));
  await h.fake.waitFor("response_url", (c) => c.path.endsWith("/setup"));
  await postActivity(
    h.app.url,
    personal({ serviceUrl: connector.url }, { text: "sozialraum neu Nordstadt" }),
  );
  await connector.waitFor("reply", 1);
  await ensureDemoDistrict(h.app.store);
});

afterAll(async () => {
  await h?.close();
  await connector?.close();
  await db?.close();
});

describe("every declared family and sub-command answers in German", () => {
  it.each(CASES)("Slack: $family.slack.slash $text", async ({ family, text, label }) => {
    h.fake.reset();
    const id = `c-${family.name}-${text || "leer"}`;
    const res = await postSigned(h.app.url, slashBody(family.slack.slash, text, h.fake.responseUrl(id)));
    expect(res.status).toBe(200);
    const answer = await h.fake.waitForAny(
      ["response_url", "views.open", "chat.postEphemeral", "files.completeUploadExternal"],
      (c) => c.method !== "response_url" || c.path.endsWith(`/${id}`),
    );
    expectGermanAnswer(`Slack ${label}`, [String(answer.args.text ?? ""), ...stringsIn(answer.args)]);
  });

  it.each(CASES)("Teams: $family.name $text", async ({ family, text, label }) => {
    const before = connector.calls.length;
    const res = await postActivity(
      h.app.url,
      personal({ serviceUrl: connector.url }, { text: `${family.name} ${text}`.trim() }),
    );
    expect(res.status).toBe(200);
    const calls: ConnectorCall[] = connector.calls.slice(before).filter((c) => c.status < 400);
    expect(calls.length, `Teams ${label}: a reply`).toBeGreaterThan(0);
    expectGermanAnswer(
      `Teams ${label}`,
      calls.flatMap((c) => [...stringsIn(cardOf(c.body)), String((c.body as { text?: string }).text ?? "")]),
    );
  });

  it.each(CASES)("console: $family.name $text", async ({ family, text, label }) => {
    expectGermanAnswer(`console ${label}`, [await consoleSays(`${family.name} ${text}`.trim())]);
  });
});

describe("the start page's buttons", () => {
  it("run their command on Teams (a card, not „nicht mehr gültig“)", async () => {
    const before = connector.calls.length;
    await postActivity(
      h.app.url,
      personal(
        { serviceUrl: connector.url },
        {
          replyToId: "start-card",
          value: { sra: "action", actionId: "command:run", value: "gremium liste" },
        },
      ),
    );
    const calls = connector.calls.slice(before).filter((c) => c.status < 400);
    const texts = calls.flatMap((c) => stringsIn(cardOf(c.body)));
    expect(texts.join("\n")).not.toContain(common.unknownAction);
    expectGermanAnswer("Teams start button", texts);
  });

  it("run their command in the console: „hilfe start“, then the number of a button", async () => {
    const output = await consoleSays("hilfe start", "2");
    expect(output).not.toContain(common.unknownAction);
    expect(output).toMatch(/Gremi/);
  });
});
