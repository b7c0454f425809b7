// How the committee-attendance scenario meets each platform: one driver per platform, speaking to the app over
// HTTP as its users would (signed Slack requests; Bot Framework activities against the fake connector).
import { expect } from "vitest";
import type { fixedClock } from "../../../src/clock.js";
import type { ConnectorCall, FakeConnector } from "../../support/fake-connector.js";
import type { RecordedCall } from "../../support/fake-slack.js";
import { tenantStoreOf } from "../../support/fixtures.js";
import { nodesOfType, stringsIn, teamsSubmitValue } from "../delivery/support.js";
import {
  buttonPayload,
  type Harness,
  payloadBody,
  postSigned,
  slashBody,
  TEAM,
  viewSubmissionPayload,
} from "../slack/harness.js";
import { cardOf, channel, mentionText, personal, postActivity, TENANT } from "../teams/activities.js";

/** The app and fakes the drivers talk to (made in the test's beforeAll). */
export interface AttendanceWorld {
  readonly h: Harness;
  readonly connector: FakeConnector;
  readonly clock: ReturnType<typeof fixedClock>;
}

export interface Tap {
  label: string;
  actionId: string;
  value?: string;
  raw: unknown;
}
export interface Seen {
  texts: string;
  buttons: Tap[];
}
export type Person = "anna" | "ben" | "carl";

/** One platform as its users meet it. */
export interface Driver {
  platform: "slack" | "teams";
  setUp(): Promise<void>;
  say(who: Person, line: string): Promise<string>;
  tap(who: Person, b: Tap): Promise<Seen>;
  /** What the scheduler posted since `mark()`: into the district channel, or privately to one person. */
  mark(): void;
  channelPosts(): Promise<Seen[]>;
  privatePosts(who: Person): Seen[];
  /** Fills the form a tap opened and sends it; returns what the user reads afterwards. */
  submitForm(who: Person, opener: Tap, values: Record<string, string>): Promise<string>;
  /** A report file's text, as the lead receives it. */
  reportFile(who: Person, line: string): Promise<string>;
  memberId(who: Person): Promise<number>;
  store(): ReturnType<typeof tenantStoreOf>;
}

/** The district's channel, as `sozialraum kanal` set it: where the scheduler posts for the district. */
async function districtChannel(d: Driver): Promise<string | null | undefined> {
  const [district] = await (await d.store()).listDistricts();
  expect(district?.channelId).toBeTruthy();
  return district?.channelId;
}

// ---- Slack ------------------------------------------------------------------------------------------------

