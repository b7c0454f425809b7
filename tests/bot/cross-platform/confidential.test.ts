// Text saved after its author confirmed a weak privacy hint stays the author's: over Slack and Teams, the
// digest, the youth-office report and the CSV export show the placeholder instead, and the author still sees it.
import { format, subDays } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aktivitaet, common } from "../../../src/commands/messages/index.js";
import type { TenantStore } from "../../../src/store/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { tenantStoreOf } from "../../support/fixtures.js";
import { stringsIn } from "../delivery/support.js";
import {
  buttonPayload,
  type Harness,
  payloadBody,
  postSigned,
  slashBody,
  startHarness,
  TEAM,
} from "../slack/harness.js";
import { cardOf, personal, postActivity, sent, TENANT } from "../teams/activities.js";

// A surname the guard flags weakly (it may be a colleague): saved only with "Trotzdem speichern".
const MARKER = "Okafor";
// Last week, so the digest preview (which reports the last full week) contains it.
const lastWeek = format(subDays(new Date(), 7), "dd.MM.yyyy");
const ENTRY = `2h Gespräch mit Herrn ${MARKER} am ${lastWeek} @Nordstadt #netzwerk`;

let db: TestDatabase;
let h: Harness;
let connector: FakeConnector;

beforeAll(async () => {
  db = await openTestDatabase();
  connector = await startFakeConnector();
  h = await startHarness(db.database, { TEAMS_LOCAL_MODE: "true" });
});
afterAll(async () => {
  await h?.close();
  await connector?.close();
  await db?.close();
});

const storeOf = (platform: "slack" | "teams", external: string) =>
  tenantStoreOf(h.app.store, platform, external);

async function expectStoredConfidential(store: TenantStore) {
  const [row] = await store.listActivities({}, { limit: 5, offset: 0 });
  expect(row?.confidential).toBe(true);
  // The author's own text is kept (and shown to the author), not rewritten.
  expect(row?.title).toContain(MARKER);
}

describe("weak-confirmed text through Slack", () => {
  let n = 0;
  async function slash(command: string, text: string) {
    const name = `c${++n}`;
    const res = await postSigned(h.app.url, slashBody(command, text, h.fake.responseUrl(name)));
    expect(res.status).toBe(200);
    return h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${name}`));
  }
  async function upload(command: string, text: string): Promise<string> {
    const before = h.fake.callsTo("upload").length;
    // The digest's chart is uploaded after its answer and may land in between: the file is the first CSV.
    const csv = () =>
      h.fake
        .callsTo("upload")
        .slice(before)
        .find((u) => u.bytes && !u.bytes.subarray(1, 4).equals(Buffer.from("PNG")));
    await postSigned(h.app.url, slashBody(command, text, h.fake.responseUrl(`u${++n}`)));
    await h.fake.waitFor("files.completeUploadExternal", () => csv() !== undefined, 8_000);
    return csv()?.bytes?.toString("utf8") ?? "";
  }

  it("is saved only with 'Trotzdem speichern' and then marked confidential", async () => {
    await slash("/sozialraum", "neu Nordstadt");
    const preview = await slash("/aktivitaet", ENTRY);
    const blocks = JSON.stringify(preview.args.blocks);
    expect(blocks).toContain("Trotzdem speichern");
    const save = (preview.args.blocks as { elements?: { action_id?: string; value?: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === "aktivitaet:save");
    expect(save?.value).toBeTruthy();
    await postSigned(
      h.app.url,
      payloadBody(buttonPayload("aktivitaet:save", save?.value, h.fake.responseUrl("saved"))),
    );
    await h.fake.waitFor("response_url", (c) => c.path.endsWith("/saved"));
    await expectStoredConfidential(await storeOf("slack", TEAM));
  });

  it("shows the author the text in their own list", async () => {
    const list = await slash("/aktivitaet", "liste");
    expect(JSON.stringify(list.args)).toContain(MARKER);
  });

  it("shows a lead the placeholder and lets them delete it, not open its text", async () => {
    const LEAD = "U0LEAD";
    const asLead = async (text: string) => {
      const name = `lead${++n}`;
      await postSigned(
        h.app.url,
        slashBody("/aktivitaet", text, h.fake.responseUrl(name), { user_id: LEAD }),
      );
      return JSON.stringify((await h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${name}`))).args);
    };
    // A colleague who has written to the bot once, then made team lead.
    await asLead("hilfe");
    await slash("/sozialraum", `rolle <@${LEAD}> teamleitung`);
    expect((await (await storeOf("slack", TEAM)).findMemberByPlatformId(LEAD))?.role).toBe("lead");
    const list = await asLead("liste");
    expect(list).toContain(common.hiddenText);
    expect(list).not.toContain(MARKER);
    const [row] = await (await storeOf("slack", TEAM)).listActivities({}, { limit: 5, offset: 0 });
    expect(await asLead(`bearbeiten ${row?.id}`)).toContain(aktivitaet.confidentialNotYours.slice(0, 40));
    const question = await asLead(`löschen ${row?.id}`);
    expect(question).toContain(common.hiddenText);
    expect(question).not.toContain(MARKER);
  });

  it("keeps it out of the digest, the report and the export", async () => {
    const digest = JSON.stringify((await slash("/sozialraum", "digest vorschau Nordstadt")).args);
    expect(digest).toContain(common.hiddenText);
    expect(digest).not.toContain(MARKER);
    const report = await upload("/sozialraum", "bericht jahr Nordstadt csv");
    expect(report.length).toBeGreaterThan(0);
    expect(report).not.toContain(MARKER);
    const exported = await upload("/aktivitaet", "export");
    expect(exported).toContain(common.hiddenText);
    expect(exported).not.toContain(MARKER);
  });
});

