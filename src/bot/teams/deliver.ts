// The Teams Deliverer: proactive posts and in-place updates through stored conversation references.
import type { Activity, ConversationReference, TurnContext } from "botbuilder";
import type { Reply } from "../../conversation/reply.js";
import { type Delivered, type Deliverer, type DeliveryTarget, RateLimited } from "../../scheduler/deliver.js";
import type { Store } from "../../store/index.js";
import { cardActivity } from "./outbound.js";

export interface DeliverDeps {
  store: Store;
  continueIn(
    reference: Partial<ConversationReference>,
    logic: (ctx: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export class NoConversation extends Error {
  constructor(target: DeliveryTarget) {
    super(
      `no stored Teams conversation for tenant ${target.tenantId} ${target.channelId ? "channel" : `member ${target.memberId ?? "?"}`}`,
    );
  }
}

/** Parses Retry-After (seconds or HTTP date) into milliseconds; 1 s when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: Date): number {
  if (!header) return 1_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? 1_000 : Math.max(0, at - now.getTime());
}

interface RestLikeError {
  statusCode?: number;
  response?: { headers?: { get?(name: string): string | null | undefined } };
}

/**
 * The connector client already waits for Retry-After and retries a few times; when Teams still answers 429
 * we hand the wait to the scheduler instead of blocking.
 */
export async function withRateLimit<T>(now: () => Date, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const e = error as RestLikeError;
    if (e?.statusCode === 429)
      throw new RateLimited(retryAfterMs(e.response?.headers?.get?.("retry-after"), now()));
    throw error;
  }
}

export function createTeamsDeliverer(deps: DeliverDeps, now: () => Date): Deliverer {
  async function referenceFor(target: DeliveryTarget): Promise<Partial<ConversationReference>> {
    const scoped = deps.store.forTenant(target.tenantId);
    const row = target.channelId
      ? await scoped.conversationReference(target.channelId)
      : target.memberId !== undefined
        ? await scoped.personalConversation(target.memberId)
        : undefined;
    if (!row) throw new NoConversation(target);
    return row.reference as Partial<ConversationReference>;
  }

  return {
    platform: "teams",
    async deliver(target, reply: Reply): Promise<Delivered> {
      const reference = await referenceFor(target);
      let id: string | undefined;
      await withRateLimit(now, () =>
        deps.continueIn(reference, async (ctx) => {
          id = (await ctx.sendActivity(cardActivity(reply)))?.id;
        }),
      );
      if (!id) throw new Error("Teams returned no activity id for a proactive message");
      return { messageRef: id };
    },
    async update(target, messageRef, reply): Promise<void> {
      const reference = await referenceFor(target);
      await withRateLimit(now, () =>
        deps.continueIn(reference, async (ctx) => {
          await ctx.updateActivity({ ...(cardActivity(reply) as Partial<Activity>), id: messageRef });
        }),
      );
    },
  };
}
