// A conversation reference stored in local mode (or before local mode was marked) never receives the bot's
// token: the scheduler of an app with credentials on the same database refuses to use it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import type { TeamsActivity } from "../../../src/bot/teams/activity.js";
import { refreshConversation, rememberConversation } from "../../../src/bot/teams/conversations.js";
import { fixedClock } from "../../../src/clock.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import {
  channel,
  mentionText,
  personal,
  postActivity,
  TEAM_CONVERSATION,
  TENANT,
  USER,
  unsignedJwt,
} from "../teams/activities.js";
import { drain, START, seedReview } from "./support.js";

const APP_ID = "00000000-0000-0000-0000-000000000001";
/** What the bot would send as its Bearer token; an injected source, so no Entra ID is needed offline. */
const BOT_TOKEN = unsignedJwt({ aud: "https://api.botframework.com", appid: APP_ID, exp: 4_102_444_800 });
const clock = fixedClock(START);
let db: TestDatabase;
let fake: FakeConnector;
let authenticated: RunningApp;
let tenantId = 0;

/** Every call that carried the bot's token, wherever it went. */
const withBotToken = () =>
  fake.calls.filter((c) => String(c.headers.authorization ?? "").includes(BOT_TOKEN));
const reviewJob = async () => {
  const [job] = await authenticated.store.forTenant(tenantId).listJobs("cooperation_review");
  return job;
};

beforeAll(async () => {
  db = await openTestDatabase();
  fake = await startFakeConnector();
  // Someone runs the bot in local mode on the production database and plants the fake's URL.
  const local = await startApp(loadConfig({ PORT: "0", TEAMS_LOCAL_MODE: "true" }), createLogger("silent"), {
    database: db.database,
    clock,
    host: "127.0.0.1",
    autoTick: false,
  });
  try {
    for (const activity of [
      channel({ serviceUrl: fake.url }, mentionText("sozialraum neu Nordstadt")),
      channel({ serviceUrl: fake.url }, mentionText("sozialraum kanal Nordstadt")),
      personal({ serviceUrl: fake.url }, { text: "hilfe" }),
    ])
      expect((await postActivity(local.url, activity)).status).toBe(200);
    await fake.waitFor("reply", 3);
    tenantId = (await local.store.findTenant("teams", TENANT))?.id ?? 0;
    const scoped = local.store.forTenant(tenantId);
    expect(await scoped.conversationReference(TEAM_CONVERSATION)).toMatchObject({ serviceUrl: fake.url });
    const member = await scoped.findMemberByPlatformId(USER.aadObjectId);
    const [district] = await scoped.listDistricts();
    await seedReview(local.store, tenantId, member?.id ?? 0, district?.id ?? 0);
  } finally {
    await local.close();
  }
  authenticated = await startApp(
    loadConfig({
      PORT: "0",
      LOG_LEVEL: "silent",
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: "not-a-real-secret",
      MICROSOFT_APP_TENANT_ID: TENANT,
    }),
    createLogger("silent"),
    { database: db.database, clock, host: "127.0.0.1", autoTick: false, teamsToken: () => BOT_TOKEN },
  );
  fake.reset();
});

afterAll(async () => {
  await authenticated?.close();
  await fake?.close();
  await db?.close();
});

describe("an app with credentials and references planted in local mode", () => {
  it("does not deliver the review reminder to the planted URL, and never sends its token there", async () => {
    clock.set("2026-11-27T08:00:30Z");
    await drain([authenticated]);
    expect(withBotToken()).toEqual([]);
    expect(fake.calls).toEqual([]);
    expect(await reviewJob()).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: "UnusableReference",
    });
  });

  it("refuses them as well without the local mark (stored before it existed): http is no Teams host", async () => {
    const scoped = authenticated.store.forTenant(tenantId);
    for (const row of await Promise.all([
      scoped.conversationReference(TEAM_CONVERSATION),
      scoped.personalConversation((await scoped.findMemberByPlatformId(USER.aadObjectId))?.id ?? 0),
    ])) {
      expect(row?.reference).toMatchObject({ origin: "local" });
      const { origin: _, ...unmarked } = row?.reference ?? {};
      await scoped.saveConversationReference({
        conversationId: row?.conversationId ?? "",
        scope: row?.scope ?? "",
        memberId: row?.memberId ?? null,
        serviceUrl: row?.serviceUrl ?? "",
        reference: unmarked,
      });
    }
    clock.set("2026-11-27T08:05:00Z");
    await drain([authenticated]);
    expect(withBotToken()).toEqual([]);
    expect(fake.calls).toEqual([]);
    expect(await reviewJob()).toMatchObject({
      status: "pending",
      attempts: 2,
      lastError: "UnusableReference",
    });
  });
});

describe("a local reference and the same conversation later seen with credentials", () => {
  it("is rewritten without the local mark, even when the service URL did not change", async () => {
    const deps = (localMode: boolean) => ({ store: db.store, logger: createLogger("silent"), localMode });
    const tenant = "tenant-refreshed";
    const activity = personal(
      { serviceUrl: "https://smba.trafficmanager.net/emea/", tenant },
      { text: "hilfe" },
    ) as TeamsActivity;
    await rememberConversation(deps(true), activity);
    const scoped = async () => db.store.forTenant((await db.store.findTenant("teams", tenant))?.id ?? 0);
    const conversationId = activity.conversation?.id ?? "";
    expect((await (await scoped()).conversationReference(conversationId))?.reference).toMatchObject({
      origin: "local",
    });
    await refreshConversation(deps(false), activity);
    const row = await (await scoped()).conversationReference(conversationId);
    expect(row?.reference).not.toHaveProperty("origin");
    expect(row?.serviceUrl).toBe("https://smba.trafficmanager.net/emea/");
  });
});
