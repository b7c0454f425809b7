// A local HTTP server playing the Bot Framework connector (the activity's serviceUrl): records what the bot sends.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type CallKind = "send" | "reply" | "update" | "delete" | "createConversation" | "upload" | "other";

export interface ConnectorCall {
  kind: CallKind;
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  headers: IncomingMessage["headers"];
  /** Parsed JSON for API calls; raw bytes for uploads. */
  body: unknown;
  raw: Buffer;
  /** The HTTP status the fake answered with. */
  status: number;
}

export interface FakeConnector {
  url: string;
  calls: ConnectorCall[];
  /** Successful calls of one kind (rate-limited attempts excluded). */
  ok(kind: CallKind): ConnectorCall[];
  /** The next `times` API calls answer 429 with this Retry-After (seconds). */
  rateLimitNext(times: number, retryAfterSeconds: number): void;
  /** What GET /v3/teams/{id}/conversations answers (a team's channels); none by default. */
  teamChannels: { id: string; name?: string }[];
  /** Waits until at least `n` successful calls of the kind arrived. */
  waitFor(kind: CallKind, n: number, timeoutMs?: number): Promise<ConnectorCall[]>;
  reset(): void;
  close(): Promise<void>;
}

function classify(
  method: string,
  parts: string[],
): Pick<ConnectorCall, "kind" | "conversationId" | "activityId"> {
  // v3/conversations[/{conv}/activities[/{id}]]
  if (parts[0] === "upload") return { kind: "upload" };
  if (parts[0] !== "v3" || parts[1] !== "conversations") return { kind: "other" };
  const conversationId = parts[2];
  const activityId = parts[4];
  if (!conversationId) return { kind: method === "POST" ? "createConversation" : "other" };
  if (parts[3] !== "activities") return { kind: "other", conversationId };
  if (!activityId) return { kind: method === "POST" ? "send" : "other", conversationId };
  const kind: CallKind =
    method === "POST" ? "reply" : method === "PUT" ? "update" : method === "DELETE" ? "delete" : "other";
  return { kind, conversationId, activityId };
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  let limited = 0;
  let retryAfter = 1;
  let counter = 0;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const url = new URL(req.url ?? "/", "http://fake");
      const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
      const method = req.method ?? "GET";
      const classified = classify(method, parts);
      let body: unknown = raw;
      if (classified.kind !== "upload" && raw.length > 0) {
        try {
          body = JSON.parse(raw.toString("utf8"));
        } catch {
          body = raw.toString("utf8");
        }
      }
      // A reply is an activity that names the one it answers: in the path (Bot Framework's
      // replyToActivity) or, as the Teams SDK sends it, as replyToId in the body.
      const repliesTo = (body as { replyToId?: unknown } | undefined)?.replyToId;
      const what =
        classified.kind === "send" && typeof repliesTo === "string"
          ? { ...classified, kind: "reply" as const, activityId: repliesTo }
          : classified;
      const record = (status: number) =>
        calls.push({ ...what, method, path: url.pathname, headers: req.headers, body, raw, status });

      if (limited > 0 && what.kind !== "upload") {
        limited -= 1;
        record(429);
        res.writeHead(429, { "content-type": "application/json", "retry-after": String(retryAfter) });
        res.end(JSON.stringify({ error: { code: "TooManyRequests", message: "slow down" } }));
        return;
      }
      counter += 1;
      const id = `fake-${counter}`;
      record(what.kind === "upload" ? 201 : 200);
      if (method === "GET" && parts[0] === "v3" && parts[1] === "teams" && parts[3] === "conversations") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ conversations: fake.teamChannels }));
        return;
      }
      if (what.kind === "upload") {
        res.writeHead(201, { "content-type": "application/json" });
        res.end(JSON.stringify({ id }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      if (what.kind === "createConversation")
        res.end(JSON.stringify({ id: `a:conv-${counter}`, activityId: id }));
      else if (what.kind === "update") res.end(JSON.stringify({ id: what.activityId }));
      else res.end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as AddressInfo).port;

  const ok = (kind: CallKind) => calls.filter((c) => c.kind === kind && c.status < 400);
  const fake: FakeConnector = {
    teamChannels: [],
    url: `http://127.0.0.1:${port}/`,
    calls,
    ok,
    rateLimitNext(times, seconds) {
      limited = times;
      retryAfter = seconds;
    },
    async waitFor(kind, n, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs;
      while (ok(kind).length < n) {
        if (Date.now() > until)
          throw new Error(`fake connector: expected ${n} ${kind} call(s), got ${ok(kind).length}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return ok(kind);
    },
    reset() {
      calls.length = 0;
      limited = 0;
      fake.teamChannels = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return fake;
}
