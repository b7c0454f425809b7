// Turns Slack payloads (slash commands, block actions, view submissions) into neutral command inputs.
import type { Caller, FormValue, Where } from "../../conversation/input.js";

/** The small part of Bolt's context we read to know the tenant. */
export interface TeamContext {
  isEnterpriseInstall?: boolean;
  teamId?: string;
  enterpriseId?: string;
}

/** Tenant = the enterprise for org-wide installs, the workspace otherwise. */
export function tenantKey(ctx: TeamContext, fallbackTeamId?: string): string {
  if (ctx.isEnterpriseInstall && ctx.enterpriseId) return ctx.enterpriseId;
  return ctx.teamId ?? fallbackTeamId ?? ctx.enterpriseId ?? "unknown";
}

export function callerFrom(
  ctx: TeamContext,
  userId: string,
  fallbackTeamId?: string,
  teamName?: string,
): Caller {
  return {
    platform: "slack",
    tenantExternalId: tenantKey(ctx, fallbackTeamId),
    userId,
    ...(teamName ? { tenantName: teamName } : {}),
  };
}

/**
 * The user's Slack name as a click or a submitted form carries it: the same handle as a slash command's
 * `user_name` ("jana.k"), so a member keeps one display name whichever way they come in.
 */
export function namedAs(user: { username?: string; name?: string }): { displayName?: string } {
  const name = user.username ?? user.name;
  return name ? { displayName: name } : {};
}

/** DM channel ids start with D; a slash command's `channel_name` is "directmessage" there. */
export function whereFrom(channelId: string | undefined): Where {
  if (!channelId) return { isDirect: true };
  return { channelId, isDirect: channelId.startsWith("D") };
}

interface SlackOption {
  value?: string;
}

/** One entry of `view.state.values[block][action]`, as Slack sends it. */
export interface SlackInputState {
  type: string;
  value?: string | null;
  selected_date?: string | null;
  selected_time?: string | null;
  selected_option?: SlackOption | null;
  selected_options?: SlackOption[];
}

/** Slack sends strings; anything else (a hostile or broken payload) becomes "". */
const str = (v: unknown): string => (typeof v === "string" ? v : "");

function inputValue(state: SlackInputState): FormValue {
  switch (state.type) {
    case "plain_text_input":
    case "number_input":
      return typeof state.value === "string" ? state.value : undefined;
    case "datepicker":
      return str(state.selected_date) || undefined;
    case "timepicker":
      return str(state.selected_time) || undefined;
    case "static_select":
    case "external_select":
      return str(state.selected_option?.value) || undefined;
    case "multi_static_select":
    case "multi_external_select":
      return (state.selected_options ?? []).map((o) => str(o.value)).filter(Boolean);
    case "checkboxes":
      return (state.selected_options ?? []).length > 0;
    default:
      return typeof state.value === "string" ? state.value : undefined;
  }
}

/** Flattens `state.values` (block id -> action id -> state) into input id -> value. */
export function formValues(
  values: Record<string, Record<string, SlackInputState>> | undefined,
): Record<string, FormValue> {
  const out: Record<string, FormValue> = {};
  for (const [blockId, actions] of Object.entries(values ?? {})) {
    for (const [actionId, state] of Object.entries(actions)) {
      out[blockId === actionId ? blockId : actionId] = inputValue(state);
    }
  }
  return out;
}
