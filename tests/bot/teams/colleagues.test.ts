// The team's roster through Teams: a quick entry naming a colleague who uses the app (by their Teams display name)
// gets the normal preview; the same colleague's name with a client's age still stops the entry.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { aktivitaet } from "../../../src/commands/messages/index.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { cardOf, personal, postActivity, textsOf, USER } from "./activities.js";

let t: TestDatabase;
let app: RunningApp;
let fake: FakeConnector;

const PRIVACY = "Achtung Datenschutz";
const MURAT = { id: "29:user-murat", aadObjectId: "aad-user-murat", name: "Murat Yilmaz" };

beforeAll(async () => {
  t = await openTestDatabase();
  fake = await startFakeConnector();
  app = await startApp(loadConfig({ PORT: "0", TEAMS_LOCAL_MODE: "true" }), createLogger("silent"), {
    database: t.database,
    host: "127.0.0.1",
  });
  await postActivity(app.url, personal({ serviceUrl: fake.url }, { text: "sozialraum neu Nordstadt" }));
  await fake.waitFor("reply", 1);
});
afterAll(async () => {
  await app?.close();
  await fake?.close();
  await t?.close();
});
beforeEach(() => fake.reset());

/** The texts of the card the author gets for a message typed in the personal chat. */
async function say(text: string, user = USER): Promise<string[]> {
  const res = await postActivity(app.url, personal({ serviceUrl: fake.url, user }, { text }));
  expect(res.status).toBe(200);
  const [reply] = await fake.waitFor("reply", 1);
  fake.reset();
  return textsOf(cardOf(reply?.body));
}
const joined = (texts: string[]) => texts.join("\n");

describe("colleagues on the roster through Teams", () => {
  it("asks about a colleague's name until the colleague is on the team's roster, then shows the normal preview", async () => {
    const before = joined(await say("aktivitaet 1h Übergabe an Murat @Nordstadt #kooperation"));
    expect(before).toContain(PRIVACY);

    // Murat writes to the assistant once: his Teams display name "Murat Yilmaz" puts him on the roster.
    await say("hilfe", MURAT);

    const after = joined(await say("aktivitaet 1h Übergabe an Murat @Nordstadt #kooperation"));
    expect(after).not.toContain(PRIVACY);
    expect(after).toContain(aktivitaet.confirmTitle);
    // By his full name too.
    expect(joined(await say("aktivitaet 1h Übergabe an Murat Yilmaz @Nordstadt #kooperation"))).not.toContain(
      PRIVACY,
    );
  });

  it("still stops an entry that gives the colleague's first name an age: that is a client", async () => {
    const reply = joined(await say("aktivitaet 1h Übergabe an Murat (8) @Nordstadt #kooperation"));
    expect(reply).toContain(PRIVACY);
    expect(reply).not.toContain(aktivitaet.confirmTitle);
  });
});