describe("weak-confirmed text through Teams", () => {
  const o = () => ({ serviceUrl: connector.url });

  async function say(text: string, extra: Record<string, unknown> = {}) {
    const before = connector.ok("reply").length;
    const res = await postActivity(h.app.url, personal(o(), { text, ...extra }));
    expect(res.status).toBe(200);
    const calls = await connector.waitFor("reply", before + 1);
    return calls[before];
  }

  /** Accepts the file consent card of the last reply and returns the uploaded bytes as text. */
  async function fileOf(text: string): Promise<string> {
    const offer = sent(await say(text)).attachments?.[0] as {
      content?: { acceptContext?: { fileId?: string } };
    };
    const fileId = offer?.content?.acceptContext?.fileId;
    expect(fileId, "a file consent card").toBeTruthy();
    const uploads = connector.ok("upload").length;
    await postActivity(
      h.app.url,
      personal(o(), {
        type: "invoke",
        name: "fileConsent/invoke",
        value: {
          type: "fileUpload",
          action: "accept",
          context: { fileId },
          uploadInfo: {
            name: "datei.csv",
            uploadUrl: `${connector.url}upload/datei.csv`,
            contentUrl: "https://contoso.sharepoint.com/personal/datei.csv",
            uniqueId: `uid-${fileId}`,
            fileType: "csv",
          },
        },
      }),
    );
    const done = await connector.waitFor("upload", uploads + 1);
    return Buffer.from(done[uploads]?.raw ?? []).toString("utf8");
  }

  it("is saved only with 'Trotzdem speichern' and then marked confidential", async () => {
    await say("sozialraum neu Nordstadt");
    const preview = await say(`aktivitaet ${ENTRY}`);
    const card = cardOf(preview?.body);
    expect(stringsIn(card).join("\n")).toContain("Trotzdem speichern");
    const data = findSubmit(card, "aktivitaet:save");
    const before = connector.ok("update").length + connector.ok("reply").length;
    await postActivity(h.app.url, personal(o(), { replyToId: "card-1", value: data }));
    await waitUntil(async () => connector.ok("update").length + connector.ok("reply").length > before);
    await expectStoredConfidential(await storeOf("teams", TENANT));
  });

  it("keeps it out of the digest, the report and the export", async () => {
    const digest = stringsIn(cardOf((await say("sozialraum digest vorschau Nordstadt"))?.body)).join("\n");
    expect(digest).toContain(common.hiddenText);
    expect(digest).not.toContain(MARKER);
    const report = await fileOf("sozialraum bericht jahr Nordstadt csv");
    expect(report.length).toBeGreaterThan(0);
    expect(report).not.toContain(MARKER);
    const exported = await fileOf("aktivitaet export");
    expect(exported).toContain(common.hiddenText);
    expect(exported).not.toContain(MARKER);
  });
});

function findSubmit(card: unknown, actionId: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown) => {
    if (found) return;
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const n = node as Record<string, unknown>;
      const data = n.data as Record<string, unknown> | undefined;
      if (n.type === "Action.Submit" && data?.actionId === actionId) found = data;
      for (const v of Object.values(n)) if (typeof v === "object") walk(v);
    }
  };
  walk(card);
  if (!found) throw new Error(`no ${actionId} button`);
  return found;
}

async function waitUntil(check: () => Promise<boolean>, ms = 5_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("timed out");
}
