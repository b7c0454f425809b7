// Links a lead types are fetched only from public addresses: the bot cannot be made to probe its own network.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sozialraum } from "../../../src/commands/messages/index.js";
import { isPublicAddress } from "../../../src/commands/sozialraum/public-url.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { team } from "../gremium/support.js";

let t: TestDatabase;
let server: Server;
let base = "";
let hits = 0;
beforeAll(async () => {
  t = await openTestDatabase();
  server = createServer((_req, res) => {
    hits += 1;
    res.writeHead(200, { "content-type": "text/calendar" });
    res.end("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await t.close();
});

describe("typed links", () => {
  it("refuses a link to a loopback or private address before fetching it, in German", async () => {
    const cmd = commandLayerFor(t.store);
    const { anna } = await team(t, cmd, "T-ssrf");
    for (const url of [`${base}/ferien.ics`, `http://localhost:${base.split(":").at(-1)}/x.ics`]) {
      expect(replyText(await anna.say("sozialraum", `ferien import ${url}`))).toBe(
        sozialraum.holidays.importBlocked,
      );
    }
    expect(hits).toBe(0);
  });

  it("tells public from internal addresses, IPv4 and IPv6", () => {
    for (const ip of [
      "10.1.2.3",
      "127.0.0.1",
      "169.254.169.254",
      "172.20.0.1",
      "192.168.178.1",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:10.0.0.1",
    ])
      expect(isPublicAddress(ip), ip).toBe(false);
    for (const ip of ["141.52.1.1", "8.8.8.8", "172.32.0.1", "2a02:8070::1", "::ffff:141.52.1.1"])
      expect(isPublicAddress(ip), ip).toBe(true);
  });
});
