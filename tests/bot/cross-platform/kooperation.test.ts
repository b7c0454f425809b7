// Issue #7 over HTTP on both platforms: link Slack and Teams, start a cooperation in a Slack modal, finish it on Teams.
import { addDays, format } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { kooperation as k, slack as slackText, sozialraum } from "../../../src/commands/messages/index.js";
import { loadConfig } from "../../../src/config.js";
import { message, text } from "../../../src/conversation/reply.js";
import { createLogger } from "../../../src/log.js";
import { delivererOf } from "../../../src/scheduler/route.js";
import type { TenantStore } from "../../../src/store/index.js";
import { ROLES, TEXTS } from "../../commands/kooperation/walk.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { type FakeSlack, type RecordedCall, startFakeSlack } from "../../support/fake-slack.js";
import {
  buttonPayload,
  payloadBody,
  postSigned,
  SECRET,
  slashBody,
  TEAM,
  viewSubmissionPayload,
} from "../slack/harness.js";
import { type Activity, cardOf, personal, postActivity, TENANT, textsOf, USER } from "../teams/activities.js";

const SCHOOL = "Grundschule am Park";
const KITA = "Kita Sonnenschein";
// The handle Slack sends with a command and with every click (the harness's payloads use it too).
const SLACK_NAME = "fachkraft";
const TEAMS_MEMBER = { id: "29:user-2", aadObjectId: "aad-user-2", name: "Bernd Teams" };
// Real days relative to today: the dialog refuses a review date in the past.
const day = (offset: number) => format(addDays(new Date(), offset), "yyyy-MM-dd");
const german = (iso: string) => iso.split("-").reverse().join(".");
const TIMELINE = { startsOn: day(7), endsOn: day(240), reviewOn: day(90) };
const CHANGED_REVIEW = day(120);

let t: TestDatabase;
let app: RunningApp;
let slack: FakeSlack;
let connector: FakeConnector;

beforeAll(async () => {
  t = await openTestDatabase();
  slack = await startFakeSlack();
  connector = await startFakeConnector();
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    TEAMS_LOCAL_MODE: "true",
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
  });
  app = await startApp(config, createLogger("silent"), { database: t.database, host: "127.0.0.1" });
  expect(app.adapters.map((a) => a.name).sort()).toEqual(["calendar", "slack", "teams"]);
});
afterAll(async () => {
  await app?.close();
  await slack?.close();
  await connector?.close();
  await t?.close();
});

// ---- Slack side --------------------------------------------------------------------------------

/** A signed slash command; resolves with what the app posted to its response_url. */
async function slash(command: string, text: string): Promise<RecordedCall> {
  const url = slack.responseUrl();
  const res = await postSigned(app.url, slashBody(command, text, url, { user_name: SLACK_NAME }));
  expect(res.status).toBe(200);
  return slack.waitFor("response_url", (c) => c.path === new URL(url).pathname);
}

const flat = (call: RecordedCall | undefined) => JSON.stringify(call?.args ?? {});

interface SlackView {
  callback_id: string;
  private_metadata: string;
  title: { text: string };
  blocks: Array<Record<string, unknown>>;
}

/** A view submission; the adapter answers with `response_action` in the HTTP response. */
async function submitView(
  view: SlackView,
  values: Record<string, Record<string, Record<string, unknown>>>,
): Promise<{ response_action?: string; view?: SlackView }> {
  const body = payloadBody(
    viewSubmissionPayload({ callbackId: view.callback_id, privateMetadata: view.private_metadata, values }),
  );
  const res = await postSigned(app.url, body);
  expect(res.status).toBe(200);
  const raw = await res.text();
  return raw ? (JSON.parse(raw) as { response_action?: string; view?: SlackView }) : {};
}

const textInput = (id: string, value: string) => ({ [id]: { [id]: { type: "plain_text_input", value } } });

/** The button of a modal's actions block whose action id starts with `actionId`. */
function modalButton(view: SlackView, actionId: string): { action_id: string; value: string } {
  for (const block of view.blocks) {
    for (const el of (block.elements as Array<{ action_id?: string; value?: string }> | undefined) ?? []) {
      if (el.action_id?.startsWith(actionId)) return { action_id: el.action_id, value: el.value ?? "" };
    }
  }
  throw new Error(`no ${actionId} button in ${view.callback_id}`);
}

// ---- Teams side --------------------------------------------------------------------------------

const o = (user = TEAMS_MEMBER) => ({ serviceUrl: connector.url, user });

