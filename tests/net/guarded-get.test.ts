// The one guarded GET: each redirect is judged again before it is followed, a token never goes along one,
// and a file the platform hands over is never fetched through a redirect at all.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadAttachment } from "../../src/bot/download.js";
import { guardedGet } from "../../src/net/guarded-get.js";

let server: Server;
let origin = "";
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "";
    seen.push({ path, headers: req.headers });
    const to = new URL(path, origin).searchParams.get("to");
    if (to) res.writeHead(302, { location: to }).end();
    else res.writeHead(200, { "content-type": "text/calendar" }).end("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
});

const local = (ip: string) => ip === "127.0.0.1";
const limits = { maxRedirects: 3, timeoutMs: 5_000, maxBytes: 10_000 };

describe("guardedGet", () => {
  it("follows a redirect to an allowed address and sends the headers to the first URL only", async () => {
    seen.length = 0;
    const got = await guardedGet(`${origin}/a?to=${encodeURIComponent(`${origin}/b`)}`, {
      ...limits,
      allowed: local,
      headers: { authorization: "Bearer xoxb-test" },
    });
    expect(got.kind === "body" && got.bytes.toString("utf8")).toContain("BEGIN:VCALENDAR");
    expect(seen.map((s) => [s.path.split("?")[0], s.headers.authorization])).toEqual([
      ["/a", "Bearer xoxb-test"],
      ["/b", undefined],
    ]);
  });

  it("refuses a redirect to an address it may not reach, by IP or by a name resolving to one", async () => {
    for (const to of ["http://10.0.0.7/x.ics", "http://intern.example/x.ics"]) {
      let asked = 0;
      const resolve = async () => {
        asked += 1;
        return [{ address: "10.0.0.7", family: 4 }];
      };
      const got = await guardedGet(`${origin}/a?to=${encodeURIComponent(to)}`, {
        ...limits,
        allowed: local,
        resolve: async (host) =>
          host === "intern.example" ? resolve() : [{ address: "127.0.0.1", family: 4 }],
      });
      expect(got, to).toEqual({ kind: "blocked" });
      expect(asked, to).toBe(to.includes("intern") ? 1 : 0);
    }
  });

  it("gives up after the allowed number of redirects", async () => {
    const twice = `${origin}/a?to=${encodeURIComponent(`${origin}/a?to=${encodeURIComponent(`${origin}/b`)}`)}`;
    expect(await guardedGet(twice, { ...limits, maxRedirects: 2, allowed: local })).toMatchObject({
      kind: "body",
    });
    expect(await guardedGet(twice, { ...limits, maxRedirects: 1, allowed: local })).toEqual({
      kind: "unreachable",
    });
  });
});

describe("downloadAttachment", () => {
  it("does not follow a redirect, not even to an allowed host", async () => {
    seen.length = 0;
    const file = await downloadAttachment({
      url: `${origin}/a?to=${encodeURIComponent(`${origin}/b`)}`,
      name: "ferien.ics",
      mediaType: "text/calendar",
      allow: [origin],
      headers: { authorization: "Bearer xoxb-test" },
    });
    expect(file).toEqual({ name: "ferien.ics", mediaType: "text/calendar", problem: "unreadable" });
    expect(seen.map((s) => s.path.split("?")[0])).toEqual(["/a"]);
  });
});
