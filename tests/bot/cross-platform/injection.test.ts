// Hostile text typed by users (mentions, links, Markdown, HTML) shows as the characters typed and never
// pings, links or restyles: every Reply element through both renderers, then every scheduler message
// and committee notice over HTTP as the fake Slack Web API and the fake Bot Framework connector receive it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileComment, renderMessage, renderModal, renderNoticeModal } from "../../../src/bot/slack/render.js";
import { cardActivity, textActivity } from "../../../src/bot/teams/outbound.js";
import { fixedClock } from "../../../src/clock.js";
import { requestPlan } from "../../../src/commands/gremium/jobs/plan.js";
import { berlin, committeeInput } from "../../scheduler/support.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import type { RecordedCall } from "../../support/fake-slack.js";
import {
  DIGEST_AT,
  drain,
  jobsOf,
  nodesOfType,
  REMINDER_AT,
  START,
  seedReview,
} from "../delivery/support.js";
import {
  buttonPayload,
  CHANNEL,
  type Harness,
  payloadBody,
  postSigned,
  USER as SLACK_ADMIN,
  slashBody,
  startHarness,
  TEAM,
} from "../slack/harness.js";
import {
  cardOf,
  channel,
  mentionText,
  personal,
  postActivity,
  TEAM_CONVERSATION,
  USER as TEAMS_ADMIN,
  TENANT,
} from "../teams/activities.js";
import { everyElement, everyForm, everyReply, samples } from "./injection-samples.js";

// ---------------------------------------------------------------------------------------------------
// What "inert" means per platform, and what the user reads after the client decoded the text.

/** Slack mrkdwn and message `text`: no raw angle bracket at all, every `&` starts one of Slack's three entities. */
function expectSlackInert(value: string, where: string): void {
  expect(value.replace(/&(amp|lt|gt);/g, ""), where).not.toMatch(/[<>&]/);
}
const slackReads = (value: string) =>
  value.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/** Teams Markdown (TextBlock, Fact, message `text`): none of the characters that make links, tags or emphasis. */
