// Scheduler -> Slack over HTTP: reminders with buttons updated in place, the digest once per week with its chart, reviews, 429.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { fixedClock } from "../../../src/clock.js";
import { gremium, kooperation } from "../../../src/commands/messages/index.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import type { RecordedCall } from "../../support/fake-slack.js";
import {
  buttonPayload,
  CHANNEL,
  type Harness,
  payloadBody,
  postSigned,
  SECRET,
  slashBody,
  startHarness,
  TEAM,
  USER,
  viewSubmissionPayload,
} from "../slack/harness.js";
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
  slackModalState,
  stringsIn,
} from "./support.js";

const MEMBER = { id: "U0BBB", name: "bernd" };
const COMMITTEE_CHANNEL = "C0GREMIUM";
const RATE_CHANNEL = "C0AGJUGEND";
const DIGEST_TS = "1800000000.000100";
const clock = fixedClock(START);
let db: TestDatabase;
let h: Harness;
let tenantId = 0;

/** Signed with the app's (injected) time, as Slack would sign it at that moment. */
const post = (body: string, contentType?: string) =>
  postSigned(h.app.url, body, contentType, { timestamp: Math.floor(clock.now().getTime() / 1000) });

async function slash(command: string, text: string, id: string, who = { id: USER, name: "fachkraft" }) {
  const res = await post(
    slashBody(command, text, h.fake.responseUrl(id), { user_id: who.id, user_name: who.name }),
  );
  expect(res.status).toBe(200);
  return h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${id}`));
}

const postsTo = (channel: string) =>
  h.fake.callsTo("chat.postMessage").filter((c) => c.args.channel === channel);
const textOf = (call: RecordedCall | undefined) => stringsIn(call?.args.blocks).join("\n");

/** "/gremium neu", then the modal submitted as the user fills it. */
async function createCommittee(name: string, day: string, channel: string): Promise<void> {
  const before = h.fake.callsTo("views.open").length;
  const id = `neu-${name.replace(/\W+/g, "-")}`;
  await post(slashBody("/gremium", "neu", h.fake.responseUrl(id)));
  const opened = await h.fake.waitFor("views.open", () => h.fake.callsTo("views.open").length > before);
  const view = (h.fake.callsTo("views.open")[before] ?? opened).args.view as {
    callback_id: string;
    private_metadata: string;
    blocks: Record<string, unknown>[];
  };
  const res = await post(
    payloadBody(
      viewSubmissionPayload({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: slackModalState(view.blocks, committeeValues(name, day, channel)),
      }),
    ),
  );
  expect(await res.json()).toEqual({ response_action: "clear" });
  const done = await h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${id}`));
  expect(String(done.args.text)).toContain(`Gremium „${name}“ ist gespeichert`);
}

/** The digest as posted to the channel, for the click on its attendance button. */
let postedDigest: RecordedCall | undefined;

beforeAll(async () => {
  db = await openTestDatabase();
  h = await startHarness(db.database, {}, { clock, autoTick: false });
  await slash("/sozialraum", "neu Nordstadt", "setup");
  await slash("/sozialraum", "kanal Nordstadt", "kanal");
  await slash("/gremium", "liste", "member", MEMBER);
  tenantId = (await h.app.store.findTenant("slack", TEAM))?.id ?? 0;
  expect(tenantId).toBeGreaterThan(0);
});

afterAll(async () => {
  await h?.close();
  await db?.close();
});

