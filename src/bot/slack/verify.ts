// Slack request verification: signature, five-minute timestamp window and a replay cache, before anything else.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Clock } from "../../clock.js";
import type { Logger } from "../../log.js";

export const MAX_SKEW_SECONDS = 5 * 60;
/** Slack's payloads are small; anything larger is not from Slack. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type Verdict = { ok: true } | { ok: false; reason: "headers" | "stale" | "signature" | "replay" };

/** Remembers signatures seen inside the window; a second sight of one is a replay. */
export class ReplayCache {
  private readonly seen = new Map<string, number>();

  constructor(private readonly windowSeconds = MAX_SKEW_SECONDS) {}

  /** True when the key is new (and now remembered); false when it was seen within the window. */
  remember(key: string, nowSeconds: number): boolean {
    this.prune(nowSeconds);
    if (this.seen.has(key)) return false;
    this.seen.set(key, nowSeconds + this.windowSeconds);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private prune(nowSeconds: number): void {
    // Map keeps insertion order and expiries are monotone, so stop at the first live entry.
    for (const [key, expires] of this.seen) {
      if (expires > nowSeconds) break;
      this.seen.delete(key);
    }
  }
}

export function sign(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface VerifyInput {
  signingSecret: string;
  body: string;
  signature: string | undefined;
  timestamp: string | undefined;
  nowSeconds: number;
  replays: ReplayCache;
}

export function verifySlackSignature(input: VerifyInput): Verdict {
  const { signature, timestamp } = input;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "headers" };
  if (Math.abs(input.nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS)
    return { ok: false, reason: "stale" };
  const expected = Buffer.from(sign(input.signingSecret, timestamp, input.body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: "signature" };
  }
  // Only a correctly signed request reaches the cache, so forgeries cannot fill it.
  if (!input.replays.remember(signature, input.nowSeconds)) return { ok: false, reason: "replay" };
  return { ok: true };
}

async function readBody(req: Request): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * Express middleware for POST /slack/events: reads the raw body, verifies it, and hands it to Bolt as
 * `req.rawBody` (Bolt's own parser reads that instead of the stream).
 */
export function slackVerifier(options: {
  signingSecret: string;
  clock: Clock;
  logger: Logger;
  replays?: ReplayCache;
}): RequestHandler {
  const replays = options.replays ?? new ReplayCache();
  return async (req: Request, res: Response, next: NextFunction) => {
    const raw = await readBody(req).catch(() => undefined);
    if (!raw) {
      res.status(413).end();
      return;
    }
    const verdict = verifySlackSignature({
      signingSecret: options.signingSecret,
      body: raw.toString("utf8"),
      signature: req.header("x-slack-signature"),
      timestamp: req.header("x-slack-request-timestamp"),
      nowSeconds: Math.floor(options.clock.now().getTime() / 1000),
      replays,
    });
    if (!verdict.ok) {
      options.logger.warn({ reason: verdict.reason }, "slack request rejected");
      res.status(401).end();
      return;
    }
    (req as Request & { rawBody?: Buffer }).rawBody = raw;
    // Bolt compares the content type exactly; Slack sends it without parameters, some clients add a charset.
    const type = req.headers["content-type"];
    if (typeof type === "string") req.headers["content-type"] = type.split(";")[0]?.trim() ?? type;
    next();
  };
}
