// Validates the committee form into a CommitteeInput: the rhythm typed in words, the first date worked out.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import type { FormValue } from "../../conversation/input.js";
import { buildRecurrence, type RecurrenceKind } from "../../scheduler/recurrence.js";
import { COMMITTEE_PARTS, COMMITTEE_TYPES, type Committee, type CommitteeInput } from "../../store/index.js";
import { gremium } from "../messages/index.js";
import { LEAD_CHOICES, NO_CHANNEL, rhythmWords } from "./form.js";
import { firstStart, readRhythm } from "./rhythm/index.js";

/** The choices of the earlier form; a form opened before the rhythm field existed still submits them. */
const KINDS = [
  "weekly",
  "monthly_weekday",
  "monthly_last_weekday",
  "monthly_date",
  "once",
] as const satisfies readonly RecurrenceKind[];

const e = gremium.errors;
/** "2026-02-30" has the shape of a day but is none (it would silently become the 2nd of March). */
function isDay(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}
const str = (v: FormValue) => (typeof v === "string" ? v.trim() : "");
const list = (v: FormValue) => (Array.isArray(v) ? v : typeof v === "string" && v ? v.split(",") : []);

const schema = z.object({
  name: z.string().min(1, e.required).max(120, e.tooLong),
  type: z.enum(COMMITTEE_TYPES, { error: e.choice }),
  districtId: z.coerce.number({ error: e.choice }).int().positive(e.choice),
  part: z.enum(COMMITTEE_PARTS, { error: e.choice }),
  rhythm: z.string().max(300, e.tooLong),
  firstDate: z.union([
    z.literal(""),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, e.date)
      .refine(isDay, e.date),
  ]),
  time: z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, e.time),
  duration: z.coerce.number({ error: e.duration }).int(e.duration).min(5, e.duration).max(1440, e.duration),
  recurrence: z.union([z.literal(""), z.enum(KINDS, { error: e.choice })]),
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

type Valid = z.infer<typeof schema>;
type TimingFields = Pick<Valid, "rhythm" | "firstDate" | "time" | "recurrence" | "interval">;
const timingSchema = schema.pick({
  rhythm: true,
  firstDate: true,
  time: true,
  recurrence: true,
  interval: true,
});

export type ParsedForm =
  | { ok: true; input: Omit<CommitteeInput, "usualAttendeeIds">; attendees: number[] }
  | { ok: false; errors: Record<string, string> };

type Timing = Pick<
  CommitteeInput,
  "recurrence" | "firstStartsAt" | "skipPublicHolidays" | "skipSchoolHolidays"
>;

const localAt = (day: string, time: string, tz: string) => {
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, 0, tz).getTime());
};

/** The rule and first start, from the rhythm in words (or the earlier form's choice). */
export type TimingResult = { ok: true; t: Timing } | { ok: false; errors: Record<string, string> };
const bad = (errors: Record<string, string>): TimingResult => ({ ok: false, errors });

function timing(v: TimingFields, tz: string, now: Date, existing?: Committee): TimingResult {
  if (existing && v.rhythm === rhythmWords(existing) && v.firstDate) {
    // Unchanged words keep the stored rule exactly (a rule the words cannot say stays as it was).
    return {
      ok: true,
      t: {
        recurrence: existing.recurrence,
        firstStartsAt: localAt(v.firstDate, v.time, tz),
        skipPublicHolidays: existing.skipPublicHolidays,
        skipSchoolHolidays: existing.skipSchoolHolidays,
      },
    };
  }
  if (!v.rhythm) {
    if (!v.recurrence) return bad({ rhythm: e.required });
    if (!v.firstDate) return bad({ firstDate: e.date });
    const firstStartsAt = localAt(v.firstDate, v.time, tz);
    return {
      ok: true,
      t: {
        recurrence: buildRecurrence(v.recurrence, v.interval, firstStartsAt, tz),
        firstStartsAt,
        skipPublicHolidays: false,
        skipSchoolHolidays: false,
      },
    };
  }
  const read = readRhythm(v.rhythm, { now, tz });
  if (!read.ok) return bad({ rhythm: read.error });
  const [hours, minutes] = v.time.split(":").map(Number) as [number, number];
  const from = v.firstDate ? localAt(v.firstDate, "00:00", tz) : now;
  const first = firstStart(
    { rule: read.rhythm.rule, time: read.rhythm.time ?? { hours, minutes } },
    { now: from, tz },
  );
  if (!first) return bad({ rhythm: gremium.setup.noDates });
  return {
    ok: true,
    t: {
      recurrence: read.rhythm.rule,
      firstStartsAt: first,
      skipPublicHolidays: read.rhythm.skipPublicHolidays,
      skipSchoolHolidays: read.rhythm.skipSchoolHolidays,
    },
  };
}

const rawOf = (values: Record<string, FormValue>) => ({
  name: str(values.name),
  type: str(values.type),
  districtId: str(values.districtId),
  part: str(values.part),
  rhythm: str(values.rhythm),
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

/** The rule and first start from the rhythm, time and first date alone, as a field check shows them. */
export function timingOf(
  values: Record<string, FormValue>,
  tz: string,
  now: Date,
  existing?: Committee,
): TimingResult {
  const parsed = timingSchema.safeParse(rawOf(values));
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "rhythm")] ??= issue.message;
    return bad(errors);
  }
  return timing(parsed.data, tz, now, existing);
}

/** The German error for one field on its own, as a console asking field by field checks it; else undefined. */
export function checkCommitteeField(
  values: Record<string, FormValue>,
  field: string,
  tz: string,
  now: Date,
  existing?: Committee,
): string | undefined {
  if (field === "rhythm") {
    const text = str(values.rhythm);
    if (!text) return str(values.recurrence) ? undefined : e.required;
    if (existing && text === rhythmWords(existing)) return undefined;
    const read = readRhythm(text, { now, tz });
    return read.ok ? undefined : read.error;
  }
  const parsed = schema.safeParse(rawOf(values));
  return parsed.success ? undefined : parsed.error.issues.find((i) => String(i.path[0]) === field)?.message;
}

/** Validates a submission; times are read in `tz` and stored as UTC. */
export function parseCommitteeForm(
  values: Record<string, FormValue>,
  tz: string,
  now: Date,
  existing?: Committee,
): ParsedForm {
  const parsed = schema.safeParse(rawOf(values));
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "name");
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const v = parsed.data;
  const when = timing(v, tz, now, existing);
  if (!when.ok) return when;
  return {
    ok: true,
    attendees: [...new Set(v.attendees)],
    input: {
      name: v.name,
      type: v.type,
      districtId: v.districtId,
      part: v.part,
      ...when.t,
      durationMinutes: v.duration,
      timezone: tz,
      location: v.location,
      channelId: v.channelId && v.channelId !== NO_CHANNEL ? v.channelId : null,
      reminderLeadMinutes: [...new Set(v.leads)].sort((a, b) => b - a),
    },
  };
}
