// Platform addresses: Slack installations (looked up by workspace before any tenant is known) and Teams references.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { slackInstallations, teamsConversations } from "../schema/index.js";

export type TeamsConversation = typeof teamsConversations.$inferSelect;

/** Bolt asks for installations by workspace or enterprise id; the key is that id. */
export function slackInstallationStore(db: Db) {
  return {
    async saveSlackInstallation(input: {
      tenantId: number;
      installationKey: string;
      teamId: string | null;
      enterpriseId: string | null;
      botUserId: string | null;
      installation: Record<string, unknown>;
    }): Promise<void> {
      await db
        .insert(slackInstallations)
        .values(input)
        .onConflictDoUpdate({
          target: slackInstallations.installationKey,
          set: {
            tenantId: input.tenantId,
            teamId: input.teamId,
            enterpriseId: input.enterpriseId,
            botUserId: input.botUserId,
            installation: input.installation,
            installedAt: sql`now()`,
          },
        });
    },

    async fetchSlackInstallation(installationKey: string): Promise<Record<string, unknown> | undefined> {
      const [row] = await db
        .select({ installation: slackInstallations.installation })
        .from(slackInstallations)
        .where(eq(slackInstallations.installationKey, installationKey));
      return row?.installation;
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
