// The running app over HTTP with signed Slack requests: slash commands, App Home, uninstall, against real families.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { REGISTRY } from "../../../src/commands/registry.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import {
  CHANNEL,
  eventBody,
  type Harness,
  postSigned,
  slashBody,
  startHarness,
  TEAM,
  USER,
} from "./harness.js";

let db: TestDatabase;
let h: Harness;

beforeAll(async () => {
  db = await openTestDatabase();
  h = await startHarness(db.database);
});

afterAll(async () => {
  await h?.close();
  await db?.close();
});

beforeEach(() => h.fake.reset());

function blockTexts(blocks: unknown): string {
  return JSON.stringify(blocks);
}

describe("slash commands", () => {
  it("acks empty, answers ephemerally through response_url and writes to the database", async () => {
    const responseUrl = h.fake.responseUrl();
    const res = await postSigned(h.app.url, slashBody("/sozialraum", "neu Nordstadt", responseUrl));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");

    const answer = await h.fake.waitFor("response_url");
    expect(answer.args.response_type).toBe("ephemeral");
    expect(blockTexts(answer.args.blocks)).toContain("Nordstadt");
    expect(answer.args.text).toContain("Sozialraum „Nordstadt“ ist angelegt");

    const tenant = await h.app.store.findTenant("slack", TEAM);
    expect(tenant).toBeDefined();
    const scoped = h.app.store.forTenant(tenant?.id ?? -1);
    expect((await scoped.findDistrictByName("Nordstadt"))?.name).toBe("Nordstadt");
    expect((await scoped.findMemberByPlatformId(USER))?.role).toBe("admin");
  });

  it("answers every registered slash command with something (never silence)", async () => {
    for (const { slash: command } of REGISTRY.entries) {
      h.fake.reset();
      const url = h.fake.responseUrl(command.slice(1));
      const res = await postSigned(h.app.url, slashBody(command, "", url));
      expect(res.status, command).toBe(200);
      const answered = await h.fake.waitForAny(
        ["response_url", "views.open", "chat.postEphemeral", "files.completeUploadExternal"],
        (c) => c.method !== "response_url" || c.path.endsWith(command.slice(1)),
      );
      expect(answered, command).toBeDefined();
    }
  });
});

describe("App Home", () => {
  it("publishes the member's home with recent activities and the common actions", async () => {
    const tenant = await h.app.store.ensureTenant("slack", TEAM);
    const scoped = h.app.store.forTenant(tenant.id);
    const member = await scoped.ensureMember(USER);
    const district =
      (await scoped.findDistrictByName("Nordstadt")) ?? (await scoped.createDistrict("Nordstadt"));
    await scoped.recordActivity({
      districtId: district.id,
      authorId: member.id,
      occurredOn: "2026-11-20",
      minutes: 90,
      title: "Elterncafé",
      level: "case_independent",
      focus: "projects",
      role: "responsible",
    });

    await scoped.createCommittee({
      districtId: district.id,
      name: "Stadtteilrunde Nordstadt",
      type: "district_committee",
      part: "attend",
      recurrence: "FREQ=WEEKLY",
      firstStartsAt: new Date(Date.now() + 2 * 86_400_000),
      durationMinutes: 90,
      timezone: "Europe/Berlin",
      location: "Bürgerhaus",
    });

    const res = await postSigned(
      h.app.url,
      eventBody({ type: "app_home_opened", user: USER, channel: "D0HOME", tab: "home", event_ts: "1.2" }),
      "application/json",
    );
    expect(res.status).toBe(200);
    const published = await h.fake.waitFor("views.publish");
    expect(published.args.user_id).toBe(USER);
    expect(published.token).toBe("xoxb-test");
    const view = published.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    const json = blockTexts(view.blocks);
    expect(json).toContain("Elterncafé");
    expect(json).toContain("20.11.2026");
    expect(json).toContain("command:run");
    expect(json).toContain("Aktivität erfassen");
    expect(json).toContain("Stadtteilrunde Nordstadt");
    expect(json).toContain("Bürgerhaus");
  });

  it("runs a command family from a home button and answers in the DM", async () => {
    const payload = {
      type: "block_actions",
      api_app_id: "A0001",
      team: { id: TEAM, domain: "testteam" },
      user: { id: USER, team_id: TEAM },
      container: { type: "view", view_id: "V0HOME" },
      view: { id: "V0HOME", type: "home", private_metadata: "", callback_id: "", state: { values: {} } },
      trigger_id: "1337.45.mnop",
      actions: [
        {
          type: "button",
          action_id: "command:run~1",
          block_id: "b",
          value: "sozialraum liste",
          action_ts: "1",
        },
      ],
    };
    const res = await postSigned(
      h.app.url,
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    );
    expect(res.status).toBe(200);
    const posted = await h.fake.waitFor("chat.postMessage");
    expect(posted.args.channel).toBe(USER);
    expect(blockTexts(posted.args.blocks)).toContain("Nordstadt");
  });
});

describe("uninstall events", () => {
  it("are accepted in single-workspace mode (nothing stored to remove)", async () => {
    const res = await postSigned(
      h.app.url,
      eventBody({ type: "app_uninstalled", event_ts: "1.3" }),
      "application/json",
    );
    expect(res.status).toBe(200);
  });
});

describe("channel placement", () => {
  it("keeps private replies ephemeral: nothing is posted to the channel", async () => {
    const url = h.fake.responseUrl("private");
    await postSigned(h.app.url, slashBody("/sozialraum", "liste", url));
    const answer = await h.fake.waitFor("response_url", (c) => c.path.endsWith("private"));
    expect(answer.args.response_type).toBe("ephemeral");
    expect(h.fake.callsTo("chat.postMessage").filter((c) => c.args.channel === CHANNEL)).toHaveLength(0);
  });
});
