// What an adapter hands the command layer: who asks, where, and what they typed, clicked or submitted.
import type { Platform } from "../store/index.js";

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

export type CommandInput = FromRequest &
  (
    | { type: "command"; family: string; text: string }
    | { type: "action"; actionId: string; value?: string }
    | { type: "submit"; formId: string; values: Record<string, FormValue>; state?: string }
  );

/** "/aktivitaet 2h Elterncafé" -> family "aktivitaet", text "2h Elterncafé"; an empty line asks for help. */
export function commandFromLine(line: string): CommandInput {
  const trimmed = line.trim().replace(/^\//, "");
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