/** Posts an activity and waits for the next connector call of `kind` (a new reply or an in-place update). */
async function teams(activity: Activity, kind: "reply" | "update" = "reply") {
  const before = connector.ok(kind).length;
  const res = await postActivity(app.url, activity);
  expect(res.status).toBe(200);
  const calls = await connector.waitFor(kind, before + 1);
  const call = calls[before];
  if (!call) throw new Error("no connector call");
  return { call, card: cardOf(call.body), texts: textsOf(cardOf(call.body)) };
}

type CardAction = { type: string; title?: string; data?: Record<string, unknown> };

function cardActions(card: unknown): CardAction[] {
  const out: CardAction[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const n = node as Record<string, unknown>;
      if (n.type === "Action.Submit") out.push(n as unknown as CardAction);
      for (const v of Object.values(n)) if (typeof v === "object") walk(v);
    }
  };
  walk(card);
  return out;
}

const submitData = (card: unknown) => {
  const data = cardActions(card).find((a) => a.data?.sra === "submit")?.data;
  if (!data) throw new Error("card without a form submit");
  return data;
};
const buttonData = (card: unknown, actionId: string) => {
  const data = cardActions(card).find((a) => a.data?.actionId === actionId)?.data;
  if (!data) throw new Error(`card without ${actionId}`);
  return data;
};

/** Submits the card's form with input values (Teams merges them into the Action.Submit data). */
async function submitCard(card: unknown, cardId: string, values: Record<string, string>) {
  const inputs = Object.fromEntries(Object.entries(values).map(([key, v]) => [`in_${key}`, v]));
  return teams(personal(o(), { replyToId: cardId, value: { ...submitData(card), ...inputs } }), "update");
}

const cardTitle = (texts: string[]) => texts[0] ?? "";

// ---- the walk ----------------------------------------------------------------------------------

async function homeStore(): Promise<TenantStore> {
  const tenant = await t.store.findTenant("slack", TEAM);
  if (!tenant) throw new Error("no Slack tenant");
  return t.store.forTenant(tenant.id);
}

