// The shape of a Bot Framework activity we let reach the Teams SDK, checked right after the JSON body parser.
//
// Bot Framework sends type, serviceUrl, from, recipient and conversation on every activity; the SDK and our
// handlers read them without asking. Anything else is not from Teams and gets 400 (logged with the failing
// field only), instead of a TypeError deep in a turn and a 500. Unknown activity types of the right shape
// pass: the SDK ignores them with 200, as Bot Framework expects for activities a bot does not handle.
import { z } from "zod";
import type { TeamsActivity } from "./activity.js";

/** Teams' own limits, with room: a message is at most about 28 KB, ids a few hundred characters. */
const MAX_ID = 1_000;
const MAX_TEXT = 200_000;

const id = z.string().min(1).max(MAX_ID);
const shortText = z.string().max(MAX_ID);
const account = z
  .object({ id, name: shortText.nullish(), aadObjectId: shortText.nullish(), role: shortText.nullish() })
  .loose();

const activity = z
  .object({
    type: z.string().min(1).max(100),
    id: shortText.optional(),
    name: shortText.optional(),
    action: shortText.optional(),
    channelId: shortText.optional(),
    serviceUrl: z
      .string()
      .max(2_000)
      .regex(/^https?:\/\//),
    text: z.string().max(MAX_TEXT).nullish(),
    replyToId: shortText.optional(),
    locale: shortText.nullish(),
    from: account,
    recipient: account,
    conversation: z
      .object({
        id,
        conversationType: shortText.optional(),
        tenantId: shortText.optional(),
        isGroup: z.boolean().optional(),
        name: shortText.nullish(),
      })
      .loose(),
    // Lists and objects may be null (some clients send that for "none"); everything reading them allows it.
    channelData: z.record(z.string(), z.unknown()).nullish(),
    entities: z.array(z.record(z.string(), z.unknown())).max(100).nullish(),
    attachments: z.array(z.record(z.string(), z.unknown())).max(100).nullish(),
    membersAdded: z.array(account).max(1_000).nullish(),
    membersRemoved: z.array(account).max(1_000).nullish(),
  })
  .loose();

/** The invokes we answer, and what their value must hold. */
const invokeValues: Record<string, z.ZodType> = {
  "adaptiveCard/action": z.object({ action: z.object({ type: shortText }).loose() }).loose(),
  "fileConsent/invoke": z.object({ action: shortText }).loose(),
};

export type ActivityVerdict = { ok: true; activity: TeamsActivity } | { ok: false; field: string };

/** The first failing field's path, with keys a sender chose masked, so the log holds nothing of the body. */
function fieldOf(error: z.ZodError): string {
  return (
    error.issues[0]?.path
      .map((p) => (typeof p === "number" || /^[A-Za-z_]{1,40}$/.test(String(p)) ? String(p) : "*"))
      .join(".") || "body"
  );
}

export function judgeActivity(body: unknown): ActivityVerdict {
  const parsed = activity.safeParse(body);
  if (!parsed.success) return { ok: false, field: fieldOf(parsed.error) };
  const value = parsed.data as TeamsActivity;
  const invoke = value.type === "invoke" ? invokeValues[value.name ?? ""] : undefined;
  if (invoke) {
    const checked = invoke.safeParse(value.value);
    if (!checked.success) return { ok: false, field: `value.${fieldOf(checked.error)}` };
  }
  return { ok: true, activity: value };
}
