// A strict fake Slack for the scheduler benchmark: accepts chat.postMessage at most once per second per
// channel and answers 429 (Retry-After: 1) beyond it, recording every accepted post and every refusal.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface AcceptedPost {
  channel: string;
  key: string;
  at: number;
}

export interface StrictSlack {
  apiUrl: string;
  accepted: AcceptedPost[];
  refused: number;
  close(): Promise<void>;
}

const PER_CHANNEL_MS = 1_000;

export async function startStrictSlack(): Promise<StrictSlack> {
  const lastAt = new Map<string, number>();
  const state: Omit<StrictSlack, "apiUrl" | "close"> = { accepted: [], refused: 0 };
  let ts = 0;
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => {
      raw += chunk.toString("utf8");
    });
    req.on("end", () => {
      const now = Date.now();
      const json = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(body));
      };
      if (!req.url?.endsWith("/chat.postMessage")) return json(200, { ok: true });
      const form = new URLSearchParams(raw);
      const channel = form.get("channel") ?? "";
      const last = lastAt.get(channel);
      if (last !== undefined && now - last < PER_CHANNEL_MS) {
        state.refused++;
        return json(429, { ok: false, error: "ratelimited" }, { "retry-after": "1" });
      }
      lastAt.set(channel, now);
      // The reminder's key travels in its text; the benchmark counts duplicates and losses by it.
      const key = /rem-\d+/.exec(decodeURIComponent(raw))?.[0] ?? "?";
      state.accepted.push({ channel, key, at: now });
      ts++;
      json(200, { ok: true, channel, ts: `${Math.floor(now / 1000)}.${String(ts).padStart(6, "0")}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
