// Platform credentials and addresses: Slack OAuth installations and Teams conversation references.
import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { members, tenants } from "./tenancy.js";

export const slackInstallations = pgTable(
  "slack_installations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** Enterprise id for org-wide installs, team id otherwise. */
    installationKey: text().notNull(),
    teamId: text(),
    enterpriseId: text(),
    botUserId: text(),
    /** The whole Bolt Installation object, tokens included; removed on uninstall. */
    installation: jsonb().$type<Record<string, unknown>>().notNull(),
    installedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("slack_installations_key_uq").on(t.installationKey)],
);

export const teamsConversations = pgTable(
  "teams_conversations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    conversationId: text().notNull(),
    /** personal | channel | groupChat */
    scope: text().notNull(),
    memberId: integer().references(() => members.id, { onDelete: "cascade" }),
    serviceUrl: text().notNull(),
    /** Bot Framework ConversationReference, for proactive messages. */
    reference: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("teams_conversations_tenant_conv_uq").on(t.tenantId, t.conversationId),
    index("teams_conversations_member_idx").on(t.tenantId, t.memberId).where(sql`member_id is not null`),
  ],
);
