// Scheduler -> Teams over HTTP: reminder cards updated in place, the digest card once per week with its chart, reviews, 429.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { fixedClock } from "../../../src/clock.js";
import { gremium, kooperation } from "../../../src/commands/messages/index.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type ConnectorCall, type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import {
  type Activity,
  cardOf,
  channel,
  mentionText,
  personal,
  postActivity,
  TEAM_CONVERSATION,
  TENANT,
  USER,
} from "../teams/activities.js";
import {
  committeeValues,
  DIGEST_AT,
  drain,
  jobsOf,
  MEETING_DAY,
  nodesOfType,
  REMINDER_AT,
  SECOND_MEETING_DAY,
  SECOND_REMINDER_AT,
  START,
  secondDatabase,
  seedReview,
  stringsIn,
  teamsSubmitValue,
} from "./support.js";

const MEMBER = { id: "29:user-2", aadObjectId: "aad-user-2", name: "Bernd Zwei" };
const COMMITTEE_CHANNEL = "19:gremien@thread.tacv2";
const RATE_CHANNEL = "19:agjugend@thread.tacv2";
const clock = fixedClock(START);
const config = loadConfig({ PORT: "0", LOG_LEVEL: "silent", TEAMS_LOCAL_MODE: "true" });
let db: TestDatabase;
let app: RunningApp;
let fake: FakeConnector;
let tenantId = 0;

const o = (user = USER) => ({ serviceUrl: fake.url, user });
/** The digest card as posted to the channel, for the click on its attendance button. */
let postedDigest: ConnectorCall | undefined;

/** A message in a channel of the team (the general channel unless another is named). */
function inChannel(channelId: string, extra: Activity, user = USER): Activity {
  const base = channel(o(user), extra);
  return {
    ...base,
    conversation: { ...(base.conversation as object), id: `${channelId};messageid=1700000000000` },
    channelData: { ...(base.channelData as object), channel: { id: channelId, name: "Kanal" } },
    ...extra,
  };
}

/** Posts an activity and returns the connector calls it caused. */
async function send(activity: Activity): Promise<ConnectorCall[]> {
  const before = fake.calls.length;
  const res = await postActivity(app.url, activity);
  expect(res.status).toBe(200);
  return fake.calls.slice(before);
}

/** Posts a typed command to a channel and returns the card the bot answered with. */
async function say(text: string, channelId = TEAM_CONVERSATION, user = USER) {
  const calls = await send(inChannel(channelId, mentionText(text), user));
  const card = calls.map((c) => cardOf(c.body)).find(Boolean);
  expect(card).toBeDefined();
  return card;
}

/**
 * Proactive posts into a conversation: botbuilder's continueConversation sends them as a "reply" to its own
 * continuation id; the conversation id without ";messageid=" makes them new posts, not thread answers.
 */
const postsTo = (conversation: string) =>
  [...fake.ok("send"), ...fake.ok("reply")].filter((c) => c.conversationId === conversation);
const proactive = () => [...fake.ok("send"), ...fake.ok("reply")];
const textOf = (call: ConnectorCall | undefined) => stringsIn(cardOf(call?.body)).join("\n");

/** "gremium neu" in the committee's channel, then the card form submitted as the user fills it. */
async function createCommittee(name: string, day: string, channelId: string) {
  const form = await say("gremium neu", channelId);
  const value = teamsSubmitValue(form, committeeValues(name, day, channelId));
  const calls = await send(inChannel(channelId, { replyToId: "form-card", value }));
  const replaced = calls.find((c) => c.kind === "update");
  expect(replaced?.activityId).toBe("form-card");
  expect(textOf(replaced)).toContain(`Gremium „${name}“ ist gespeichert`);
}

beforeAll(async () => {
  db = await openTestDatabase();
  fake = await startFakeConnector();
  app = await startApp(config, createLogger("silent"), {
    database: db.database,
    clock,
    host: "127.0.0.1",
    autoTick: false,
  });
  await say("sozialraum neu Nordstadt");
  await say("sozialraum kanal Nordstadt");
  // The personal chat: where the bot can reach the admin privately (review reminders).
  await send(personal(o(), { text: "hilfe" }));
  await say("gremium liste", TEAM_CONVERSATION, MEMBER);
  tenantId = (await app.store.findTenant("teams", TENANT))?.id ?? 0;
  expect(tenantId).toBeGreaterThan(0);
});

afterAll(async () => {
  await app?.close();
  await fake?.close();
  await db?.close();
});

