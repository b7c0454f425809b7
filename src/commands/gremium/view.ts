// How meetings read: German date formatting, the attendance summary and the reminder message with its buttons.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { de } from "date-fns/locale";
import { button, type Element, type Reply, text } from "../../conversation/reply.js";
import type { Meeting } from "../../scheduler/meetings.js";
import type { TenantStore } from "../../store/index.js";
import { germanDayAt } from "../messages/format.js";
import { common, gremium, protokoll, teilnahme } from "../messages/index.js";
import { rosterOf } from "./roster.js";

export const formatWhen = (at: Date, tz: string) =>
  format(new TZDate(at.getTime(), tz), "EEEEEE, dd.MM.yyyy, HH:mm 'Uhr'", { locale: de });

/**
 * Attendance buttons. Under a reminder the answer redraws that reminder in place; from an overview
 * (the weekly digest, a list) it is confirmed privately, so a shared message stays whole.
 */
export const ATTENDANCE = {
  going: "gremium:going",
  notGoing: "gremium:not_going",
  goingFromOverview: "gremium:going_overview",
} as const;

/** Button value naming one meeting: committee id and the rule's original start. */
export const meetingRef = (m: Pick<Meeting, "committee" | "occurrenceAt">) =>
  `${m.committee.id}|${m.occurrenceAt.toISOString()}`;

export function parseMeetingRef(
  value: string | undefined,
): { committeeId: number; occurrenceAt: Date } | undefined {
  const [id, iso] = (value ?? "").split("|");
  const committeeId = Number(id);
  const occurrenceAt = new Date(iso ?? "");
  if (!Number.isInteger(committeeId) || committeeId <= 0 || Number.isNaN(occurrenceAt.getTime()))
    return undefined;
  return { committeeId, occurrenceAt };
}

export interface Attendees {
  going: string[];
  notGoing: string[];
  /** Usual attendees who have not answered: expected by default. */
  expected: string[];
}

export async function attendeesOf(store: TenantStore, m: Meeting): Promise<Attendees> {
  const [roster, members] = await Promise.all([rosterOf(store, m), store.listMembers()]);
  const names = (ids: number[]) =>
    ids.map((id) => members.find((x) => x.id === id)?.displayName || "?").sort();
  return { going: names(roster.going), notGoing: names(roster.notGoing), expected: names(roster.expected) };
}

/** One line of who goes, for lists. */
export const attendanceLine = (a: Attendees) =>
  [
    ...(a.going.length ? [gremium.going(a.going.join(", "))] : []),
    ...(a.expected.length ? [teilnahme.expected(a.expected.join(", "))] : []),
  ].join(" · ") || gremium.nobodyYet;

/** The public holiday and the school holidays a meeting falls on, as tags. */
export const holidayTags = (m: { holiday?: string; schoolHoliday?: string }): string[] => [
  ...(m.holiday ? [gremium.holiday(m.holiday)] : []),
  ...(m.schoolHoliday ? [gremium.schoolHoliday(m.schoolHoliday)] : []),
];

/** Status tags of a meeting in lists: cancelled, moved, public or school holiday. */
export function meetingTags(m: Meeting): string[] {
  const tz = m.committee.timezone;
  return [
    ...(m.status === "cancelled" ? [gremium.cancelledTag] : []),
    ...(m.status === "moved" ? [gremium.movedTag(formatWhen(m.occurrenceAt, tz))] : []),
    ...holidayTags(m),
  ];
}

/** The reminder a channel gets; the same message replaces itself when someone clicks a button. */
export async function reminderReply(
  store: TenantStore,
  m: Meeting,
  options: { late?: boolean } = {},
): Promise<Reply> {
  const tz = m.committee.timezone;
  const [a, district] = await Promise.all([
    attendeesOf(store, m),
    store.findDistrict(m.committee.districtId),
  ]);
  const elements: Element[] = [
    text(gremium.reminder.title(m.committee.name, formatWhen(m.startsAt, tz)), "heading"),
  ];
  if (options.late) elements.push(text(gremium.reminder.late, "muted"));
  if (m.status === "moved")
    elements.push(text(gremium.reminder.movedNote(formatWhen(m.occurrenceAt, tz)), "warning"));
  if (m.holiday) elements.push(text(gremium.holiday(m.holiday), "warning"));
  if (m.schoolHoliday) elements.push(text(gremium.schoolHoliday(m.schoolHoliday), "warning"));
  elements.push({
    type: "fields",
    fields: [
      ...(m.committee.location ? [{ label: gremium.reminder.location, value: m.committee.location }] : []),
      { label: gremium.reminder.district, value: district?.name ?? "?" },
      { label: gremium.reminder.duration, value: common.hours(m.committee.durationMinutes) },
    ],
  });
  if (a.going.length) elements.push(text(gremium.going(a.going.join(", "))));
  if (a.expected.length) elements.push(text(teilnahme.expected(a.expected.join(", "))));
  if (!a.going.length && !a.expected.length) elements.push(text(gremium.nobodyYet, "warning"));
  if (a.notGoing.length) elements.push(text(gremium.notGoing(a.notGoing.join(", ")), "muted"));
  elements.push({
    type: "actions",
    buttons: [
      button(gremium.reminder.goingButton, ATTENDANCE.going, meetingRef(m), "primary"),
      button(gremium.reminder.notGoingButton, ATTENDANCE.notGoing, meetingRef(m)),
    ],
  });
  return { kind: "message", elements, visibility: "public" };
}

/** A button value naming one meeting and one member (the „… war da“ buttons). */
export const memberRef = (m: Pick<Meeting, "committee" | "occurrenceAt">, memberId: number) =>
  `${meetingRef(m)}|${memberId}`;

export const AFTER = {
  log: "gremium:log",
  attended: "gremium:attended",
  minutes: "gremium:minutes",
} as const;

/**
 * The private after-meeting message: log the meeting as an activity, write its minutes, and „Wer war da?“ – the
 * recipient confirms themself, and may confirm the colleagues who were expected or said yes.
 */
export function afterMeetingPrompt(m: Meeting, others: { id: number; name: string }[] = []): Reply {
  const day = germanDayAt(m.startsAt, m.committee.timezone);
  return {
    kind: "message",
    visibility: "private",
    elements: [
      text(gremium.afterMeeting.prompt(m.committee.name, day)),
      {
        type: "actions",
        buttons: [
          button(gremium.afterMeeting.button, AFTER.log, meetingRef(m), "primary"),
          button(protokoll.button, AFTER.minutes, meetingRef(m)),
        ],
      },
      text(teilnahme.whoWasThere),
      {
        type: "actions",
        buttons: [
          button(teilnahme.iWasThere, AFTER.attended, meetingRef(m), "primary"),
          ...others.map((o) => button(teilnahme.wasThere(o.name), AFTER.attended, memberRef(m, o.id))),
        ],
      },
    ],
  };
}

export const DEPUTY = "gremium:deputy";

/** The channel's call for a deputy: one button, the first tap takes the meeting over. */
export function deputyAsk(m: Meeting): Reply {
  return {
    kind: "message",
    visibility: "public",
    elements: [
      text(teilnahme.deputyAsk(m.committee.name, formatWhen(m.startsAt, m.committee.timezone)), "warning"),
      { type: "actions", buttons: [button(teilnahme.deputyButton, DEPUTY, meetingRef(m), "primary")] },
    ],
  };
}
