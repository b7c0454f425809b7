// Teams over HTTP against the running app: messages, card submits, installs and proactive posts via a fake connector.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { common, help as hilfe } from "../../../src/commands/messages/index.js";
import { loadConfig } from "../../../src/config.js";
import { message, text } from "../../../src/conversation/reply.js";
import { createLogger } from "../../../src/log.js";
import { RateLimited } from "../../../src/scheduler/deliver.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import {
  BOT,
  cardOf,
  channel,
  mentionText,
  personal,
  personalInstall,
  postActivity,
  TEAM_CONVERSATION,
  TENANT,
  teamInstall,
  textsOf,
  USER,
} from "./activities.js";

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

async function tenantStore() {
  const tenant = await t.store.findTenant("teams", TENANT);
  if (!tenant) throw new Error("tenant not created");
  return { tenant, scoped: t.store.forTenant(tenant.id) };
}

describe("typed commands", () => {
  it("answers 'hilfe' in the personal chat with an Adaptive Card 1.5 and records tenant, member and chat", async () => {
    const activity = personal(o(), { text: "hilfe" });
    const res = await postActivity(app.url, activity);
    expect(res.status).toBe(200);
    const [reply] = await fake.waitFor("reply", 1);
    expect(reply?.conversationId).toBe((activity.conversation as { id: string }).id);
    expect(reply?.activityId).toBe(activity.id);
    const card = cardOf(reply?.body);
    expect(card?.version).toBe("1.5");
    expect(textsOf(card)).toContain(hilfe.title);

    const { scoped } = await tenantStore();
    const member = await scoped.findMemberByPlatformId(USER.aadObjectId);
    expect(member?.displayName).toBe(USER.name);
    const stored = await scoped.personalConversation(member?.id ?? -1);
    expect(stored?.serviceUrl).toBe(fake.url);
  });

  it("accepts the leading slash and strips the @mention in a channel, answering in the thread", async () => {
    const res = await postActivity(app.url, channel(o(), mentionText("/Hilfe")));
    expect(res.status).toBe(200);
    const [reply] = await fake.waitFor("reply", 1);
    expect(reply?.conversationId).toContain(TEAM_CONVERSATION);
    expect(textsOf(cardOf(reply?.body))).toContain(hilfe.title);
  });

  it("answers an unknown command in German with a hint to 'hilfe'", async () => {
    await postActivity(app.url, personal(o(), { text: "quatsch 2h" }));
    const [reply] = await fake.waitFor("reply", 1);
    expect(textsOf(cardOf(reply?.body))).toContain(common.unknownCommand("quatsch"));
  });
});

describe("replayed activities", () => {
  it("a form submission sent twice with the same activity id stores one activity and answers the same", async () => {
    await postActivity(app.url, personal(o(), { text: "sozialraum neu Replaystadt" }));
    await fake.waitFor("reply", 1);
    const { scoped } = await tenantStore();
    const district = await scoped.findDistrictByName("Replaystadt");
    expect(district).toBeDefined();
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const submit = personal(o(), {
      replyToId: "card-replay",
      value: {
        sra: "submit",
        formId: "aktivitaet:form",
        in_date: yesterday,
        in_duration: "45 min",
        in_title: "Netzwerktreffen Jugendzentrum",
        in_district: String(district?.id),
        in_focus: "networks",
        kinds: {},
      },
    });
    const count = async () => (await scoped.listActivities({}, { limit: 50, offset: 0 })).length;
    const before = await count();

    fake.reset();
    expect((await postActivity(app.url, submit)).status).toBe(200);
    const [first] = await fake.waitFor("update", 1);
    expect(await count()).toBe(before + 1);

    fake.reset();
    expect((await postActivity(app.url, submit)).status).toBe(200);
    const [again] = await fake.waitFor("update", 1);
    expect(textsOf(cardOf(again?.body))).toEqual(textsOf(cardOf(first?.body)));
    expect(await count()).toBe(before + 1);

    // The same message id in another conversation is another request.
    fake.reset();
    const elsewhere = { ...submit, conversation: { ...(submit.conversation as object), id: "a:other-chat" } };
    await postActivity(app.url, elsewhere);
    await fake.waitFor("update", 1);
    expect(await count()).toBe(before + 2);
  });
});