export function slackDriver(w: AttendanceWorld): Driver {
  const users: Record<Person, string> = { anna: "U0ANNA", ben: "U0BEN", carl: "U0CARL" };
  const signed = () => ({ timestamp: Math.floor(w.clock.now().getTime() / 1000) });
  let n = 0;
  let since = 0;
  const seenOf = (blocks: unknown): Seen => ({
    texts: stringsIn(blocks).join("\n"),
    buttons: nodesOfType(blocks, "button").map((b) => ({
      label: (b.text as { text: string }).text,
      actionId: String(b.action_id),
      ...(typeof b.value === "string" ? { value: b.value } : {}),
      raw: b,
    })),
  });
  const posts = () => w.h.fake.callsTo("chat.postMessage").slice(since);
  async function answer(path: string): Promise<RecordedCall> {
    return w.h.fake.waitForAny(
      ["response_url", "views.open", "chat.postEphemeral"],
      (c) => c.method !== "response_url" || c.path.endsWith(`/${path}`),
    );
  }
  const d: Driver = {
    platform: "slack",
    async setUp() {
      await d.say("anna", "sozialraum neu Nordstadt");
      await d.say("anna", "sozialraum kanal Nordstadt");
      await d.say("ben", "gremium liste");
      await d.say("carl", "gremium liste");
    },
    async say(who, line) {
      const path = `s${++n}`;
      const [family, ...rest] = line.split(" ");
      w.h.fake.reset();
      const body = slashBody(`/${family}`, rest.join(" "), w.h.fake.responseUrl(path), {
        user_id: users[who],
        user_name: who,
      });
      expect((await postSigned(w.h.app.url, body, undefined, signed())).status).toBe(200);
      return stringsIn((await answer(path)).args).join("\n");
    },
    async tap(who, b) {
      const path = `t${++n}`;
      const payload = buttonPayload(b.actionId, b.value, w.h.fake.responseUrl(path), {
        user: { id: users[who], team_id: TEAM, name: who },
      });
      w.h.fake.reset();
      expect((await postSigned(w.h.app.url, payloadBody(payload), undefined, signed())).status).toBe(200);
      const call = await answer(path);
      return seenOf(call.method === "views.open" ? call.args.view : call.args);
    },
    mark() {
      w.h.fake.reset();
      since = 0;
    },
    channelPosts: async () => {
      const channelId = await districtChannel(d);
      return posts()
        .filter((c) => c.args.channel === channelId)
        .map((c) => seenOf(c.args.blocks));
    },
    privatePosts: (who) =>
      posts()
        .filter((c) => c.args.channel === `D${users[who].replace(/^U/, "")}`)
        .map((c) => seenOf(c.args.blocks)),
    async submitForm(who, opener, values) {
      const path = `f${++n}`;
      const payload = buttonPayload(opener.actionId, opener.value, w.h.fake.responseUrl(path), {
        user: { id: users[who], team_id: TEAM, name: who },
      });
      w.h.fake.reset();
      await postSigned(w.h.app.url, payloadBody(payload), undefined, signed());
      const opened = await w.h.fake.waitFor("views.open", () => true);
      const view = opened.args.view as {
        callback_id: string;
        private_metadata: string;
        blocks: Array<Record<string, unknown>>;
      };
      const state: Record<string, Record<string, Record<string, unknown>>> = {};
      for (const [id, value] of Object.entries(values)) {
        const block = view.blocks.find((b) => b.block_id === id);
        const type = (block?.element as { type?: string } | undefined)?.type ?? "plain_text_input";
        state[id] = {
          [id]:
            type === "datepicker"
              ? { type, selected_date: value }
              : type === "static_select"
                ? { type, selected_option: { value } }
                : { type, value },
        };
      }
      const submission = viewSubmissionPayload({
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: state,
      });
      submission.user = { id: users[who], team_id: TEAM, name: who };
      w.h.fake.reset();
      const res = await postSigned(w.h.app.url, payloadBody(submission), undefined, signed());
      expect(res.status).toBe(200);
      const after = await w.h.fake.waitForAny(["chat.postEphemeral", "chat.postMessage", "response_url"]);
      return stringsIn(after.args).join("\n");
    },
    async reportFile(who, line) {
      const [family, ...rest] = line.split(" ");
      w.h.fake.reset();
      const body = slashBody(`/${family}`, rest.join(" "), w.h.fake.responseUrl(`r${++n}`), {
        user_id: users[who],
      });
      expect((await postSigned(w.h.app.url, body, undefined, signed())).status).toBe(200);
      await w.h.fake.waitFor("files.completeUploadExternal", () => true, 8_000);
      return w.h.fake.callsTo("upload").at(-1)?.bytes?.toString("utf8") ?? "";
    },
    memberId: async (who) => (await (await d.store()).findMemberByPlatformId(users[who]))?.id ?? -1,
    store: () => tenantStoreOf(w.h.app.store, "slack", TEAM),
  };
  return d;
}

// ---- Teams ------------------------------------------------------------------------------------------------

