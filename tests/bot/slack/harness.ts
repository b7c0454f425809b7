// Test harness: the running app with the Slack adapter on, a fake Slack API, and signed request builders.
import { type RunningApp, type StartOptions, startApp } from "../../../src/app.js";
import { sign } from "../../../src/bot/slack/verify.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger, type Logger } from "../../../src/log.js";
import type { Database } from "../../../src/store/index.js";
import { type FakeSlack, startFakeSlack } from "../../support/fake-slack.js";

export const SECRET = "test-signing-secret";
export const TEAM = "T0001";
export const USER = "U0AAA";
export const CHANNEL = "C0CHAN";

export interface Harness {
  app: RunningApp;
  fake: FakeSlack;
  close(): Promise<void>;
}

export async function startHarness(
  database: Database,
  env: Record<string, string> = {},
  options: StartOptions = {},
  logger: Logger = createLogger("silent"),
): Promise<Harness> {
  const fake = await startFakeSlack();
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    ...env,
  });
  const app = await startApp(config, logger, { database, host: "127.0.0.1", ...options });
  return {
    app,
    fake,
    async close() {
      await app.close();
      await fake.close();
    },
  };
}

export interface SignOptions {
  timestamp?: number;
  secret?: string;
  signature?: string;
}

export function signedHeaders(
  body: string,
  contentType: string,
  o: SignOptions = {},
): Record<string, string> {
  const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": o.signature ?? sign(o.secret ?? SECRET, timestamp, body),
  };
}

export async function postSigned(
  baseUrl: string,
  body: string,
  contentType = "application/x-www-form-urlencoded",
  o: SignOptions = {},
): Promise<Response> {
  return fetch(`${baseUrl}/slack/events`, {
    method: "POST",
    headers: signedHeaders(body, contentType, o),
    body,
  });
}

export function slashBody(
  command: string,
  text: string,
  responseUrl: string,
  extra: Record<string, string> = {},
): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: TEAM,
    team_domain: "testteam",
    channel_id: CHANNEL,
    channel_name: "nordstadt",
    user_id: USER,
    user_name: "fachkraft",
    command,
    text,
    api_app_id: "A0001",
    response_url: responseUrl,
    trigger_id: "1337.42.abcd",
    ...extra,
  }).toString();
}

export function payloadBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function buttonPayload(
  actionId: string,
  value: string | undefined,
  responseUrl: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: "block_actions",
    api_app_id: "A0001",
    team: { id: TEAM, domain: "testteam" },
    user: { id: USER, team_id: TEAM, name: "fachkraft" },
    channel: { id: CHANNEL, name: "nordstadt" },
    container: { type: "message", channel_id: CHANNEL, message_ts: "1700000000.000100" },
    message: { ts: "1700000000.000100", text: "x", blocks: [] },
    trigger_id: "1337.43.efgh",
    response_url: responseUrl,
    actions: [
      {
        type: "button",
        action_id: actionId,
        block_id: "b1",
        ...(value === undefined ? {} : { value }),
        text: { type: "plain_text", text: "x" },
        action_ts: "1700000001.000200",
      },
    ],
    ...extra,
  };
}

export function viewSubmissionPayload(view: {
  callbackId: string;
  privateMetadata?: string;
  values: Record<string, Record<string, Record<string, unknown>>>;
  /** The modal's id and hash (Slack changes the hash with every update of the view). */
  id?: string;
  hash?: string;
}): Record<string, unknown> {
  return {
    type: "view_submission",
    api_app_id: "A0001",
    team: { id: TEAM, domain: "testteam" },
    user: { id: USER, team_id: TEAM, name: "fachkraft" },
    trigger_id: "1337.44.ijkl",
    view: {
      id: view.id ?? "V0VIEW",
      type: "modal",
      team_id: TEAM,
      callback_id: view.callbackId,
      private_metadata: view.privateMetadata ?? "",
      hash: view.hash ?? "h1",
      title: { type: "plain_text", text: "x" },
      blocks: [],
      state: { values: view.values },
    },
  };
}

export function eventBody(event: Record<string, unknown>, team = TEAM): string {
  return JSON.stringify({
    token: "legacy",
    team_id: team,
    api_app_id: "A0001",
    type: "event_callback",
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
    authorizations: [{ team_id: team, user_id: "UBOT", is_bot: true, is_enterprise_install: false }],
  });
}
