// The Word report delivered as the platforms call: a Slack slash command uploads the DOCX to the caller's DM,
// a Teams message offers it with a file-consent card and uploads it on accept; both carry the figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
import { bericht as b } from "../../../src/commands/messages/index.js";
import type { TenantStore } from "../../../src/store/index.js";
import { generateYears, YEARS_NOW, type YearsData } from "../../commands/digest/synthetic-years.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { paragraphsBySection, readDocx } from "../../support/docx.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { tenantStoreOf } from "../../support/fixtures.js";
import { stringsIn } from "../delivery/support.js";
import { type Harness, postSigned, slashBody, startHarness, TEAM } from "../slack/harness.js";
import { personal, postActivity, sent, TENANT } from "../teams/activities.js";

let db: TestDatabase;
let h: Harness;
let connector: FakeConnector;
const clock = fixedClock(YEARS_NOW);
const signedNow = () => ({ timestamp: Math.floor(clock.now().getTime() / 1000) });

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

/** Two synthetic years in the tenant's one district; the summary line its 2026 figures should give. */
async function fill(store: TenantStore, tenantId: number, seed: number): Promise<string> {
  const [district] = await store.listDistricts();
  const [member] = await store.listMembers();
  if (!district || !member) throw new Error("no district or member");
  const gen: YearsData = await generateYears(
    db.database.db,
    store,
    tenantId,
    [{ id: district.id, name: district.name }],
    member.id,
    seed,
  );
  const year = gen.activities.filter((x) => x.day >= "2026-01-01");
  const minutes = year.reduce((s, x) => s + x.minutes, 0);
  const people = year.reduce((s, x) => s + (x.participants ?? 0), 0);
  return b.summary(year.length, (minutes / 60).toFixed(2).replace(".", ","), people);
}

describe("the Word report through Slack", () => {
  it("uploads the DOCX to the caller with the period in its comment", async () => {
    let n = 0;
    const slash = async (text: string) => {
      const path = `r${++n}`;
      const body = slashBody("/sozialraum", text, h.fake.responseUrl(path), { user_id: "U0LEAD" });
      expect((await postSigned(h.app.url, body, undefined, signedNow())).status).toBe(200);
      return path;
    };
    await slash("neu Nordstadt");
    await h.fake.waitFor("response_url", (c) => c.path.endsWith("/r1"));
    const store = await tenantStoreOf(h.app.store, "slack", TEAM);
    const summary = await fill(store, store.tenantId, 11);

    const before = h.fake.callsTo("upload").length;
    await slash("bericht jahr Nordstadt");
    await h.fake.waitFor(
      "files.completeUploadExternal",
      () => h.fake.callsTo("upload").length > before,
      30_000,
    );
    const upload = h.fake.callsTo("upload").at(-1);
    const bytes = upload?.bytes ?? Buffer.alloc(0);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const doc = paragraphsBySection(await readDocx(new Uint8Array(bytes)));
    expect(doc.get("Nordstadt")).toContain(summary);
    const asked = h.fake.callsTo("files.getUploadURLExternal").at(-1);
    expect(stringsIn(asked?.args)).toContain("bericht_nordstadt_2026-01-01_2026-12-01.docx");
    const done = h.fake.callsTo("files.completeUploadExternal").at(-1);
    expect(stringsIn(done?.args).join("\n")).toContain("Jahr 2026 bis heute (01.01.2026–01.12.2026)");
  }, 120_000);
});

describe("the Word report through Teams", () => {
  it("offers a file-consent card and uploads the DOCX on accept", async () => {
    const o = { serviceUrl: connector.url };
    const say = async (text: string) => {
      const count = connector.ok("reply").length;
      expect((await postActivity(h.app.url, personal(o, { text }))).status).toBe(200);
      return (await connector.waitFor("reply", count + 1, 30_000))[count];
    };
    await say("sozialraum neu Nordstadt");
    const store = await tenantStoreOf(h.app.store, "teams", TENANT);
    const summary = await fill(store, store.tenantId, 12);

    const offer = sent(await say("sozialraum bericht jahr Nordstadt")).attachments?.[0];
    expect(offer?.contentType).toBe("application/vnd.microsoft.teams.card.file.consent");
    expect((offer as { name?: string } | undefined)?.name).toBe(
      "bericht_nordstadt_2026-01-01_2026-12-01.docx",
    );
    const fileId = (offer?.content?.acceptContext as { fileId?: string } | undefined)?.fileId;
    expect(fileId).toBeTruthy();
    const name = "bericht_nordstadt_2026-01-01_2026-12-01.docx";
    const accept = personal(o, {
      type: "invoke",
      name: "fileConsent/invoke",
      value: {
        type: "fileUpload",
        action: "accept",
        context: { fileId },
        uploadInfo: {
          name,
          uploadUrl: `${connector.url}upload/${name}`,
          contentUrl: `https://contoso.sharepoint.com/personal/${name}`,
          uniqueId: "uid-docx",
          fileType: "docx",
        },
      },
    });
    expect((await postActivity(h.app.url, accept)).status).toBe(200);
    const [upload] = await connector.waitFor("upload", 1, 30_000);
    const bytes = new Uint8Array(upload?.raw ?? []);
    expect(upload?.headers["content-range"]).toBe(`bytes 0-${bytes.byteLength - 1}/${bytes.byteLength}`);
    const doc = paragraphsBySection(await readDocx(bytes));
    expect(doc.get("Nordstadt")).toContain(summary);
    const fileCard = sent(connector.ok("reply").at(-1)).attachments?.[0];
    expect(fileCard?.contentType).toBe("application/vnd.microsoft.teams.card.file.info");
    expect(fileCard?.contentUrl).toBe(`https://contoso.sharepoint.com/personal/${name}`);
  }, 120_000);
});
