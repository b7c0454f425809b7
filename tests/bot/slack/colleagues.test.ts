// The team's roster through Slack: a quick entry naming a colleague who uses the app (by their Slack name) gets the
// normal preview and saves; the same colleague's name with a client's age still stops the entry.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { aktivitaet } from "../../../src/commands/messages/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import {
  buttonPayload,
  type Harness,
  payloadBody,
  postSigned,
  slashBody,
  startHarness,
  TEAM,
} from "./harness.js";

let db: TestDatabase;
let h: Harness;

interface AnyBlock {
  elements?: { action_id?: string; value?: string }[];
}

const PRIVACY = "Achtung Datenschutz";

beforeAll(async () => {
  db = await openTestDatabase();
  h = await startHarness(db.database);
  await postSigned(h.app.url, slashBody("/sozialraum", "neu Nordstadt", h.fake.responseUrl("setup")));
  await h.fake.waitFor("response_url", (c) => c.path.endsWith("setup"));
});

afterAll(async () => {
  await h?.close();
  await db?.close();
});

beforeEach(() => h.fake.reset());

/** The preview the author sees for a quick entry typed as `/aktivitaet <line>`. */
async function quickEntry(line: string, tag: string, user: Record<string, string> = {}) {
  await postSigned(h.app.url, slashBody("/aktivitaet", line, h.fake.responseUrl(tag), user));
  const reply = await h.fake.waitFor("response_url", (c) => c.path.endsWith(tag));
  const blocks = (reply.args.blocks ?? []) as AnyBlock[];
  return {
    text: JSON.stringify(blocks),
    save: blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === "aktivitaet:save"),
  };
}

async function titles() {
  const tenant = await h.app.store.findTenant("slack", TEAM);
  const rows = await h.app.store.forTenant(tenant?.id ?? -1).listActivities({}, { limit: 50, offset: 0 });
  return rows.map((a) => a.title);
}

describe("colleagues on the roster through Slack", () => {
  it("asks about a colleague's name until the colleague is on the team's roster, then shows the normal preview", async () => {
    const before = await quickEntry("1h Übergabe an Jana @Nordstadt #kooperation", "before");
    expect(before.text).toContain(PRIVACY);
    expect(before.text).toContain(aktivitaet.saveAnyway);

    // Jana uses the app once: her Slack name "jana.k" puts her on the roster.
    await quickEntry("1h Elterncafé @Nordstadt #projekt", "jana", { user_id: "U0JANA", user_name: "jana.k" });

    const after = await quickEntry("1h Übergabe an Jana @Nordstadt #kooperation", "after");
    expect(after.text).not.toContain(PRIVACY);
    expect(after.text).toContain(aktivitaet.confirmTitle);
    expect(after.save?.value).toBeTruthy();

    // Speichern runs the guard again on the stored draft, with the same roster.
    await postSigned(
      h.app.url,
      payloadBody(buttonPayload("aktivitaet:save", after.save?.value, h.fake.responseUrl("save"))),
    );
    const saved = await h.fake.waitFor("response_url", (c) => c.path.endsWith("save"));
    expect(JSON.stringify(saved.args)).not.toContain(PRIVACY);
    expect(await titles()).toContain("Übergabe an Jana");
  });

  it("still stops an entry that gives the colleague's first name an age: that is a client", async () => {
    const reply = await quickEntry("1h Übergabe an Jana (8) @Nordstadt #kooperation", "age");
    expect(reply.text).toContain(PRIVACY);
    expect(reply.save).toBeUndefined();
  });

  it("takes a member's Slack name from a click too, so a colleague who only ever clicked is on the roster", async () => {
    const first = await quickEntry("1h Protokoll an Tobias @Nordstadt #gremium", "tobias-before");
    expect(first.text).toContain(PRIVACY);
    // Tobias's first contact with the app is a click, which carries his Slack name as a slash command does.
    const click = buttonPayload("aktivitaet:discard", undefined, h.fake.responseUrl("tobias-click"), {
      user: { id: "U0TOBI", team_id: TEAM, username: "tobias_brandt", name: "tobias_brandt" },
    });
    await postSigned(h.app.url, payloadBody(click));
    await h.fake.waitFor("response_url", (c) => c.path.endsWith("tobias-click"));
    const after = await quickEntry("1h Protokoll an Tobias @Nordstadt #gremium", "tobias-after");
    expect(after.text).not.toContain(PRIVACY);
    expect(after.save?.value).toBeTruthy();
  });
});
