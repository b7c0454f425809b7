// The Teams adapter factory: teams-ai Application on a CloudAdapter, mounted at POST /api/messages.
import { Application, TeamsAdapter } from "@microsoft/teams-ai";
import type { ConversationReference, TurnContext } from "botbuilder";
import express, { type ErrorRequestHandler } from "express";
import { errorName, type Logger } from "../../log.js";
import type { AdapterFactory } from "../adapter.js";
import { loopbackOnly, teamsAuth } from "./auth.js";
import { onConversationUpdate, onInstallationUpdate } from "./conversations.js";
import { createTeamsDeliverer } from "./deliver.js";
import { acceptFile, declineFile, PendingFiles } from "./files.js";
import { submitInput } from "./inbound.js";
import { onCardExecute, onCardSubmit, onMessage, type TurnDeps } from "./turn.js";

export const TEAMS_ROUTE = "/api/messages";

const isOurExecute = async (context: TurnContext) => {
  const a = context.activity;
  const value = a.value as { action?: { type?: string; data?: unknown } } | undefined;
  return (
    a.type === "invoke" &&
    a.name === "adaptiveCard/action" &&
    value?.action?.type === "Action.Execute" &&
    submitInput(value.action.data) !== undefined
  );
};

/** The least an activity needs before the SDK looks at it: an object with a string type. */
const isActivityShaped = (body: unknown): boolean =>
  typeof body === "object" &&
  body !== null &&
  !Array.isArray(body) &&
  typeof (body as { type?: unknown }).type === "string";

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

export const teamsAdapterFactory: AdapterFactory = {
  name: "teams",
  create(deps) {
    const auth = teamsAuth(deps.config);
    if ("misconfigured" in auth) return { disabled: auth.misconfigured };
    const localMode = auth.mode === "local";
    const botAppId = auth.mode === "authenticated" ? auth.appId : "";
    const adapter = new TeamsAdapter(auth.mode === "authenticated" ? auth.options : {});
    adapter.onTurnError = async (_context, error) => {
      // The error class only: messages may quote an activity, whose text may hold personal data.
      deps.logger.error({ err: errorName(error) }, "teams turn failed");
    };
    const continueIn = async (
      reference: Partial<ConversationReference>,
      logic: (ctx: TurnContext) => Promise<void>,
    ): Promise<void> => {
      // The adapter routes errors inside the logic to onTurnError; capture them so callers see them.
      let failure: unknown;
      await adapter.continueConversationAsync(botAppId, reference, async (ctx) => {
        try {
          await logic(ctx);
        } catch (error) {
          failure = error;
        }
      });
      if (failure !== undefined) throw failure;
    };
    const turnDeps: TurnDeps = {
      commands: deps.commands,
      store: deps.store,
      logger: deps.logger,
      localMode,
      files: new PendingFiles(deps.clock),
      continueIn,
    };

    const app = new Application({
      adapter,
      botAppId,
      removeRecipientMention: true,
      startTypingTimer: false,
      adaptiveCards: { actionSubmitFilter: "sra" },
    });
    app.adaptiveCards.actionSubmit(/^(action|submit)$/, async (context) => onCardSubmit(turnDeps, context));
    app.adaptiveCards.actionExecute(isOurExecute, async (context) => onCardExecute(turnDeps, context));
    app.fileConsentAccept(async (context, _state, response) => acceptFile(turnDeps, context, response));
    app.fileConsentDecline(async (context, _state, response) => declineFile(turnDeps, context, response));
    app.activity("installationUpdate", async (context) => onInstallationUpdate(turnDeps, context));
    app.activity("conversationUpdate", async (context) => onConversationUpdate(turnDeps, context));
    app.activity("message", async (context) => onMessage(turnDeps, context));

    return {
      name: "teams",
      deliverer: createTeamsDeliverer({ store: deps.store, continueIn }, () => deps.clock.now()),
      mount(http) {
        const router = express.Router();
        if (localMode) router.use(loopbackOnly(deps.logger));
        router.post("/", express.json({ limit: "1mb" }), async (req, res) => {
          if (!isActivityShaped(req.body)) {
            res.status(400).json({ error: "expected a Bot Framework activity" });
            return;
          }
          await adapter.process(req, res, async (context) => {
            await app.run(context);
          });
        });
        router.use(jsonErrors(deps.logger));
        http.use(TEAMS_ROUTE, router);
        if (localMode)
          deps.logger.warn(
            { enabled: true, mode: "local" },
            "teams adapter in local mode (no MICROSOFT_APP_ID/MICROSOFT_APP_PASSWORD): no token validation, loopback clients only",
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