describe("scheduler -> Slack, over HTTP", () => {
  it("creates a committee through the signed slash command and modal, and plans its 1-day reminder", async () => {
    await createCommittee("Runder Tisch Nord", MEETING_DAY, COMMITTEE_CHANNEL);
    await drain([h.app]);
    const reminders = await jobsOf(h.app.store, tenantId, "committee.reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ status: "pending", runAt: REMINDER_AT });
  });

  it("subscribes the channel to the weekly digest and logs this week's activities", async () => {
    const subscribed = await slash("/sozialraum", "digest abonnieren Nordstadt Montag 8 Uhr", "abo");
    expect(String(subscribed.args.text)).toContain("Nordstadt");
    const digests = await jobsOf(h.app.store, tenantId, "digest");
    expect(digests).toEqual([expect.objectContaining({ status: "pending", runAt: DIGEST_AT })]);
    for (const [i, entry] of [
      "2h Elterncafé @Nordstadt #projekt",
      "1,5h Flyer verteilt @Nordstadt #oeffentlichkeit",
    ].entries()) {
      const preview = await slash("/aktivitaet", entry, `quick-${i}`);
      const save = nodesOfType(preview.args.blocks, "button").find((b) => b.action_id === "aktivitaet:save");
      expect(save?.value).toBeTruthy();
      await post(
        payloadBody(buttonPayload("aktivitaet:save", String(save?.value), h.fake.responseUrl(`save-${i}`))),
      );
      await h.fake.waitFor("response_url", (c) => c.path.endsWith(`/save-${i}`));
    }
    expect(await h.app.store.forTenant(tenantId).listActivities({}, { limit: 10, offset: 0 })).toHaveLength(
      2,
    );
  });

  it("reminds about a cooperation review once: the member's DM and the district channel", async () => {
    h.fake.reset();
    const scoped = h.app.store.forTenant(tenantId);
    const admin = await scoped.findMemberByPlatformId(USER);
    const [district] = await scoped.listDistricts();
    await seedReview(h.app.store, tenantId, admin?.id ?? 0, district?.id ?? 0);
    clock.set("2026-11-27T07:59:00Z");
    await drain([h.app]);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);

    clock.set("2026-11-27T08:00:30Z");
    await drain([h.app]);
    await drain([h.app]);
    const title = kooperation.reminderTitle("Grundschule am Park");
    const inChannel = postsTo(CHANNEL);
    expect(inChannel).toHaveLength(1);
    expect(textOf(inChannel[0])).toContain(title);
    expect(h.fake.callsTo("conversations.open").map((c) => c.args.users)).toEqual([USER]);
    const dm = postsTo("D0AAA");
    expect(dm).toHaveLength(1);
    expect(textOf(dm[0])).toContain(title);
    expect(nodesOfType(dm[0]?.args.blocks, "button").map((b) => b.action_id)).toEqual(
      expect.arrayContaining(["kooperation:extend", "kooperation:end"]),
    );
    expect(await jobsOf(h.app.store, tenantId, "cooperation_review")).toEqual([
      expect.objectContaining({ status: "done" }),
    ]);
  });

  it("posts the digest exactly once per channel and week, with two instances ticking, and uploads its chart", async () => {
    const config = loadConfig({
      PORT: "0",
      LOG_LEVEL: "silent",
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: h.fake.apiUrl,
    });
    const second: RunningApp = await startApp(config, createLogger("silent"), {
      database: await secondDatabase(db),
      clock,
      host: "127.0.0.1",
      autoTick: false,
    });
    try {
      h.fake.reset();
      h.fake.answer("chat.postMessage", { ok: true, channel: CHANNEL, ts: DIGEST_TS });
      clock.set(new Date(new Date(DIGEST_AT).getTime() + 30_000));
      await drain([h.app, second]);
      await drain([h.app, second]);
    } finally {
      await second.close();
    }
    const digests = postsTo(CHANNEL).filter((c) => String(c.args.text).includes("Wochenrückblick Nordstadt"));
    expect(digests).toHaveLength(1);
    postedDigest = digests[0];
    expect(textOf(digests[0])).toContain("KW 48");
    expect(textOf(digests[0])).toContain("Elterncafé");
    // The chart: files.getUploadURLExternal -> upload -> files.completeUploadExternal into the digest's thread.
    const completed = h.fake.callsTo("files.completeUploadExternal");
    expect(completed).toHaveLength(1);
    expect(completed[0]?.args.channel_id).toBe(CHANNEL);
    expect(completed[0]?.args.thread_ts).toBe(DIGEST_TS);
    const bytes = h.fake.callsTo("upload")[0]?.bytes ?? Buffer.alloc(0);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const jobs = await jobsOf(h.app.store, tenantId, "digest");
    expect(jobs.map((j) => [j.key.replace(/^digest:\d+:/, ""), j.status])).toEqual([
      ["2026-W49", "done"],
      ["2026-W50", "pending"],
    ]);
  });

  it("reminds the committee's channel once with both buttons, and 'Ich gehe' updates that message in place", async () => {
    h.fake.reset();
    clock.set(new Date(new Date(REMINDER_AT).getTime() + 30_000));
    await drain([h.app]);
    const posted = postsTo(COMMITTEE_CHANNEL);
    expect(posted).toHaveLength(1);
    const reminder = posted[0];
    expect(textOf(reminder)).toContain("Erinnerung: Runder Tisch Nord");
    expect(textOf(reminder)).toContain(gremium.nobodyYet);
    const buttons = nodesOfType(reminder?.args.blocks, "button");
    expect(buttons.map((b) => b.action_id)).toEqual(["gremium:going", "gremium:not_going"]);
    const going = buttons[0];
    const [sent] = (await jobsOf(h.app.store, tenantId, "committee.reminder")).filter(
      (j) => j.status === "done",
    );
    const [refChannel, ts] = String(sent?.payload.messageRef).split(":");
    expect(refChannel).toBe(COMMITTEE_CHANNEL);

    const clickUrl = h.fake.responseUrl("going");
    const res = await post(
      payloadBody(
        buttonPayload("gremium:going", String(going?.value), clickUrl, {
          user: { id: MEMBER.id, team_id: TEAM, name: MEMBER.name },
          channel: { id: COMMITTEE_CHANNEL, name: "runder-tisch" },
          container: { type: "message", channel_id: COMMITTEE_CHANNEL, message_ts: ts },
          message: { ts, text: reminder?.args.text, blocks: reminder?.args.blocks },
        }),
      ),
    );
    expect(res.status).toBe(200);
    // Slack's response_url of a click on a message replaces exactly that message.
    const replaced = await h.fake.waitFor("response_url", (c) => c.path.endsWith("/going"));
    expect(replaced.args.replace_original).toBe(true);
    const shown = stringsIn(replaced.args.blocks).join("\n");
    expect(shown).toContain(gremium.going(MEMBER.name));
    expect(shown).not.toContain(gremium.nobodyYet);
    expect(nodesOfType(replaced.args.blocks, "button").map((b) => b.action_id)).toEqual([
      "gremium:going",
      "gremium:not_going",
    ]);
    expect(postsTo(COMMITTEE_CHANNEL)).toHaveLength(1);

    const scoped = h.app.store.forTenant(tenantId);
    const [committee] = await scoped.listCommittees();
    const member = await scoped.findMemberByPlatformId(MEMBER.id);
    const [id, occurrence] = String(going?.value).split("|");
    expect(Number(id)).toBe(committee?.id);
    expect(await scoped.attendance(committee?.id ?? 0, new Date(occurrence ?? ""))).toEqual([
      { memberId: member?.id, status: "going" },
    ]);

    await drain([h.app]);
    clock.advance(60 * 60_000);
    await drain([h.app]);
    expect(postsTo(COMMITTEE_CHANNEL)).toHaveLength(1);
  });

  it("retries a reminder after the 429's Retry-After and delivers it once", async () => {
    await createCommittee("AG Jugend", SECOND_MEETING_DAY, RATE_CHANNEL);
    await drain([h.app]);
    h.fake.reset();
    clock.set(SECOND_REMINDER_AT);
    h.fake.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 30 });
    await drain([h.app]);
    expect(postsTo(RATE_CHANNEL)).toHaveLength(1); // the refused attempt
    const waiting = (await jobsOf(h.app.store, tenantId, "committee.reminder")).filter(
      (j) => j.status !== "done",
    );
    expect(waiting).toEqual([
      expect.objectContaining({ status: "pending", runAt: "2026-12-01T17:00:30.000Z", attempts: 1 }),
    ]);

    clock.advance(29_000);
    await drain([h.app]);
    expect(postsTo(RATE_CHANNEL)).toHaveLength(1);
    clock.advance(2_000);
    await drain([h.app]);
    await drain([h.app]);
    const attempts = postsTo(RATE_CHANNEL);
    expect(attempts).toHaveLength(2);
    expect(textOf(attempts[1])).toContain("Erinnerung: AG Jugend");
    expect((await jobsOf(h.app.store, tenantId, "committee.reminder")).map((j) => j.status)).toEqual([
      "done",
      "done",
    ]);
  });

  it("'Ich gehe hin' in the digest confirms privately and leaves the digest whole for the channel", async () => {
    const going = nodesOfType(postedDigest?.args.blocks, "button").find(
      (b) => b.action_id === "gremium:going_overview",
    );
    expect(going, "the digest offers 'Ich gehe hin' for the meeting nobody goes to").toBeDefined();
    h.fake.reset();
    const clickUrl = h.fake.responseUrl("digest-going");
    const res = await post(
      payloadBody(
        buttonPayload("gremium:going_overview", String(going?.value), clickUrl, {
          channel: { id: CHANNEL, name: "nordstadt" },
          container: { type: "message", channel_id: CHANNEL, message_ts: DIGEST_TS },
          message: { ts: DIGEST_TS, text: postedDigest?.args.text, blocks: postedDigest?.args.blocks },
        }),
      ),
    );
    expect(res.status).toBe(200);
    const answer = await h.fake.waitFor("response_url", (c) => c.path.endsWith("/digest-going"));
    expect(answer.args.replace_original).toBe(false);
    expect(answer.args.response_type).toBe("ephemeral");
    expect(String(answer.args.text)).toContain("Runder Tisch Nord");
    expect(h.fake.callsTo("chat.update")).toHaveLength(0);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });
});
