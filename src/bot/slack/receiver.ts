// Bolt's ExpressReceiver on our own router: our verifier runs first, then Bolt; OAuth routes when configured.
import { type Logger as BoltLogger, ExpressReceiver, type Installation, LogLevel } from "@slack/bolt";
import { type IRouter, type RequestHandler, Router } from "express";
import type { Clock } from "../../clock.js";
import { slack as t } from "../../commands/messages/index.js";
import type { Logger } from "../../log.js";
import type { RequestLedger } from "../../store/index.js";
import type { SlackInstallationStore } from "./installation-store.js";
import { judgeSlackBody } from "./payload.js";
import { FIRST_EVERYWHERE } from "./replay-gate.js";
import { singleUseStateStore } from "./state-store.js";
import { slackVerifier, type VerifiedRequest } from "./verify.js";

export const EVENTS_PATH = "/slack/events";
export const INSTALL_PATH = "/slack/install";
export const REDIRECT_PATH = "/slack/oauth_redirect";

/**
 * Bot scopes: the fewest that work (commands, messages, DMs for files, file upload). im:history delivers file
 * shares in the bot's DM (message.im), files:read lets the bot token download them.
 */
export const BOT_SCOPES = [
  "commands",
  "chat:write",
  "im:write",
  "im:history",
  "files:write",
  "files:read",
] as const;

/** Bolt logs through our logger; its debug output (which may hold payloads) is dropped. */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.WARN;
  const flat = (msgs: unknown[]) => msgs.map((m) => (m instanceof Error ? m.name : String(m))).join(" ");
  return {
    debug: () => {},
    info: () => {},
    warn: (...msgs) => logger.warn({ source: "bolt" }, flat(msgs)),
    error: (...msgs) => logger.error({ source: "bolt" }, flat(msgs)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

function page(title: string, body: string): string {
  const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
  return `<!doctype html><html lang="de"><meta charset="utf-8"><title>${esc(title)}</title><body><h1>${esc(title)}</h1><p>${esc(body)}</p></body></html>`;
}

export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  installationStore: SlackInstallationStore;
  publicUrl?: string;
  clientOptions: { slackApiUrl?: string };
}

export interface ReceiverSettings {
  signingSecret: string;
  clock: Clock;
  logger: Logger;
  oauth?: OAuthSettings;
  /** Seen signatures and OAuth states (store.requests). */
  replays: RequestLedger;
}

/**
 * After the verifier: malformed bodies get 400 and kinds nobody listens to get 200, before Bolt, whose
 * listeners would throw on a missing field and answer 500. Logged by kind and field, never the body.
 */
function payloadGate(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const raw = (req as VerifiedRequest).rawBody;
    const verdict = judgeSlackBody(raw?.toString("utf8") ?? "", req.headers["content-type"]);
    if (verdict.kind === "bolt") {
      next();
      return;
    }
    if (verdict.kind === "ignore") {
      if (verdict.body) res.status(200).json(verdict.body);
      else res.status(200).end();
      return;
    }
    logger.warn(
      { kind: verdict.what, ...(verdict.field ? { field: verdict.field } : {}) },
      "slack request malformed",
    );
    res.status(400).end();
  };
}

export function createReceiver(settings: ReceiverSettings): { receiver: ExpressReceiver; router: IRouter } {
  const router = Router();
  // Registered before Bolt's own route, so it runs first on every POST /slack/events.
  router.post(
    EVENTS_PATH,
    slackVerifier({
      signingSecret: settings.signingSecret,
      clock: settings.clock,
      logger: settings.logger,
      replays: settings.replays,
    }),
    payloadGate(settings.logger),
  );
  const { oauth } = settings;
  const receiver = new ExpressReceiver({
    signingSecret: settings.signingSecret,
    // Verified above (with replay protection); Bolt only parses req.rawBody.
    signatureVerification: false,
    endpoints: EVENTS_PATH,
    router,
    // The other processes' replay answer, for the listeners to wait on after the acknowledgement.
    customPropertiesExtractor: (req) => ({ [FIRST_EVERYWHERE]: (req as VerifiedRequest).firstEverywhere }),
    logger: boltLogger(settings.logger),
    ...(oauth
      ? {
          clientId: oauth.clientId,
          clientSecret: oauth.clientSecret,
          installationStore: oauth.installationStore,
          scopes: [...BOT_SCOPES],
          ...(oauth.publicUrl
            ? { redirectUri: `${oauth.publicUrl.replace(/\/$/, "")}${REDIRECT_PATH}` }
            : {}),
          installerOptions: {
            installPath: INSTALL_PATH,
            redirectUriPath: REDIRECT_PATH,
            directInstall: true,
            // Signed like Bolt's default, but each state opens one installation only (see state-store.ts).
            stateStore: singleUseStateStore(oauth.stateSecret, settings.replays),
            clientOptions: oauth.clientOptions,
            callbackOptions: {
              success: (_installation: Installation, _options, _req, res) => {
                res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
                res.end(page(t.installedTitle, t.installedBody));
              },
              failure: (error, _options, _req, res) => {
                settings.logger.warn({ code: error.code }, "slack installation failed");
                res.writeHead(400, { "content-type": "text/html; charset=utf-8" });
                res.end(page(t.installFailedTitle, t.installFailedBody));
              },
            },
          },
        }
      : {}),
  });
  return { receiver, router };
}
