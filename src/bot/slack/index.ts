// The Slack adapter factory: HTTP mode on the shared server (token or OAuth), or Socket Mode for development.
import { App, type InstallationQuery } from "@slack/bolt";
import type { Express } from "express";
import type { Config } from "../../config.js";
import type { Adapter, AdapterDeps, AdapterFactory } from "../adapter.js";
import { createSlackDeliverer } from "./deliver.js";
import { slackFileHosts } from "./files-in.js";
import { createInstallationStore, type SlackInstallationStore } from "./installation-store.js";
import { registerListeners } from "./listeners.js";
import { boltLogger, createReceiver } from "./receiver.js";

export const DISABLED_HINT =
  "Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (one workspace), or SLACK_CLIENT_ID, " +
  "SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and SLACK_SIGNING_SECRET (OAuth, many workspaces); " +
  "add SLACK_APP_TOKEN with SLACK_BOT_TOKEN for Socket Mode.";

type Mode = "token" | "oauth" | "socket";

export function slackMode(config: Config): Mode | undefined {
  if (config.SLACK_APP_TOKEN && config.SLACK_BOT_TOKEN) return "socket";
  if (
    config.SLACK_CLIENT_ID &&
    config.SLACK_CLIENT_SECRET &&
    config.SLACK_STATE_SECRET &&
    config.SLACK_SIGNING_SECRET
  ) {
    return "oauth";
  }
  if (config.SLACK_BOT_TOKEN && config.SLACK_SIGNING_SECRET) return "token";
  return undefined;
}

/** The Web API base URL; Slack's clients want it to end with a slash. */
function apiUrl(config: Config): string | undefined {
  const url = config.SLACK_API_URL;
  if (!url) return undefined;
  return url.endsWith("/") ? url : `${url}/`;
}

export function createSlackAdapter(deps: AdapterDeps): Adapter | { disabled: string } {
  const { config, logger } = deps;
  const mode = slackMode(config);
  if (!mode) return { disabled: DISABLED_HINT };
  const slackApiUrl = apiUrl(config);
  // One client configuration for every Web API call: a 429 is retried after its Retry-After.
  const clientOptions = {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 5_000 },
  };
  const installations: SlackInstallationStore | undefined =
    mode === "oauth" ? createInstallationStore(deps.store) : undefined;

  let mountRouter: ((app: Express) => void) | undefined;
  let app: App;
  if (mode === "socket") {
    app = new App({
      token: config.SLACK_BOT_TOKEN,
      appToken: config.SLACK_APP_TOKEN,
      socketMode: true,
      clientOptions,
      logger: boltLogger(logger),
      deferInitialization: true,
    });
  } else {
    const { receiver, router } = createReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET ?? "",
      clock: deps.clock,
      logger,
      replays: deps.store.requests,
      ...(installations
        ? {
            oauth: {
              clientId: config.SLACK_CLIENT_ID ?? "",
              clientSecret: config.SLACK_CLIENT_SECRET ?? "",
              stateSecret: config.SLACK_STATE_SECRET ?? "",
              installationStore: installations,
              ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
              clientOptions,
            },
          }
        : {}),
    });
    mountRouter = (express) => {
      express.use(router);
    };
    app = new App({
      receiver,
      ...(mode === "token" ? { token: config.SLACK_BOT_TOKEN } : {}),
      clientOptions,
      logger: boltLogger(logger),
      deferInitialization: true,
    });
  }

  registerListeners(app, {
    commands: deps.commands,
    logger,
    fileHosts: slackFileHosts(slackApiUrl),
    ...(installations
      ? { uninstall: (query) => installations.deleteInstallation(query as InstallationQuery<boolean>) }
      : {}),
  });

  const tokenFor = installations
    ? (key: string) => installations.botToken(key)
    : async () => config.SLACK_BOT_TOKEN;

  return {
    name: "slack",
    mount(express) {
      mountRouter?.(express);
    },
    async start() {
      // auth.test for the single bot token (or the OAuth authorize hook) before the first request.
      await app.init();
      if (mode === "socket") await app.start();
      logger.info({ mode }, "slack adapter ready");
    },
    async stop() {
      if (mode === "socket") await app.stop();
    },
    deliverer: createSlackDeliverer({
      store: deps.store,
      tokenFor,
      ...(slackApiUrl ? { slackApiUrl } : {}),
      logger,
    }),
  };
}

export const slackAdapterFactory: AdapterFactory = { name: "slack", create: createSlackAdapter };
