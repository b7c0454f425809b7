// Turns a Teams activity (typed command or card submit) into the neutral Invocation of the command layer.

import {
  type Caller,
  type CommandInput,
  commandFromLine,
  type Invocation,
  type Where,
} from "../../conversation/input.js";
import type { TeamsActivity as Activity } from "./activity.js";
import type { CarriedForm, SubmitData } from "./card.js";
import { readSubmittedValues } from "./form.js";

/** Used for the tenant when a local test client (e.g. the Bot Framework Emulator) sends none. */
export const LOCAL_TENANT = "local";

export interface Inbound {
  invocation: Invocation;
  /** The form a submit came from, to re-render it with field errors. */
  carriedForm?: CarriedForm;
}

export function tenantOf(activity: Partial<Activity>): string | undefined {
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const id =
    activity.conversation?.tenantId ?? (typeof fromChannelData === "string" ? fromChannelData : undefined);
  return id && id.length <= 100 ? id : undefined;
}

export function callerOf(activity: Partial<Activity>, tenantExternalId: string): Caller | undefined {
  const userId = activity.from?.aadObjectId ?? activity.from?.id;
  if (!userId || userId.length > 200) return undefined;
  return {
    platform: "teams",
    tenantExternalId,
    userId,
    ...(activity.from?.name ? { displayName: activity.from.name.slice(0, 200) } : {}),
  };
}

/** A channel's own id: channelData.channel.id, else the conversation id without its ";messageid=" thread part. */
export function channelConversationId(activity: Partial<Activity>): string | undefined {
  const channel = (activity.channelData as { channel?: { id?: unknown } } | undefined)?.channel?.id;
  if (typeof channel === "string" && channel) return channel;
  return activity.conversation?.id?.split(";messageid=")[0];
}

export function whereOf(activity: Partial<Activity>): Where {
  const type = activity.conversation?.conversationType;
  const channelId = type === "channel" ? channelConversationId(activity) : activity.conversation?.id;
  return { ...(channelId ? { channelId } : {}), isDirect: type === "personal" || type === undefined };
}

/** "@Bot /aktivitaet 2h Elterncafé" -> family "aktivitaet", text "2h Elterncafé"; empty -> help. */
export function parseCommandText(raw: string): CommandInput {
  const cleaned = raw
    .replace(/<at>[^<]*<\/at>/gi, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return commandFromLine(cleaned);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads our submit data (Action.Submit value or Action.Execute data); undefined if it is not ours. */
export function submitInput(
  payload: unknown,
): { input: CommandInput; carriedForm?: CarriedForm } | undefined {
  if (!isRecord(payload)) return undefined;
  const data = payload as Partial<SubmitData> & Record<string, unknown>;
  if (data.sra === "action" && typeof data.actionId === "string" && data.actionId.length <= 200) {
    const value = typeof data.value === "string" ? data.value : undefined;
    return { input: { type: "action", actionId: data.actionId, ...(value !== undefined ? { value } : {}) } };
  }
  if (data.sra === "submit" && typeof data.formId === "string" && data.formId.length <= 200) {
    const kinds = isRecord(data.kinds) ? (data.kinds as Record<string, "multiselect" | "checkbox">) : {};
    const state = typeof data.state === "string" ? data.state : undefined;
    const check = typeof data.check === "string" && data.check.length <= 200 ? data.check : undefined;
    const form =
      isRecord(data.form) && Array.isArray(data.form.inputs) ? (data.form as CarriedForm) : undefined;
    return {
      input: {
        type: "submit",
        formId: data.formId,
        values: readSubmittedValues(payload, kinds),
        ...(state !== undefined ? { state } : {}),
        ...(check !== undefined ? { check } : {}),
      },
      ...(form ? { carriedForm: form } : {}),
    };
  }
  return undefined;
}

/**
 * The activity as a request key: Teams message ids are unique within a conversation only, so the
 * conversation is part of it. Undefined when the activity has no id (a local client may send none).
 */
export function requestKeyOf(activity: Partial<Activity>): string | undefined {
  const id = activity.id;
  const conversation = activity.conversation?.id;
  if (!id || !conversation || id.length > 200 || conversation.length > 500) return undefined;
  return `activity:${conversation}:${id}`;
}

/** The invocation for a message, a card submit (value) or an Action.Execute invoke (value.action.data). */
export function toInbound(activity: Partial<Activity>, localMode: boolean): Inbound | undefined {
  const tenant = tenantOf(activity) ?? (localMode ? LOCAL_TENANT : undefined);
  if (!tenant) return undefined;
  const who = callerOf(activity, tenant);
  if (!who) return undefined;
  const where = whereOf(activity);
  const requestKey = requestKeyOf(activity);
  const keyed = (input: CommandInput): CommandInput => (requestKey ? { ...input, requestKey } : input);
  if (activity.type === "invoke") {
    const action = isRecord(activity.value) ? activity.value.action : undefined;
    const parsed = isRecord(action) ? submitInput(action.data) : undefined;
    return (
      parsed && { invocation: { who, where, input: keyed(parsed.input) }, carriedForm: parsed.carriedForm }
    );
  }
  if (activity.type !== "message") return undefined;
  const submitted = submitInput(activity.value);
  if (submitted)
    return { invocation: { who, where, input: keyed(submitted.input) }, carriedForm: submitted.carriedForm };
  // A submit from a card that is not ours (or malformed data) is not a typed "hilfe".
  if (activity.value !== undefined && !activity.text?.trim()) return undefined;
  return { invocation: { who, where, input: keyed(parseCommandText(activity.text ?? "")) } };
}
