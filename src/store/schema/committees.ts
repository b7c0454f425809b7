// Recurring bodies the team sits in (Gremien), their meetings (occurrence overrides) and attendance.
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
import { attendanceEnum, committeePartEnum, committeeTypeEnum, meetingStatusEnum } from "./enums.js";
import { districts, members, tenants } from "./tenancy.js";

export const committees = pgTable(
  "committees",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    districtId: integer()
      .notNull()
      .references(() => districts.id),
    name: text().notNull(),
    type: committeeTypeEnum().notNull(),
    part: committeePartEnum().notNull().default("attend"),
    /** RFC 5545 RRULE (without DTSTART), evaluated in `timezone` from `firstStartsAt`. */
    recurrence: text().notNull(),
    firstStartsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull().default(120),
    timezone: text().notNull().default("Europe/Berlin"),
    location: text().notNull().default(""),
    channelId: text(),
    /** Minutes before a meeting at which reminders go out; default 7 days and 1 day. */
    reminderLeadMinutes: integer().array().notNull().default(sql`'{10080,1440}'`),
    /** The rhythm leaves out meetings on public holidays of the tenant's Bundesland. */
    skipPublicHolidays: boolean().notNull().default(false),
    /** The rhythm leaves out meetings in the tenant's school holidays. */
    skipSchoolHolidays: boolean().notNull().default(false),
    archivedAt: timestamp({ withTimezone: true }),
    /** Who created it: besides team leads and admins the only one who may cancel, move or archive it. */
    createdBy: integer().references(() => members.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("committees_tenant_name_uq").on(t.tenantId, sql`lower(${t.name})`),
    index("committees_tenant_district_idx").on(t.tenantId, t.districtId),
  ],
);

/** Members who usually attend a committee. */
export const committeeMembers = pgTable(
  "committee_members",
  {
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    committeeId: integer()
      .notNull()
      .references(() => committees.id, { onDelete: "cascade" }),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.committeeId, t.memberId] })],
);

/** An occurrence that differs from its rule or carries notes; keyed by the rule's original start. */
export const meetings = pgTable(
  "meetings",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    committeeId: integer()
      .notNull()
      .references(() => committees.id, { onDelete: "cascade" }),
    occurrenceAt: timestamp({ withTimezone: true }).notNull(),
    status: meetingStatusEnum().notNull().default("scheduled"),
    movedTo: timestamp({ withTimezone: true }),
    notes: text().notNull().default(""),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("meetings_committee_occurrence_uq").on(t.committeeId, t.occurrenceAt),
    index("meetings_tenant_occurrence_idx").on(t.tenantId, t.occurrenceAt),
  ],
);

export const meetingAttendance = pgTable(
  "meeting_attendance",
  {
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    status: attendanceEnum().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

/** Secret tokens for the iCalendar feed of a district's meetings; revocable. */
export const calendarTokens = pgTable(
  "calendar_tokens",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    districtId: integer().references(() => districts.id, { onDelete: "cascade" }),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    token: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("calendar_tokens_token_uq").on(t.token)],
);

/** A tenant's school-holiday ranges (local days, both inclusive): imported from iCalendar or typed by hand. */
export const schoolHolidays = pgTable(
  "school_holidays",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: integer()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    name: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("school_holidays_tenant_range_uq").on(t.tenantId, t.startsOn, t.endsOn)],
);
