// The one way the scheduler reaches people: a platform-neutral delivery, implemented by each adapter.
import type { Reply } from "../conversation/reply.js";
import type { Platform } from "../store/index.js";

export interface DeliveryTarget {
  tenantId: number;
  /** A channel / conversation id, or a member to reach in their direct chat. */
  channelId?: string;
  memberId?: number;
  /**
   * The job's idempotency key (one per reminder and occurrence). Optional; an adapter that can
   * de-duplicate on the platform (e.g. message metadata) may use it to drop a repeated send.
   */
  idempotencyKey?: string;
}

export interface Delivered {
  /** Platform reference of the posted message, to update it in place later (attendance). */
  messageRef: string;
}

/** Thrown by an adapter when the platform answered 429; the scheduler retries after `retryAfterMs`. */
export class RateLimited extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`rate limited, retry after ${retryAfterMs} ms`);
  }
}

export interface Deliverer {
  platform: Platform;
  deliver(target: DeliveryTarget, reply: Reply): Promise<Delivered>;
  update(target: DeliveryTarget, messageRef: string, reply: Reply): Promise<void>;
}

/** Routes each delivery to the adapter of the tenant's platform. */
export class DeliveryRouter {
  private readonly byPlatform = new Map<Platform, Deliverer>();

  register(deliverer: Deliverer): void {
    this.byPlatform.set(deliverer.platform, deliverer);
  }

  for(platform: Platform): Deliverer | undefined {
    return this.byPlatform.get(platform);
  }
}
