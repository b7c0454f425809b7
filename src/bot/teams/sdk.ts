// Microsoft's Teams SDK 2.x, held so that it shares our one HTTP server: the SDK hands its /api/messages
// handler (JWT validation, routing) to this adapter at initialize(), and our express router calls it.
import { type IMessageActivityInput, PUBLIC, withOverrides } from "@microsoft/teams.api";
import { App, type HttpRouteHandler, type IHttpServerAdapter } from "@microsoft/teams.apps";
import type { ILogger } from "@microsoft/teams.common";
import { errorName, type Logger } from "../../log.js";
import type { TeamsTokenSource } from "../adapter.js";
import type { StoredReference } from "./activity.js";
import type { TeamsAuth } from "./auth.js";
import { usableReference } from "./service-url.js";

/** Holds the handler the SDK registers; it never starts a server of its own (app.start() is never called). */
class MountedAdapter implements IHttpServerAdapter {
  private handler: HttpRouteHandler | undefined;

  registerRoute(_method: "POST", _path: string, handler: HttpRouteHandler): void {
    this.handler = handler;
  }

  get route(): HttpRouteHandler {
    if (!this.handler) throw new Error("teams sdk not initialised");
    return this.handler;
  }
}

/** The SDK's own messages (constants, never request content) when it refuses an inbound token. */
const TOKEN_REJECTIONS = new Set([
  "JWT validation failed",
  "JWT verification failed:",
  "Custom validation failed:",
  "Failed to get signing key:",
  "Decoded token is not a valid object:",
]);

/**
 * The SDK logs whole activities at debug and connector answers on errors. Those carry what users typed,
 * so nothing of its arguments reaches our log: only that it spoke, and an error's class.
 */
export function sdkLogger(logger: Logger, name = "teams-sdk"): ILogger {
  const problem =
    (level: "warn" | "error") =>
    (...args: unknown[]) => {
      const err = args.find((a) => a instanceof Error);
      const fields = { sdk: name, ...(err ? { err: errorName(err) } : {}) };
      // A rejected token is the caller's problem, answered 401: a warning, not an error of ours.
      if (typeof args[0] === "string" && TOKEN_REJECTIONS.has(args[0]))
        logger.warn(fields, "teams request rejected: token invalid");
      else logger[level](fields, "teams sdk reported a problem");
    };
  const quiet = () => {};
  const self: ILogger = {
    debug: quiet,
    info: quiet,
    trace: quiet,
    warn: problem("warn"),
    error: problem("error"),
    log: (level, ...args) => {
      if (level === "error" || level === "warn") problem(level)(...args);
    },
    child: (child) => sdkLogger(logger, `${name}/${child}`),
  };
  return self;
}

/** The 429 the SDK's HTTP client (axios) throws, duck-typed: status and Retry-After only. */
export function rateLimitOf(error: unknown): { retryAfter: string | undefined } | undefined {
  const e = error as { response?: { status?: number; headers?: Record<string, unknown> } } | undefined;
  if (e?.response?.status !== 429) return undefined;
  const header = e.response.headers?.["retry-after"];
  return { retryAfter: typeof header === "string" ? header : undefined };
}

/** Retry-After in seconds or as an HTTP date, in milliseconds; 1 s when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: Date): number {
  if (!header) return 1_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? 1_000 : Math.max(0, at - now.getTime());
}

/** Short waits the connector asks for are waited out here (as botbuilder did); longer ones go to the caller. */
const RETRIES = 2;
const MAX_INLINE_WAIT_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface TeamsSdk {
  app: App;
  /** The issuer of the connector tokens this cloud's Bot Framework signs. */
  tokenIssuer: string;
  /** Resolves once the SDK registered its handler (JWT validator included). */
  ready: Promise<void>;
  /** Runs one inbound request through the SDK: validation, our routes, the invoke response. */
  handle(
    body: unknown,
    headers: Record<string, string | string[] | undefined>,
  ): Promise<{ status: number; body?: unknown }>;
  /** A new message in a stored conversation, at that conversation's own service URL. */
  send(reference: StoredReference, activity: IMessageActivityInput): Promise<{ id: string }>;
  /** Replaces an earlier message of the bot in a stored conversation. */
  update(reference: StoredReference, activityId: string, activity: IMessageActivityInput): Promise<void>;
  /** The team's channels (Bot Framework's team conversations), at the reference's service URL. */
  teamChannels(reference: StoredReference, teamId: string): Promise<{ id: string; name?: string }[]>;
}

