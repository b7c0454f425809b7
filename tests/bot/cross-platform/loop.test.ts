// Issue #19 over HTTP the way Slack and Teams call: a need raised and seen again by a colleague, a need with
// client data refused, an offer answering the need, two sessions logged from the prompts the scheduler posts,
// and the digest and report showing need → offer → sessions with figures checked against the store.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
import { buildDigest } from "../../../src/commands/digest/build.js";
import { digestElements } from "../../../src/commands/digest/reply.js";
import { buildReport } from "../../../src/commands/digest/report.js";
import { reportDocx } from "../../../src/commands/digest/report-docx.js";
import { reportMarkdown } from "../../../src/commands/digest/report-markdown.js";
import { buildReportSet } from "../../../src/commands/digest/report-set.js";
import { angebot as a, bedarf as b } from "../../../src/commands/messages/index.js";
import type { TenantStore } from "../../../src/store/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { documentXml } from "../../support/docx.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { tenantStoreOf } from "../../support/fixtures.js";
import { drain, nodesOfType, slackModalState, stringsIn, teamsSubmitValue } from "../delivery/support.js";
import {
  buttonPayload,
  CHANNEL,
  type Harness,
  payloadBody,
  postSigned,
  slashBody,
  startHarness,
  TEAM,
  viewSubmissionPayload,
} from "../slack/harness.js";
import {
  type Activity,
  cardOf,
  channel,
  mentionText,
  postActivity,
  TEAM_CONVERSATION,
  TENANT,
} from "../teams/activities.js";
import { button, type Card, type Tap } from "./cards.js";

interface Driver {
  say(line: string, as?: "colleague"): Promise<Card>;
  tap(b: Tap, as?: "colleague"): Promise<Card>;
  /** Taps a button that opens a form and submits it with `values`. */
  fillForm(b: Tap, values: Record<string, string>, as?: "colleague"): Promise<void>;
  /** Messages the scheduler posted into the district's channel, oldest first. */
  posted(): Card[];
  store(): Promise<TenantStore>;
}

const clock = fixedClock("2026-11-30T08:00:00Z"); // Monday 09:00 in Berlin
let db: TestDatabase;
let h: Harness;
let connector: FakeConnector;

beforeAll(async () => {
  db = await openTestDatabase();
  connector = await startFakeConnector();
  h = await startHarness(db.database, { TEAMS_LOCAL_MODE: "true" }, { clock, autoTick: false });
});
afterAll(async () => {
  await h?.close();
  await connector?.close();
  await db?.close();
});

const signedNow = () => ({ timestamp: Math.floor(clock.now().getTime() / 1000) });
const COLLEAGUE_SLACK = { id: "U0COLLEAGUE", team_id: TEAM, name: "kollegin" };

function slackDriver(): Driver {
  let n = 0;
  const cardOfBlocks = (blocks: unknown): Card => ({
    texts: stringsIn(blocks).join("\n"),
    buttons: nodesOfType(blocks, "button").map((x) => ({
      label: (x.text as { text: string }).text,
      actionId: String(x.action_id),
      ...(typeof x.value === "string" ? { value: x.value } : {}),
      raw: x,
    })),
  });
  const post = (body: string) => postSigned(h.app.url, body, undefined, signedNow());
  const tapPayload = (x: Tap, url: string, as?: "colleague") =>
    payloadBody(buttonPayload(x.actionId, x.value, url, as ? { user: COLLEAGUE_SLACK } : {}));
  return {
    async say(line, as) {
      const name = `say${++n}`;
      const [command, ...rest] = line.split(" ");
      const user: Record<string, string> = as ? { user_id: COLLEAGUE_SLACK.id, user_name: "kollegin" } : {};
      const res = await post(slashBody(`/${command}`, rest.join(" "), h.fake.responseUrl(name), user));
      expect(res.status).toBe(200);
      return cardOfBlocks(
        (await h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${name}`))).args.blocks,
      );
    },
    async tap(x, as) {
      const name = `tap${++n}`;
      expect((await post(tapPayload(x, h.fake.responseUrl(name), as))).status).toBe(200);
      return cardOfBlocks(
        (await h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${name}`))).args.blocks,
      );
    },
    async fillForm(x, values, as) {
      const before = h.fake.callsTo("views.open").length;
      expect((await post(tapPayload(x, h.fake.responseUrl(`form${++n}`), as))).status).toBe(200);
      await h.fake.waitFor("views.open", () => h.fake.callsTo("views.open").length > before);
      const view = h.fake.callsTo("views.open")[before]?.args.view as {
        callback_id: string;
        private_metadata: string;
        blocks: Record<string, unknown>[];
      };
      const submission = viewSubmissionPayload({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: slackModalState(view.blocks, values),
      });
      const res = await post(payloadBody(as ? { ...submission, user: COLLEAGUE_SLACK } : submission));
      expect(await res.json()).toEqual({ response_action: "clear" });
    },
    posted: () =>
      h.fake
        .callsTo("chat.postMessage")
        .filter((c) => c.args.channel === CHANNEL)
        .map((c) => cardOfBlocks(c.args.blocks)),
    store: () => tenantStoreOf(h.app.store, "slack", TEAM),
  };
}

