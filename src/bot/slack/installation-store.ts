// Bolt's InstallationStore on our database (store.slackInstallations), with a small in-process cache.
import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import type { Store } from "../../store/index.js";

type AnyInstallation = Installation<"v1" | "v2", boolean>;

/** The key is the enterprise id for org-wide installs, the workspace id otherwise (= our tenant key). */
export function installationKeyOf(query: {
  isEnterpriseInstall?: boolean;
  teamId?: string;
  enterpriseId?: string;
}): string | undefined {
  if (query.isEnterpriseInstall && query.enterpriseId) return query.enterpriseId;
  return query.teamId ?? query.enterpriseId;
}

export interface SlackInstallationStore extends InstallationStore {
  /** The bot token of a tenant key, or undefined when the app is not installed there. */
  botToken(installationKey: string): Promise<string | undefined>;
  deleteInstallation(query: InstallationQuery<boolean>): Promise<void>;
}

export function createInstallationStore(store: Store): SlackInstallationStore {
  // Authorisation runs before every listener; the cache keeps the database out of the ack path once warm.
  const cache = new Map<string, AnyInstallation>();

  async function load(key: string): Promise<AnyInstallation | undefined> {
    const cached = cache.get(key);
    if (cached) return cached;
    const row = (await store.slackInstallations.fetchSlackInstallation(key)) as AnyInstallation | undefined;
    if (row) cache.set(key, row);
    return row;
  }

  return {
    async storeInstallation(installation) {
      const isEnterpriseInstall = Boolean(installation.isEnterpriseInstall);
      const teamId = installation.team?.id;
      const enterpriseId = installation.enterprise?.id;
      const key = installationKeyOf({ isEnterpriseInstall, teamId, enterpriseId });
      if (!key) throw new Error("installation without team or enterprise id");
      const name = (isEnterpriseInstall ? installation.enterprise?.name : installation.team?.name) ?? "";
      const tenant = await store.ensureTenant("slack", key, name);
      await store.slackInstallations.saveSlackInstallation({
        tenantId: tenant.id,
        installationKey: key,
        teamId: teamId ?? null,
        enterpriseId: enterpriseId ?? null,
        botUserId: installation.bot?.userId ?? null,
        installation: installation as unknown as Record<string, unknown>,
      });
      cache.set(key, installation as AnyInstallation);
    },

    async fetchInstallation(query) {
      const key = installationKeyOf(query);
      const found = key ? await load(key) : undefined;
      if (!found) throw new Error("no Slack installation for this workspace");
      return found;
    },

    async deleteInstallation(query) {
      const key = installationKeyOf(query);
      if (!key) return;
      cache.delete(key);
      await store.slackInstallations.deleteSlackInstallation(key);
    },

    async botToken(installationKey) {
      return (await load(installationKey))?.bot?.token;
    },
  };
}