describe("card submits", () => {
  it("a submitted form updates its card in place (PUT on the original activity)", async () => {
    const res = await postActivity(
      app.url,
      personal(o(), {
        replyToId: "card-77",
        value: { sra: "submit", formId: "aktivitaet:form", in_title: "", kinds: {} },
      }),
    );
    expect(res.status).toBe(200);
    const [update] = await fake.waitFor("update", 1);
    expect(update?.activityId).toBe("card-77");
    const texts = textsOf(cardOf(update?.body));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts).not.toContain(common.unknownAction);
    expect(fake.ok("reply")).toHaveLength(0);
  });

  it("a button whose reply does not replace the original answers below the card", async () => {
    await postActivity(
      app.url,
      personal(o(), { replyToId: "card-78", value: { sra: "action", actionId: "hilfe:x" } }),
    );
    await fake.waitFor("reply", 1);
    expect(fake.ok("update")).toHaveLength(0);
  });

  it("an unknown action id is answered, not crashed on", async () => {
    await postActivity(
      app.url,
      personal(o(), { replyToId: "card-79", value: { sra: "action", actionId: "nope:x" } }),
    );
    const [reply] = await fake.waitFor("reply", 1);
    expect(textsOf(cardOf(reply?.body))).toContain(common.unknownAction);
  });

  it("Action.Execute returns the new card in the invoke response", async () => {
    const res = await postActivity(
      app.url,
      personal(o(), {
        type: "invoke",
        name: "adaptiveCard/action",
        replyToId: "card-80",
        value: {
          action: {
            type: "Action.Execute",
            verb: "sra",
            data: { sra: "action", actionId: "command:run", value: "hilfe" },
          },
        },
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { statusCode: number; type: string; value: unknown };
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(textsOf(body.value)).toContain(hilfe.title);
  });
});

describe("installation and conversation references", () => {
  it("stores the team's reference on install and removes it on uninstall", async () => {
    expect((await postActivity(app.url, teamInstall(o(), "add"))).status).toBe(200);
    const { scoped } = await tenantStore();
    const row = await scoped.conversationReference(TEAM_CONVERSATION);
    expect(row?.scope).toBe("channel");
    expect((row?.reference as { bot?: { id?: string } } | undefined)?.bot?.id).toBe(BOT.id);

    expect((await postActivity(app.url, teamInstall(o(), "remove"))).status).toBe(200);
    expect(await scoped.conversationReference(TEAM_CONVERSATION)).toBeUndefined();
  });

  it("stores a personal install bound to the member, also via conversationUpdate membersAdded", async () => {
    const user = { id: "29:user-2", aadObjectId: "aad-user-2", name: "Zwei" };
    await postActivity(app.url, personalInstall({ ...o(), user }, "add"));
    const { scoped } = await tenantStore();
    const member = await scoped.findMemberByPlatformId(user.aadObjectId);
    const row = await scoped.personalConversation(member?.id ?? -1);
    expect(row?.scope).toBe("personal");

    await postActivity(
      app.url,
      personal({ ...o(), user }, { type: "conversationUpdate", membersRemoved: [{ id: BOT.id }] }),
    );
    expect(await scoped.personalConversation(member?.id ?? -1)).toBeUndefined();
    await postActivity(
      app.url,
      personal({ ...o(), user }, { type: "conversationUpdate", membersAdded: [{ id: BOT.id }] }),
    );
    expect(await scoped.personalConversation(member?.id ?? -1)).toBeDefined();
  });
});

describe("channels the bot was used in", () => {
  it("remembers the channel by its own id (not the thread) and posts there later", async () => {
    const other = "19:projekte@thread.tacv2";
    await postActivity(
      app.url,
      channel(o(), {
        ...mentionText("hilfe"),
        conversation: {
          id: `${other};messageid=42`,
          conversationType: "channel",
          isGroup: true,
          tenantId: TENANT,
        },
        channelData: { tenant: { id: TENANT }, team: { id: TEAM_CONVERSATION }, channel: { id: other } },
      }),
    );
    await fake.waitFor("reply", 1);
    const { scoped, tenant } = await tenantStore();
    const row = await scoped.conversationReference(other);
    expect(row?.scope).toBe("channel");
    expect((row?.reference as { conversation?: { id?: string } } | undefined)?.conversation?.id).toBe(other);

    fake.reset();
    await app.delivery
      .for("teams")
      ?.deliver({ tenantId: tenant.id, channelId: other }, message([text("Wochenrückblick")], "public"));
    const calls = fake.ok("reply").concat(fake.ok("send"));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.conversationId).toBe(other);
  });
});

describe("proactive delivery and rate limits", () => {
  it("delivers to a stored channel reference and updates that message in place", async () => {
    await postActivity(app.url, teamInstall(o(), "add"));
    const { tenant } = await tenantStore();
    const deliverer = app.delivery.for("teams");
    expect(deliverer).toBeDefined();
    const sent = await deliverer?.deliver(
      { tenantId: tenant.id, channelId: TEAM_CONVERSATION },
      message([text("Erinnerung: Runder Tisch am Dienstag")], "public"),
    );
    const calls = fake.ok("reply").concat(fake.ok("send"));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.conversationId).toBe(TEAM_CONVERSATION);
    expect(textsOf(cardOf(calls[0]?.body))).toContain("Erinnerung: Runder Tisch am Dienstag");
    expect(sent?.messageRef).toBeTruthy();

    await deliverer?.update(
      { tenantId: tenant.id, channelId: TEAM_CONVERSATION },
      sent?.messageRef ?? "",
      message([text("Abgesagt")], "public"),
    );
    const [update] = await fake.waitFor("update", 1);
    expect(update?.activityId).toBe(sent?.messageRef);
    expect(textsOf(cardOf(update?.body))).toContain("Abgesagt");
  });

  it("delivers to a member's personal chat", async () => {
    const { scoped, tenant } = await tenantStore();
    await postActivity(app.url, personal(o(), { text: "hilfe" }));
    fake.reset();
    const member = await scoped.findMemberByPlatformId(USER.aadObjectId);
    await app.delivery
      .for("teams")
      ?.deliver({ tenantId: tenant.id, memberId: member?.id }, message([text("Hallo")]));
    const calls = fake.ok("reply").concat(fake.ok("send"));
    expect(calls[0]?.conversationId).toContain("a:personal-");
  });

  it("honours 429 Retry-After on a reply: waits, then succeeds", async () => {
    fake.rateLimitNext(1, 1);
    const started = performance.now();
    const res = await postActivity(app.url, personal(o(), { text: "hilfe" }));
    const elapsed = performance.now() - started;
    expect(res.status).toBe(200);
    expect(fake.calls.map((c) => c.status)).toEqual([429, 200]);
    expect(elapsed).toBeGreaterThanOrEqual(950);
  });

  it("hands a persistent 429 to the scheduler as RateLimited with the Retry-After", async () => {
    await postActivity(app.url, teamInstall(o(), "add"));
    const { tenant } = await tenantStore();
    fake.rateLimitNext(100, 0);
    const attempt = app.delivery
      .for("teams")
      ?.deliver({ tenantId: tenant.id, channelId: TEAM_CONVERSATION }, message([text("x")], "public"));
    await expect(attempt).rejects.toBeInstanceOf(RateLimited);
    await expect(attempt).rejects.toMatchObject({ retryAfterMs: 0 });
    expect(fake.calls.filter((c) => c.status === 429).length).toBeGreaterThan(1);
    fake.rateLimitNext(0, 0);
  });

  it("refuses to deliver where no conversation is stored", async () => {
    const { tenant } = await tenantStore();
    await expect(
      app.delivery
        .for("teams")
        ?.deliver({ tenantId: tenant.id, channelId: "19:unknown@thread.tacv2" }, message([])),
    ).rejects.toThrow(/no stored Teams conversation/);
  });
});
