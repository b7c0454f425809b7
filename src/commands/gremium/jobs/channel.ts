// Where a committee's messages go: its own channel, else its district's channel.
import type { Committee, TenantStore } from "../../../store/index.js";

/** The committee's own channel, else its district's channel, else none (then members get direct messages). */
export async function channelOf(tenant: TenantStore, committee: Committee): Promise<string | undefined> {
  if (committee.channelId) return committee.channelId;
  return (await tenant.findDistrict(committee.districtId))?.channelId ?? undefined;
}
