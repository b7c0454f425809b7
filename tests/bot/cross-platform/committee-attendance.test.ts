// Committee attendance over HTTP on Slack and Teams, one scenario on both: typed yes and no, a deputy asked in
// the district's channel (first tap wins, the second is told), „Wer war da?“ after the meeting, minutes with a
// task that reminds its owner on its due date, and a report that counts only confirmed attendance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
import { requestPlan } from "../../../src/commands/gremium/jobs/plan.js";
import { berlin, committeeInput } from "../../scheduler/support.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type ConnectorCall, type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import type { RecordedCall } from "../../support/fake-slack.js";
import { tenantStoreOf } from "../../support/fixtures.js";
import { drain, nodesOfType, stringsIn, teamsSubmitValue } from "../delivery/support.js";
import {
  buttonPayload,
  type Harness,
  payloadBody,
  postSigned,
  slashBody,
  startHarness,
  TEAM,
  viewSubmissionPayload,
} from "../slack/harness.js";
import { cardOf, channel, mentionText, personal, postActivity, TENANT } from "../teams/activities.js";

const clock = fixedClock("2026-11-25T10:00:00Z"); // a Wednesday; the committee meets on Tuesdays 18:00
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

interface Tap {
  label: string;
  actionId: string;
  value?: string;
  raw: unknown;
}
interface Seen {
  texts: string;
  buttons: Tap[];
}
type Person = "anna" | "ben" | "carl";

/** One platform as its users meet it. */
interface Driver {
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

function slackDriver(): Driver {
  const users: Record<Person, string> = { anna: "U0ANNA", ben: "U0BEN", carl: "U0CARL" };
  const signed = () => ({ timestamp: Math.floor(clock.now().getTime() / 1000) });
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
  const posts = () => h.fake.callsTo("chat.postMessage").slice(since);
  async function answer(path: string): Promise<RecordedCall> {
    return h.fake.waitForAny(
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
      h.fake.reset();
      const body = slashBody(`/${family}`, rest.join(" "), h.fake.responseUrl(path), {
        user_id: users[who],
        user_name: who,
      });
      expect((await postSigned(h.app.url, body, undefined, signed())).status).toBe(200);
      return stringsIn((await answer(path)).args).join("\n");
    },
    async tap(who, b) {
      const path = `t${++n}`;
      const payload = buttonPayload(b.actionId, b.value, h.fake.responseUrl(path), {
        user: { id: users[who], team_id: TEAM, name: who },
      });
      h.fake.reset();
      expect((await postSigned(h.app.url, payloadBody(payload), undefined, signed())).status).toBe(200);
      const call = await answer(path);
      return seenOf(call.method === "views.open" ? call.args.view : call.args);
    },
    mark() {
      h.fake.reset();
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
      const payload = buttonPayload(opener.actionId, opener.value, h.fake.responseUrl(path), {
        user: { id: users[who], team_id: TEAM, name: who },
      });
      h.fake.reset();
      await postSigned(h.app.url, payloadBody(payload), undefined, signed());
      const opened = await h.fake.waitFor("views.open", () => true);
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
      h.fake.reset();
      const res = await postSigned(h.app.url, payloadBody(submission), undefined, signed());
      expect(res.status).toBe(200);
      const after = await h.fake.waitForAny(["chat.postEphemeral", "chat.postMessage", "response_url"]);
      return stringsIn(after.args).join("\n");
    },
    async reportFile(who, line) {
      const [family, ...rest] = line.split(" ");
      h.fake.reset();
      const body = slashBody(`/${family}`, rest.join(" "), h.fake.responseUrl(`r${++n}`), {
        user_id: users[who],
      });
      expect((await postSigned(h.app.url, body, undefined, signed())).status).toBe(200);
      await h.fake.waitFor("files.completeUploadExternal", () => true, 8_000);
      return h.fake.callsTo("upload").at(-1)?.bytes?.toString("utf8") ?? "";
    },
    memberId: async (who) => (await (await d.store()).findMemberByPlatformId(users[who]))?.id ?? -1,
    store: () => tenantStoreOf(h.app.store, "slack", TEAM),
  };
  return d;
}

// ---- Teams ------------------------------------------------------------------------------------------------

function teamsDriver(): Driver {
  const users: Record<Person, { id: string; aadObjectId: string; name: string }> = {
    anna: { id: "29:anna", aadObjectId: "aad-anna", name: "anna" },
    ben: { id: "29:ben", aadObjectId: "aad-ben", name: "ben" },
    carl: { id: "29:carl", aadObjectId: "aad-carl", name: "carl" },
  };
  const o = (who: Person) => ({ serviceUrl: connector.url, user: users[who] });
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
    const before = connector.calls.length;
    expect((await postActivity(h.app.url, activity)).status).toBe(200);
    return connector.calls.slice(before).filter((c) => c.status < 400);
  }
  const proactive = () => [...connector.ok("send"), ...connector.ok("reply")].slice(since);
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
      since = connector.ok("send").length + connector.ok("reply").length;
      connector.reset();
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
      const before = connector.ok("upload").length;
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
              uploadUrl: `${connector.url}upload/bericht.csv`,
              contentUrl: "https://contoso.sharepoint.com/personal/bericht.csv",
              uniqueId: "uid-report",
              fileType: "csv",
            },
          },
        }),
      );
      const [upload] = await connector.waitFor("upload", before + 1);
      return Buffer.from((upload?.body as Uint8Array | undefined) ?? []).toString("utf8");
    },
    memberId: async (who) =>
      (await (await d.store()).findMemberByPlatformId(users[who].aadObjectId))?.id ?? -1,
    store: () => tenantStoreOf(h.app.store, "teams", TENANT),
  };
  return d;
}

