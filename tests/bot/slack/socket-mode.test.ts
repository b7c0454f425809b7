// Socket Mode (development without a public URL): the app connects out, acks envelopes and answers as in HTTP mode.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type Harness, startHarness, TEAM, USER } from "./harness.js";

let db: TestDatabase;
let h: Harness;

beforeAll(async () => {
  db = await openTestDatabase();
  h = await startHarness(db.database, { SLACK_APP_TOKEN: "xapp-test" });
});

afterAll(async () => {
  await h?.close();
  await db?.close();
});

describe("Socket Mode", () => {
  it("opens the connection with the app token and mounts no HTTP route", async () => {
    await h.fake.socketConnected();
    const opened = h.fake.callsTo("apps.connections.open")[0];
    expect(opened?.token).toBe("xapp-test");
    const res = await fetch(`${h.app.url}/slack/events`, { method: "POST", body: "x" });
    expect(res.status).toBe(404);
  });

  it("acks a slash command envelope and answers through response_url", async () => {
    const url = h.fake.responseUrl("socket");
    const sent = h.fake.socketSend({
      envelope_id: "env-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: {
        team_id: TEAM,
        team_domain: "testteam",
        channel_id: "C0CHAN",
        user_id: USER,
        user_name: "fachkraft",
        command: "/sozialraum",
        text: "neu Weststadt",
        api_app_id: "A0001",
        response_url: url,
        trigger_id: "1.2.3",
      },
    });
    expect(sent).toBe(1);
    const ack = await h.fake.waitFor("socket_ack");
    expect(ack.args.envelope_id).toBe("env-1");
    const answer = await h.fake.waitFor("response_url", (c) => c.path.endsWith("socket"));
    expect(answer.args.response_type).toBe("ephemeral");
    const tenant = await h.app.store.findTenant("slack", TEAM);
    expect(await h.app.store.forTenant(tenant?.id ?? -1).findDistrictByName("Weststadt")).toBeDefined();
  });
});
