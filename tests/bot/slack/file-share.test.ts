// A school-holiday calendar shared with the bot in its Slack DM, with "sozialraum ferien import" as the
// comment: a signed message event (subtype file_share) whose file Slack serves with the bot token.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { common, sozialraum } from "../../../src/commands/messages/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { stringsIn } from "../delivery/support.js";
import { eventBody, type Harness, postSigned, slashBody, startHarness, TEAM, USER } from "./harness.js";

const h = sozialraum.holidays;
const ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Kultusministerium//Ferien//DE",
  "BEGIN:VEVENT",
  "DTSTART;VALUE=DATE:20261221",
  "DTEND;VALUE=DATE:20270102",
  "SUMMARY:Weihnachtsferien",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;VALUE=DATE:20270329",
  "DTEND;VALUE=DATE:20270410",
  "SUMMARY:Osterferien",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

let db: TestDatabase;
let harness: Harness;
let elsewhere: Server;
let elsewhereHits = 0;
let elsewhereUrl: string;
let n = 0;

beforeAll(async () => {
  db = await openTestDatabase();
  harness = await startHarness(db.database);
  // A host that is not Slack's: the bot must never send its token there.
  elsewhere = createServer((_req, res) => {
    elsewhereHits += 1;
    res.end(ICS);
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, "127.0.0.1", resolve));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/files-pri/x/ferien.ics`;
});
afterAll(async () => {
  await new Promise((resolve) => elsewhere?.close(resolve));
  await harness?.close();
  await db?.close();
});
beforeEach(() => harness.fake.reset());

interface Shared {
  name: string;
  url: string;
  mimetype?: string;
  size?: number;
  user?: string;
  text?: string;
}

/** Shares a file in the bot's DM and returns the text of the bot's answer there. */
async function share(f: Shared): Promise<string> {
  const user = f.user ?? USER;
  const ts = `1800000000.${String(++n).padStart(6, "0")}`;
  const event = {
    type: "message",
    subtype: "file_share",
    channel: "D0DM",
    channel_type: "im",
    user,
    team: TEAM,
    text: f.text ?? "sozialraum ferien import",
    ts,
    event_ts: ts,
    upload: false,
    files: [
      {
        id: `F${n}`,
        name: f.name,
        title: f.name,
        mimetype: f.mimetype ?? "text/calendar",
        filetype: "ics",
        size: f.size ?? ICS.length,
        mode: "hosted",
        url_private: f.url,
        url_private_download: f.url,
      },
    ],
  };
  const before = new Set(harness.fake.callsTo("chat.postMessage"));
  const res = await postSigned(harness.app.url, eventBody(event), "application/json");
  expect(res.status).toBe(200);
  const posted = await harness.fake.waitFor(
    "chat.postMessage",
    (c) => c.args.channel === user && !before.has(c),
  );
  return stringsIn(posted.args.blocks).join("\n") || String(posted.args.text ?? "");
}

describe("Slack: sozialraum ferien import with a shared .ics file", () => {
  it("downloads the file with the bot token and imports its ranges, once", async () => {
    const url = harness.fake.serveFile(`/files-pri/${TEAM}-F1/download/ferien.ics`, ICS);
    const answer = await share({ name: "ferien_by_2026.ics", url });
    expect(answer).toContain(h.imported(2, 2, "21.12.2026", "09.04.2027"));
    const downloads = harness.fake.callsTo("file_download");
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.token).toBe("xoxb-test");

    // Shared again (or retried by Slack): nothing is entered twice.
    const again = await share({ name: "ferien_by_2026.ics", url });
    expect(again).toContain(h.imported(2, 0, "21.12.2026", "09.04.2027"));

    const list = await postSigned(
      harness.app.url,
      slashBody("/sozialraum", "ferien", harness.fake.responseUrl("list")),
    );
    expect(list.status).toBe(200);
    const listed = await harness.fake.waitFor("response_url", (c) => c.path.endsWith("/list"));
    const texts = stringsIn(listed.args.blocks).join("\n");
    expect(texts).toContain("Weihnachtsferien: 21.12.2026 – 01.01.2027");
    expect(texts).toContain("Osterferien: 29.03.2027 – 09.04.2027");
  });

  it("never fetches a file URL outside Slack's file host", async () => {
    const answer = await share({ name: "ferien.ics", url: elsewhereUrl });
    expect(answer).toContain(h.fileUnreadable);
    expect(elsewhereHits).toBe(0);
  });

  it("refuses a file over 512 KB without downloading it", async () => {
    const url = harness.fake.serveFile(`/files-pri/${TEAM}-F2/download/gross.ics`, ICS);
    expect(await share({ name: "gross.ics", url, size: 600 * 1024 })).toContain(h.fileTooLarge);
    expect(harness.fake.callsTo("file_download")).toHaveLength(0);
  });

  it("refuses a file whose real size exceeds the limit while downloading", async () => {
    const big = `${ICS}${"X".repeat(600 * 1024)}`;
    const url = harness.fake.serveFile(`/files-pri/${TEAM}-F3/download/klein.ics`, big);
    expect(await share({ name: "klein.ics", url, size: 2_000 })).toContain(h.fileTooLarge);
  });

  it("says so for a file that is no .ics, and for a calendar without holidays", async () => {
    const png = harness.fake.serveFile(`/files-pri/${TEAM}-F4/download/plan.png`, "\x89PNG");
    expect(await share({ name: "plan.png", url: png, mimetype: "image/png" })).toContain(h.fileNotIcs);
    const emptyIcs = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    const empty = harness.fake.serveFile(`/files-pri/${TEAM}-F5/download/leer.ics`, emptyIcs);
    expect(await share({ name: "leer.ics", url: empty })).toContain(h.noneFound);
  });

  it("lets only leads and admins import", async () => {
    const url = harness.fake.serveFile(`/files-pri/${TEAM}-F6/download/ferien.ics`, ICS);
    expect(await share({ name: "ferien.ics", url, user: "U0BBB" })).toContain(common.leadsOnly);
  });

  it("asks for the file when the command comes without one", async () => {
    const res = await postSigned(
      harness.app.url,
      slashBody("/sozialraum", "ferien import", harness.fake.responseUrl("nofile")),
    );
    expect(res.status).toBe(200);
    const call = await harness.fake.waitFor("response_url", (c) => c.path.endsWith("/nofile"));
    expect(stringsIn(call.args.blocks).join("\n") || String(call.args.text)).toContain(h.noFile);
  });
});