describe("scheduler -> Teams, over HTTP", () => {
  it("creates a committee through a channel message and its card form, and plans its 1-day reminder", async () => {
    await createCommittee("Runder Tisch Nord", MEETING_DAY, COMMITTEE_CHANNEL);
    await drain([app]);
    const reminders = await jobsOf(app.store, tenantId, "committee.reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ status: "pending", runAt: REMINDER_AT });
  });

  it("subscribes the channel to the weekly digest and logs this week's activities", async () => {
    const subscribed = await say("sozialraum digest abonnieren Nordstadt Montag 8 Uhr");
    expect(stringsIn(subscribed).join("\n")).toContain("Nordstadt");
    expect(await jobsOf(app.store, tenantId, "digest")).toEqual([
      expect.objectContaining({ status: "pending", runAt: DIGEST_AT }),
    ]);
    for (const entry of [
      "aktivitaet 2h Elterncafé @Nordstadt #projekt",
      "aktivitaet 1,5h Flyer verteilt @Nordstadt #oeffentlichkeit",
    ]) {
      const preview = await say(entry);
      const save = nodesOfType(preview, "Action.Submit").find(
        (a) => (a.data as { actionId?: string }).actionId === "aktivitaet:save",
      );
      expect(save).toBeDefined();
      await send(inChannel(TEAM_CONVERSATION, { replyToId: "preview-card", value: save?.data }));
    }
    expect(await app.store.forTenant(tenantId).listActivities({}, { limit: 10, offset: 0 })).toHaveLength(2);
  });

  it("reminds about a cooperation review once: the member's personal chat and the district channel", async () => {
    const scoped = app.store.forTenant(tenantId);
    const admin = await scoped.findMemberByPlatformId(USER.aadObjectId);
    const [district] = await scoped.listDistricts();
    await seedReview(app.store, tenantId, admin?.id ?? 0, district?.id ?? 0);
    fake.reset();
    clock.set("2026-11-27T07:59:00Z");
    await drain([app]);
    expect(proactive()).toHaveLength(0);

    clock.set("2026-11-27T08:00:30Z");
    await drain([app]);
    await drain([app]);
    const title = kooperation.reminderTitle("Grundschule am Park");
    const inChannelPosts = postsTo(TEAM_CONVERSATION);
    expect(inChannelPosts).toHaveLength(1);
    expect(textOf(inChannelPosts[0])).toContain(title);
    const privately = proactive().filter((c) => c.conversationId?.startsWith("a:personal-"));
    expect(privately).toHaveLength(1);
    expect(textOf(privately[0])).toContain(title);
    expect(proactive()).toHaveLength(2);
    expect(await jobsOf(app.store, tenantId, "cooperation_review")).toEqual([
      expect.objectContaining({ status: "done" }),
    ]);
  });

  it("posts the digest card exactly once per channel and week, with two instances ticking, chart included", async () => {
    const second = await startApp(config, createLogger("silent"), {
      database: await secondDatabase(db),
      clock,
      host: "127.0.0.1",
      autoTick: false,
    });
    try {
      fake.reset();
      clock.set(new Date(new Date(DIGEST_AT).getTime() + 30_000));
      await drain([app, second]);
      await drain([app, second]);
    } finally {
      await second.close();
    }
    const digests = postsTo(TEAM_CONVERSATION).filter((c) => textOf(c).includes("Wochenrückblick Nordstadt"));
    expect(digests).toHaveLength(1);
    postedDigest = digests[0];
    expect(textOf(digests[0])).toContain("KW 48");
    expect(textOf(digests[0])).toContain("Elterncafé");
    const [image] = nodesOfType(cardOf(digests[0]?.body), "Image");
    expect(String(image?.url)).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(image?.altText).toContain("Stunden je Ansatzpunkt");
    const png = Buffer.from(String(image?.url).split(",")[1] ?? "", "base64");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([640, 320]);
    // Teams rejects messages above ~28 KB: the whole activity stays below it.
    expect(digests[0]?.raw.length).toBeLessThan(28_000);
    const jobs = await jobsOf(app.store, tenantId, "digest");
    expect(jobs.map((j) => [j.key.replace(/^digest:\d+:/, ""), j.status])).toEqual([
      ["2026-W49", "done"],
      ["2026-W50", "pending"],
    ]);
  });

  it("reminds the committee's channel once with both buttons, and 'Ich gehe' updates that card in place", async () => {
    fake.reset();
    clock.set(new Date(new Date(REMINDER_AT).getTime() + 30_000));
    await drain([app]);
    const posted = postsTo(COMMITTEE_CHANNEL);
    expect(posted).toHaveLength(1);
    expect(textOf(posted[0])).toContain("Erinnerung: Runder Tisch Nord");
    expect(textOf(posted[0])).toContain(gremium.nobodyYet);
    const buttons = nodesOfType(cardOf(posted[0]?.body), "Action.Submit");
    expect(buttons.map((b) => (b.data as { actionId: string }).actionId)).toEqual([
      "gremium:going",
      "gremium:not_going",
    ]);
    const [sent] = (await jobsOf(app.store, tenantId, "committee.reminder")).filter(
      (j) => j.status === "done",
    );
    const messageRef = String(sent?.payload.messageRef);

    // The click arrives in the reminder's thread, naming the card it came from.
    const click = inChannel(COMMITTEE_CHANNEL, { replyToId: messageRef, value: buttons[0]?.data }, MEMBER);
    (click.conversation as { id: string }).id = `${COMMITTEE_CHANNEL};messageid=${messageRef}`;
    const calls = await send(click);
    const updates = calls.filter((c) => c.kind === "update" && c.status < 400);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.method).toBe("PUT");
    expect(updates[0]?.activityId).toBe(messageRef);
    expect(textOf(updates[0])).toContain(gremium.going(MEMBER.name));
    expect(textOf(updates[0])).not.toContain(gremium.nobodyYet);
    expect(calls.filter((c) => c.kind === "send" || c.kind === "reply")).toHaveLength(0);

    const scoped = app.store.forTenant(tenantId);
    const [committee] = await scoped.listCommittees();
    const member = await scoped.findMemberByPlatformId(MEMBER.aadObjectId);
    const [id, occurrence] = String((buttons[0]?.data as { value?: string } | undefined)?.value).split("|");
    expect(Number(id)).toBe(committee?.id);
    expect(await scoped.attendance(committee?.id ?? 0, new Date(occurrence ?? ""))).toEqual([
      { memberId: member?.id, status: "going" },
    ]);

    await drain([app]);
    clock.advance(60 * 60_000);
    await drain([app]);
    expect(postsTo(COMMITTEE_CHANNEL)).toHaveLength(1);
  });

  it("retries a reminder after the 429's Retry-After and delivers it once", async () => {
    await createCommittee("AG Jugend", SECOND_MEETING_DAY, RATE_CHANNEL);
    await drain([app]);
    fake.reset();
    clock.set(SECOND_REMINDER_AT);
    // More 429s than the connector client retries on its own: the wait goes back to the scheduler.
    fake.rateLimitNext(10, 1);
    await drain([app]);
    const refused = fake.calls.filter((c) => c.status === 429).length;
    expect(refused).toBeGreaterThan(0);
    expect(postsTo(RATE_CHANNEL)).toHaveLength(0);
    fake.rateLimitNext(0, 1);
    const waiting = (await jobsOf(app.store, tenantId, "committee.reminder")).filter(
      (j) => j.status !== "done",
    );
    expect(waiting).toEqual([
      expect.objectContaining({ status: "pending", runAt: "2026-12-01T17:00:01.000Z", attempts: 1 }),
    ]);

    await drain([app]);
    expect(postsTo(RATE_CHANNEL)).toHaveLength(0);
    clock.advance(1_000);
    await drain([app]);
    await drain([app]);
    const delivered = postsTo(RATE_CHANNEL);
    expect(delivered).toHaveLength(1);
    expect(textOf(delivered[0])).toContain("Erinnerung: AG Jugend");
    expect((await jobsOf(app.store, tenantId, "committee.reminder")).map((j) => j.status)).toEqual([
      "done",
      "done",
    ]);
  });

  it("'Ich gehe hin' in the digest confirms privately and leaves the digest card whole", async () => {
    const going = nodesOfType(cardOf(postedDigest?.body), "Action.Submit").find(
      (b) => (b.data as { actionId?: string }).actionId === "gremium:going_overview",
    );
    expect(going, "the digest offers 'Ich gehe hin' for the meeting nobody goes to").toBeDefined();
    const digestId = "digest-card-1";
    const click = inChannel(TEAM_CONVERSATION, { replyToId: digestId, value: going?.data });
    (click.conversation as { id: string }).id = `${TEAM_CONVERSATION};messageid=${digestId}`;
    const calls = await send(click);
    expect(calls.filter((c) => c.kind === "update")).toHaveLength(0);
    const answers = calls.filter((c) => c.kind === "send" || c.kind === "reply");
    expect(answers).toHaveLength(1);
    expect(textOf(answers[0])).toContain("Runder Tisch Nord");
  });
});
