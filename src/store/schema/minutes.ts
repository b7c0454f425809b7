// Tasks from a meeting's minutes (Ergebnisprotokoll): what, who, by when; the decisions live in meetings.notes.
import { date, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { meetings } from "./committees.js";
import { members, tenants } from "./tenancy.js";

export const meetingTasks = pgTable(
  "meeting_tasks",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    what: text().notNull(),
    ownerId: integer()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    dueOn: date({ mode: "string" }).notNull(),
    doneAt: timestamp({ withTimezone: true }),
    createdBy: integer().references(() => members.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("meeting_tasks_tenant_meeting_idx").on(t.tenantId, t.meetingId),
    index("meeting_tasks_tenant_open_idx").on(t.tenantId, t.doneAt),
  ],
);
