// Domain enumerations, named exactly as DESIGN.md names them; one place so the UI labels can map 1:1.
import { pgEnum } from "drizzle-orm/pg-core";

export const PLATFORMS = ["slack", "teams", "console"] as const;
/** `betriebsrat`: the works council; a member who may also approve per-person figures. */
export const MEMBER_ROLES = ["member", "lead", "admin", "betriebsrat"] as const;
export const LEVELS = ["case_specific", "case_independent"] as const;
export const FOCUSES = [
  "networks",
  "cooperation",
  "infrastructure",
  "projects",
  "civic_engagement",
  "public_relations",
] as const;
export const ACTIVITY_ROLES = ["initiated", "contributed", "responsible"] as const;
export const GOALS = ["early_detection", "self_help", "prevention", "infrastructure"] as const;
export const PARTNER_TYPES = [
  "school",
  "kita",
  "hort",
  "youth_welfare",
  "club",
  "civic_group",
  "citizens_office",
  "politics",
  "other",
] as const;
export const COMMITTEE_TYPES = [
  "round_table",
  "youth_council",
  "district_committee",
  "working_group",
  "steering_group",
  "other",
] as const;
export const COMMITTEE_PARTS = ["attend", "contribute", "chair"] as const;
export const MEETING_STATUSES = ["scheduled", "cancelled", "moved"] as const;
export const ATTENDANCE = ["going", "not_going", "attended"] as const;
export const COOPERATION_STATUSES = ["draft", "in_progress", "agreed", "ended"] as const;
/** A need's way from first seen to answered: neu, in Planung, Angebot läuft, erledigt. */
export const NEED_STATUSES = ["new", "planning", "offer_running", "done"] as const;
export const JOB_STATUSES = ["pending", "running", "done", "failed"] as const;

export type Platform = (typeof PLATFORMS)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];
export type Level = (typeof LEVELS)[number];
export type Focus = (typeof FOCUSES)[number];
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];
export type Goal = (typeof GOALS)[number];
export type PartnerType = (typeof PARTNER_TYPES)[number];
export type CommitteeType = (typeof COMMITTEE_TYPES)[number];
export type CommitteePart = (typeof COMMITTEE_PARTS)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type Attendance = (typeof ATTENDANCE)[number];
export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];
export type NeedStatus = (typeof NEED_STATUSES)[number];
export type JobStatus = (typeof JOB_STATUSES)[number];

export const platformEnum = pgEnum("platform", PLATFORMS);
export const memberRoleEnum = pgEnum("member_role", MEMBER_ROLES);
export const levelEnum = pgEnum("level", LEVELS);
export const focusEnum = pgEnum("focus", FOCUSES);
export const activityRoleEnum = pgEnum("activity_role", ACTIVITY_ROLES);
export const goalEnum = pgEnum("goal", GOALS);
export const partnerTypeEnum = pgEnum("partner_type", PARTNER_TYPES);
export const committeeTypeEnum = pgEnum("committee_type", COMMITTEE_TYPES);
export const committeePartEnum = pgEnum("committee_part", COMMITTEE_PARTS);
export const meetingStatusEnum = pgEnum("meeting_status", MEETING_STATUSES);
export const attendanceEnum = pgEnum("attendance", ATTENDANCE);
export const cooperationStatusEnum = pgEnum("cooperation_status", COOPERATION_STATUSES);
export const needStatusEnum = pgEnum("need_status", NEED_STATUSES);
export const jobStatusEnum = pgEnum("job_status", JOB_STATUSES);
