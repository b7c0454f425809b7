// Exactly-once for posts: a ledger row is written before each post and completed after it, so a retried
// job does not post twice. It closes the gap a lease cannot: the post went out, but the process died (or
// the answer was lost) before the job was recorded as done.
//
// - Ledger row with a message reference: the post happened and was recorded; the retry reuses it.
// - Ledger row without one: the outcome is unknown. The adapter is asked whether the platform has the
//   post (`findPosted`; Slack: the key in message metadata, looked up in conversations.history since the
//   row was written). Platforms without such a lookup (Teams: the Bot Framework has no idempotency key
//   and no search for proactive sends) post again: at least once, for that narrow window only.
import type { Clock } from "../clock.js";
import type { Store } from "../store/index.js";
import { type Deliverer, type DeliveryTarget, forwarded } from "./deliver.js";

/** One ledger key per job and target: a job may post to several members (e.g. per-person digests). */
export function ledgerKey(target: DeliveryTarget): string | undefined {
  if (!target.idempotencyKey) return undefined;
  const where = target.channelId ? `c:${target.channelId}` : `m:${target.memberId ?? "?"}`;
  return `${target.idempotencyKey}|${where}`;
}

export function ledgered(deliverer: Deliverer, store: Store, clock: Clock): Deliverer {
  return {
    ...forwarded(deliverer),
    async deliver(target, reply) {
      const key = ledgerKey(target);
      if (!key) return deliverer.deliver(target, reply);
      const tenant = store.forTenant(target.tenantId);
      const earlier = await tenant.beginDelivery(key, clock.now());
      if (earlier?.messageRef) return { messageRef: earlier.messageRef };
      if (earlier && deliverer.findPosted) {
        const found = await deliverer.findPosted(target, earlier.startedAt);
        if (found) {
          await tenant.finishDelivery(key, found.messageRef);
          return found;
        }
      }
      const sent = await deliverer.deliver(target, reply);
      await tenant.finishDelivery(key, sent.messageRef);
      return sent;
    },
  };
}
