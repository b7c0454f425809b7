// Small builders for a tenant with a member and a district, used across test files.
import type { Platform, Store } from "../../src/store/index.js";

export async function seedTenant(store: Store, externalId = "T1", platform: Platform = "console") {
  const tenant = await store.ensureTenant(platform, externalId, `Team ${externalId}`);
  const scoped = store.forTenant(tenant.id);
  const admin = await scoped.ensureMember(`${externalId}-admin`, "Admin");
  const member = await scoped.ensureMember(`${externalId}-member`, "Fachkraft");
  const district = await scoped.createDistrict("Nordstadt");
  return { tenant, store: scoped, admin, member, district };
}
