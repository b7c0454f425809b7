// The committee form (new and edit) and its validation into a CommitteeInput.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Form } from "../../conversation/reply.js";
import type { Committee } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { gremium, labels } from "../messages/index.js";
import { describeRhythm } from "./rhythm/index.js";

export const FORM_ID = "gremium:save";
export const LEAD_CHOICES = [20160, 10080, 4320, 1440, 120] as const;
const DEFAULT_LEADS = ["10080", "1440"];

/** A committee's rhythm in words, without the time (the form asks for it on its own). */
export const rhythmWords = (c: Pick<Committee, "recurrence" | "skipPublicHolidays" | "skipSchoolHolidays">) =>
  describeRhythm({
    rule: c.recurrence,
    skipPublicHolidays: c.skipPublicHolidays,
    skipSchoolHolidays: c.skipSchoolHolidays,
  });

/** Values a one-line setup hands over when the user wants to change it in the form. */
export type FormPrefill = Partial<
  Record<"name" | "type" | "districtId" | "rhythm" | "time" | "duration" | "location", string>
>;

const options = (record: Record<string, string>) =>
  Object.entries(record).map(([value, label]) => ({ value, label }));

export async function committeeForm(
  ctx: Ctx,
  existing?: Committee,
  prefill: FormPrefill = {},
): Promise<Form> {
  const [districts, members] = await Promise.all([ctx.store.listDistricts(), ctx.store.listMembers()]);
  const tz = existing?.timezone ?? ctx.timezone;
  const first = existing ? new TZDate(existing.firstStartsAt.getTime(), tz) : undefined;
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
        ...(existing ? { initial: existing.name } : prefill.name ? { initial: prefill.name } : {}),
      },
      {
        id: "type",
        kind: "select",
        label: f.type,
        required: true,
        options: options(labels.committeeType),
        initial: existing?.type ?? prefill.type ?? "district_committee",
      },
      {
        id: "districtId",
        kind: "select",
        label: f.district,
        required: true,
        options: districts.map((d) => ({ value: String(d.id), label: d.name })),
        ...(existing
          ? { initial: String(existing.districtId) }
          : prefill.districtId
            ? { initial: prefill.districtId }
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
        id: "rhythm",
        kind: "text",
        label: f.rhythm,
        hint: f.rhythmHint,
        required: true,
        maxLength: 300,
        ...(existing
          ? { initial: rhythmWords(existing) }
          : prefill.rhythm
            ? { initial: prefill.rhythm }
            : {}),
      },
      {
        id: "time",
        kind: "time",
        label: f.time,
        required: true,
        initial: first ? format(first, "HH:mm") : (prefill.time ?? "18:00"),
      },
      {
        id: "firstDate",
        kind: "date",
        label: f.firstDate,
        hint: f.firstDateHint,
        ...(first ? { initial: format(first, "yyyy-MM-dd") } : {}),
      },
      {
        id: "duration",
        kind: "number",
        label: f.duration,
        required: true,
        min: 5,
        max: 1440,
        initial: String(existing?.durationMinutes ?? prefill.duration ?? 120),
      },
      {
        id: "location",
        kind: "text",
        label: f.location,
        maxLength: 200,
        ...(existing?.location
          ? { initial: existing.location }
          : prefill.location
            ? { initial: prefill.location }
            : {}),
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
