// The guideline's loop (seed §1, „Verknüpfung der Ebenen“): needs seen in case work, and the group offers
// that answer them. Sessions of an offer are activities linked to it (activities.offerId).
import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { partners } from "./activities.js";
import { activityRoleEnum, focusEnum, needStatusEnum } from "./enums.js";
import { districts, members, tenants } from "./tenancy.js";

/** An anonymised observation from case work: never about a person (the privacy guard blocks strong hits). */
export const needs = pgTable(
  "needs",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    districtId: integer()
      .notNull()
      .references(() => districts.id),
    description: text().notNull(),
    theme: text().notNull().default(""),
    targetGroup: text().notNull().default(""),
    status: needStatusEnum().notNull().default("new"),
    createdBy: integer().references(() => members.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When its status became „erledigt“; null while open. */
    doneAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("needs_tenant_district_idx").on(t.tenantId, t.districtId)],
);

/** Who has seen a need in their own case work: one row per member, the creator included („Sehe ich auch“). */
export const needSightings = pgTable(
  "need_sightings",
  {
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    needId: integer()
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    seenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.needId, t.memberId] })],
);

/** A recurring group offer (Elterncafé, Mädchentreff …): RFC 5545 rule evaluated in `timezone`. */
export const offers = pgTable(
  "offers",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    districtId: integer()
      .notNull()
      .references(() => districts.id),
    title: text().notNull(),
    recurrence: text().notNull(),
    firstStartsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull().default(120),
    timezone: text().notNull().default("Europe/Berlin"),
    /** „außer in den Schulferien“ / „außer an Feiertagen“: no session and no prompt on those days. */
    skipSchoolHolidays: boolean().notNull().default(false),
    skipPublicHolidays: boolean().notNull().default(false),
    focus: focusEnum().notNull().default("projects"),
    targetGroup: text().notNull().default(""),
    role: activityRoleEnum().notNull().default("responsible"),
    /** Durchführungsverantwortung from–to (yyyy-MM-dd); both null when we only initiated it. */
    responsibleFrom: date({ mode: "string" }),
    responsibleTo: date({ mode: "string" }),
    /** How many come regularly: a number only, never names. */
    regulars: integer(),
    needId: integer().references(() => needs.id, { onDelete: "set null" }),
    createdBy: integer().references(() => members.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("offers_tenant_district_idx").on(t.tenantId, t.districtId),
    index("offers_tenant_need_idx").on(t.tenantId, t.needId),
  ],
);

/** Partners of an offer (the Familienzentrum that co-runs the Elterncafé). */
export const offerPartners = pgTable(
  "offer_partners",
  {
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    offerId: integer()
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    partnerId: integer()
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.offerId, t.partnerId] }),
    index("offer_partners_partner_idx").on(t.tenantId, t.partnerId),
  ],
);
