// The shapes of the Slack requests we answer, checked after the signature and before Bolt sees the body.
//
// A correctly signed body can still be malformed (a Slack bug, a replayed test tool, a leaked secret), and
// Bolt's listeners would throw on it and answer 500. Each kind is decided here instead:
// - "bolt": a well-formed payload of a kind we handle (or Bolt answers itself: ssl_check, url_verification);
// - "ignore": well-formed, but nothing of ours listens (shortcuts, options requests, closed modals,
//   rate-limit notices): 200 at once, as Slack expects, with an empty option list for options requests;
// - "malformed": 400, logged with the kind and the failing field only, never the body.
import { parse as parseQuery } from "node:querystring";
import { z } from "zod";

/** Slack's own limits, with room: ids are short, texts at most a message (40 000), metadata 3 000. */
const MAX_ID = 255;
const MAX_TEXT = 40_000;
const MAX_URL = 2_000;
const MAX_METADATA = 3_000;

const id = z.string().min(1).max(MAX_ID);
/** Workspace, enterprise, user and channel ids: Slack's are letters and digits; they are stored and queried. */
const slackId = z.string().regex(/^[A-Za-z0-9_.-]{1,255}$/);
const url = z
  .string()
  .max(MAX_URL)
  .regex(/^https?:\/\//);
const text = z.string().max(MAX_TEXT);
const account = z.object({ id: slackId });
const optionalTeam = account.nullish();

const slashCommand = z.object({
  command: z.string().regex(/^\/[^\s/]{1,80}$/),
  text: text.optional(),
  team_id: slackId,
  enterprise_id: slackId.optional(),
  user_id: slackId,
  user_name: z.string().max(MAX_ID).optional(),
  channel_id: slackId.optional(),
  response_url: url,
  trigger_id: id,
});

/**
 * One input's state in a submitted modal. Only what parse.ts cannot read safely is required (an object with
 * a type, selections as a list of objects); odd value types it reads as empty, so they stay accepted.
 */
const inputState = z
  .object({
    type: z.string().min(1).max(MAX_ID),
    selected_options: z.array(z.object({}).loose()).max(100).optional(),
  })
  .loose();

const viewRef = z
  .object({
    id,
    type: z.string().max(MAX_ID).optional(),
    private_metadata: z.string().max(MAX_METADATA).optional(),
  })
  .loose();

const blockActions = z
  .object({
    type: z.literal("block_actions"),
    user: account,
    team: optionalTeam,
    channel: account.nullish(),
    trigger_id: id.optional(),
    response_url: url.optional(),
    view: viewRef.nullish(),
    actions: z
      .array(
        z
          .object({
            type: z.string().min(1).max(MAX_ID),
            action_id: id,
            value: z.string().max(MAX_TEXT).optional(),
          })
          .loose(),
      )
      .min(1)
      .max(25),
  })
  .loose();

const stateValues = z.object({
  values: z.record(z.string().max(MAX_ID), z.record(z.string().max(MAX_ID), inputState)),
});

/** The input elements whose answer dispatches a block action for a field check (see field-check.ts). */
export const FIELD_INPUTS: ReadonlySet<string> = new Set([
  "plain_text_input",
  "number_input",
  "datepicker",
  "timepicker",
  "static_select",
]);

/**
 * A field of an open modal answered: the check reads the view's state and redraws the view from its blocks
 * and hash, so these must be there (Slack sends them with every block action from a view).
 */
const fieldAction = blockActions.extend({
  view: viewRef.extend({
    callback_id: id,
    hash: id,
    title: z.object({ type: z.literal("plain_text"), text: z.string().max(MAX_ID) }).loose(),
    blocks: z
      .array(
        z
          .object({ type: z.string().min(1).max(MAX_ID), block_id: z.string().max(MAX_ID).optional() })
          .loose(),
      )
      .max(100),
    state: stateValues,
  }),
  actions: z
    .array(z.object({ type: z.string().min(1).max(MAX_ID), action_id: id, block_id: id }).loose())
    .length(1),
});

const isFieldAction = (payload: Record<string, unknown>) => {
  const first = Array.isArray(payload.actions) ? (payload.actions[0] as unknown) : undefined;
  return isRecord(first) && typeof first.type === "string" && FIELD_INPUTS.has(first.type);
};

const viewSubmission = z
  .object({
    type: z.literal("view_submission"),
    user: account,
    team: optionalTeam,
    view: viewRef.extend({
      callback_id: id,
      state: stateValues,
    }),
  })
  .loose();

/** Interactivity we do not listen to: answered 200 and dropped. */
const IGNORED_INTERACTIONS = new Set([
  "view_closed",
  "shortcut",
  "message_action",
  "block_suggestion",
  "interactive_message",
  "dialog_submission",
  "dialog_cancellation",
  "dialog_suggestion",
  "workflow_step_edit",
]);

const urlVerification = z.object({
  type: z.literal("url_verification"),
  challenge: z.string().min(1).max(500),
});

const appHomeOpened = z
  .object({ type: z.literal("app_home_opened"), user: slackId, tab: z.string().max(MAX_ID) })
  .loose();
const tokensRevoked = z
  .object({
    type: z.literal("tokens_revoked"),
    tokens: z.object({ bot: z.array(z.string().max(MAX_ID)).optional() }).loose(),
  })
  .loose();
/** Events we listen to, checked where listeners read fields; other event types pass to Bolt, which drops them. */
const EVENT_SHAPES: Record<string, z.ZodType> = {
  app_home_opened: appHomeOpened,
  tokens_revoked: tokensRevoked,
};

const eventCallback = z
  .object({
    type: z.literal("event_callback"),
    team_id: slackId.optional(),
    enterprise_id: slackId.nullish(),
    event: z.object({ type: z.string().min(1).max(MAX_ID) }).loose(),
    authorizations: z.array(z.object({ is_enterprise_install: z.boolean().optional() }).loose()).optional(),
  })
  .loose();

export type Verdict =
  | { kind: "bolt" }
  | { kind: "ignore"; body?: Record<string, unknown> }
  | { kind: "malformed"; what: string; field?: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function checked(schema: z.ZodType, value: unknown, what: string): Verdict {
  const result = schema.safeParse(value);
  if (result.success) return { kind: "bolt" };
  // The path of the first failing field says what is wrong without quoting the value; record keys (block
  // ids, which a sender chooses) are masked, so nothing of the body reaches the log.
  const field = result.error.issues[0]?.path
    .map((p) => (typeof p === "number" || /^[a-z_]{1,40}$/.test(String(p)) ? String(p) : "*"))
    .join(".");
  return { kind: "malformed", what, ...(field ? { field } : {}) };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function interaction(payload: unknown): Verdict {
  if (!isRecord(payload) || typeof payload.type !== "string")
    return { kind: "malformed", what: "interaction", field: "type" };
  if (payload.type === "block_actions")
    return isFieldAction(payload)
      ? checked(fieldAction, payload, "block_actions")
      : checked(blockActions, payload, "block_actions");
  if (payload.type === "view_submission") return checked(viewSubmission, payload, "view_submission");
  if (IGNORED_INTERACTIONS.has(payload.type))
    return payload.type === "block_suggestion"
      ? { kind: "ignore", body: { options: [] } }
      : { kind: "ignore" };
  return { kind: "malformed", what: "interaction", field: "type" };
}

function formBody(raw: string): Verdict {
  const form = parseQuery(raw);
  if (form.ssl_check !== undefined) return { kind: "bolt" };
  if (form.payload !== undefined) {
    if (typeof form.payload !== "string") return { kind: "malformed", what: "interaction", field: "payload" };
    const payload = parseJson(form.payload);
    if (payload === undefined) return { kind: "malformed", what: "interaction", field: "payload" };
    return interaction(payload);
  }
  if (form.command !== undefined) return checked(slashCommand, form, "slash_command");
  return { kind: "malformed", what: "form" };
}

function eventsBody(raw: string): Verdict {
  const body = parseJson(raw);
  if (!isRecord(body) || typeof body.type !== "string")
    return { kind: "malformed", what: "events", field: "type" };
  if (body.type === "url_verification") return checked(urlVerification, body, "url_verification");
  if (body.type === "app_rate_limited") return { kind: "ignore" };
  if (body.type !== "event_callback") return { kind: "malformed", what: "events", field: "type" };
  const envelope = checked(eventCallback, body, "event_callback");
  if (envelope.kind !== "bolt") return envelope;
  const event = body.event as { type: string };
  const shape = EVENT_SHAPES[event.type];
  return shape ? checked(shape, event, event.type) : { kind: "bolt" };
}

/** Decides what to do with a verified request body, by its content type (already without parameters). */
export function judgeSlackBody(raw: string, contentType: string | undefined): Verdict {
  if (contentType === "application/x-www-form-urlencoded") return formBody(raw);
  if (contentType === "application/json") return eventsBody(raw);
  return { kind: "malformed", what: "content-type" };
}
