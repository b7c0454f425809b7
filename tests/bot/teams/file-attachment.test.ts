// A school-holiday calendar sent to the bot in a Teams personal chat with "sozialraum ferien import":
// Teams posts a message activity with a file.download.info attachment (a pre-authorized downloadUrl).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { common, sozialraum } from "../../../src/commands/messages/index.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { cardOf, personal, postActivity, textsOf, USER } from "./activities.js";

const h = sozialraum.holidays;
const ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "BEGIN:VEVENT",
  "DTSTART;VALUE=DATE:20270712",
  "DTEND;VALUE=DATE:20270822",
  "SUMMARY:Sommerferien",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

interface FileHost {
  server: Server;
  origin: string;
  requests: { path: string; headers: IncomingHttpHeaders }[];
}

async function fileHost(): Promise<FileHost> {
  const requests: FileHost["requests"] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? "", headers: req.headers });
    res.setHeader("content-type", "application/octet-stream");
    res.end(ICS);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

let t: TestDatabase;
let app: RunningApp;
let fake: FakeConnector;
let sharepoint: FileHost;
let other: FileHost;

beforeAll(async () => {
  t = await openTestDatabase();
  fake = await startFakeConnector();
  sharepoint = await fileHost();
  other = await fileHost();
  const config = loadConfig({ PORT: "0", TEAMS_LOCAL_MODE: "true", TEAMS_FILE_HOSTS: sharepoint.origin });
  app = await startApp(config, createLogger("silent"), { database: t.database, host: "127.0.0.1" });
});
afterAll(async () => {
  await app?.close();
  await fake?.close();
  await new Promise((resolve) => sharepoint?.server.close(resolve));
  await new Promise((resolve) => other?.server.close(resolve));
  await t?.close();
});
beforeEach(() => {
  fake.reset();
  sharepoint.requests.length = 0;
  other.requests.length = 0;
});

const downloadInfo = (name: string, downloadUrl: string, fileType = "ics") => ({
  contentType: "application/vnd.microsoft.teams.file.download.info",
  contentUrl: "https://contoso-my.sharepoint.com/personal/user/Documents/Microsoft%20Teams-Chatdateien/x",
  name,
  content: { downloadUrl, uniqueId: "5c3c1f2a-0000-4000-8000-000000000001", fileType },
});

/** Sends the message with its attachments and returns the texts of the bot's answer. */
async function send(text: string, attachments: unknown[], user = USER): Promise<string> {
  const res = await postActivity(app.url, personal({ serviceUrl: fake.url, user }, { text, attachments }));
  expect(res.status).toBe(200);
  const [reply] = await fake.waitFor("reply", 1);
  return textsOf(cardOf(reply?.body)).join("\n");
}

describe("Teams: sozialraum ferien import with an attached .ics file", () => {
  it("downloads the attachment without a token and imports it, once", async () => {
    const url = `${sharepoint.origin}/_layouts/15/download.aspx?UniqueId=5c3c&tempauth=abc`;
    const answer = await send("sozialraum ferien import", [downloadInfo("Ferien BY 2027.ics", url)]);
    expect(answer).toContain(h.imported(1, 1, "12.07.2027", "21.08.2027"));
    expect(sharepoint.requests).toHaveLength(1);
    expect(sharepoint.requests[0]?.headers.authorization).toBeUndefined();

    fake.reset();
    const again = await send("sozialraum ferien import", [downloadInfo("Ferien BY 2027.ics", url)]);
    expect(again).toContain(h.imported(1, 0, "12.07.2027", "21.08.2027"));
  });

  it("reads a plain text/calendar attachment by its contentUrl", async () => {
    const answer = await send("sozialraum ferien import", [
      { contentType: "text/calendar", contentUrl: `${sharepoint.origin}/ferien.ics`, name: "ferien.ics" },
    ]);
    expect(answer).toContain(h.imported(1, 0, "12.07.2027", "21.08.2027"));
  });

  it("never fetches an attachment URL outside the allowed file hosts", async () => {
    const answer = await send("sozialraum ferien import", [
      downloadInfo("ferien.ics", `${other.origin}/ferien.ics`),
    ]);
    expect(answer).toContain(h.fileUnreadable);
    expect(other.requests).toHaveLength(0);
  });

  it("says so for an attached file that is no .ics", async () => {
    const answer = await send("sozialraum ferien import", [
      downloadInfo("Protokoll.docx", `${sharepoint.origin}/protokoll.docx`, "docx"),
    ]);
    expect(answer).toContain(h.fileNotIcs);
  });

  it("lets only leads and admins import", async () => {
    const colleague = { id: "29:user-2", aadObjectId: "aad-user-2", name: "Fachkraft Zwei" };
    const answer = await send(
      "sozialraum ferien import",
      [downloadInfo("ferien.ics", `${sharepoint.origin}/ferien.ics`)],
      colleague,
    );
    expect(answer).toContain(common.leadsOnly);
  });

  it("asks for the file when the command comes without one", async () => {
    expect(await send("sozialraum ferien import", [])).toContain(h.noFile);
  });
});
