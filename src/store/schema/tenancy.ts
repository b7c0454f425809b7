// Who uses the assistant: tenants (a Slack workspace/enterprise or a Teams tenant), their members and districts.
import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { memberRoleEnum, platformEnum } from "./enums.js";

export const tenants = pgTable(
  "tenants",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    platform: platformEnum().notNull(),
    externalId: text().notNull(),
    name: text().notNull().default(""),
    timezone: text().notNull().default("Europe/Berlin"),
    /** German federal state code (e.g. BW) for public holidays. */
    federalState: text().notNull().default("BW"),
    /** Per-person figures need the works council's consent; off unless an admin enables it. */
    perPersonFigures: boolean().notNull().default(false),
    /** Since when they are on (for the digest banner); null while off. */
    perPersonSince: timestamp({ withTimezone: true }),
    /**
     * An open request to switch them on (dual control): who asked and when. A second person (works
     * council or another admin) must approve within 7 days; a plain id, as members reference tenants.
     */
    perPersonRequestedBy: integer(),
    perPersonRequestedAt: timestamp({ withTimezone: true }),
    retentionMonths: integer().notNull().default(36),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("tenants_platform_external_uq").on(t.platform, t.externalId)],
);

export const members = pgTable(
  "members",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    platformUserId: text().notNull(),
    /** The platform the user id comes from; null means the tenant's own platform (set since tenants can be linked). */
    platform: platformEnum(),
    displayName: text().notNull().default(""),
    role: memberRoleEnum().notNull().default("member"),
    timezone: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("members_tenant_user_uq").on(t.tenantId, t.platformUserId)],
);

export const districts = pgTable(
  "districts",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** Channel (Slack channel id / Teams conversation id) that belongs to this district. */
    channelId: text(),
    /** Sozialraumbudget: the yearly target of case-independent hours (Fachleistungsstunden); null when none is set. */
    budgetHours: integer(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("districts_tenant_name_uq").on(t.tenantId, sql`lower(${t.name})`),
    index("districts_tenant_channel_idx").on(t.tenantId, t.channelId),
  ],
);

/**
 * A second platform's workspace/tenant id that resolves to an existing tenant (one team on Slack and Teams).
 * Looked up before `tenants` by platform and external id; created only by `sozialraum verbinden <Code>`.
 */
export const tenantLinks = pgTable(
  "tenant_links",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    platform: platformEnum().notNull(),
    externalId: text().notNull(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    linkedBy: integer().references(() => members.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tenant_links_platform_external_uq").on(t.platform, t.externalId),
    index("tenant_links_tenant_idx").on(t.tenantId),
  ],
);

/** One-time link codes: only a SHA-256 hash is stored; valid until `expiresAt`, spent on first use. */
export const tenantLinkCodes = pgTable(
  "tenant_link_codes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    createdBy: integer().references(() => members.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("tenant_link_codes_hash_uq").on(t.codeHash)],
);
