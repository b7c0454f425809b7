// What an adapter hands the command layer: who asks, where, and what they typed, clicked or submitted.
import type { Platform } from "../store/index.js";
import { cleanText } from "./hygiene.js";

export interface Caller {
  platform: Platform;
  /** Slack team/enterprise id, Teams tenant id, or the console's demo tenant. */
  tenantExternalId: string;
  tenantName?: string;
  /** Slack user id, AAD object id, or the console name. */
  userId: string;
  displayName?: string;
}

export interface Where {
  /** Channel or conversation id; absent in a direct/personal chat without one. */
  channelId?: string;
  /** True in a DM/personal chat, where replies are private anyway. */
  isDirect: boolean;
}

export type FormValue = string | string[] | boolean | undefined;

/**
 * Names the platform request an input came from (Slack: the view id and hash of a submission, the trigger id
 * of a command, action_ts and container of a click; Teams: conversation and activity id). The same request
 * delivered twice (a retry, a replay) carries the same key, so writes made from it can be made once.
 */
export interface FromRequest {
  requestKey?: string;
}

/** Files larger than this are not read; a school-holiday calendar is a few kilobytes. */
export const MAX_ATTACHMENT_BYTES = 512 * 1024;

/**
 * A file the user sent along with a typed command (Slack: a file shared with the command as its comment;
 * Teams: a file attached to the message). The adapter downloads it; `text` is absent when it could not be
 * read, and `problem` then says why, so the command can answer in words.
 */
export interface InputAttachment {
  name: string;
  mediaType: string;
  text?: string;
  problem?: "too-large" | "unreadable";
}

export type CommandInput = FromRequest &
  (
    | { type: "command"; family: string; text: string; attachment?: InputAttachment }
    | { type: "action"; actionId: string; value?: string }
    | {
        type: "submit";
        formId: string;
        values: Record<string, FormValue>;
        state?: string;
        /** Only check this field (a form asked field by field, see Form.checksEachField); nothing is saved. */
        check?: string;
      }
  );

/** "/aktivitaet 2h Elterncafé" -> family "aktivitaet", text "2h Elterncafé"; an empty line asks for help. */
export function commandFromLine(line: string): CommandInput {
  const trimmed = cleanText(line).trim().replace(/^\//, "");
  const space = trimmed.search(/\s/);
  if (trimmed === "") return { type: "command", family: "hilfe", text: "" };
  return space < 0
    ? { type: "command", family: trimmed, text: "" }
    : { type: "command", family: trimmed.slice(0, space), text: trimmed.slice(space + 1).trim() };
}

export type SubmitInput = Extract<CommandInput, { type: "submit" }>;

export interface Invocation {
  who: Caller;
  where: Where;
  input: CommandInput;
}

const cleanValue = (value: FormValue): FormValue =>
  typeof value === "string" ? cleanText(value) : Array.isArray(value) ? value.map(cleanText) : value;

/** The input with every user-supplied string cleaned (see hygiene.ts): command text, ids, form values. */
export function cleanInput(input: CommandInput): CommandInput {
  return {
    ...cleanBody(input),
    ...(input.requestKey === undefined ? {} : { requestKey: cleanText(input.requestKey) }),
  };
}

const cleanAttachment = (a: InputAttachment): InputAttachment => ({
  name: cleanText(a.name).slice(0, 200),
  mediaType: cleanText(a.mediaType).slice(0, 200),
  ...(a.text === undefined ? {} : { text: cleanText(a.text) }),
  ...(a.problem === undefined ? {} : { problem: a.problem }),
});

function cleanBody(input: CommandInput): CommandInput {
  switch (input.type) {
    case "command":
      return {
        type: "command",
        family: cleanText(input.family),
        text: cleanText(input.text),
        ...(input.attachment ? { attachment: cleanAttachment(input.attachment) } : {}),
      };
    case "action":
      return {
        type: "action",
        actionId: cleanText(input.actionId),
        ...(input.value === undefined ? {} : { value: cleanText(input.value) }),
      };
    case "submit": {
      const values: Record<string, FormValue> = {};
      for (const [id, value] of Object.entries(input.values)) values[cleanText(id)] = cleanValue(value);
      return {
        type: "submit",
        formId: cleanText(input.formId),
        values,
        ...(input.state === undefined ? {} : { state: cleanText(input.state) }),
        ...(input.check === undefined ? {} : { check: cleanText(input.check) }),
      };
    }
  }
}

const cleanOptional = (value: string | undefined) => (value === undefined ? undefined : cleanText(value));

/**
 * What every adapter's invocation goes through before the command layer reads it: the caller's names and
 * ids (stored as members and tenants), the channel id and the input, all cleaned.
 */
export function cleanInvocation(invocation: Invocation): Invocation {
  const { who, where, input } = invocation;
  const tenantName = cleanOptional(who.tenantName);
  const displayName = cleanOptional(who.displayName);
  const channelId = cleanOptional(where.channelId);
  return {
    who: {
      platform: who.platform,
      tenantExternalId: cleanText(who.tenantExternalId),
      userId: cleanText(who.userId),
      ...(tenantName === undefined ? {} : { tenantName }),
      ...(displayName === undefined ? {} : { displayName }),
    },
    where: { isDirect: where.isDirect, ...(channelId === undefined ? {} : { channelId }) },
    input: cleanInput(input),
  };
}
