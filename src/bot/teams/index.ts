// The Teams adapter: Microsoft's Teams SDK 2.x behind POST /api/messages on the shared server.
import express, { type ErrorRequestHandler } from "express";
import { cleanDeep } from "../../conversation/hygiene.js";
import { errorName, type Logger } from "../../log.js";
import type { AdapterFactory } from "../adapter.js";
import type { TeamsActivity } from "./activity.js";
import { DEFAULT_TEAMS_FILE_HOSTS } from "./attachments.js";
import { loopbackOnly, serviceUrlRejection, teamsAuth } from "./auth.js";
import { bearerProblem } from "./bearer.js";
import { ADAPTIVE_CARD } from "./card.js";
import { onConversationUpdate, onInstallationUpdate } from "./conversations.js";
import { createTeamsDeliverer } from "./deliver.js";
import { acceptFile, declineFile, type FileConsentResponse, PendingFiles } from "./files.js";
import { submitInput } from "./inbound.js";
import type { OutgoingActivity } from "./outbound.js";
import { judgeActivity } from "./payload.js";
import { createTeamsSdk } from "./sdk.js";
import { onCardExecute, onCardSubmit, onMessage, type Turn, type TurnDeps } from "./turn.js";

export const TEAMS_ROUTE = "/api/messages";

/** Invokes we answer; any other invoke gets 501, as Bot Framework does for an unhandled invoke. */
const OUR_INVOKES = new Set(["adaptiveCard/action", "fileConsent/invoke"]);

/** Body parser errors (bad JSON, too large) as short JSON; never the body itself, nor a stack trace. */
function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status =
      typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: errorName(error) }, "teams request failed");
    res.status(status).json({
      error: status === 413 ? "request too large" : status === 500 ? "internal error" : "bad request",
    });
  };
}

/** The SDK's turn context, as far as our handlers use it. */
interface SdkContext {
  activity: unknown;
  api: {
    conversations: {
      replyToActivity(conversationId: string, id: string, params: OutgoingActivity): Promise<unknown>;
      createActivity(conversationId: string, params: OutgoingActivity): Promise<unknown>;
      updateActivity(conversationId: string, id: string, params: OutgoingActivity): Promise<unknown>;
    };
  };
}

/** Answers go to the conversation the activity came from, as replies to it (threads stay threads). */
function turnOf(ctx: SdkContext): Turn {
  const activity = ctx.activity as TeamsActivity;
  const conversationId = activity.conversation?.id ?? "";
  const addressed = (out: OutgoingActivity): OutgoingActivity =>
    ({
      ...out,
      ...(activity.recipient ? { from: activity.recipient } : {}),
      ...(activity.from ? { recipient: activity.from } : {}),
      conversation: activity.conversation,
      ...(activity.id ? { replyToId: activity.id } : {}),
    }) as OutgoingActivity;
  return {
    activity,
    async answer(out) {
      const api = ctx.api.conversations;
      if (activity.id) await api.replyToActivity(conversationId, activity.id, addressed(out));
      else await api.createActivity(conversationId, addressed(out));
    },
    async replace(id, out) {
      await ctx.api.conversations.updateActivity(conversationId, id, {
        ...addressed(out),
        id,
      } as OutgoingActivity);
    },
  };
}

export const teamsAdapterFactory: AdapterFactory = {
  name: "teams",
  create(deps) {
    const auth = teamsAuth(deps.config);
    if ("disabled" in auth) return auth;
    const localMode = auth.mode === "local";
    const now = () => deps.clock.now();
    const sdk = createTeamsSdk(auth, deps.logger, now, deps.teamsToken);
    const turnDeps: TurnDeps = {
      commands: deps.commands,
      store: deps.store,
      logger: deps.logger,
      localMode,
      files: new PendingFiles(deps.clock),
      sdk,
      fileHosts: deps.config.TEAMS_FILE_HOSTS ?? DEFAULT_TEAMS_FILE_HOSTS,
    };
    const { app } = sdk;
    const turn = (ctx: unknown) => turnOf(ctx as SdkContext);

    app.on("message", async (ctx) => {
      const t = turn(ctx);
      if (submitInput(t.activity.value)) await onCardSubmit(turnDeps, t);
      else await onMessage(turnDeps, t);
    });
    app.on("card.action", async (ctx) => {
      const t = turn(ctx);
      const action = (t.activity.value as { action?: { type?: string; data?: unknown } } | undefined)?.action;
      if (action?.type !== "Action.Execute" || submitInput(action.data) === undefined) return undefined;
      const card = await onCardExecute(turnDeps, t);
      return typeof card === "string"
        ? { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: card }
        : { statusCode: 200, type: ADAPTIVE_CARD, value: card };
    });
    app.on("file.consent.accept", async (ctx) => {
      const t = turn(ctx);
      await acceptFile(turnDeps, t, (t.activity.value ?? {}) as FileConsentResponse);
    });
    app.on("file.consent.decline", async (ctx) => {
      const t = turn(ctx);
      await declineFile(turnDeps, t, (t.activity.value ?? {}) as FileConsentResponse);
    });
    app.on("installationUpdate", async (ctx) => onInstallationUpdate(turnDeps, turn(ctx).activity));
    app.on("conversationUpdate", async (ctx) => onConversationUpdate(turnDeps, turn(ctx).activity));
    app.event("error", ({ error }) => {
      // The error class only: messages may quote an activity, whose text may hold personal data.
      deps.logger.error({ err: errorName(error) }, "teams turn failed");
    });

    return {
      name: "teams",
      deliverer: createTeamsDeliverer({ store: deps.store, sdk }, now),
      mount(http) {
        const router = express.Router();
        if (localMode) router.use(loopbackOnly(deps.logger));
        router.post("/", express.json({ limit: "1mb" }), async (req, res) => {
          const judged = judgeActivity(req.body);
          if (!judged.ok) {
            deps.logger.warn({ field: judged.field }, "teams activity malformed");
            res.status(400).json({ error: "expected a Bot Framework activity" });
            return;
          }
          const body = judged.activity;
          const rejected = serviceUrlRejection(auth, body.serviceUrl, req.headers.authorization);
          if (rejected) {
            deps.logger.warn({ status: rejected.status }, `teams activity rejected: ${rejected.error}`);
            res.status(rejected.status).json({ error: rejected.error });
            return;
          }
          if (body.type === "invoke" && !OUR_INVOKES.has(String(body.name ?? ""))) {
            res.status(501).json({ error: "invoke not supported" });
            return;
          }
          if (!localMode) {
            const problem = bearerProblem(req.headers.authorization, sdk.tokenIssuer);
            if (problem) {
              deps.logger.warn({ reason: problem }, "teams request rejected: not a connector token");
              res.status(401).json({ error: "unauthorized" });
              return;
            }
          }
          // Every string of the activity is cleaned (hygiene.ts): names and ids are stored as they come.
          const out = await sdk.handle(cleanDeep(body), req.headers);
          if (out.body === undefined) res.status(out.status).end();
          else res.status(out.status).json(out.body);
        });
        router.use(jsonErrors(deps.logger));
        http.use(TEAMS_ROUTE, router);
        if (localMode)
          deps.logger.warn(
            { enabled: true, mode: "local" },
            "teams adapter in local mode (TEAMS_LOCAL_MODE=true, for development only): no token validation, loopback clients and service URLs only",
          );
        else
          deps.logger.info(
            {
              enabled: true,
              mode: "authenticated",
              singleTenant: Boolean(deps.config.MICROSOFT_APP_TENANT_ID),
            },
            "teams tokens validated",
          );
      },
    };
  },
};
