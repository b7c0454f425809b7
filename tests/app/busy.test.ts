// Under a burst, the assistant turns typed commands away visibly (Slack and Teams), instead of a hidden backlog.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Ctx } from "../../src/commands/context.js";
import { defineFamily } from "../../src/commands/family.js";
import { common } from "../../src/commands/messages/index.js";
import { createRegistry, FAMILIES } from "../../src/commands/registry.js";
import { message, type Reply, text } from "../../src/conversation/reply.js";
import { type Harness, postSigned, slashBody, startHarness } from "../bot/slack/harness.js";
import { cardOf, personal, postActivity, textsOf } from "../bot/teams/activities.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";
import { type FakeConnector, startFakeConnector } from "../support/fake-connector.js";

// A family that holds „warte“ until the test lets it go, and answers anything else at once.
const FAMILY = "kooperation";
let release: () => void = () => undefined;
const holding = defineFamily({
  name: FAMILY,
  title: FAMILY,
  summary: "Skript",
  slack: { slash: `/${FAMILY}`, description: "Skript" },
  subcommands: [],
  otherwise: async (line: string, _ctx: Ctx): Promise<Reply> => {
    if (line === "warte") await new Promise<void>((resolve) => (release = resolve));
    return message([text(`fertig: ${line}`)]);
  },
});
const registry = createRegistry(FAMILIES.map((f) => (f.name === FAMILY ? holding : f)));

let db: TestDatabase;
let h: Harness;
let connector: FakeConnector;

beforeAll(async () => {
  db = await openTestDatabase();
  connector = await startFakeConnector();
  h = await startHarness(
    db.database,
    { MAX_CONCURRENT_COMMANDS: "1", MAX_COMMAND_WAIT_MS: "300", TEAMS_LOCAL_MODE: "true" },
    { registry },
  );
});
afterAll(async () => {
  await h?.close();
  await connector?.close();
  await db?.close();
});
beforeEach(() => {
  h.fake.reset();
  connector.reset();
});

const load = async () =>
  ((await (await fetch(`${h.app.url}/healthz`)).json()) as { load: Record<string, number> }).load;
const responses = (path: string) =>
  h.fake
    .callsTo("response_url")
    .filter((c) => c.path.endsWith(path))
    .map((c) => String(c.args.text ?? ""));

describe("busy", () => {
  it("answers a Slack command „gerade ist viel los“ while the one slot is taken, then serves the held one", async () => {
    const before = await load();
    expect(
      (await postSigned(h.app.url, slashBody(`/${FAMILY}`, "warte", h.fake.responseUrl("held")))).status,
    ).toBe(200);
    expect(
      (await postSigned(h.app.url, slashBody(`/${FAMILY}`, "neu", h.fake.responseUrl("late")))).status,
    ).toBe(200);
    await h.fake.waitFor("response_url", (c) => c.path.endsWith("late"), 5_000);
    expect(responses("late").join()).toContain(common.busy);
    expect((await load()).turnedAway).toBe((before.turnedAway ?? 0) + 1);
    expect((await load()).inFlight).toBe(1);

    release();
    await h.fake.waitFor("response_url", (c) => c.path.endsWith("held"), 5_000);
    expect(responses("held").join()).toContain("fertig: warte");
    expect(await load()).toMatchObject({ inFlight: 0, waiting: 0 });
  });

  it("answers a Teams message „gerade ist viel los“ the same way", async () => {
    const o = { serviceUrl: connector.url };
    const held = postActivity(h.app.url, personal(o, { text: `${FAMILY} warte` }));
    await new Promise((r) => setTimeout(r, 100));
    expect((await postActivity(h.app.url, personal(o, { text: `${FAMILY} neu` }))).status).toBe(200);
    const [busy] = await connector.waitFor("reply", 1, 5_000);
    expect(JSON.stringify(textsOf(cardOf(busy?.body)) ?? busy?.body)).toContain(common.busy.slice(0, 40));

    release();
    await held;
    const replies = await connector.waitFor("reply", 2, 5_000);
    expect(JSON.stringify(replies[1]?.body)).toContain("fertig: warte");
  });
});
