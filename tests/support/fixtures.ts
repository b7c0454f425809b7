// Small builders for a tenant with a member and a district, used across test files.
import type { Platform, Store, TenantStore } from "../../src/store/index.js";

export async function seedTenant(store: Store, externalId = "T1", platform: Platform = "console") {
  const tenant = await store.ensureTenant(platform, externalId, `Team ${externalId}`);
  const scoped = store.forTenant(tenant.id);
  const admin = await scoped.ensureMember(`${externalId}-admin`, "Admin");
  const member = await scoped.ensureMember(`${externalId}-member`, "Fachkraft");
  const district = await scoped.createDistrict("Nordstadt");
  return { tenant, store: scoped, admin, member, district };
}

/**
 * Per-person figures on, the way the product allows it: one admin asks, a works-council member approves.
 * For tests whose subject is what is shown while they are on, not the dual control itself.
 */
export async function switchOnPerPersonFigures(store: TenantStore, at = new Date()): Promise<void> {
  const members = await store.listMembers();
  const admin = members.find((m) => m.role === "admin");
  if (!admin) throw new Error("the tenant needs an admin");
  const council = await store.ensureMember(`works-council-${store.tenantId}`, "Betriebsrat");
  await store.setMemberRole(council.id, "betriebsrat");
  const windowStart = new Date(at.getTime() - 7 * 86_400_000);
  if (!(await store.requestPerPersonFigures(admin.id, at, windowStart))) throw new Error("request refused");
  if (!(await store.approvePerPersonFigures(council.id, at, windowStart)))
    throw new Error("approval refused");
}

/** The store of the tenant a platform knows by `externalId` (a Slack team, a Teams tenant); throws if none. */
export async function tenantStoreOf(
  store: Store,
  platform: Platform,
  externalId: string,
): Promise<TenantStore> {
  const tenant = await store.findTenant(platform, externalId);
  if (!tenant) throw new Error(`no ${platform} tenant ${externalId}`);
  return store.forTenant(tenant.id);
}
