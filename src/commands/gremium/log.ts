// The after-meeting button: a prefilled, editable form that saves the meeting as a networks activity,
// through the activity family's one save path (privacy guard, rules, one activity per meeting and member).
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { z } from "zod";
import type { FormValue } from "../../conversation/input.js";
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import { findMeeting, type Meeting } from "../../scheduler/meetings.js";
import { FOCUSES } from "../../store/index.js";
import type { Draft } from "../aktivitaet/draft.js";
import { recordDraft, refusal, refusedField } from "../aktivitaet/record.js";
import type { Ctx } from "../context.js";
import { common, gremium, labels } from "../messages/index.js";
import { markAttended } from "./present.js";
import { meetingRef, parseMeetingRef } from "./view.js";

export const LOG_FORM_ID = "gremium:log_save";

/** One logged activity per meeting and member, however often the form is sent. */
const meetingEntryKey = (m: Meeting, memberId: number) =>
  `meeting:${m.committee.id}:${m.occurrenceAt.toISOString()}:m${memberId}`;
const a = gremium.afterMeeting;

async function meetingOf(value: string | undefined, ctx: Ctx) {
  const ref = parseMeetingRef(value);
  const committee = ref && (await ctx.store.findCommittee(ref.committeeId));
  if (!ref || !committee) return undefined;
  return findMeeting(ctx.store, committee, ref.occurrenceAt, ctx.tenant.federalState);
}

export async function logForm(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const m = await meetingOf(value, ctx);
  if (!m || m.status === "cancelled") return errorReply(gremium.meetingGone);
  const districts = await ctx.store.listDistricts();
  return {
    kind: "form",
    form: {
      formId: LOG_FORM_ID,
      title: a.formTitle,
      intro: a.formIntro,
      submitLabel: common.save,
      state: meetingRef(m),
      inputs: [
        {
          id: "title",
          kind: "text",
          label: a.title,
          required: true,
          maxLength: 200,
          initial: m.committee.name,
        },
        {
          id: "date",
          kind: "date",
          label: a.date,
          required: true,
          initial: format(new TZDate(m.startsAt.getTime(), m.committee.timezone), "yyyy-MM-dd"),
        },
        {
          id: "minutes",
          kind: "number",
          label: a.minutes,
          required: true,
          min: 5,
          max: 1440,
          initial: String(m.committee.durationMinutes),
        },
        {
          id: "districtId",
          kind: "select",
          label: a.district,
          required: true,
          options: districts.map((d) => ({ value: String(d.id), label: d.name })),
          initial: String(m.committee.districtId),
        },
        {
          id: "focus",
          kind: "select",
          label: a.focus,
          required: true,
          options: FOCUSES.map((f) => ({ value: f, label: labels.focus[f] })),
          initial: "networks",
        },
      ],
    },
  };
}

const e = gremium.errors;
const schema = z.object({
  title: z.string().trim().min(1, e.required).max(200, e.tooLong),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, e.date),
  minutes: z.coerce.number({ error: e.duration }).int(e.duration).min(5, e.duration).max(1440, e.duration),
  districtId: z.coerce.number({ error: e.choice }).int().positive(e.choice),
  focus: z.enum(FOCUSES, { error: e.choice }),
});

export async function saveLog(
  values: Record<string, FormValue>,
  state: string | undefined,
  ctx: Ctx,
): Promise<Reply> {
  const m = await meetingOf(state, ctx);
  if (!m) return errorReply(gremium.meetingGone);
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "title")] ??= issue.message;
    return { kind: "formErrors", errors };
  }
  const v = parsed.data;
  const draft: Draft = {
    occurredOn: v.date,
    minutes: v.minutes,
    title: v.title,
    districtId: v.districtId,
    level: "case_independent",
    focus: v.focus,
    // Chairing carries the meeting: responsible for that one day (the role-period rule).
    ...(m.committee.part === "chair"
      ? { role: "responsible" as const, periodStart: v.date, periodEnd: v.date }
      : { role: "contributed" as const }),
    partnerIds: [],
    newPartners: [],
    goals: [],
    targetGroups: [],
    notes: "",
    entryKey: meetingEntryKey(m, ctx.caller.id),
  };
  const recorded = await recordDraft(ctx, draft, false);
  if (!recorded.ok) {
    const field = { date: "date", district: "districtId", title: "title", partners: "title" }[
      refusedField(recorded)
    ];
    return { kind: "formErrors", errors: { [field]: refusal(recorded) } };
  }
  if (recorded.repeated) {
    // biome-ignore lint/suspicious/noThenProperty: the neutral Reply model names this field `then`.
    return { kind: "closeForm", then: errorReply(a.alreadySaved) };
  }
  // Logging the meeting is saying one was there.
  await markAttended(ctx, m, ctx.caller.id);
  await ctx.store.audit("committee.meeting_logged", ctx.caller.id, `meeting:${meetingRef(m)}`, {
    activityId: recorded.activity.id,
  });
  // biome-ignore lint/suspicious/noThenProperty: the neutral Reply model names this field `then`.
  return { kind: "closeForm", then: message([text(a.saved(v.title, common.hours(v.minutes)))]) };
}
