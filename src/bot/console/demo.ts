// The console's demo tenant and member; a demo district is created only here, so a first try works at once.
import type { Caller, Where } from "../../conversation/input.js";
import type { Store } from "../../store/index.js";

export const DEMO_TENANT = "demo";
export const DEMO_TENANT_NAME = "Demo-Team";
export const DEMO_DISTRICT = "Demo-Sozialraum";
export const CONSOLE_CHANNEL = "konsole";

export function demoCaller(name: string): Caller {
  return {
    platform: "console",
    tenantExternalId: DEMO_TENANT,
    tenantName: DEMO_TENANT_NAME,
    userId: name.trim().toLowerCase(),
    displayName: name.trim(),
  };
}

export const consoleWhere: Where = { channelId: CONSOLE_CHANNEL, isDirect: false };

/** Creates the demo district (mapped to the console channel) if the demo tenant has none; returns its name if created. */
export async function ensureDemoDistrict(store: Store): Promise<string | undefined> {
  const tenant = await store.ensureTenant("console", DEMO_TENANT, DEMO_TENANT_NAME);
  const scoped = store.forTenant(tenant.id);
  if ((await scoped.listDistricts()).length > 0) return undefined;
  await scoped.createDistrict(DEMO_DISTRICT, CONSOLE_CHANNEL);
  return DEMO_DISTRICT;
}