/** A stored reference the bot must not use in this mode (planted in local mode, or not a Teams host). */
export class UnusableReference extends Error {
  override name = "UnusableReference";
  constructor(localMode: boolean) {
    super(
      localMode
        ? "stored Teams conversation has a non-loopback service URL; local mode does not use it"
        : "stored Teams conversation was stored in local mode or has no Teams service URL; not used with credentials",
    );
  }
}

function credentialsOf(auth: TeamsAuth, token: TeamsTokenSource | undefined) {
  // "" rather than undefined: the SDK would otherwise read CLIENT_ID, CLIENT_SECRET, TENANT_ID from the environment.
  if (auth.mode === "local") return { clientId: "", clientSecret: "", tenantId: "" };
  const tenantId = auth.tenantId ?? "";
  // A client secret would win over the token source in the SDK, so it is left out when one is given.
  return token
    ? { clientId: auth.appId, tenantId, token }
    : { clientId: auth.appId, clientSecret: auth.password, tenantId };
}

export function createTeamsSdk(
  auth: TeamsAuth,
  logger: Logger,
  now: () => Date,
  token?: TeamsTokenSource,
): TeamsSdk {
  const adapter = new MountedAdapter();
  const localMode = auth.mode === "local";
  const credentials = credentialsOf(auth, token);
  const app = new App({
    ...credentials,
    dangerouslyAllowUnauthenticatedRequests: localMode,
    ...(auth.mode === "authenticated" && auth.openIdMetadataUrl
      ? { cloud: withOverrides(PUBLIC, { openIdMetadataUrl: auth.openIdMetadataUrl }) }
      : {}),
    httpServerAdapter: adapter,
    activity: { mentions: { stripText: true } },
    logger: sdkLogger(logger),
    client: {
      middlewares: [
        {
          async invoke(_ctx, next) {
            for (let attempt = 0; ; attempt++) {
              try {
                return await next();
              } catch (error) {
                const limited = rateLimitOf(error);
                const wait = limited ? retryAfterMs(limited.retryAfter, now()) : 0;
                if (!limited || attempt >= RETRIES || wait > MAX_INLINE_WAIT_MS) throw error;
                await sleep(wait);
              }
            }
          },
        },
      ],
    },
  });
  const ready = app.initialize().then(() => undefined);
  // Every send through a stored reference passes here: the one place that decides whether its URL may be used.
  const clientAt = (reference: StoredReference) => {
    if (!usableReference(reference, localMode)) throw new UnusableReference(localMode);
    return app.api.clone({ serviceUrl: reference.serviceUrl });
  };
  const apiAt = (reference: StoredReference) => clientAt(reference).conversations;
  return {
    app,
    tokenIssuer: app.cloud.tokenIssuer,
    ready,
    async handle(body, headers) {
      await ready;
      return adapter.route({ body, headers: headers as Record<string, string | string[]> });
    },
    async send(reference, activity) {
      const sent = await apiAt(reference).createActivity(reference.conversation.id, {
        ...activity,
        ...(reference.bot ? { from: reference.bot } : {}),
        conversation: reference.conversation,
      } as IMessageActivityInput);
      return { id: sent.id };
    },
    async teamChannels(reference, teamId) {
      const channels = await clientAt(reference).teams.getConversations(teamId);
      return channels.flatMap((c) => (c.id ? [{ id: c.id, ...(c.name ? { name: c.name } : {}) }] : []));
    },
    async update(reference, activityId, activity) {
      await apiAt(reference).updateActivity(reference.conversation.id, activityId, {
        ...activity,
        id: activityId,
      } as IMessageActivityInput);
    },
  };
}
