// Stores and removes conversation references on install/uninstall, so the scheduler can post proactively.
import { teams } from "../../commands/messages/index.js";
import { errorName, type Logger } from "../../log.js";
import type { Store } from "../../store/index.js";
import { type TeamsActivity as Activity, referenceOf } from "./activity.js";
import { callerOf, channelConversationId, LOCAL_TENANT, tenantOf } from "./inbound.js";
import type { TeamsSdk } from "./sdk.js";

export interface ConversationDeps {
  store: Store;
  logger: Logger;
  localMode: boolean;
  /** Lists a team's channels when the bot is added to it (so forms can offer them by name). */
  sdk?: Pick<TeamsSdk, "teamChannels">;
}

/** personal | channel | groupChat, as Teams names the conversation types. */
export function scopeOf(activity: Partial<Activity>): string {
  const type = activity.conversation?.conversationType;
  if (type === "channel" || type === "groupChat" || type === "personal") return type;
  return activity.conversation?.isGroup ? "groupChat" : "personal";
}

async function tenantFor(deps: ConversationDeps, activity: Partial<Activity>) {
  const external = tenantOf(activity) ?? (deps.localMode ? LOCAL_TENANT : undefined);
  if (!external) return undefined;
  const tenant = await deps.store.ensureTenant("teams", external);
  return { tenant, external, scoped: deps.store.forTenant(tenant.id) };
}

/**
 * Saves (or refreshes) the reference of the activity's conversation. Personal chats are tied to the member;
 * channel references point at the channel itself (not the thread), so a later post starts a new thread there.
 */
export async function rememberConversation(
  deps: ConversationDeps,
  activity: Activity,
  channel?: { id: string; name: string },
): Promise<void> {
  const found = await tenantFor(deps, activity);
  const scope = channel ? "channel" : scopeOf(activity);
  const conversationId =
    channel?.id ?? (scope === "channel" ? channelConversationId(activity) : activity.conversation?.id);
  if (!found || !conversationId || !activity.serviceUrl) return;
  let memberId: number | null = null;
  if (scope === "personal") {
    const who = callerOf(activity, found.external);
    if (who) memberId = (await found.scoped.ensureMember(who.userId, who.displayName ?? "", "teams")).id;
  }
  const derived = referenceOf(activity, conversationId);
  if (!derived) return;
  // Marked so that an app with credentials on the same database never uses it (see service-url.ts).
  const reference = deps.localMode ? { ...derived, origin: "local" as const } : derived;
  await found.scoped.saveConversationReference({
    conversationId,
    scope,
    memberId,
    serviceUrl: reference.serviceUrl,
    reference: reference as unknown as Record<string, unknown>,
    ...(channel ? { name: channel.name } : {}),
  });
  deps.logger.info({ tenantId: found.tenant.id, scope }, "teams conversation reference stored");
}

const teamIdOf = (activity: Activity) => {
  const id = activity.channelData?.team?.id;
  return typeof id === "string" && id ? id : undefined;
};

/**
 * Added to a team: every channel of it is stored by name (the first one, which Bot Framework lists without a
 * name, as „Allgemein“), so a form offers „Kanal Elternarbeit“ instead of asking for a raw channel id. A team
 * whose list cannot be read keeps working; its channels show up by name once they are created or renamed.
 */
async function rememberTeamChannels(deps: ConversationDeps, activity: Activity): Promise<void> {
  const teamId = teamIdOf(activity);
  const derived = teamId ? referenceOf(activity, teamId) : undefined;
  if (!teamId || !derived || !deps.sdk) return;
  try {
    const channels = await deps.sdk.teamChannels(derived, teamId);
    for (const c of channels)
      await rememberConversation(deps, activity, { id: c.id, name: c.name ?? teams.generalChannel });
  } catch (error) {
    deps.logger.warn({ err: errorName(error) }, "teams channel list not read");
  }
}

/** channelCreated / channelRenamed carry the channel's name; channelDeleted removes it. */
async function onChannelEvent(deps: ConversationDeps, activity: Activity, eventType: string): Promise<void> {
  const id = activity.channelData?.channel?.id;
  const name = activity.channelData?.channel?.name;
  if (typeof id !== "string" || !id) return;
  if (eventType === "channelDeleted") {
    const found = await tenantFor(deps, activity);
    await found?.scoped.removeConversationReference(id);
    return;
  }
  if (typeof name === "string" && name.trim())
    await rememberConversation(deps, activity, { id, name: name.trim() });
}

/** Like rememberConversation, but only writes when the reference is new or its serviceUrl moved (per message). */
export async function refreshConversation(deps: ConversationDeps, activity: Activity): Promise<void> {
  const external = tenantOf(activity) ?? (deps.localMode ? LOCAL_TENANT : undefined);
  const conversationId =
    scopeOf(activity) === "channel" ? channelConversationId(activity) : activity.conversation?.id;
  if (!external || !conversationId) return;
  const tenant = await deps.store.findTenant("teams", external);
  if (tenant) {
    const row = await deps.store.forTenant(tenant.id).conversationReference(conversationId);
    const storedLocally = (row?.reference as { origin?: unknown } | undefined)?.origin === "local";
    if (row && row.serviceUrl === activity.serviceUrl && storedLocally === deps.localMode) return;
  }
  await rememberConversation(deps, activity);
}

export async function forgetConversation(deps: ConversationDeps, activity: Activity): Promise<void> {
  const external = tenantOf(activity) ?? (deps.localMode ? LOCAL_TENANT : undefined);
  const conversationId =
    scopeOf(activity) === "channel" ? channelConversationId(activity) : activity.conversation?.id;
  if (!external || !conversationId) return;
  const tenant = await deps.store.findTenant("teams", external);
  if (!tenant) return;
  const removed = await deps.store.forTenant(tenant.id).removeConversationReference(conversationId);
  deps.logger.info({ tenantId: tenant.id, removed }, "teams conversation reference removed");
}

/** installationUpdate: "add"/"add-upgrade" store the reference, "remove" deletes it. */
export async function onInstallationUpdate(deps: ConversationDeps, activity: Activity): Promise<void> {
  const action = activity.action ?? "";
  if (action.startsWith("add")) {
    await rememberConversation(deps, activity);
    await rememberTeamChannels(deps, activity);
  } else if (action === "remove") await forgetConversation(deps, activity);
}

const isBot = (activity: Activity, id?: string) => Boolean(id) && id === activity.recipient?.id;

/** conversationUpdate: the bot itself added or removed (older clients send only this), or the team deleted. */
export async function onConversationUpdate(deps: ConversationDeps, activity: Activity): Promise<void> {
  const eventType = activity.channelData?.eventType;
  if (eventType === "teamDeleted" || eventType === "teamHardDeleted") {
    await forgetConversation(deps, activity);
    return;
  }
  if (eventType === "channelCreated" || eventType === "channelRenamed" || eventType === "channelDeleted") {
    await onChannelEvent(deps, activity, eventType);
    return;
  }
  if (activity.membersRemoved?.some((m) => isBot(activity, m.id))) await forgetConversation(deps, activity);
  else if (activity.membersAdded?.some((m) => isBot(activity, m.id))) {
    await rememberConversation(deps, activity);
    await rememberTeamChannels(deps, activity);
  }
}
