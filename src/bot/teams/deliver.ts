// The Teams Deliverer: proactive posts and in-place updates through stored conversation references.
import type { Reply } from "../../conversation/reply.js";
import { type Delivered, type Deliverer, type DeliveryTarget, RateLimited } from "../../scheduler/deliver.js";
import type { Store } from "../../store/index.js";
import type { StoredReference } from "./activity.js";
import { cardActivity } from "./outbound.js";
import { rateLimitOf, retryAfterMs, type TeamsSdk } from "./sdk.js";

export interface DeliverDeps {
  store: Store;
  sdk: Pick<TeamsSdk, "send" | "update">;
}

export class NoConversation extends Error {
  constructor(target: DeliveryTarget) {
    super(
      `no stored Teams conversation for tenant ${target.tenantId} ${target.channelId ? "channel" : `member ${target.memberId ?? "?"}`}`,
    );
  }
}

/**
 * Short waits the connector asks for are waited out by the SDK client (see sdk.ts); when Teams still
 * answers 429 we hand the wait to the scheduler instead of blocking.
 */
export async function withRateLimit<T>(now: () => Date, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const limited = rateLimitOf(error);
    if (limited) throw new RateLimited(retryAfterMs(limited.retryAfter, now()));
    throw error;
  }
}

export function createTeamsDeliverer(deps: DeliverDeps, now: () => Date): Deliverer {
  async function referenceFor(target: DeliveryTarget): Promise<StoredReference> {
    const scoped = deps.store.forTenant(target.tenantId);
    const row = target.channelId
      ? await scoped.conversationReference(target.channelId)
      : target.memberId !== undefined
        ? await scoped.personalConversation(target.memberId)
        : undefined;
    if (!row) throw new NoConversation(target);
    return row.reference as unknown as StoredReference;
  }

  return {
    platform: "teams",
    async deliver(target, reply: Reply): Promise<Delivered> {
      const reference = await referenceFor(target);
      const sent = await withRateLimit(now, () => deps.sdk.send(reference, cardActivity(reply)));
      if (!sent.id) throw new Error("Teams returned no activity id for a proactive message");
      return { messageRef: sent.id };
    },
    async update(target, messageRef, reply): Promise<void> {
      const reference = await referenceFor(target);
      await withRateLimit(now, () => deps.sdk.update(reference, messageRef, cardActivity(reply)));
    },
  };
}
