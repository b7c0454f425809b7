// Teams: the team's channels are offered by name in the committee form, kept current by rename/delete events.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { channel, mentionText, postActivity, TEAM_CONVERSATION, TENANT, teamInstall } from "./activities.js";

let t: TestDatabase;
let app: RunningApp;
let fake: FakeConnector;

beforeAll(async () => {
  t = await openTestDatabase();
  fake = await startFakeConnector();
  app = await startApp(loadConfig({ PORT: "0", TEAMS_LOCAL_MODE: "true" }), createLogger("silent"), {
    database: t.database,
    host: "127.0.0.1",
  });
});
afterAll(async () => {
  await app.close();
  await fake.close();
  await t.close();
});
beforeEach(() => fake.reset());

const o = () => ({ serviceUrl: fake.url });
const ELTERN = "19:elternarbeit@thread.tacv2";
const NETZ = "19:netzwerk@thread.tacv2";

/** The committee form as the bot answers „gremium neu“ in the team's channel: its channel choices' titles. */
async function channelChoices(): Promise<string[]> {
  fake.reset();
  await postActivity(app.url, channel(o(), mentionText("gremium neu")));
  const [reply] = await fake.waitFor("reply", 1);
  const card = JSON.stringify(reply?.body ?? {});
  return [...card.matchAll(/"title":"(Kanal[^"]*|Dieser Kanal|Bisheriger Kanal)"/g)].map((m) => m[1] ?? "");
}

function channelEvent(eventType: string, id: string, name?: string) {
  return {
    ...channel(o()),
    type: "conversationUpdate",
    conversation: { id: TEAM_CONVERSATION, conversationType: "channel", isGroup: true, tenantId: TENANT },
    channelData: {
      tenant: { id: TENANT },
      team: { id: TEAM_CONVERSATION, name: "EHS Nordstadt" },
      channel: { id, ...(name ? { name } : {}) },
      eventType,
    },
  };
}

describe("team channels by name", () => {
  it("lists the team's channels on install and offers them by name, the first one as „Allgemein“", async () => {
    await postActivity(app.url, channel(o(), mentionText("sozialraum neu Nordstadt")));
    fake.teamChannels = [
      { id: TEAM_CONVERSATION },
      { id: ELTERN, name: "Elternarbeit" },
      { id: NETZ, name: "Netzwerk Süd" },
    ];
    expect((await postActivity(app.url, teamInstall(o(), "add"))).status).toBe(200);
    expect(
      fake.calls.some((c) => c.method === "GET" && c.path === `/v3/teams/${TEAM_CONVERSATION}/conversations`),
    ).toBe(true);

    const choices = await channelChoices();
    expect(choices).toEqual(
      expect.arrayContaining([
        "Kanal des Sozialraums",
        "Kanal „Allgemein“",
        "Kanal „Elternarbeit“",
        "Kanal „Netzwerk Süd“",
      ]),
    );
    expect(choices.join()).not.toContain("19:");
  });

  it("follows a renamed and a deleted channel, and learns a new one", async () => {
    await postActivity(app.url, channelEvent("channelRenamed", ELTERN, "Elternarbeit Nord"));
    await postActivity(app.url, channelEvent("channelDeleted", NETZ));
    await postActivity(app.url, channelEvent("channelCreated", "19:presse@thread.tacv2", "Presse"));
    const choices = await channelChoices();
    expect(choices).toContain("Kanal „Elternarbeit Nord“");
    expect(choices).toContain("Kanal „Presse“");
    expect(choices).not.toContain("Kanal „Elternarbeit“");
    expect(choices).not.toContain("Kanal „Netzwerk Süd“");
  });
});