function expectTeamsInert(value: string, where: string): void {
  const outsideReferences = value.replace(/&(amp|lt|gt|#\d+);/g, "");
  expect(outsideReferences, where).not.toMatch(/[<>[\]*_`~\\#&]/);
}
const teamsReads = (value: string) =>
  value.replace(/&(#\d+|amp|lt|gt);/g, (_m, e: string) =>
    e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : String.fromCodePoint(Number(e.slice(1))),
  );

/** Every mrkdwn text object in a Block Kit tree (plain_text is never formatted by Slack). */
const mrkdwnIn = (node: unknown): string[] => nodesOfType(node, "mrkdwn").map((n) => String(n.text));

/** Every Markdown-read text of an Adaptive Card: TextBlocks and the facts of FactSets. */
function markdownIn(card: unknown): string[] {
  const facts = nodesOfType(card, "FactSet").flatMap((f) =>
    ((f.facts as { title: string; value: string }[] | undefined) ?? []).flatMap((x) => [x.title, x.value]),
  );
  return [...nodesOfType(card, "TextBlock").map((t) => String(t.text)), ...facts];
}

describe("every Reply element type, through both renderers, with generated injections", () => {
  const cases = samples(20261202, 160);

  it("Slack: blocks, fallback text, modals and file comments escape every sample and still show it", () => {
    for (const s of cases) {
      const { text: fallback, blocks } = renderMessage(everyElement(s));
      const modal = renderModal(everyForm(s));
      const notice = renderNoticeModal(everyElement(s));
      const comment = fileComment(s);
      const strings = [fallback, comment, ...mrkdwnIn(blocks), ...mrkdwnIn(modal), ...mrkdwnIn(notice)];
      for (const value of strings) expectSlackInert(value, JSON.stringify(s));
      // The user still reads what was typed: in the fallback, the sections and the modal's intro.
      expect(slackReads(fallback)).toContain(s);
      expect(slackReads(comment)).toBe(s);
      expect(mrkdwnIn(blocks).map(slackReads)).toContain(s);
      expect(mrkdwnIn(modal).map(slackReads)).toContain(s);
      // Headers, buttons, labels and the modal title are plain_text: Slack never formats them.
      expect(JSON.stringify(blocks).includes('"type":"mrkdwn","text":"<')).toBe(false);
    }
  });

  it("Teams: every TextBlock, Fact and message text of every Reply kind escapes every sample and still shows it", () => {
    for (const s of cases) {
      for (const reply of everyReply(s)) {
        const activity = cardActivity(reply);
        const texts = markdownIn(cardOf(activity));
        expect(texts.length, reply.kind).toBeGreaterThan(0);
        for (const value of texts) expectTeamsInert(value, `${reply.kind}: ${JSON.stringify(s)}`);
        expect(texts.map(teamsReads), reply.kind).toContain(s);
      }
      const plain = String(textActivity(s).text);
      expectTeamsInert(plain, JSON.stringify(s));
      expect(teamsReads(plain)).toBe(s);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// The scheduler's messages and the committee notices, over HTTP on both platforms at once.

const EVIL =
  "<!channel> <@U0EVIL> <http://evil.example|Klick> <!subteam^S0EVIL|@alle> [hier](javascript:alert(1)) **fett** <b>Grün</b>";
const COMMITTEE = `Runder Tisch ${EVIL}`;
const LOCATION = "Bürgerhaus <http://evil.example|Anfahrt> [Karte](http://evil.example) _Saal_";
const DISTRICT = "Nordstadt <!here> <#C0EVIL|allgemein> [Plan](http://evil.example) Äußere";
const PARTNER = "Grundschule <@U0EVIL> [Anmeldung](http://evil.example) *ß*";
const PERSON = "Bernd <!everyone> <@U0CHEF> [Profil](http://evil.example)";
const ACTIVITY = "Elterncafé <!channel> [Fotos](http://evil.example) _Überraschung_ <i>x</i>";
const INJECTED = { COMMITTEE, LOCATION, DISTRICT, PARTNER, PERSON, ACTIVITY };

const SLACK_PERSON = "U0BERND";
const TEAMS_PERSON = { id: "29:bernd", aadObjectId: "aad-bernd", name: PERSON };
const clock = fixedClock(START);
let db: TestDatabase;
let h: Harness;
let connector: FakeConnector;
let slackTenant = 0;
let teamsTenant = 0;
let responses = 0;

async function slackSays(line: string, user = { id: SLACK_ADMIN, name: "fachkraft" }): Promise<RecordedCall> {
  const [family = "", ...rest] = line.split(" ");
  const id = `inj-${++responses}`;
  const res = await postSigned(
    h.app.url,
    slashBody(`/${family}`, rest.join(" "), h.fake.responseUrl(id), {
      user_id: user.id,
      user_name: user.name,
    }),
    undefined,
    { timestamp: Math.floor(clock.now().getTime() / 1000) },
  );
  expect(res.status).toBe(200);
  return h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${id}`));
}

async function teamsSays(line: string, user = TEAMS_ADMIN) {
  const before = connector.calls.length;
  const res = await postActivity(h.app.url, channel({ serviceUrl: connector.url, user }, mentionText(line)));
  expect(res.status).toBe(200);
  return connector.calls.slice(before).filter((c) => c.status < 400);
}

/** What the user reads in everything Slack received since `from` (decoded), one string. */
function slackShown(from = 0): string {
  return h.fake.calls
    .slice(from)
    .flatMap((c) => [String(c.args.text ?? ""), String(c.args.initial_comment ?? ""), ...mrkdwnIn(c.args)])
    .map(slackReads)
    .join("\n");
}

function teamsShown(from = 0): string {
  return connector.calls
    .slice(from)
    .flatMap((c) => [
      String((c.body as { text?: string } | undefined)?.text ?? ""),
      ...markdownIn(cardOf(c.body)),
    ])
    .map(teamsReads)
    .join("\n");
}

async function doneReminderRef(tenantId: number): Promise<string> {
  const done = (await jobsOf(h.app.store, tenantId, "committee.reminder")).filter(
    (j) => j.status === "done" && j.payload.messageRef,
  );
  return String(done.at(-1)?.payload.messageRef);
}

async function seedTenant(tenantId: number, adminPlatformId: string): Promise<void> {
  const store = h.app.store.forTenant(tenantId);
  const admin = await store.findMemberByPlatformId(adminPlatformId);
  const [district] = await store.listDistricts();
  if (!admin || !district) throw new Error("tenant not set up");
  // Names as users could have typed them through forms that allow these characters.
  await store.renameDistrict(district.id, DISTRICT);
  await store.recordActivity({
    districtId: district.id,
    authorId: admin.id,
    occurredOn: "2026-11-25",
    minutes: 120,
    title: ACTIVITY,
    level: "case_independent",
    focus: "projects",
    role: "initiated",
  });
  await seedReview(h.app.store, tenantId, admin.id, district.id, PARTNER);
  const committee = await store.createCommittee(
    committeeInput(district.id, {
      name: COMMITTEE,
      location: LOCATION,
      firstStartsAt: berlin(2026, 12, 1, 18),
      channelId: null,
      reminderLeadMinutes: [1440],
      createdBy: admin.id,
    }),
  );
  await requestPlan(store, committee.id, clock.now());
}

beforeAll(async () => {
  db = await openTestDatabase();
  connector = await startFakeConnector();
  h = await startHarness(db.database, { TEAMS_LOCAL_MODE: "true" }, { clock, autoTick: false });

  await slackSays("sozialraum neu Nordstadt");
  await slackSays("sozialraum kanal Nordstadt");
  await slackSays("sozialraum digest abonnieren Nordstadt Montag 8 Uhr");
  await slackSays("gremium liste", { id: SLACK_PERSON, name: PERSON });
  slackTenant = (await h.app.store.findTenant("slack", TEAM))?.id ?? 0;

  await teamsSays("sozialraum neu Nordstadt");
  await teamsSays("sozialraum kanal Nordstadt");
  await teamsSays("sozialraum digest abonnieren Nordstadt Montag 8 Uhr");
  await teamsSays("gremium liste", TEAMS_PERSON);
  // Personal chats: where the review reminder (admin) and the after-meeting prompt (Bernd) go.
  for (const user of [TEAMS_ADMIN, TEAMS_PERSON]) {
    await postActivity(h.app.url, personal({ serviceUrl: connector.url, user }, { text: "hilfe" }));
  }
  teamsTenant = (await h.app.store.findTenant("teams", TENANT))?.id ?? 0;
  expect(slackTenant).toBeGreaterThan(0);
  expect(teamsTenant).toBeGreaterThan(0);

  await seedTenant(slackTenant, SLACK_ADMIN);
  await seedTenant(teamsTenant, TEAMS_ADMIN.aadObjectId);
  await drain([h.app]);
});

afterAll(async () => {
  await h?.close();
  await connector?.close();
  await db?.close();
});

describe("scheduler messages and committee notices with injected names, over HTTP", () => {
  it("the cooperation review names the partner as typed, in the channel and the personal chat", async () => {
    const [slackFrom, teamsFrom] = [h.fake.calls.length, connector.calls.length];
    clock.set("2026-11-27T08:00:30Z");
    await drain([h.app]);
    await drain([h.app]);
    expect(
      h.fake.callsTo("chat.postMessage").filter((c) => c.args.channel === CHANNEL).length,
    ).toBeGreaterThan(0);
    expect(slackShown(slackFrom)).toContain(PARTNER);
    expect(teamsShown(teamsFrom)).toContain(PARTNER);
  });

  it("the weekly digest shows district, activity and committee as typed", async () => {
    const [slackFrom, teamsFrom] = [h.fake.calls.length, connector.calls.length];
    clock.set(new Date(new Date(DIGEST_AT).getTime() + 30_000));
    await drain([h.app]);
    await drain([h.app]);
    for (const shown of [slackShown(slackFrom), teamsShown(teamsFrom)]) {
      expect(shown).toContain(DISTRICT);
      expect(shown).toContain(ACTIVITY);
      expect(shown).toContain(COMMITTEE);
    }
  });

  it("the committee reminder and its in-place update after a click show committee, place and person as typed", async () => {
    const [slackFrom, teamsFrom] = [h.fake.calls.length, connector.calls.length];
    clock.set(new Date(new Date(REMINDER_AT).getTime() + 30_000));
    await drain([h.app]);
    const reminder = h.fake.callsTo("chat.postMessage").at(-1);
    expect(slackReads(String(reminder?.args.text))).toContain(COMMITTEE);
    for (const shown of [slackShown(slackFrom), teamsShown(teamsFrom)]) {
      expect(shown).toContain(COMMITTEE);
      expect(shown).toContain(LOCATION);
      expect(shown).toContain(DISTRICT);
    }

    const going = nodesOfType(reminder?.args.blocks, "button").find((b) => b.action_id === "gremium:going");
    const [refChannel, ts] = (await doneReminderRef(slackTenant)).split(":");
    const res = await postSigned(
      h.app.url,
      payloadBody(
        buttonPayload("gremium:going", String(going?.value), h.fake.responseUrl("inj-going"), {
          user: { id: SLACK_PERSON, team_id: TEAM, name: PERSON },
          channel: { id: refChannel, name: "nordstadt" },
          container: { type: "message", channel_id: refChannel, message_ts: ts },
          message: { ts, text: reminder?.args.text, blocks: reminder?.args.blocks },
        }),
      ),
      undefined,
      { timestamp: Math.floor(clock.now().getTime() / 1000) },
    );
    expect(res.status).toBe(200);
    const replaced = await h.fake.waitFor("response_url", (c) => c.path.endsWith("/inj-going"));
    expect(slackReads(String(replaced.args.text))).toContain(PERSON);

    const posted = connector.calls
      .slice(teamsFrom)
      .filter((c) => (c.kind === "send" || c.kind === "reply") && c.status < 400);
    expect(posted).toHaveLength(1);
    const card = cardOf(posted[0]?.body);
    const teamsGoing = nodesOfType(card, "Action.Submit").find(
      (a) => (a.data as { actionId?: string }).actionId === "gremium:going",
    );
    const ref = await doneReminderRef(teamsTenant);
    const click = channel(
      { serviceUrl: connector.url, user: TEAMS_PERSON },
      { replyToId: ref, value: teamsGoing?.data },
    );
    (click.conversation as { id: string }).id = `${TEAM_CONVERSATION};messageid=${ref}`;
    const before = connector.calls.length;
    expect((await postActivity(h.app.url, click)).status).toBe(200);
    const updated = connector.calls.slice(before).filter((c) => c.kind === "update" && c.status < 400);
    expect(updated).toHaveLength(1);
    expect(teamsShown(before)).toContain(PERSON);
  });

  it("the cancellation and move notices in the channel name the committee as typed", async () => {
    const [slackFrom, teamsFrom] = [h.fake.calls.length, connector.calls.length];
    const cancelled = await slackSays(`gremium absagen ${COMMITTEE} 08.12.2026`);
    expect(cancelled.args.response_type).toBe("in_channel");
    const moved = await slackSays(`gremium verschieben ${COMMITTEE} 15.12.2026 16.12.2026`);
    expect(moved.args.response_type).toBe("in_channel");
    await teamsSays(`gremium absagen ${COMMITTEE} 08.12.2026`);
    await teamsSays(`gremium verschieben ${COMMITTEE} 15.12.2026 16.12.2026`);
    for (const shown of [slackShown(slackFrom), teamsShown(teamsFrom)]) {
      expect(shown).toContain(`„${COMMITTEE}“ am 08.12.2026 ist abgesagt`);
      expect(shown).toContain(`„${COMMITTEE}“ vom Di, 15.12.2026, 18:00 Uhr ist verschoben`);
    }
  });

  it("the after-meeting prompt and the moved meeting's reminder name the committee as typed", async () => {
    const [slackFrom, teamsFrom] = [h.fake.calls.length, connector.calls.length];
    clock.set("2026-12-01T19:01:00Z");
    await drain([h.app]);
    await drain([h.app]);
    expect(h.fake.callsTo("conversations.open").map((c) => c.args.users)).toContain(SLACK_PERSON);
    clock.set("2026-12-15T17:00:30Z");
    await drain([h.app]);
    await drain([h.app]);
    for (const shown of [slackShown(slackFrom), teamsShown(teamsFrom)]) {
      expect(shown).toContain(`„${COMMITTEE}“ am 01.12.2026`);
      expect(shown).toContain(`Erinnerung: ${COMMITTEE} – Mi, 16.12.2026, 18:00 Uhr`);
    }
  });

  it("no mention, link, tag or emphasis syntax reached any text Slack or Teams received", () => {
    const slackCalls = h.fake.calls.filter((c) => c.method !== "upload");
    expect(slackCalls.length).toBeGreaterThan(10);
    for (const c of slackCalls) {
      const where = `Slack ${c.method}`;
      if (c.args.text !== undefined) expectSlackInert(String(c.args.text), `${where} text`);
      if (c.args.initial_comment !== undefined) expectSlackInert(String(c.args.initial_comment), where);
      for (const value of mrkdwnIn(c.args)) expectSlackInert(value, `${where} mrkdwn`);
    }
    expect(connector.calls.length).toBeGreaterThan(10);
    for (const c of connector.calls) {
      const body = c.body as { text?: unknown } | undefined;
      if (typeof body?.text === "string") expectTeamsInert(body.text, `Teams ${c.kind} text`);
      for (const value of markdownIn(cardOf(c.body))) expectTeamsInert(value, `Teams ${c.kind} card`);
    }
    // And every injected name was shown somewhere, as typed, on both platforms.
    for (const [name, value] of Object.entries(INJECTED)) {
      expect(slackShown(), `Slack shows ${name}`).toContain(value);
      expect(teamsShown(), `Teams shows ${name}`).toContain(value);
    }
  });
});
