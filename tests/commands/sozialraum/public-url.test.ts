// Links a lead types are fetched only from public addresses: the bot cannot be made to probe its own network.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sozialraum } from "../../../src/commands/messages/index.js";
import { calendarAt } from "../../../src/commands/sozialraum/ical-source.js";
import { isPublicAddress } from "../../../src/net/public-url.js";
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

  it("refuses a name whose lookup answers a private address when connecting, with no second lookup", async () => {
    const url = `http://ferien.example:${base.split(":").at(-1)}/ferien.ics`;
    const before = hits;
    let asked = 0;
    const resolve = async () => {
      asked += 1;
      return [{ address: "127.0.0.1", family: 4 }];
    };
    expect(await calendarAt(url, { resolve })).toEqual({ ok: false, problem: "blocked" });
    expect(hits).toBe(before);
    expect(asked).toBe(1);
    // Where private addresses are allowed, the connection goes to the very address the lookup judged
    // (the name itself resolves nowhere): the empty calendar of this server.
    expect(await calendarAt(url, { resolve, allowPrivate: true })).toEqual({ ok: false, problem: "empty" });
    expect(hits).toBe(before + 1);
    expect(asked).toBe(2);
  });

  it("refuses a name with one private address among public ones, also right after an allowed connection", async () => {
    const url = `http://ferien.example:${base.split(":").at(-1)}/ferien.ics`;
    const local = async () => [{ address: "127.0.0.1", family: 4 }];
    expect(await calendarAt(url, { resolve: local, allowPrivate: true })).toEqual({
      ok: false,
      problem: "empty",
    });
    const before = hits;
    // A kept-alive socket to the same host and port would skip the lookup: none is reused.
    const mixed = async () => [
      { address: "141.52.1.1", family: 4 },
      { address: "10.0.0.7", family: 4 },
    ];
    expect(await calendarAt(url, { resolve: mixed })).toEqual({ ok: false, problem: "blocked" });
    expect(hits).toBe(before);
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
