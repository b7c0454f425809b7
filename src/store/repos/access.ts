// Subject access (GDPR Art. 15): everything stored about one member of the tenant, read in one place.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../db.js";
import {
  activities,
  auditLog,
  calendarTokens,
  committeeMembers,
  committees,
  cooperationAnswers,
  meetingAttendance,
  meetings,
  members,
  teamsConversations,
} from "../schema/index.js";

export function accessRepository(db: Db, tenantId: number) {
  return {
    /** The member's own rows; calendar tokens without the secret, conversation references without content. */
    async subjectAccess(memberId: number) {
      const [member] = await db
        .select()
        .from(members)
        .where(and(eq(members.tenantId, tenantId), eq(members.id, memberId)));
      if (!member) return undefined;
      const [authored, attendance, usual, answers, audit, tokens, chats] = await Promise.all([
        db
          .select()
          .from(activities)
          .where(and(eq(activities.tenantId, tenantId), eq(activities.authorId, memberId)))
          .orderBy(asc(activities.occurredOn), asc(activities.id)),
        db
          .select({
            committee: committees.name,
            startsAt: meetings.occurrenceAt,
            status: meetingAttendance.status,
            updatedAt: meetingAttendance.updatedAt,
          })
          .from(meetingAttendance)
          .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
          .innerJoin(committees, eq(committees.id, meetings.committeeId))
          .where(and(eq(meetingAttendance.tenantId, tenantId), eq(meetingAttendance.memberId, memberId))),
        db
          .select({ committee: committees.name })
          .from(committeeMembers)
          .innerJoin(committees, eq(committees.id, committeeMembers.committeeId))
          .where(and(eq(committeeMembers.tenantId, tenantId), eq(committeeMembers.memberId, memberId))),
        db
          .select({
            cooperationId: cooperationAnswers.cooperationId,
            step: cooperationAnswers.step,
            answer: cooperationAnswers.answer,
            answeredAt: cooperationAnswers.answeredAt,
          })
          .from(cooperationAnswers)
          .where(and(eq(cooperationAnswers.tenantId, tenantId), eq(cooperationAnswers.answeredBy, memberId)))
          .orderBy(asc(cooperationAnswers.answeredAt)),
        db
          .select({ action: auditLog.action, subject: auditLog.subject, at: auditLog.at })
          .from(auditLog)
          .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.actorId, memberId)))
          .orderBy(asc(auditLog.at)),
        db
          .select({ createdAt: calendarTokens.createdAt, revokedAt: calendarTokens.revokedAt })
          .from(calendarTokens)
          .where(and(eq(calendarTokens.tenantId, tenantId), eq(calendarTokens.memberId, memberId))),
        db
          .select({ scope: teamsConversations.scope, updatedAt: teamsConversations.updatedAt })
          .from(teamsConversations)
          .where(and(eq(teamsConversations.tenantId, tenantId), eq(teamsConversations.memberId, memberId))),
      ]);
      return { member, authored, attendance, usual, answers, audit, tokens, chats };
    },
  };
}

export type SubjectAccess = NonNullable<
  Awaited<ReturnType<ReturnType<typeof accessRepository>["subjectAccess"]>>
>;
