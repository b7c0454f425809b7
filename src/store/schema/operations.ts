// Operational tables: digest subscriptions, durable scheduled jobs and the audit log.
import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { jobStatusEnum } from "./enums.js";
import { districts, members, tenants } from "./tenancy.js";

export const digestSubscriptions = pgTable(
  "digest_subscriptions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    channelId: text().notNull(),
    /** null: all districts of the tenant. */
    districtId: integer().references(() => districts.id, { onDelete: "cascade" }),
    /** ISO weekday, 1 = Monday. */
    weekday: integer().notNull().default(1),
    /** Local wall-clock time "HH:MM" in `timezone`. */
    time: text().notNull().default("08:00"),
    timezone: text().notNull().default("Europe/Berlin"),
    createdBy: integer().references(() => members.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("digest_subscriptions_channel_district_uq").on(
      t.tenantId,
      t.channelId,
      sql`coalesce(${t.districtId}, 0)`,
    ),
  ],
);

export const scheduledJobs = pgTable(
  "scheduled_jobs",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    /** One key per reminder and occurrence, so a job is never created or sent twice. */
    idempotencyKey: text().notNull(),
    runAt: timestamp({ withTimezone: true }).notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    status: jobStatusEnum().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("scheduled_jobs_key_uq").on(t.tenantId, t.idempotencyKey),
    index("scheduled_jobs_due_idx").on(t.status, t.runAt),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    actorId: integer().references(() => members.id, { onDelete: "set null" }),
    action: text().notNull(),
    subject: text().notNull().default(""),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_tenant_at_idx").on(t.tenantId, t.at)],
);

/**
 * Shared send pacing: per key (platform, tenant, conversation) the earliest instant the next message may
 * go out. One atomic upsert per send hands out slots, so every replica on the database paces together.
 */
export const sendSlots = pgTable("send_slots", {
  key: text().primaryKey(),
  nextAt: timestamp({ withTimezone: true }).notNull(),
});

/**
 * One row per post the scheduler is about to make (job key and target), written before the post and
 * completed with the message's reference after it: a retry finds out whether the post already happened.
 */
export const deliveryLedger = pgTable(
  "delivery_ledger",
  {
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    key: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    messageRef: text(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
);
