// The district's cooperations with their partners' names, loaded once for the digest's highlights and blind spots.
import type { Cooperation, TenantStore } from "../../store/index.js";

export interface NamedCooperations {
  cooperations: Cooperation[];
  /** The partner's name, "?" for one that is gone. */
  partner(id: number): string;
}

export async function loadCooperations(
  store: Pick<TenantStore, "listCooperations" | "partnerNames">,
  districtId: number,
): Promise<NamedCooperations> {
  const cooperations = await store.listCooperations({ districtId });
  // Only the partners these cooperations name: the tenant's whole register can run to thousands.
  const names = await store.partnerNames(cooperations.map((c) => c.partnerId));
  return { cooperations, partner: (id) => names.get(id) ?? "?" };
}
