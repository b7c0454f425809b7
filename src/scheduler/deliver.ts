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
  /**
   * Whether a post for `target.idempotencyKey` already reached the platform since `since` (a retry after
   * an unknown outcome, see ledger.ts). Only adapters whose platform can answer it implement it.
   */
  findPosted?(target: DeliveryTarget, since: Date): Promise<Delivered | undefined>;
}

/**
 * A deliverer's methods bound to it, for a wrapper to replace one of them (adapters may be class
 * instances, whose methods a spread would lose).
 */
export function forwarded(deliverer: Deliverer): Deliverer {
  const { findPosted } = deliverer;
  return {
    platform: deliverer.platform,
    deliver: (target, reply) => deliverer.deliver(target, reply),
    update: (target, messageRef, reply) => deliverer.update(target, messageRef, reply),
    ...(findPosted ? { findPosted: findPosted.bind(deliverer) } : {}),
  };
}

/**
 * Routes each delivery to the adapter of the tenant's platform. `wrap` puts what every post goes through
 * around each adapter: in the app, the delivery ledger (ledger.ts) and the shared pacing (pace.ts).
 */
export class DeliveryRouter {
  private readonly byPlatform = new Map<Platform, Deliverer>();

  constructor(private readonly wrap: (deliverer: Deliverer) => Deliverer = (d) => d) {}

  register(deliverer: Deliverer): void {
    this.byPlatform.set(deliverer.platform, this.wrap(deliverer));
  }

  for(platform: Platform): Deliverer | undefined {
    return this.byPlatform.get(platform);
  }
}
