// Cooperations with Regeleinrichtungen and their checklist answers; every answer change is a new row (history).
import { date, index, integer, jsonb, pgTable, timestamp } from "drizzle-orm/pg-core";
import { partners } from "./activities.js";
import { cooperationStatusEnum } from "./enums.js";
import { districts, members, tenants } from "./tenancy.js";

export const cooperations = pgTable(
  "cooperations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    partnerId: integer()
      .notNull()
      .references(() => partners.id),
    districtId: integer().references(() => districts.id),
    status: cooperationStatusEnum().notNull().default("draft"),
    /** The checklist step the dialog resumes at (1..6). */
    currentStep: integer().notNull().default(1),
    startsOn: date({ mode: "string" }),
    endsOn: date({ mode: "string" }),
    reviewOn: date({ mode: "string" }),
    createdBy: integer()
      .notNull()
      .references(() => members.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("cooperations_tenant_status_idx").on(t.tenantId, t.status),
    index("cooperations_tenant_review_idx").on(t.tenantId, t.reviewOn),
  ],
);

export const cooperationAnswers = pgTable(
  "cooperation_answers",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    cooperationId: integer()
      .notNull()
      .references(() => cooperations.id, { onDelete: "cascade" }),
    step: integer().notNull(),
    answer: jsonb().$type<Record<string, unknown>>().notNull(),
    answeredBy: integer()
      .notNull()
      .references(() => members.id),
    answeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("cooperation_answers_coop_step_idx").on(t.cooperationId, t.step, t.answeredAt)],
);
