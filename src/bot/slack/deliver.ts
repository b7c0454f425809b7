// The scheduler's way into Slack: post or update a message in a channel or a member's DM; 429 becomes RateLimited.
import { webApi } from "@slack/bolt";
import type { Reply } from "../../conversation/reply.js";
import type { Logger } from "../../log.js";
import { type Delivered, type Deliverer, type DeliveryTarget, RateLimited } from "../../scheduler/deliver.js";
import type { Store } from "../../store/index.js";
import { uploadImages } from "./images.js";
import { dmChannel } from "./present.js";
import { fileComment, renderMessage } from "./render.js";

export interface SlackDelivererDeps {
  store: Store;
  /** Bot token for a tenant key (team or enterprise id), or undefined when not installed. */
  tokenFor(installationKey: string): Promise<string | undefined>;
  slackApiUrl?: string;
  logger: Logger;
}

/** The metadata event type of scheduled posts (carries the job's idempotency key). */
const DELIVERY_EVENT = "sra_delivery";

/** "C123:1700000000.000100" -> channel and ts. */
export function parseMessageRef(ref: string): { channel: string; ts: string } {
  const i = ref.indexOf(":");
  if (i <= 0) throw new Error("malformed Slack message reference");
  return { channel: ref.slice(0, i), ts: ref.slice(i + 1) };
}

function isRateLimited(error: unknown): error is { retryAfter: number } {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: string }).code === webApi.ErrorCode.RateLimitedError
  );
}

/** The message part of a reply; forms cannot be delivered unasked, so only messages and files go out. */
function messageOf(reply: Reply): Extract<Reply, { kind: "message" }> | undefined {
  if (reply.kind === "message") return reply;
  if (reply.kind === "closeForm" && reply.then) return messageOf(reply.then);
  return undefined;
}

export function createSlackDeliverer(deps: SlackDelivererDeps): Deliverer {
  const clients = new Map<string, webApi.WebClient>();

  function clientFor(token: string): webApi.WebClient {
    let client = clients.get(token);
    if (!client) {
      // The scheduler owns retries: a 429 is handed back as RateLimited instead of waiting here.
      client = new webApi.WebClient(token, {
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 0 },
        ...(deps.slackApiUrl ? { slackApiUrl: deps.slackApiUrl } : {}),
      });
      clients.set(token, client);
    }
    return client;
  }

  async function resolve(target: DeliveryTarget): Promise<{ client: webApi.WebClient; channel: string }> {
    const scoped = deps.store.forTenant(target.tenantId);
    // A tenant linked to Teams may have its own id on Teams: use its Slack workspace id.
    const slackId = await scoped.externalIdFor("slack");
    const token = slackId === undefined ? undefined : await deps.tokenFor(slackId);
    if (!token) throw new Error(`no Slack installation for tenant ${target.tenantId}`);
    const client = clientFor(token);
    if (target.channelId) return { client, channel: target.channelId };
    if (target.memberId === undefined) throw new Error("delivery target without channel or member");
    const member = await scoped.findMember(target.memberId);
    if (!member) throw new Error(`member ${target.memberId} not found in tenant ${target.tenantId}`);
    return { client, channel: await dmChannel(client, member.platformUserId) };
  }

  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isRateLimited(error)) throw new RateLimited(Math.max(1, error.retryAfter) * 1000);
      throw error;
    }
  }

  return {
    platform: "slack",

    deliver: (target, reply) =>
      guarded(async (): Promise<Delivered> => {
        const { client, channel } = await resolve(target);
        if (reply.kind === "file") {
          await client.filesUploadV2({
            channel_id: channel,
            file: Buffer.from(reply.content),
            filename: reply.filename,
            title: reply.filename,
            initial_comment: fileComment(reply.comment),
          });
          return { messageRef: `${channel}:` };
        }
        const msg = messageOf(reply);
        if (!msg) throw new Error(`a ${reply.kind} reply cannot be delivered unasked`);
        const posted = await client.chat.postMessage({
          channel,
          ...renderMessage(msg.elements),
          // chat.postMessage has no idempotency key; the job's key in the metadata lets a retry find
          // the post (findPosted) when the process died between posting and recording it.
          ...(target.idempotencyKey
            ? { metadata: { event_type: DELIVERY_EVENT, event_payload: { key: target.idempotencyKey } } }
            : {}),
        });
        if (!posted.ts) throw new Error("chat.postMessage returned no ts");
        const postedIn = posted.channel ?? channel;
        // Charts (e.g. the digest's) follow in the message's thread.
        await uploadImages(client, postedIn, msg.elements, posted.ts);
        return { messageRef: `${postedIn}:${posted.ts}` };
      }),

    findPosted: (target, since) =>
      guarded(async (): Promise<Delivered | undefined> => {
        if (!target.idempotencyKey) return undefined;
        const { client, channel } = await resolve(target);
        // Only on a retry whose earlier post has an unknown outcome: rare, so the Tier 3 cost is fine.
        const history = await client.conversations.history({
          channel,
          oldest: String(Math.floor(since.getTime() / 1000) - 1),
          include_all_metadata: true,
          limit: 100,
        });
        const found = history.messages?.find(
          (m) =>
            m.metadata?.event_type === DELIVERY_EVENT &&
            (m.metadata.event_payload as { key?: unknown } | undefined)?.key === target.idempotencyKey,
        );
        return found?.ts ? { messageRef: `${channel}:${found.ts}` } : undefined;
      }),

    update: (target, messageRef, reply) =>
      guarded(async () => {
        const msg = messageOf(reply);
        if (!msg) throw new Error(`a ${reply.kind} reply cannot replace a message`);
        const { client } = await resolve({ ...target, channelId: parseMessageRef(messageRef).channel });
        const { channel, ts } = parseMessageRef(messageRef);
        await client.chat.update({ channel, ts, ...renderMessage(msg.elements) });
        deps.logger.debug({ tenantId: target.tenantId }, "slack message updated");
      }),
  };
}
