// The work itself: partners (institutions and groups) and activities with their partner links.
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { activityRoleEnum, focusEnum, goalEnum, levelEnum, partnerTypeEnum } from "./enums.js";
import { offers } from "./loop.js";
import { districts, members, tenants } from "./tenancy.js";

export const partners = pgTable(
  "partners",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    type: partnerTypeEnum().notNull().default("other"),
    districtId: integer().references(() => districts.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Archived partners are no longer suggested; activities and cooperations that name them keep them. */
    archivedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("partners_tenant_name_uq").on(t.tenantId, sql`lower(${t.name})`)],
);

export const activities = pgTable(
  "activities",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    districtId: integer()
      .notNull()
      .references(() => districts.id),
    authorId: integer()
      .notNull()
      .references(() => members.id),
    /** Calendar day in the tenant's time zone; a day, not an instant. */
    occurredOn: date({ mode: "string" }).notNull(),
    minutes: integer().notNull(),
    title: text().notNull(),
    notes: text().notNull().default(""),
    level: levelEnum().notNull(),
    focus: focusEnum().notNull(),
    role: activityRoleEnum().notNull(),
    periodStart: date({ mode: "string" }),
    periodEnd: date({ mode: "string" }),
    goals: goalEnum().array().notNull().default(sql`'{}'`),
    targetGroups: text().array().notNull().default(sql`'{}'`),
    participants: integer(),
    /** Internal pseudonymous case reference only; never a client's name. */
    caseRef: text(),
    /**
     * Saved although the guard saw something that may be personal (a weak hit the author confirmed):
     * title, notes and target groups are shown to the author only, never in channels, digests or exports.
     */
    confidential: boolean().notNull().default(false),
    /** Random key of the confirmation it was saved from: a second tap on "Speichern" saves nothing new. */
    entryKey: text(),
    /** A session of a recurring offer (Elterncafé on one day); null for every other activity. */
    offerId: integer().references(() => offers.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("activities_tenant_district_day_idx").on(t.tenantId, t.districtId, t.occurredOn),
    index("activities_tenant_author_day_idx").on(t.tenantId, t.authorId, t.occurredOn),
    index("activities_tenant_day_idx").on(t.tenantId, t.occurredOn),
    uniqueIndex("activities_tenant_entry_key_uq").on(t.tenantId, t.entryKey),
    index("activities_tenant_offer_idx").on(t.tenantId, t.offerId),
  ],
);

export const activityPartners = pgTable(
  "activity_partners",
  {
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    activityId: integer()
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    partnerId: integer()
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.partnerId] }),
    index("activity_partners_partner_idx").on(t.tenantId, t.partnerId),
  ],
);
