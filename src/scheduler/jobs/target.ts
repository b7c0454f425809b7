// Where a committee's messages go and through which platform's deliverer.
import type { Committee, TenantStore } from "../../store/index.js";
import type { Deliverer, DeliveryRouter } from "../deliver.js";

export class NoDeliverer extends Error {
  override name = "NoDeliverer";
}

/** The committee's own channel, else its district's channel, else none (then members get direct messages). */
export async function channelOf(tenant: TenantStore, committee: Committee): Promise<string | undefined> {
  if (committee.channelId) return committee.channelId;
  return (await tenant.findDistrict(committee.districtId))?.channelId ?? undefined;
}

export async function delivererOf(tenant: TenantStore, delivery: DeliveryRouter): Promise<Deliverer> {
  const { platform } = await tenant.tenant();
  const deliverer = delivery.for(platform);
  if (!deliverer) throw new NoDeliverer(`no deliverer for ${platform}`);
  return deliverer;
}