describe("one team on Slack and Teams walks the cooperation checklist", () => {
  let cooperationId = 0;
  let step4Card: unknown;

  it("links the Teams tenant to the Slack workspace with a one-time code", async () => {
    await slash("/sozialraum", "neu Nordstadt");
    await slash("/sozialraum", "kanal Nordstadt");
    const issued = await slash("/sozialraum", "verbinden");
    const code = /\b([A-Z2-9]{4}-[A-Z2-9]{4})\b/.exec(String(issued.args.text))?.[1];
    expect(code, flat(issued)).toBeDefined();
    expect(issued.args.response_type).toBe("ephemeral");

    // The Teams admin (first to write there) redeems it; the Teams tenant joins the Slack one.
    const joined = await teams(personal(o(USER), { text: `sozialraum verbinden ${code}` }));
    expect(joined.texts.join("\n")).toContain(sozialraum.link.linked("").slice(0, 10));
    const slackTenant = await t.store.findTenant("slack", TEAM);
    expect((await t.store.findTenant("teams", TENANT))?.id).toBe(slackTenant?.id);
    const home = await homeStore();
    const teamsAdmin = await home.findMemberByPlatformId(USER.aadObjectId);
    expect(teamsAdmin?.platform).toBe("teams");
    // Its personal chat moved along, so reminders still reach it.
    expect((await home.personalConversation(teamsAdmin?.id ?? -1))?.serviceUrl).toBe(connector.url);

    // Another member on Teams sees the Slack team's districts.
    const listed = await teams(personal(o(), { text: "sozialraum liste" }));
    expect(listed.texts.join("\n")).toContain("Nordstadt");
  });

  it("starts on Slack in a modal, answers steps 1–3 and leaves with 'Später fortsetzen'", async () => {
    const opensBefore = slack.callsTo("views.open").length;
    const res = await postSigned(
      app.url,
      slashBody("/kooperation", `neu ${SCHOOL}`, slack.responseUrl(), { user_name: SLACK_NAME }),
    );
    expect(res.status).toBe(200);
    await slack.waitFor("views.open", () => slack.callsTo("views.open").length > opensBefore);
    const opened = slack.callsTo("views.open")[opensBefore];
    const partnerView = opened?.args.view as SlackView;
    expect(partnerView.callback_id).toBe("kooperation:partner");
    const district = (await (await homeStore()).listDistricts())[0];

    let answer = await submitView(partnerView, {
      ...textInput("name", SCHOOL),
      type: { type: { type: "static_select", selected_option: { value: "school" } } },
      district: { district: { type: "static_select", selected_option: { value: String(district?.id) } } },
    });
    for (const step of [1, 2, 3]) {
      expect(answer.response_action).toBe("update");
      const view = answer.view as SlackView;
      expect(view.callback_id).toBe("kooperation:step");
      expect(view.title.text).toBe(k.formTitle(step));
      answer = await submitView(view, textInput("answer", TEXTS[step] ?? ""));
    }
    const step4 = answer.view as SlackView;
    expect(step4.title.text).toBe(k.formTitle(4));
    cooperationId = Number(JSON.parse(step4.private_metadata).s.split(":")[0]);

    // "Später fortsetzen" inside the modal replaces the modal with a short "gespeichert" view.
    const later = modalButton(step4, "kooperation:later");
    const updatesBefore = slack.callsTo("views.update").length;
    const click = buttonPayload(later.action_id, later.value, "unused", {
      container: { type: "view", view_id: "V0STEP" },
      view: {
        id: "V0STEP",
        type: "modal",
        callback_id: step4.callback_id,
        private_metadata: step4.private_metadata,
        state: { values: {} },
      },
    });
    delete click.response_url;
    delete click.channel;
    delete click.message;
    const clicked = await postSigned(app.url, payloadBody(click));
    expect(clicked.status).toBe(200);
    const updated = await slack.waitFor(
      "views.update",
      () => slack.callsTo("views.update").length > updatesBefore,
    );
    expect(updated.args.view_id).toBe("V0STEP");
    const notice = updated.args.view as SlackView & { submit?: unknown };
    expect(notice.title.text).toBe(slackText.noticeTitle);
    expect(notice.submit).toBeUndefined();
    expect(JSON.stringify(notice.blocks)).toContain(k.savedLater(SCHOOL, 4).slice(0, 30));
    // Its "Fortsetzen" button brings the same step back into that modal.
    const resume = modalButton(notice, "kooperation:resume");
    const again = buttonPayload(resume.action_id, resume.value, "unused", {
      container: { type: "view", view_id: "V0STEP" },
      view: { id: "V0STEP", type: "modal", private_metadata: notice.private_metadata, state: { values: {} } },
    });
    delete again.response_url;
    delete again.channel;
    delete again.message;
    await postSigned(app.url, payloadBody(again));
    const reopened = await slack.waitFor(
      "views.update",
      () => slack.callsTo("views.update").length > updatesBefore + 1,
    );
    expect((reopened.args.view as SlackView).title.text).toBe(k.formTitle(4));

    const home = await homeStore();
    const answers = await home.currentAnswers(cooperationId);
    expect([...answers.keys()].sort()).toEqual([1, 2, 3]);
    expect(answers.get(2)?.answeredByName).toBe(SLACK_NAME);
    expect((await home.findCooperation(cooperationId))?.currentStep).toBe(4);
  });

  it("resumes on Teams as another member at step 4 and submits 4–6, going back once to change step 5", async () => {
    const resumed = await teams(personal(o(), { text: `kooperation fortsetzen ${SCHOOL}` }));
    expect(cardTitle(resumed.texts)).toBe(k.formTitle(4));
    expect(resumed.texts.join("\n")).toContain("Welchen Part übernimmt die Schule?");
    step4Card = resumed.card;

    const five = await submitCard(step4Card, "card-1", { answer: TEXTS[4] ?? "" });
    expect(five.call.activityId).toBe("card-1");
    expect(cardTitle(five.texts)).toBe(k.formTitle(5));
    const six = await submitCard(five.card, "card-1", { ...TIMELINE });
    expect(cardTitle(six.texts)).toBe(k.formTitle(6));

    // Refused while step 6 is missing (asked by the Teams admin: members may not change the status).
    const refused = await teams(personal(o(USER), { text: `kooperation status ${SCHOOL} vereinbart` }));
    expect(refused.texts.join("\n")).toContain(k.cannotAgree(SCHOOL, "x").split("Es fehlt")[0] ?? "");

    // "Zurück" on step 6 shows step 5 again in the same card; change the review date.
    const back = await teams(
      personal(o(), { replyToId: "card-1", value: buttonData(six.card, "kooperation:back") }),
      "update",
    );
    expect(cardTitle(back.texts)).toBe(k.formTitle(5));
    const again = await submitCard(back.card, "card-1", { ...TIMELINE, reviewOn: CHANGED_REVIEW });
    expect(cardTitle(again.texts)).toBe(k.formTitle(6));
    const done = await submitCard(again.card, "card-1", {
      noCare: "true",
      rolesAgreed: "true",
      roles: ROLES,
    });
    expect(done.texts.join("\n")).toContain(k.checklistComplete(SCHOOL));
    expect(connector.ok("update").every((c) => c.activityId === "card-1")).toBe(true);

    const home = await homeStore();
    const answers = await home.currentAnswers(cooperationId);
    expect([...answers.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(answers.get(4)?.answeredByName).toBe(TEAMS_MEMBER.name);
    expect(answers.get(5)?.answer).toMatchObject({ reviewOn: CHANGED_REVIEW });
    const history = await home.answerHistory(cooperationId);
    expect(history.filter((a) => a.step === 5)).toHaveLength(2);
    expect((await home.findCooperation(cooperationId))?.reviewOn).toBe(CHANGED_REVIEW);
  });

  it("refuses 'vereinbart' for an incomplete cooperation and accepts it for the complete one", async () => {
    const form = await teams(personal(o(), { text: `kooperation neu ${KITA}` }));
    const step1 = await submitCard(form.card, "card-2", { name: KITA, type: "kita" });
    expect(cardTitle(step1.texts)).toBe(k.formTitle(1));
    const step2 = await submitCard(step1.card, "card-2", { answer: TEXTS[1] ?? "" });
    expect(cardTitle(step2.texts)).toBe(k.formTitle(2));

    const refused = await slash("/kooperation", `status ${KITA} vereinbart`);
    expect(String(refused.args.text)).toContain(`„${KITA}“ kann noch nicht als vereinbart gelten`);
    const accepted = await slash("/kooperation", `status ${SCHOOL} vereinbart`);
    expect(String(accepted.args.text)).toContain(k.statusSet(SCHOOL, "vereinbart"));
    const home = await homeStore();
    expect((await home.findCooperation(cooperationId))?.status).toBe("agreed");
    const kita = await home.findPartnerByName(KITA);
    expect((await home.openCooperationWith(kita?.id ?? -1))?.status).not.toBe("agreed");
  });

  it("shows the history with both members and exports every answer", async () => {
    const shown = flat(await slash("/kooperation", `zeigen ${SCHOOL}`));
    expect(shown).toContain(SLACK_NAME);
    expect(shown).toContain(TEAMS_MEMBER.name);
    expect(shown).toContain(german(TIMELINE.reviewOn)); // the old review date, kept in the history
    expect(shown).toContain(german(CHANGED_REVIEW));

    const uploadsBefore = slack.callsTo("upload").length;
    const res = await postSigned(
      app.url,
      slashBody("/kooperation", `export ${SCHOOL}`, slack.responseUrl(), { user_name: SLACK_NAME }),
    );
    expect(res.status).toBe(200);
    const upload = await slack.waitFor("upload", () => slack.callsTo("upload").length > uploadsBefore);
    const markdown = upload.bytes?.toString("utf8") ?? "";
    for (const step of [1, 2, 3, 4]) expect(markdown).toContain(TEXTS[step]);
    expect(markdown).toContain(ROLES);
    expect(markdown).toContain(german(TIMELINE.startsOn));
    expect(markdown).toContain(german(TIMELINE.endsOn));
    expect(markdown).toContain(german(CHANGED_REVIEW));
    const completed = await slack.waitFor("files.completeUploadExternal");
    expect(String(completed.args.files)).not.toBe("");
  });

  it("delivers proactively through the platform of each target of the linked tenant", async () => {
    const home = await homeStore();
    const deliverer = await delivererOf(home, app.delivery);
    const bernd = await home.findMemberByPlatformId(TEAMS_MEMBER.aadObjectId);
    const outgoing = () => [...connector.ok("send"), ...connector.ok("reply")];
    const before = outgoing().length;
    await deliverer.deliver({ tenantId: home.tenantId, memberId: bernd?.id ?? -1 }, message([text("Hallo")]));
    expect(outgoing()).toHaveLength(before + 1);
    const sent = outgoing().find((c) => textsOf(cardOf(c.body)).includes("Hallo"));
    expect(sent?.conversationId).toContain(TEAMS_MEMBER.aadObjectId);

    const postsBefore = slack.callsTo("chat.postMessage").length;
    await deliverer.deliver({ tenantId: home.tenantId, channelId: "C0CHAN" }, message([text("Hallo Kanal")]));
    const posted = await slack.waitFor(
      "chat.postMessage",
      () => slack.callsTo("chat.postMessage").length > postsBefore,
    );
    expect(posted.args.channel).toBe("C0CHAN");
    expect(posted.token).toBe("xoxb-test");
  });
});
