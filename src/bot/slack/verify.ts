// Slack request verification: signature, five-minute timestamp window and replay refusal, before anything else.
//
// The replay check has two stages, so that Slack's acknowledgement never waits for the database: this
// process's memory refuses a replay at once (401); the other processes' answer, from the database, arrives
// while Bolt acknowledges, and the listeners wait for it before they act (see replay-gate.ts).
import { createHmac, timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Clock } from "../../clock.js";
import type { Logger } from "../../log.js";
import type { RequestLedger } from "../../store/index.js";

export const MAX_SKEW_SECONDS = 5 * 60;
/**
 * How long a seen signature is remembered: a timestamp up to the skew in the future stays valid until twice
 * the skew from now, so anything shorter would let a late replay through.
 */
export const REPLAY_MEMORY_SECONDS = 2 * MAX_SKEW_SECONDS;
/** Slack's payloads are small; anything larger is not from Slack. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type Verdict =
  | { ok: true; firstEverywhere: Promise<boolean> }
  | { ok: false; reason: "headers" | "stale" | "signature" | "replay" };

export function sign(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface VerifyInput {
  signingSecret: string;
  body: string;
  signature: string | undefined;
  timestamp: string | undefined;
  nowSeconds: number;
  /** Seen signatures; shared by every instance on PostgreSQL, so a replay to another one is refused too. */
  replays: RequestLedger;
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
  // Only a correctly signed request reaches the ledger, so forgeries cannot fill it.
  const seen = input.replays.sight(
    `slack:signature:${signature}`,
    new Date(input.nowSeconds * 1000),
    REPLAY_MEMORY_SECONDS,
  );
  if (!seen.here) return { ok: false, reason: "replay" };
  return { ok: true, firstEverywhere: seen.everywhere };
}

/** What the verifier leaves on a request for Bolt (the raw body) and for the listeners (the replay answer). */
export type VerifiedRequest = Request & { rawBody?: Buffer; firstEverywhere?: Promise<boolean> };

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
  replays: RequestLedger;
}): RequestHandler {
  const { replays } = options;
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
    const verified = req as VerifiedRequest;
    verified.rawBody = raw;
    verified.firstEverywhere = verdict.firstEverywhere;
    // Bolt compares the content type exactly; Slack sends it without parameters, some clients add a charset.
    const type = req.headers["content-type"];
    if (typeof type === "string") req.headers["content-type"] = type.split(";")[0]?.trim() ?? type;
    next();
  };
}
