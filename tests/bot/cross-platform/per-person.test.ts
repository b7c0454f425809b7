// Per-person figures under dual control, over Slack and Teams as the platforms call: an admin asks, the
// person who asked cannot approve, a request lapses after 7 days, the works council approves, the team
// hears of it in its channel, every digest carries a banner, and the youth-office report never holds a
// per-person row. The audit says who did what, and whose role changed to what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
import { digest as d, datenschutz as ds } from "../../../src/commands/messages/index.js";
import type { TenantStore } from "../../../src/store/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { documentXml } from "../../support/docx.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { tenantStoreOf } from "../../support/fixtures.js";
import { drain, stringsIn } from "../delivery/support.js";
import { type Harness, postSigned, slashBody, startHarness, TEAM } from "../slack/harness.js";
import { cardOf, channel, mentionText, personal, postActivity, TENANT, USER } from "../teams/activities.js";

const START = new Date("2026-11-25T09:00:00Z");
const DAY = 86_400_000;
// Slack shows members by their user id here; the author's must never reach the youth-office report.
const AUTHOR = "U0AUTHOR";
const COUNCIL = "U0COUNCIL";

let db: TestDatabase;
let h: Harness;
let connector: FakeConnector;
const clock = fixedClock(START);
// Slack signs with the time of the request, which the app checks against its own clock.
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

const storeOf = (platform: "slack" | "teams", external: string) =>
  tenantStoreOf(h.app.store, platform, external);

/** The activity that makes per-person rows non-empty, dated in the week the digest reports. */
async function seedWork(store: TenantStore, authorId: number) {
  const [district] = await store.listDistricts();
  await store.recordActivity({
    districtId: district?.id ?? -1,
    authorId,
    occurredOn: "2026-11-18",
    minutes: 150,
    title: "Netzwerktreffen Stadtteil",
    level: "case_independent",
    focus: "networks",
    role: "contributed",
  });
}