export function teamsDriver(w: AttendanceWorld): Driver {
  const users: Record<Person, { id: string; aadObjectId: string; name: string }> = {
    anna: { id: "29:anna", aadObjectId: "aad-anna", name: "anna" },
    ben: { id: "29:ben", aadObjectId: "aad-ben", name: "ben" },
    carl: { id: "29:carl", aadObjectId: "aad-carl", name: "carl" },
  };
  const o = (who: Person) => ({ serviceUrl: w.connector.url, user: users[who] });
  const personalId = (who: Person) => `a:personal-${TENANT}-${users[who].aadObjectId}`;
  let since = 0;
  const seenOf = (call: ConnectorCall | undefined): Seen => {
    const card = cardOf(call?.body);
    return {
      texts: [...stringsIn(card), String((call?.body as { text?: string } | undefined)?.text ?? "")].join(
        "\n",
      ),
      buttons: nodesOfType(card, "Action.Submit").map((b) => {
        const data = b.data as { actionId?: string; value?: string };
        return {
          label: String(b.title),
          actionId: String(data.actionId),
          ...(data.value === undefined ? {} : { value: data.value }),
          raw: data,
        };
      }),
    };
  };
  async function send(activity: Record<string, unknown>): Promise<ConnectorCall[]> {
    const before = w.connector.calls.length;
    expect((await postActivity(w.h.app.url, activity)).status).toBe(200);
    return w.connector.calls.slice(before).filter((c) => c.status < 400);
  }
  const proactive = () => [...w.connector.ok("send"), ...w.connector.ok("reply")].slice(since);
  const d: Driver = {
    platform: "teams",
    async setUp() {
      for (const who of ["anna", "ben", "carl"] as const) await d.say(who, "hilfe");
      await d.say("anna", "sozialraum neu Nordstadt");
      await send(channel(o("anna"), mentionText("sozialraum kanal Nordstadt")));
    },
    async say(who, line) {
      const calls = await send(personal(o(who), { text: line }));
      return calls.map((c) => seenOf(c).texts).join("\n");
    },
    async tap(who, b) {
      const calls = await send(personal(o(who), { replyToId: "card-1", value: b.raw }));
      const seen = calls.map(seenOf);
      return { texts: seen.map((s) => s.texts).join("\n"), buttons: seen.flatMap((s) => s.buttons) };
    },
    mark() {
      since = w.connector.ok("send").length + w.connector.ok("reply").length;
      w.connector.reset();
      since = 0;
    },
    channelPosts: async () => {
      const channelId = await districtChannel(d);
      return proactive()
        .filter((c) => c.conversationId === channelId)
        .map(seenOf);
    },
    privatePosts: (who) =>
      proactive()
        .filter((c) => c.conversationId === personalId(who))
        .map(seenOf),
    async submitForm(who, opener, values) {
      const [form] = await send(personal(o(who), { replyToId: "card-2", value: opener.raw }));
      const value = teamsSubmitValue(cardOf(form?.body), values);
      const calls = await send(personal(o(who), { replyToId: "form-card", value }));
      return calls.map((c) => seenOf(c).texts).join("\n");
    },
    async reportFile(who, line) {
      const [offer] = await send(personal(o(who), { text: line }));
      const body = offer?.body as
        | { attachments?: Array<{ content?: { acceptContext?: { fileId?: string } } }> }
        | undefined;
      const attachment = body?.attachments?.[0];
      const fileId = attachment?.content?.acceptContext?.fileId;
      const before = w.connector.ok("upload").length;
      await send(
        personal(o(who), {
          type: "invoke",
          name: "fileConsent/invoke",
          value: {
            type: "fileUpload",
            action: "accept",
            context: { fileId },
            uploadInfo: {
              name: "bericht.csv",
              uploadUrl: `${w.connector.url}upload/bericht.csv`,
              contentUrl: "https://contoso.sharepoint.com/personal/bericht.csv",
              uniqueId: "uid-report",
              fileType: "csv",
            },
          },
        }),
      );
      const [upload] = await w.connector.waitFor("upload", before + 1);
      return Buffer.from((upload?.body as Uint8Array | undefined) ?? []).toString("utf8");
    },
    memberId: async (who) =>
      (await (await d.store()).findMemberByPlatformId(users[who].aadObjectId))?.id ?? -1,
    store: () => tenantStoreOf(w.h.app.store, "teams", TENANT),
  };
  return d;
}
