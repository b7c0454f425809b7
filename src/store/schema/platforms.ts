// Platform credentials and addresses: Slack OAuth installations, Teams conversation references, seen requests.
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
    /**
     * The whole Bolt Installation object, sealed with SECRET_KEY (AES-256-GCM, see src/store/secrets.ts);
     * rows written before encryption hold it in clear and are sealed on their next read. Removed on uninstall.
     */
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
    /** A channel's name as Teams shows it (from the team's channel list and rename events), for choices by name. */
    name: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("teams_conversations_tenant_conv_uq").on(t.tenantId, t.conversationId),
    index("teams_conversations_member_idx").on(t.tenantId, t.memberId).where(sql`member_id is not null`),
  ],
);

/**
 * Keys of platform requests seen recently (a Slack signature, an OAuth state), shared by every process on
 * the database, so a replay to another instance or after a restart is recognised. Platform bookkeeping, not
 * tenant data: it is checked before any tenant is known (the signature is verified before the body is read
 * as a team's), holds no personal data (hashes and signatures only) and is gone minutes later.
 */
export const seenRequests = pgTable(
  "seen_requests",
  {
    key: text().primaryKey(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("seen_requests_expires_idx").on(t.expiresAt)],
);
