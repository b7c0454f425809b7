// The load generator, in its own process (forked by bench/load/client.ts): it sends signed quick entries and
// plays Slack's side (the fake Web API and response_url), so neither shares the measured server's event loop.
import { Agent, request } from "node:http";
import { sign } from "../../src/bot/slack/verify.js";
import { startFakeSlack } from "../../tests/support/fake-slack.js";
import type { ClosedResult, GeneratorRequest, OpenResult, RepliesResult } from "./protocol.js";

const fake = await startFakeSlack();
let counter = 0;

/** Kept-alive connections: opened once before a run, so the run measures requests, not TCP handshakes. */
let agent = new Agent({ keepAlive: true, maxSockets: 1 });

function quickEntry(
  secret: string,
  responseUrl: string,
  text: string,
): { body: string; headers: Record<string, string> } {
  counter += 1;
  const body = new URLSearchParams({
    team_id: "TBENCH",
    team_domain: "bench",
    channel_id: "CBENCH",
    channel_name: "nordstadt",
    user_id: `UBENCH${counter % 20}`,
    user_name: "fachkraft",
    command: "/aktivitaet",
    text: text.replace("{n}", String(1 + (counter % 3))),
    api_app_id: "ABENCH",
    response_url: responseUrl,
    trigger_id: `${counter}.${Date.now()}.bench`,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  return {
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(Buffer.byteLength(body)),
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": secret ? sign(secret, ts, body) : "v0=unsigned",
    },
  };
}

function post(url: string, message: { body: string; headers: Record<string, string> }): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: "POST", agent, headers: message.headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(0));
    req.end(message.body);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
      Number.NaN);

/** Opens `sockets` connections with unsigned requests (answered 401 at once, no work done). */
async function openConnections(url: string, sockets: number): Promise<void> {
  agent.destroy();
  agent = new Agent({ keepAlive: true, maxSockets: sockets });
  await Promise.all(Array.from({ length: sockets }, () => post(url, quickEntry("", "http://x/", "warm"))));
}

async function closed(r: Extract<GeneratorRequest, { kind: "closed" }>): Promise<ClosedResult> {
  await openConnections(r.url, r.concurrency);
  fake.reset();
  const latencies: number[] = [];
  let sent = 0;
  let failed = 0;
  const started = performance.now();
  const deadline = started + r.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline && sent < r.maxRequests) {
      sent += 1;
      const t0 = performance.now();
      const status = await post(r.url, quickEntry(r.secret, fake.responseUrl(), r.text));
      latencies.push(performance.now() - t0);
      if (status !== 200) failed += 1;
    }
  };
  await Promise.all(Array.from({ length: r.concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    sent,
    failed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: sent / elapsed,
  };
}

/** Sends at a fixed rate whatever the answers (open loop); the reply latency is response_url arrival − send. */
async function open(r: Extract<GeneratorRequest, { kind: "open" }>): Promise<OpenResult> {
  await openConnections(r.url, 64);
  fake.reset();
  const total = Math.round(r.rate * r.seconds);
  const sentAt = new Map<string, number>();
  const acks: Promise<number>[] = [];
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / r.rate;
    while (performance.now() < due) await new Promise((resolve) => setImmediate(resolve));
    const id = `o${i}`;
    sentAt.set(id, performance.now());
    acks.push(post(r.url, quickEntry(r.secret, fake.responseUrl(id), r.text)));
  }
  const statuses = await Promise.all(acks);
  const settleUntil = performance.now() + r.settleMs;
  while (fake.callsTo("response_url").length < total && performance.now() < settleUntil)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const replies = fake.callsTo("response_url");
  const busy = replies.filter((c) => JSON.stringify(c.args).includes(r.busyMarker)).length;
  const latencies = replies
    .map((c) => (c.at ?? Number.POSITIVE_INFINITY) - (sentAt.get(c.path.replace(/^\/response\//, "")) ?? 0))
    .sort((a, b) => a - b);
  // Requests still unanswered count as infinitely late: they must never make p99 look better.
  while (latencies.length < total) latencies.push(Number.POSITIVE_INFINITY);
  return {
    sent: total,
    ackFailed: statuses.filter((s) => s !== 200).length,
    replies: replies.length,
    busy,
    replyP50: percentile(latencies, 50),
    replyP99: percentile(latencies, 99),
    seconds: (performance.now() - started) / 1000,
  };
}

async function replies(busyMarker: string): Promise<RepliesResult> {
  const all = fake.callsTo("response_url");
  return { replies: all.length, busy: all.filter((c) => JSON.stringify(c.args).includes(busyMarker)).length };
}

function answer(message: GeneratorRequest): Promise<unknown> | undefined {
  if (message.kind === "closed") return closed(message);
  if (message.kind === "open") return open(message);
  if (message.kind === "replies") return replies(message.busyMarker);
  return undefined;
}

process.on("message", (message: GeneratorRequest) => {
  const run = answer(message);
  if (!run) {
    agent.destroy();
    void fake.close().then(() => process.exit(0));
    return;
  }
  run.then(
    (result) => process.send?.({ ok: true, result }),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }),
  );
});
process.send?.({ ready: true, apiUrl: fake.apiUrl });
