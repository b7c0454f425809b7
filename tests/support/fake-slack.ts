// A local HTTP server that plays the Slack Web API (and response_url / file upload endpoints) and records calls.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parse as parseQuery } from "node:querystring";
import { type WebSocket, WebSocketServer } from "ws";

export interface RecordedCall {
  /** Web API method ("chat.postMessage"), or "response_url" / "upload". */
  method: string;
  /** Decoded arguments: JSON-looking form values are parsed. */
  args: Record<string, unknown>;
  token?: string;
  /** Raw bytes of an upload. */
  bytes?: Buffer;
  /** The path of a response_url post. */
  path: string;
  /** When it arrived (performance.now() of this process), for latency measurements. */
  at?: number;
}

export interface Failure {
  status: number;
  retryAfterSeconds?: number;
  body?: Record<string, unknown>;
}

export interface FakeSlack {
  /** Base URL for SLACK_API_URL, ending with "/api/". */
  apiUrl: string;
  /** A response_url on this server. */
  responseUrl(id?: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Resolves with the first call matching, waiting up to `timeoutMs`. */
  waitFor(
    method: string,
    predicate?: (call: RecordedCall) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedCall>;
  /** Resolves with the first call to any of `methods` matching `predicate`. */
  waitForAny(
    methods: string[],
    predicate?: (call: RecordedCall) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedCall>;
  /** The next `times` calls of `method` fail this way. */
  failNext(method: string, failure: Failure, times?: number): void;
  /** Socket Mode: sends an envelope to every connected client; their acks are recorded as "socket_ack". */
  socketSend(envelope: Record<string, unknown>): number;
  /** Resolves once a Socket Mode client has connected. */
  socketConnected(timeoutMs?: number): Promise<void>;
  /**
   * Serves bytes at `path` (e.g. "/files-pri/T0001-F1/download/ferien.ics") as Slack's file host does;
   * each download is recorded as "file_download" with its bearer token. Returns the full URL.
   */
  serveFile(path: string, bytes: string | Buffer): string;
  /** Overrides the answer of a method. */
  answer(method: string, body: Record<string, unknown>): void;
  reset(): void;
  close(): Promise<void>;
}

function decode(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const t = value.trim();
  if ((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]"))) {
    try {
      return JSON.parse(t);
    } catch {
      return value;
    }
  }
  return value;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseArgs(req: IncomingMessage, body: Buffer): Record<string, unknown> {
  const type = req.headers["content-type"] ?? "";
  const textBody = body.toString("utf8");
  if (type.includes("application/json"))
    return textBody ? (JSON.parse(textBody) as Record<string, unknown>) : {};
  const raw = parseQuery(textBody);
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, decode(v)]));
}

/** The file bytes of an upload: the first part of a multipart body, or the raw body. */
function uploadedBytes(req: IncomingMessage, body: Buffer): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(req.headers["content-type"] ?? "");
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return body;
  const start = body.indexOf("\r\n\r\n");
  const end = body.indexOf(`\r\n--${marker}`, start);
  return start < 0 || end < 0 ? body : body.subarray(start + 4, end);
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, { failure: Failure; times: number }>();
  const answers = new Map<string, Record<string, unknown>>();
  const files = new Map<string, Buffer>();
  const waiters: {
    method: string;
    predicate: (c: RecordedCall) => boolean;
    resolve: (c: RecordedCall) => void;
  }[] = [];
  let ts = 1_700_000_000;
  let base = "";

