// The committee form (new and edit) and its validation into a CommitteeInput.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { z } from "zod";
import type { FormValue } from "../../conversation/input.js";
import type { Form } from "../../conversation/reply.js";
import { buildRecurrence, describeRecurrence, type RecurrenceKind } from "../../scheduler/recurrence.js";
import { COMMITTEE_PARTS, COMMITTEE_TYPES, type Committee, type CommitteeInput } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { gremium, labels } from "../messages/index.js";

export const FORM_ID = "gremium:save";
const KINDS = [
  "weekly",
  "monthly_weekday",
  "monthly_last_weekday",
  "monthly_date",
  "once",
] as const satisfies readonly RecurrenceKind[];
export const LEAD_CHOICES = [20160, 10080, 4320, 1440, 120] as const;
const DEFAULT_LEADS = ["10080", "1440"];

const options = (record: Record<string, string>) =>
  Object.entries(record).map(([value, label]) => ({ value, label }));

export async function committeeForm(ctx: Ctx, existing?: Committee): Promise<Form> {
  const [districts, members] = await Promise.all([ctx.store.listDistricts(), ctx.store.listMembers()]);
  const tz = existing?.timezone ?? ctx.timezone;
  const first = existing ? new TZDate(existing.firstStartsAt.getTime(), tz) : undefined;
  const rule = existing ? describeRecurrence(existing.recurrence) : undefined;
  const attendees = existing ? await ctx.store.usualAttendees(existing.id) : [ctx.caller.id];
  const channel = existing
    ? (existing.channelId ?? "")
    : ctx.where.isDirect
      ? ""
      : (ctx.where.channelId ?? "");
  const f = gremium.form;
  return {
    formId: FORM_ID,
    title: existing ? f.titleEdit : f.titleNew,
    submitLabel: f.submit,
    state: existing ? `edit:${existing.id}` : "new",
    inputs: [
      {
        id: "name",
        kind: "text",
        label: f.name,
        required: true,
        maxLength: 120,
        ...(existing ? { initial: existing.name } : {}),
      },
      {
        id: "type",
        kind: "select",
        label: f.type,
        required: true,
        options: options(labels.committeeType),
        initial: existing?.type ?? "district_committee",
      },
      {
        id: "districtId",
        kind: "select",
        label: f.district,
        required: true,
        options: districts.map((d) => ({ value: String(d.id), label: d.name })),
        ...(existing
          ? { initial: String(existing.districtId) }
          : districts.length === 1
            ? { initial: String(districts[0]?.id) }
            : {}),
      },
      {
        id: "part",
        kind: "select",
        label: f.part,
        required: true,
        options: options(labels.committeePart),
        initial: existing?.part ?? "attend",
      },
      {
        id: "firstDate",
        kind: "date",
        label: f.firstDate,
        required: true,
        ...(first ? { initial: format(first, "yyyy-MM-dd") } : {}),
      },
      {
        id: "time",
        kind: "time",
        label: f.time,
        required: true,
        initial: first ? format(first, "HH:mm") : "18:00",
      },
      {
        id: "duration",
        kind: "number",
        label: f.duration,
        required: true,
        min: 5,
        max: 1440,
        initial: String(existing?.durationMinutes ?? 120),
      },
      {
        id: "recurrence",
        kind: "select",
        label: f.recurrence,
        required: true,
        options: options(gremium.recurrence),
        initial: rule?.kind ?? "monthly_weekday",
      },
      {
        id: "interval",
        kind: "number",
        label: f.interval,
        hint: f.intervalHint,
        min: 1,
        max: 12,
        initial: String(rule?.interval ?? 1),
      },
      {
        id: "location",
        kind: "text",
        label: f.location,
        maxLength: 200,
        ...(existing?.location ? { initial: existing.location } : {}),
      },
      {
        id: "channelId",
        kind: "text",
        label: f.channel,
        hint: f.channelHint,
        maxLength: 100,
        ...(channel ? { initial: channel } : {}),
      },
      {
        id: "leads",
        kind: "multiselect",
        label: f.leads,
        options: LEAD_CHOICES.map((l) => ({ value: String(l), label: gremium.leads[l] ?? String(l) })),
        initial: existing ? existing.reminderLeadMinutes.map(String) : DEFAULT_LEADS,
      },
      {
        id: "attendees",
        kind: "multiselect",
        label: f.attendees,
        options: members.map((m) => ({ value: String(m.id), label: m.displayName || "?" })),
        initial: attendees.map(String),
      },
    ],
  };
}

const e = gremium.errors;
const str = (v: FormValue) => (typeof v === "string" ? v.trim() : "");
const list = (v: FormValue) => (Array.isArray(v) ? v : typeof v === "string" && v ? v.split(",") : []);

const schema = z.object({
  name: z.string().min(1, e.required).max(120, e.tooLong),
  type: z.enum(COMMITTEE_TYPES, { error: e.choice }),
  districtId: z.coerce.number({ error: e.choice }).int().positive(e.choice),
  part: z.enum(COMMITTEE_PARTS, { error: e.choice }),
  firstDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, e.date),
  time: z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, e.time),
  duration: z.coerce.number({ error: e.duration }).int(e.duration).min(5, e.duration).max(1440, e.duration),
  recurrence: z.enum(KINDS, { error: e.choice }),
  interval: z.coerce.number({ error: e.interval }).int(e.interval).min(1, e.interval).max(12, e.interval),
  location: z.string().max(200, e.tooLong),
  channelId: z.string().max(100, e.tooLong),
  // Every check carries a German message: zod's own ("Invalid input: expected number") would reach the form.
  leads: z.array(
    z.coerce
      .number({ error: e.choice })
      .refine((n) => (LEAD_CHOICES as readonly number[]).includes(n), e.choice),
  ),
  attendees: z.array(z.coerce.number({ error: e.choice }).int(e.choice).positive(e.choice)),
});

export type ParsedForm =
  | { ok: true; input: Omit<CommitteeInput, "usualAttendeeIds">; attendees: number[] }
  | { ok: false; errors: Record<string, string> };

/** Validates a submission; times are read in `tz` and stored as UTC. */
export function parseCommitteeForm(values: Record<string, FormValue>, tz: string): ParsedForm {
  const parsed = schema.safeParse({
    name: str(values.name),
    type: str(values.type),
    districtId: str(values.districtId),
    part: str(values.part),
    firstDate: str(values.firstDate),
    time: str(values.time),
    duration: str(values.duration),
    recurrence: str(values.recurrence),
    interval: str(values.interval) || "1",
    location: str(values.location),
    channelId: str(values.channelId),
    leads: list(values.leads),
    attendees: list(values.attendees),
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "name");
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const v = parsed.data;
  const [y, mo, d] = v.firstDate.split("-").map(Number) as [number, number, number];
  const [h, mi] = v.time.split(":").map(Number) as [number, number];
  const firstStartsAt = new Date(new TZDate(y, mo - 1, d, h, mi, 0, tz).getTime());
  return {
    ok: true,
    attendees: [...new Set(v.attendees)],
    input: {
      name: v.name,
      type: v.type,
      districtId: v.districtId,
      part: v.part,
      recurrence: buildRecurrence(v.recurrence, v.interval, firstStartsAt, tz),
      firstStartsAt,
      durationMinutes: v.duration,
      timezone: tz,
      location: v.location,
      channelId: v.channelId || null,
      reminderLeadMinutes: [...new Set(v.leads)].sort((a, b) => b - a),
    },
  };
}
