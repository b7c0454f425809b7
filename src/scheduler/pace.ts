// Paced delivery: every send first takes a slot from the database's send_slots, so all replicas together
// stay under the platforms' limits instead of running into 429s (RateLimited stays as the fallback).
import type { Clock } from "../clock.js";
import type { Platform, Store } from "../store/index.js";
import { type Deliverer, type DeliveryTarget, forwarded } from "./deliver.js";
import { ledgered } from "./ledger.js";

/**
 * Minimum spacing between two posts, per limit key.
 * - Slack: chat.postMessage "generally allows one message per second per channel" (special tier, short
 *   bursts tolerated but not guaranteed, https://docs.slack.dev/apis/web-api/rate-limits). A little above
 *   1 s: slots are spaced exactly, but a post leaves a little after its slot starts (the slot's round
 *   trip, a busy event loop, the network), and the margin keeps two paced posts from looking like a burst.
 * - Teams: per bot per conversation the tightest sustained window is 1,800 operations per hour (bursts:
 *   7/1 s, 8/2 s, 60/30 s), so 2 s per conversation; and 50 requests per second per app and tenant
 *   (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit). One deployment runs one
 *   bot app, so "per bot" is per tenant here; a second app would need its id in the key.
 */
export const PACE_MS = {
  slackChannel: 1_050,
  teamsConversation: 2_000,
  teamsApp: 20,
} as const;

export interface PaceLimit {
  key: string;
  intervalMs: number;
}

/** The limits one post to `target` counts against; none for platforms without limits (the console). */
export function limitsFor(platform: Platform, target: DeliveryTarget): PaceLimit[] {
  const where = target.channelId ?? `member:${target.memberId ?? "?"}`;
  switch (platform) {
    case "slack":
      return [{ key: `slack:${target.tenantId}:${where}`, intervalMs: PACE_MS.slackChannel }];
    case "teams":
      return [
        { key: `teams:${target.tenantId}`, intervalMs: PACE_MS.teamsApp },
        { key: `teams:${target.tenantId}:${where}`, intervalMs: PACE_MS.teamsConversation },
      ];
    default:
      return [];
  }
}

/**
 * The next free slot is further away than a worker should wait: the worker puts the job back until
 * `until` (not a failure, no attempt lost) and serves other jobs meanwhile.
 */
export class Paced extends Error {
  override name = "Paced";
  constructor(readonly until: Date) {
    super(`paced until ${until.toISOString()}`);
  }
}

export interface PacerOptions {
  slots: Store["slots"];
  clock: Clock;
  /** Waits up to this long in process for a slot; beyond it the job is postponed. Default 10 s. */
  maxWaitMs?: number;
  /** How to wait; tests hand in one that advances their clock. */
  sleep?: (ms: number) => Promise<void>;
  /** Overrides the limits (tests, the benchmark). */
  limits?: (platform: Platform, target: DeliveryTarget) => PaceLimit[];
}

export interface Pacer {
  /** Resolves when a post to `target` may go out now; throws Paced when that is too far away. */
  waitTurn(platform: Platform, target: DeliveryTarget): Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createPacer(options: PacerOptions): Pacer {
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  const sleep = options.sleep ?? realSleep;
  const limits = options.limits ?? limitsFor;
  return {
    async waitTurn(platform, target) {
      let latest = 0;
      for (const limit of limits(platform, target)) {
        const now = options.clock.now();
        const answer = await options.slots.takeSlot(limit.key, now, limit.intervalMs, maxWaitMs);
        if ("busyUntil" in answer) {
          // Come back when a slot within the wait is likely free again; a slot of an earlier key that was
          // taken is lost, which costs that key one interval and never breaks its limit.
          const retry = Math.max(answer.busyUntil.getTime() - maxWaitMs, now.getTime() + limit.intervalMs);
          throw new Paced(new Date(retry));
        }
        latest = Math.max(latest, answer.at.getTime());
      }
      const wait = latest - options.clock.now().getTime();
      if (wait > 0) await sleep(wait);
    },
  };
}

/** A deliverer whose posts wait for their slot; updates of a posted message are not paced. */
export function paced(deliverer: Deliverer, pacer: Pacer): Deliverer {
  return {
    ...forwarded(deliverer),
    async deliver(target, reply) {
      await pacer.waitTurn(deliverer.platform, target);
      return deliverer.deliver(target, reply);
    },
  };
}

/** What every scheduled post goes through in the app: the ledger first (a recorded post needs no slot). */
export function deliveryGuards(
  store: Store,
  clock: Clock,
  pacer: Pacer = createPacer({ slots: store.slots, clock }),
) {
  return (deliverer: Deliverer): Deliverer => ledgered(paced(deliverer, pacer), store, clock);
}
