// The digest preview over Slack and Teams under a fixed clock (Wednesday 2 December 2026): it shows this week up to
// today beside last week, blind spots count this week's work, averages say what they count per week, and in Teams
// no field label sits in a FactSet column too narrow for „Infrastrukturentwicklung“.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEAMS_LIMITS } from "../../../src/bot/teams/limits.js";
import { fixedClock } from "../../../src/clock.js";
import { digest as d, labels } from "../../../src/commands/messages/index.js";
import type { Focus, TenantStore } from "../../../src/store/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { tenantStoreOf } from "../../support/fixtures.js";
import { nodesOfType, stringsIn } from "../delivery/support.js";
import { type Harness, postSigned, slashBody, startHarness, TEAM } from "../slack/harness.js";
import { cardOf, personal, postActivity, TENANT } from "../teams/activities.js";

// Wednesday of ISO week 49, 11:00 in Berlin.
const NOW = new Date("2026-12-02T10:00:00Z");
const clock = fixedClock(NOW);
const signedNow = () => ({ timestamp: Math.floor(clock.now().getTime() / 1000) });

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

/**
 * This week: two infrastructure activities (Monday and today, 150 min). Last week: one networks activity (45 min).
 * The four weeks before: three activities, 624 min, so Ø 0,75 activities and 2,6 hours a week.
 */
async function seed(store: TenantStore) {
  const [district] = await store.listDistricts();
  const [author] = await store.listMembers();
  const add = (day: string, minutes: number, focus: Focus) =>
    store.recordActivity({
      districtId: district?.id ?? 0,
      authorId: author?.id ?? 0,
      occurredOn: day,
      minutes,
      title: `Planung ${day}`,
      level: "case_independent",
      focus,
      role: "contributed",
    });
  await add("2026-11-30", 90, "infrastructure");
  await add("2026-12-02", 60, "infrastructure");
  await add("2026-11-24", 45, "networks");
  await add("2026-10-27", 200, "networks");
  await add("2026-11-05", 200, "projects");
  await add("2026-11-19", 224, "networks");
}

/** What both platforms must show. */
function expectPreview(text: string) {
  expect(text).toContain(d.thisWeek("30.11.–02.12."));
  expect(text).toContain(d.weekValue(2, 150));
  expect(text).toContain("2 Aktivitäten, 2,5 Std.");
  expect(text).toContain(d.lastWeek(48, "23.11.–29.11.2026"));
  expect(text).toContain(
    "1 Aktivität, 0,75 Std. · in den 4 Wochen davor Ø 0,8 Aktivitäten und 2,6 Std. pro Woche",
  );
  // Infrastructure has this week's work: no blind spot; public relations never had any.
  expect(text).not.toContain(d.focusIdle(labels.focus.infrastructure, null));
  expect(text).toContain(d.focusIdle(labels.focus.public_relations, null));
  expect(text).not.toContain("Ø 4 Wochen davor:");
}

describe("the digest preview through Slack", () => {
  let n = 0;
  async function slash(command: string, text: string) {
    const path = `r${++n}`;
    const res = await postSigned(
      h.app.url,
      slashBody(command, text, h.fake.responseUrl(path)),
      undefined,
      signedNow(),
    );
    expect(res.status).toBe(200);
    const call = await h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${path}`));
    return stringsIn(call.args).join("\n");
  }

  it("shows this week up to today and last week, with readable averages and today's blind spots", async () => {
    await slash("/sozialraum", "neu Nordstadt");
    await seed(await tenantStoreOf(h.app.store, "slack", TEAM));
    expectPreview(await slash("/sozialraum", "digest vorschau Nordstadt"));
  });
});

describe("the digest preview through Teams", () => {
  const o = () => ({ serviceUrl: connector.url });
  async function say(text: string) {
    const before = connector.ok("reply").length;
    const res = await postActivity(h.app.url, personal(o(), { text }));
    expect(res.status).toBe(200);
    const replies = await connector.waitFor("reply", before + 1);
    return cardOf(replies[before]?.body);
  }

  it("shows the same, and never puts a long German word into a FactSet title", async () => {
    await say("sozialraum neu Nordstadt");
    await seed(await tenantStoreOf(h.app.store, "teams", TENANT));
    const card = await say("sozialraum digest vorschau Nordstadt");
    expectPreview(stringsIn(card?.body).join("\n"));
    const titles = nodesOfType(card, "FactSet").flatMap((f) =>
      (f.facts as { title: string }[]).map((x) => x.title),
    );
    for (const title of titles)
      for (const word of title.split(/\s+/u))
        expect(word.length).toBeLessThanOrEqual(TEAMS_LIMITS.factTitleWord);
    // The focus labels are stacked: each its own wrapping TextBlock over the card's width.
    const blocks = nodesOfType(card, "TextBlock");
    const label = blocks.find((b) => b.text === labels.focus.infrastructure);
    expect(label).toMatchObject({ wrap: true, weight: "Bolder" });
    expect(titles).not.toContain(labels.focus.infrastructure);
  });
});