describe("per-person figures through Slack", () => {
  let n = 0;
  async function slash(user: string, command: string, text: string, name = user) {
    const path = `r${++n}`;
    const res = await postSigned(
      h.app.url,
      slashBody(command, text, h.fake.responseUrl(path), { user_id: user, user_name: name }),
      undefined,
      signedNow(),
    );
    expect(res.status).toBe(200);
    const call = await h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${path}`));
    return stringsIn(call.args).join("\n");
  }
  const ADMIN = "U0ADMIN";
  const AUTHOR_ID = AUTHOR;
  const COUNCIL_ID = COUNCIL;

  it("needs a second person, and a request lapses after 7 days", async () => {
    await slash(ADMIN, "/sozialraum", "neu Nordstadt", "Ada Admin");
    await slash(ADMIN, "/sozialraum", "kanal Nordstadt");
    await slash(AUTHOR_ID, "/sozialraum", "liste", AUTHOR);
    await slash(COUNCIL_ID, "/sozialraum", "liste", COUNCIL);
    const store = await storeOf("slack", TEAM);
    const author = await store.findMemberByPlatformId(AUTHOR_ID);
    await seedWork(store, author?.id ?? -1);

    expect(await slash(AUTHOR_ID, "/sozialraum", "personenzahlen an")).toContain("Das dürfen nur Admins.");
    const asked = await slash(ADMIN, "/sozialraum", "personenzahlen an");
    expect(asked).toContain(d.perPersonRequested("02.12.2026"));
    // Nobody can approve yet: no works council and no second admin.
    expect(asked).toContain(d.perPersonNoApprover);
    expect(await slash(ADMIN, "/sozialraum", "personenzahlen zustimmen")).toContain(d.perPersonOwnRequest);
    expect(await slash(AUTHOR_ID, "/sozialraum", "personenzahlen zustimmen")).toContain(
      d.perPersonApproverOnly,
    );
    expect(await slash(ADMIN, "/sozialraum", `rolle <@${COUNCIL_ID}> betriebsrat`)).toContain(COUNCIL);
    expect((await store.tenant()).perPersonFigures).toBe(false);

    // Eight days later the request has lapsed: approving does nothing, the lapse job records it.
    clock.advance(8 * DAY);
    expect(await slash(COUNCIL_ID, "/sozialraum", "personenzahlen zustimmen")).toContain(
      d.perPersonNothingToApprove,
    );
    await drain([h.app]);
    expect((await store.tenant()).perPersonFigures).toBe(false);
    expect((await store.auditTrail()).map((e) => e.action)).toContain("per_person.lapsed");
  });

  it("switches on when the works council approves, tells the team and shows a banner", async () => {
    const store = await storeOf("slack", TEAM);
    const posts = h.fake.callsTo("chat.postMessage").length;
    await slash(ADMIN, "/sozialraum", "personenzahlen an");
    expect(await slash(COUNCIL_ID, "/sozialraum", "personenzahlen zustimmen")).toContain(d.perPersonOn);
    const tenant = await store.tenant();
    expect(tenant.perPersonFigures).toBe(true);
    expect(tenant.perPersonSince?.toISOString()).toBe(clock.now().toISOString());

    await drain([h.app]);
    const notices = h.fake.callsTo("chat.postMessage").slice(posts);
    const district = (await store.listDistricts())[0];
    expect(notices.map((c) => c.args.channel)).toEqual([district?.channelId]);
    expect(stringsIn(notices[0]?.args).join("\n")).toContain(d.perPersonNoticeOn("03.12.2026"));

    clock.set("2026-11-25T09:00:00Z");
    const preview = await slash(ADMIN, "/sozialraum", "digest vorschau Nordstadt");
    expect(preview).toContain(d.perPersonBanner("03.12.2026"));
    expect(preview).toContain(d.perPersonTitle);
    expect(preview).toContain(AUTHOR);
    clock.set(new Date(START.getTime() + 8 * DAY));
  });

  it("never puts per-person rows into the youth-office report", async () => {
    // Markdown, CSV and the Word document (its text read back from word/document.xml).
    for (const format of ["csv", "md", ""]) {
      const before = h.fake.callsTo("upload").length;
      const body = slashBody(
        "/sozialraum",
        `bericht 01.11.2026 30.11.2026 Nordstadt ${format}`,
        h.fake.responseUrl(`b${format}`),
        { user_id: ADMIN },
      );
      expect((await postSigned(h.app.url, body, undefined, signedNow())).status).toBe(200);
      // The digest preview's chart may arrive in between: the report is the upload that is not a PNG.
      const reportUpload = () =>
        h.fake
          .callsTo("upload")
          .slice(before)
          .map((c) => c.bytes)
          .find((b) => b && !b.toString("latin1").includes("PNG\r\n"));
      await h.fake.waitFor("files.completeUploadExternal", () => reportUpload() !== undefined, 8_000);
      const bytes = reportUpload() ?? Buffer.alloc(0);
      const report = format === "" ? await documentXml(bytes) : bytes.toString("utf8");
      expect(report, format).toContain("Vernetzte Strukturen");
      expect(report, format).not.toContain(AUTHOR);
      expect(report, format).not.toContain(ADMIN);
    }
  });

  it("says in the audit trail who switched what, and whose role changed to what", async () => {
    const trail = await slash(ADMIN, "/datenschutz", "protokoll");
    expect(trail).toContain(ds.auditRole(COUNCIL, "Fachkraft", "Betriebsrat"));
    expect(trail).toContain(ds.auditPerPersonOn(ADMIN, COUNCIL));
    expect(trail).toContain(ds.actions["per_person.lapsed"]);
    expect(trail).toContain(ds.bySystem);
    expect(await slash(ADMIN, "/datenschutz", "")).toContain(ds.figuresPrinciple(true));

    // Switching off needs one person; the team hears of it too, and the banner is gone.
    expect(await slash(COUNCIL_ID, "/sozialraum", "personenzahlen aus")).toContain(d.perPersonOff);
    const posts = h.fake.callsTo("chat.postMessage").length;
    await drain([h.app]);
    expect(stringsIn(h.fake.callsTo("chat.postMessage").slice(posts)).join("\n")).toContain(
      d.perPersonNoticeOff,
    );
    expect(await slash(ADMIN, "/sozialraum", "digest vorschau Nordstadt")).not.toContain(d.perPersonTitle);
    const actions = (await (await storeOf("slack", TEAM)).auditTrail()).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["per_person.requested", "per_person.on", "per_person.off", "member.role"]),
    );
  });
});

describe("per-person figures through Teams", () => {
  const COUNCIL_USER = { id: "29:user-council", aadObjectId: "aad-council", name: "Ulf Betriebsrat" };
  const o = (user = USER) => ({ serviceUrl: connector.url, user });

  async function say(text: string, user = USER) {
    const before = connector.ok("reply").length;
    const res = await postActivity(h.app.url, personal(o(user), { text }));
    expect(res.status).toBe(200);
    const calls = await connector.waitFor("reply", before + 1);
    return stringsIn(cardOf(calls[before]?.body) ?? calls[before]?.body).join("\n");
  }

  it("asks, refuses the asker's own approval, approves by the works council and shows the banner", async () => {
    await say("sozialraum neu Nordstadt");
    // The channel the team works in: the notice goes there.
    await postActivity(h.app.url, channel(o(), mentionText("sozialraum kanal Nordstadt")));
    await connector.waitFor("reply", 1);
    await say("sozialraum liste", COUNCIL_USER);
    const store = await storeOf("teams", TENANT);
    await seedWork(store, (await store.findMemberByPlatformId(USER.aadObjectId))?.id ?? -1);
    await say(`sozialraum rolle ${COUNCIL_USER.name} betriebsrat`);

    const asked = await say("sozialraum personenzahlen an");
    expect(asked).toContain(d.perPersonRequested("10.12.2026"));
    expect(await say("sozialraum personenzahlen zustimmen")).toContain(d.perPersonOwnRequest);
    expect(await say("sozialraum personenzahlen zustimmen", COUNCIL_USER)).toContain(d.perPersonOn);
    expect((await store.tenant()).perPersonFigures).toBe(true);

    const sentBefore = connector.ok("send").length + connector.ok("reply").length;
    await drain([h.app]);
    const after = [...connector.ok("send"), ...connector.ok("reply")];
    expect(after.length).toBeGreaterThan(sentBefore);
    expect(after.map((c) => stringsIn(c.body).join("\n")).join("\n")).toContain(
      d.perPersonNoticeOn("03.12.2026"),
    );

    clock.set("2026-11-25T09:00:00Z");
    const preview = await say("sozialraum digest vorschau Nordstadt");
    expect(preview).toContain(d.perPersonBanner("03.12.2026"));
    clock.set(new Date(START.getTime() + 8 * DAY));
  });
});
