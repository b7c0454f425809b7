// The parts of a Bot Framework activity the adapter reads. Inbound JSON is untrusted: every field is optional.
export interface ChannelAccountLike {
  id?: string;
  name?: string;
  aadObjectId?: string;
}

export interface TeamsActivity {
  type?: string;
  id?: string;
  name?: string;
  action?: string;
  channelId?: string;
  serviceUrl?: string;
  text?: string;
  value?: unknown;
  replyToId?: string;
  locale?: string;
  from?: ChannelAccountLike;
  recipient?: ChannelAccountLike;
  conversation?: {
    id?: string;
    conversationType?: string;
    tenantId?: string;
    isGroup?: boolean;
    name?: string;
  };
  channelData?: {
    tenant?: { id?: unknown };
    channel?: { id?: unknown; name?: unknown };
    team?: { id?: unknown };
    eventType?: string;
  };
  /** Files and cards sent with a message (see attachments.ts). */
  attachments?: { contentType?: unknown; contentUrl?: unknown; name?: unknown; content?: unknown }[];
  membersAdded?: ChannelAccountLike[];
  membersRemoved?: ChannelAccountLike[];
}

/** What we store to reach a conversation later: the shape Bot Framework calls a conversation reference. */
export interface StoredReference {
  serviceUrl: string;
  channelId?: string;
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  bot?: ChannelAccountLike;
  user?: ChannelAccountLike;
  activityId?: string;
  locale?: string;
  /** "local": stored in local mode, from an unauthenticated request; never used with credentials. */
  origin?: "local";
}

/** The reference of an activity's conversation (what botbuilder's getConversationReference built). */
export function referenceOf(activity: TeamsActivity, conversationId: string): StoredReference | undefined {
  if (!activity.serviceUrl) return undefined;
  const c = activity.conversation ?? {};
  return {
    serviceUrl: activity.serviceUrl,
    ...(activity.channelId ? { channelId: activity.channelId } : {}),
    conversation: {
      id: conversationId,
      ...(c.conversationType ? { conversationType: c.conversationType } : {}),
      ...(c.tenantId ? { tenantId: c.tenantId } : {}),
      ...(c.isGroup !== undefined ? { isGroup: c.isGroup } : {}),
    },
    ...(activity.recipient ? { bot: activity.recipient } : {}),
    ...(activity.from ? { user: activity.from } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
  };
}
