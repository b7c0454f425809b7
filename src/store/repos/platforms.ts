// Platform addresses: Slack installations (looked up by workspace before any tenant is known) and Teams references.
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { slackInstallations, teamsConversations } from "../schema/index.js";
import { isSealed, type SecretBox, SecretError } from "../secrets.js";

export type TeamsConversation = typeof teamsConversations.$inferSelect;

/**
 * Bolt asks for installations by workspace or enterprise id; the key is that id. The installation (tokens
 * included) is sealed with `secrets`, bound to its key. A row from before encryption (clear jsonb) is read as
 * it is and sealed in place on that read, so an upgrade needs no migration step; storing needs the box.
 */
export function slackInstallationStore(db: Db, secrets?: SecretBox) {
  const context = (installationKey: string) => `slack_installations:${installationKey}`;
  const seal = (installationKey: string, installation: Record<string, unknown>) => {
    if (!secrets) throw new SecretError("SECRET_KEY is required to store Slack installations");
    return { ...secrets.seal(JSON.stringify(installation), context(installationKey)) };
  };
  return {
    async saveSlackInstallation(input: {
      tenantId: number;
      installationKey: string;
      teamId: string | null;
      enterpriseId: string | null;
      botUserId: string | null;
      installation: Record<string, unknown>;
    }): Promise<void> {
      const installation = seal(input.installationKey, input.installation);
      await db
        .insert(slackInstallations)
        .values({ ...input, installation })
        .onConflictDoUpdate({
          target: slackInstallations.installationKey,
          set: {
            tenantId: input.tenantId,
            teamId: input.teamId,
            enterpriseId: input.enterpriseId,
            botUserId: input.botUserId,
            installation,
            installedAt: sql`now()`,
          },
        });
    },

    /** The installation, opened; throws SecretError when it does not open with this key (nothing is returned). */
    async fetchSlackInstallation(installationKey: string): Promise<Record<string, unknown> | undefined> {
      const [row] = await db
        .select({ installation: slackInstallations.installation })
        .from(slackInstallations)
        .where(eq(slackInstallations.installationKey, installationKey));
      if (!row) return undefined;
      const stored = row.installation;
      if (isSealed(stored)) {
        if (!secrets) throw new SecretError("SECRET_KEY is required to read Slack installations");
        return JSON.parse(secrets.open(stored, context(installationKey))) as Record<string, unknown>;
      }
      if (secrets) {
        // Written before encryption: seal it now, unless another process sealed or replaced it meanwhile.
        await db
          .update(slackInstallations)
          .set({ installation: seal(installationKey, stored) })
          .where(
            and(
              eq(slackInstallations.installationKey, installationKey),
              sql`${slackInstallations.installation} = ${JSON.stringify(stored)}::jsonb`,
            ),
          );
      }
      return stored;
    },

    async deleteSlackInstallation(installationKey: string): Promise<boolean> {
      const rows = await db
        .delete(slackInstallations)
        .where(eq(slackInstallations.installationKey, installationKey))
        .returning({ id: slackInstallations.id });
      return rows.length > 0;
    },
  };
}

export function teamsConversationRepository(db: Db, tenantId: number) {
  const scope = eq(teamsConversations.tenantId, tenantId);
  return {
    async saveConversationReference(input: {
      conversationId: string;
      scope: string;
      memberId: number | null;
      serviceUrl: string;
      reference: Record<string, unknown>;
      /** Kept when not given: a message in a channel knows its id, not its name. */
      name?: string;
    }): Promise<void> {
      await db
        .insert(teamsConversations)
        .values({ tenantId, ...input })
        .onConflictDoUpdate({
          target: [teamsConversations.tenantId, teamsConversations.conversationId],
          set: { ...input, updatedAt: sql`now()` },
        });
    },

    async conversationReference(conversationId: string): Promise<TeamsConversation | undefined> {
      const [row] = await db
        .select()
        .from(teamsConversations)
        .where(and(scope, eq(teamsConversations.conversationId, conversationId)));
      return row;
    },

    /** The team channels the bot knows by name, A–Z: what a form offers instead of a raw channel id. */
    async namedChannels(): Promise<{ id: string; name: string }[]> {
      const rows = await db
        .select({ id: teamsConversations.conversationId, name: teamsConversations.name })
        .from(teamsConversations)
        .where(and(scope, eq(teamsConversations.scope, "channel"), isNotNull(teamsConversations.name)))
        .orderBy(asc(teamsConversations.name));
      return rows.map((r) => ({ id: r.id, name: r.name ?? "" }));
    },

    async personalConversation(memberId: number): Promise<TeamsConversation | undefined> {
      const [row] = await db
        .select()
        .from(teamsConversations)
        .where(
          and(scope, eq(teamsConversations.memberId, memberId), eq(teamsConversations.scope, "personal")),
        );
      return row;
    },

    async removeConversationReference(conversationId: string): Promise<boolean> {
      const rows = await db
        .delete(teamsConversations)
        .where(and(scope, eq(teamsConversations.conversationId, conversationId)))
        .returning({ id: teamsConversations.id });
      return rows.length > 0;
    },

    async removeAllConversationReferences(): Promise<number> {
      const rows = await db.delete(teamsConversations).where(scope).returning({ id: teamsConversations.id });
      return rows.length;
    },
  };
}
