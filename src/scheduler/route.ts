// Through which platform's deliverer a job's message goes (per target when a tenant spans two platforms).
import type { Reply } from "../conversation/reply.js";
import type { Platform, TenantStore } from "../store/index.js";
import type { Deliverer, DeliveryRouter, DeliveryTarget } from "./deliver.js";

export class NoDeliverer extends Error {
  override name = "NoDeliverer";
}

/**
 * The platform of one target in a linked tenant: a member's is recorded on the member; a channel is a
 * Teams channel when a Teams conversation reference is stored for it (Teams cannot post without one),
 * otherwise it belongs to the tenant's other platform.
 */
async function platformOfTarget(
  tenant: TenantStore,
  platforms: Platform[],
  own: Platform,
  target: DeliveryTarget,
): Promise<Platform> {
  if (target.memberId !== undefined && !target.channelId) {
    return (await tenant.findMember(target.memberId))?.platform ?? own;
  }
  if (!target.channelId) return own;
  if (platforms.includes("teams") && (await tenant.conversationReference(target.channelId))) return "teams";
  return platforms.find((p) => p !== "teams") ?? own;
}

export async function delivererOf(tenant: TenantStore, delivery: DeliveryRouter): Promise<Deliverer> {
  const { platform } = await tenant.tenant();
  const links = await tenant.linkedPlatforms();
  const pick = (p: Platform): Deliverer => {
    const deliverer = delivery.for(p);
    if (!deliverer) throw new NoDeliverer(`no deliverer for ${p}`);
    return deliverer;
  };
  if (links.length === 0) return pick(platform);
  // A tenant on two platforms: each delivery goes through the deliverer of its target's platform.
  const platforms = [platform, ...links.map((l) => l.platform)];
  const route = async (target: DeliveryTarget) =>
    pick(await platformOfTarget(tenant, platforms, platform, target));
  return {
    platform,
    deliver: async (target: DeliveryTarget, reply: Reply) => (await route(target)).deliver(target, reply),
    update: async (target: DeliveryTarget, messageRef: string, reply: Reply) =>
      (await route(target)).update(target, messageRef, reply),
  };
}