// ---- The scenario, on both ---------------------------------------------------------------------------------

const MEETING = berlin(2026, 12, 1, 18);

for (const make of [slackDriver, teamsDriver]) {
  const d = make();
  describe(`committee attendance on ${d.platform}`, () => {
    const ref = (committeeId: number, at: Date) => `${committeeId}|${at.toISOString()}`;
    let committeeId = 0;

    it("says yes and no typed, and asks the channel for a deputy: the first tap wins, the second is told", async () => {
      clock.set("2026-11-25T10:00:00Z");
      await d.setUp();
      const store = await d.store();
      const [district] = await store.listDistricts();
      committeeId = (
        await store.createCommittee(
          committeeInput(district?.id ?? -1, { firstStartsAt: berlin(2026, 11, 3, 18), channelId: null }),
        )
      ).id;
      await requestPlan(store, committeeId, clock.now());
      await drain([h.app]);
      d.mark();

      expect(await d.say("anna", "gremium zusage")).toContain(
        "Danke, ist eingetragen: Du gehst zu „Runder Tisch Nord“ am Di, 01.12.2026, 18:00 Uhr.",
      );
      const anna = await d.memberId("anna");
      expect(await store.attendance(committeeId, MEETING)).toEqual([{ memberId: anna, status: "going" }]);
      expect(await d.say("anna", "gremium absage")).toContain("Du kannst nicht zu „Runder Tisch Nord“");
      expect(await store.attendance(committeeId, MEETING)).toEqual([{ memberId: anna, status: "not_going" }]);

      await drain([h.app]);
      const asks = await d.channelPosts();
      expect(
        asks.map((a) => a.texts.includes("Vertretung gesucht: Für „Runder Tisch Nord“ am Di, 01.12.2026")),
      ).toEqual([true]);
      const takeOver = asks[0]?.buttons.find((b) => b.label === "Ich übernehme");
      expect(takeOver?.value).toBe(ref(committeeId, MEETING));
      const ben = await d.memberId("ben");
      // Members are shown by their display name on the platform (Slack's fake names them by user id).
      const benName = (await store.findMember(ben))?.displayName;
      const won = await d.tap("ben", takeOver as Tap);
      expect(won.texts).toContain(
        `${benName} übernimmt „Runder Tisch Nord“ am Di, 01.12.2026, 18:00 Uhr. Danke!`,
      );
      const lost = await d.tap("carl", takeOver as Tap);
      expect(lost.texts).toContain(`Schon übernommen von ${benName}.`);
      expect((await store.attendance(committeeId, MEETING)).filter((a) => a.status === "going")).toEqual([
        { memberId: ben, status: "going" },
      ]);
    });

    it("asks who was there, keeps minutes with a task that reminds its owner, and reports only confirmed attendance", async () => {
      const store = await d.store();
      const [ben, carl] = [await d.memberId("ben"), await d.memberId("carl")];
      // A promise for the meeting before (as a reminder button leaves it) that nobody confirms afterwards.
      await store.setAttendance(committeeId, berlin(2026, 11, 24, 18), carl, "going");
      d.mark();
      clock.set("2026-12-01T19:01:00Z"); // 18:00–20:00 Berlin is over
      await drain([h.app]);
      const prompt = d.privatePosts("ben").find((p) => p.texts.includes("Wer war da?"));
      expect(prompt?.buttons.map((b) => b.label)).toEqual([
        "Als Aktivität erfassen",
        "Protokoll schreiben",
        "Ich war da",
      ]);
      const iWas = prompt?.buttons.find((b) => b.label === "Ich war da") as Tap;
      expect((await d.tap("ben", iWas)).texts).toContain(
        "Danke, bestätigt: Du warst bei „Runder Tisch Nord“ am 01.12.2026.",
      );

      const minutes = prompt?.buttons.find((b) => b.label === "Protokoll schreiben") as Tap;
      const saved = await d.submitForm("ben", minutes, {
        decisions: "Stadtteilfest im Juni gemeinsam planen.",
        what1: "Flyer entwerfen",
        who1: String(carl),
        due1: "2026-12-10",
      });
      expect(saved).toContain(
        "Protokoll für „Runder Tisch Nord“ am 01.12.2026 gespeichert, 1 Aufgabe mit Erinnerung.",
      );

      d.mark();
      clock.set("2026-12-10T06:59:00Z");
      await drain([h.app]);
      expect(d.privatePosts("carl").filter((p) => p.texts.includes("Flyer entwerfen"))).toEqual([]);
      clock.set("2026-12-10T07:00:00Z"); // 08:00 Berlin on the due day
      await drain([h.app]);
      const reminders = d.privatePosts("carl").filter((p) => p.texts.includes("Flyer entwerfen"));
      expect(reminders).toHaveLength(1);
      expect(reminders[0]?.texts).toContain(
        "Aufgabe aus „Runder Tisch Nord“, fällig am 10.12.2026: Flyer entwerfen",
      );
      expect(reminders[0]?.buttons.map((b) => b.label)).toEqual(["Erledigt"]);
      expect(d.privatePosts("ben").filter((p) => p.texts.includes("Flyer entwerfen"))).toEqual([]);
      expect((await d.tap("carl", reminders[0]?.buttons[0] as Tap)).texts).toContain(
        "Erledigt: Flyer entwerfen. Danke!",
      );

      // The report: meetings held in November (Tuesdays 03., 10., 17., 24.) and December up to the 10th (01., 08.);
      // confirmed only 01.12. – the promise for 24.11. and Ben's going to 01.12. before confirming count once.
      const csv = await d.reportFile("anna", "sozialraum bericht 01.11.2026 10.12.2026 Nordstadt csv");
      const row = csv.split(/\r?\n/).find((l) => l.includes("Runder Tisch Nord"));
      expect(row).toBeDefined();
      const cells = (row ?? "").split(";").map((c) => c.replace(/^"|"$/g, ""));
      const header = (csv.split(/\r?\n/)[0] ?? "")
        .replace(/^\uFEFF/, "")
        .split(";")
        .map((c) => c.replace(/^"|"$/g, ""));
      const cell = (name: RegExp) => cells[header.findIndex((x) => name.test(x))];
      expect(cell(/Sitzungen/)).toBe("6");
      expect(cell(/besucht/)).toBe("1");
      expect(ben).toBeGreaterThan(0);
    });
  });
}