  function record(call: RecordedCall): void {
    call.at = performance.now();
    calls.push(call);
    for (const w of [...waiters]) {
      if (w.method === call.method && w.predicate(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  }

  function defaultAnswer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const nextTs = () => `${++ts}.000100`;
    switch (method) {
      case "auth.test":
        return { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T0001", team: "Testteam" };
      case "chat.postMessage":
        return { ok: true, channel: args.channel, ts: nextTs(), message: { text: args.text } };
      case "chat.postEphemeral":
        return { ok: true, message_ts: nextTs() };
      case "chat.update":
        return { ok: true, channel: args.channel, ts: args.ts };
      case "views.open":
      case "views.update":
      case "views.push":
      case "views.publish":
        return { ok: true, view: { id: `V${++ts}`, ...(args.view as object) } };
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(args.users ?? "X").replace(/^U/, "")}` } };
      case "files.getUploadURLExternal": {
        const id = `F${++ts}`;
        return { ok: true, upload_url: `${base}/upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal":
        return { ok: true, files: (args.files as { id: string; title?: string }[]) ?? [] };
      case "apps.connections.open":
        return { ok: true, url: `${base.replace("http", "ws")}/socket` };
      case "oauth.v2.access":
        return {
          ok: true,
          app_id: "A0001",
          authed_user: { id: "UINSTALLER" },
          scope: "commands,chat:write,im:write,im:history,files:write,files:read",
          token_type: "bot",
          access_token: "xoxb-installed",
          bot_user_id: "UBOT2",
          team: { id: "T0OAUTH", name: "OAuth-Team" },
          enterprise: null,
          is_enterprise_install: false,
        };
      default:
        return { ok: true };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", base);
    const body = await readBody(req);
    const auth = req.headers.authorization;
    const token = auth?.startsWith("Bearer ") ? auth.slice(7) : undefined;
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(payload));
    };
    if (url.pathname.startsWith("/upload/")) {
      record({ method: "upload", args: {}, bytes: uploadedBytes(req, body), path: url.pathname });
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(`OK - ${body.length}`);
      return;
    }
    if (url.pathname.startsWith("/files-pri/")) {
      record({ method: "file_download", args: {}, ...(token ? { token } : {}), path: url.pathname });
      const file = files.get(url.pathname);
      res.writeHead(file ? 200 : 404, { "content-type": "application/octet-stream" });
      res.end(file ?? "");
      return;
    }
    if (url.pathname.startsWith("/response/")) {
      record({ method: "response_url", args: parseArgs(req, body), path: url.pathname });
      send(200, { ok: true });
      return;
    }
    const method = url.pathname.replace(/^\/api\//, "");
    const args = parseArgs(req, body);
    record({ method, args, ...(token ? { token } : {}), path: url.pathname });
    const failing = failures.get(method);
    if (failing && failing.times > 0) {
      failing.times -= 1;
      const { failure } = failing;
      send(
        failure.status,
        failure.body ?? { ok: false, error: failure.status === 429 ? "ratelimited" : "fatal_error" },
        failure.retryAfterSeconds === undefined ? {} : { "retry-after": String(failure.retryAfterSeconds) },
      );
      return;
    }
    send(200, answers.get(method) ?? defaultAnswer(method, args));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ server, path: "/socket" });
  wss.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("message", (data) => {
      const args = JSON.parse(data.toString()) as Record<string, unknown>;
      record({ method: "socket_ack", args, path: "/socket" });
    });
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        connection_info: { app_id: "A0001" },
        debug_info: { host: "fake", approximate_connection_time: 3600 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let responseIds = 0;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id ?? ++responseIds}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitFor(method, predicate = () => true, timeoutMs = 5_000) {
      const found = calls.find((c) => c.method === method && predicate(c));
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { method, predicate, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const i = waiters.indexOf(waiter);
          if (i >= 0) {
            waiters.splice(i, 1);
            reject(
              new Error(
                `no ${method} call within ${timeoutMs} ms; saw ${calls.map((c) => c.method).join(", ")}`,
              ),
            );
          }
        }, timeoutMs).unref();
      });
    },
    async waitForAny(methods, predicate = () => true, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.find((c) => methods.includes(c.method) && predicate(c));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no call to ${methods.join("/")} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    failNext(method, failure, times = 1) {
      failures.set(method, { failure, times });
    },
    socketSend(envelope) {
      for (const socket of sockets) socket.send(JSON.stringify(envelope));
      return sockets.size;
    },
    async socketConnected(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (sockets.size === 0) {
        if (Date.now() > deadline) throw new Error("no Socket Mode client connected");
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    serveFile(path, bytes) {
      files.set(path, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, "utf8"));
      return `${base}${path}`;
    },
    answer(method, body) {
      answers.set(method, body);
    },
    reset() {
      calls.length = 0;
      failures.clear();
      answers.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
