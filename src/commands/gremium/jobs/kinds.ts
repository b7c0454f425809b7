// Job kinds and idempotency keys of the committee scheduler: one key per reminder and occurrence.
export const JOB = {
  plan: "committee.plan",
  reminder: "committee.reminder",
  after: "committee.after",
  deputy: "committee.deputy",
  task: "committee.task",
} as const;

export const reminderKey = (committeeId: number, occurrenceAt: Date, leadMinutes: number) =>
  `reminder:${committeeId}:${occurrenceAt.toISOString()}:${leadMinutes}`;
export const afterKey = (committeeId: number, occurrenceAt: Date) =>
  `after:${committeeId}:${occurrenceAt.toISOString()}`;
export const deputyKey = (committeeId: number, occurrenceAt: Date) =>
  `deputy:${committeeId}:${occurrenceAt.toISOString()}`;
export const memberKey = (parentKey: string, memberId: number) => `${parentKey}:m${memberId}`;

/** Payload of reminder and after-meeting jobs; `memberId` set: a private message to that member. */
export interface MeetingJobPayload {
  committeeId: number;
  occurrenceAt: string;
  leadMinutes?: number;
  memberId?: number;
}

export function meetingPayload(payload: Record<string, unknown>): MeetingJobPayload {
  const committeeId = Number(payload.committeeId);
  const occurrenceAt = String(payload.occurrenceAt ?? "");
  if (!Number.isInteger(committeeId) || Number.isNaN(new Date(occurrenceAt).getTime())) {
    throw new Error("malformed meeting job payload");
  }
  return {
    committeeId,
    occurrenceAt,
    ...(typeof payload.leadMinutes === "number" ? { leadMinutes: payload.leadMinutes } : {}),
    ...(typeof payload.memberId === "number" ? { memberId: payload.memberId } : {}),
  };
}