function teamsDriver(): Driver {
  const colleague = { id: "29:user-2", aadObjectId: "aad-user-2", name: "Kollegin" };
  const inChannel = (extra: Activity, as?: "colleague"): Activity =>
    channel({ serviceUrl: connector.url, ...(as ? { user: colleague } : {}) }, extra);
  const cardOfBody = (body: unknown): Card => {
    const card = cardOf(body);
    return {
      texts: stringsIn(card?.body).join("\n"),
      buttons: nodesOfType(card, "Action.Submit").map((x) => {
        const data = x.data as { actionId: string; value?: string };
        return {
          label: String(x.title),
          actionId: data.actionId,
          ...(data.value === undefined ? {} : { value: data.value }),
          raw: data,
        };
      }),
    };
  };
  /** The bot answers a message with a reply, a tap on a confirmation by updating that card. */
  async function answerAfter(activity: Activity): Promise<{ card: Card; body: unknown }> {
    const replies = connector.ok("reply").length;
    const updates = connector.ok("update").length;
    expect((await postActivity(h.app.url, activity)).status).toBe(200);
    for (let i = 0; i < 200; i++) {
      const call = connector.ok("reply")[replies] ?? connector.ok("update")[updates];
      if (call) return { card: cardOfBody(call.body), body: call.body };
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error("no answer from the bot");
  }
  const proactive = () =>
    [...connector.ok("send"), ...connector.ok("reply")].filter(
      (c) => c.conversationId === TEAM_CONVERSATION && stringsIn(cardOf(c.body)).join(" ").includes("Heute:"),
    );
  return {
    say: async (line, as) => (await answerAfter(inChannel(mentionText(line), as))).card,
    tap: async (x, as) => (await answerAfter(inChannel({ replyToId: "card-1", value: x.raw }, as))).card,
    async fillForm(x, values, as) {
      const form = await answerAfter(inChannel({ replyToId: "prompt-1", value: x.raw }, as));
      const value = teamsSubmitValue(cardOf(form.body), values);
      await answerAfter(inChannel({ replyToId: "form-card", value }, as));
    },
    posted: () => proactive().map((c) => cardOfBody(c.body)),
    store: () => tenantStoreOf(h.app.store, "teams", TENANT),
  };
}

describe.each([
  ["Slack", slackDriver],
  ["Teams", teamsDriver],
])("need → offer → sessions through %s", (_platform, make) => {
  let d: Driver;
  beforeAll(async () => {
    clock.set("2026-11-30T08:00:00Z");
    d = make();
    await d.say("sozialraum neu Nordstadt");
    await d.say("sozialraum kanal Nordstadt");
    await d.say("bedarf liste", "colleague"); // the colleague joins the team
  });

  it("raises a need in the channel, and the colleague adds theirs with one tap", async () => {
    const card = await d.say("bedarf fehlende Nachmittagsbetreuung für Grundschulkinder #Betreuung");
    expect(card.texts).toContain(b.field.targetGroup);
    expect(card.texts).toContain("Grundschulkinder");
    const seen = await d.tap(button(card, b.seenButton), "colleague");
    expect(seen.texts).toContain("jetzt 2-mal gesehen");
    const again = await d.tap(button(card, b.seenButton), "colleague");
    expect(again.texts).toContain("schon als gesehen");
    const [need] = await (await d.store()).listNeeds();
    expect(need?.seen).toBe(2);
  });

  it("refuses a need that carries client data and echoes none of it", async () => {
    const refused = await d.say("bedarf Fam. Kowalczyk braucht Hortplatz für Leon (8)");
    expect(refused.texts).toContain("Nicht gespeichert");
    expect(refused.texts).not.toMatch(/Kowalczyk|Leon/);
    expect(await (await d.store()).listNeeds()).toHaveLength(1);
  });

  it("links the need to a new offer, logs two sessions from their prompts, and the digest shows the loop", async () => {
    const store = await d.store();
    const [need] = await store.listNeeds();
    const proposal = await d.say(
      `angebot neu Hausaufgabencafé dienstags und donnerstags 15 Uhr bedarf ${need?.id}`,
    );
    expect(proposal.texts).toContain("Di, 01.12.2026, 15:00 Uhr");
    expect(proposal.texts).toContain("Do, 03.12.2026, 15:00 Uhr");
    const saved = await d.tap(button(proposal, a.save));
    expect(saved.texts).toContain(a.needLinked(need?.id ?? 0));
    const [offer] = await store.listOffers();
    expect(offer?.needId).toBe(need?.id);

    await drain([h.app]);
    for (const [at, participants, regulars] of [
      ["2026-12-01T16:05:00Z", "12", "8"],
      ["2026-12-03T16:05:00Z", "9", "7"],
    ] as const) {
      const before = d.posted().length;
      clock.set(at);
      await drain([h.app]);
      const prompts = d.posted();
      expect(prompts).toHaveLength(before + 1);
      const prompt = prompts.at(-1) as Card;
      expect(prompt.texts).toMatch(/Heute: Hausaufgabencafé .* wie viele waren da\?/);
      await d.fillForm(button(prompt, a.sessionLog), { participants, minutes: "90", regulars }, "colleague");
    }
    await drain([h.app]);
    expect(d.posted()).toHaveLength(2);

    const sessions = (await store.listActivities({}, { limit: 20, offset: 0 })).filter(
      (x) => x.offerId === offer?.id,
    );
    expect(sessions.map((s) => [s.occurredOn, s.participants])).toEqual([
      ["2026-12-03", 9],
      ["2026-12-01", 12],
    ]);
    const participants = sessions.reduce((sum, s) => sum + (s.participants ?? 0), 0);
    expect((await store.findOffer(offer?.id ?? 0))?.regulars).toBe(7);

    const [district] = await store.listDistricts();
    if (!district) throw new Error("no district");
    const digest = await buildDigest(store, await store.tenant(), district, new Date("2026-12-07T07:00:00Z"));
    const lines = digestElements(digest, { chart: false })
      .flatMap((e) => (e.type === "list" ? e.items.map((i) => `${i.title} ${i.detail ?? ""}`) : []))
      .join("\n");
    expect(lines).toContain(`Neuer Bedarf Nr. ${need?.id}`);
    expect(lines).toContain(`Bedarf Nr. ${need?.id} beantwortet`);
    expect(lines).toContain(`Hausaufgabencafé: ${sessions.length} Termine, ${participants} Teilnehmende`);
    expect(lines).toContain(`antwortet auf Bedarf Nr. ${need?.id}`);

    // The youth-office report of the same week tells the same loop, in Markdown and in Word.
    const report = await buildReport(
      store,
      { timezone: "Europe/Berlin" },
      { from: "2026-11-30", to: "2026-12-06" },
    );
    expect(report.loop?.offers).toEqual([
      expect.objectContaining({ title: "Hausaufgabencafé", sessions: sessions.length, participants }),
    ]);
    const set = await buildReportSet(
      store,
      { timezone: "Europe/Berlin" },
      { from: "2026-11-30", to: "2026-12-06" },
      { district },
      "2026-12-07",
      "Gesamt",
    );
    const markdown = reportMarkdown(set);
    expect(markdown).toContain("## Bedarfe und Angebote");
    expect(markdown).toContain(`Hausaufgabencafé: ${sessions.length} Termine, ${participants} Teilnehmende`);
    const word = await documentXml(await reportDocx(set));
    expect(word).toContain(`Bedarf Nr. ${need?.id} beantwortet`);
    expect(word).toContain(`Hausaufgabencafé: ${sessions.length} Termine, ${participants} Teilnehmende`);

    const list = await d.say("angebot liste");
    expect(list.texts).toContain(`Teilnehmende: ${participants}`);
  });
});
