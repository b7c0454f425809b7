// The committee form (new and edit) and its validation into a CommitteeInput.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Form } from "../../conversation/reply.js";
import type { Committee, District } from "../../store/index.js";
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

/** The choice "no own channel": a select needs a non-empty value on Slack. */
export const NO_CHANNEL = "-";

/**
 * Channels by name instead of a raw id (Teams ids are long): the districts' channels, the team's channels the
 * bot knows by name (Teams), the one the form was opened in and the committee's current one.
 */
function channelChoices(
  districts: District[],
  named: { id: string; name: string }[],
  current: string,
  here: string | undefined,
) {
  const f = gremium.form;
  const choices: { value: string; label: string }[] = [{ value: NO_CHANNEL, label: f.channelNone }];
  for (const d of districts)
    if (d.channelId && !choices.some((c) => c.value === d.channelId))
      choices.push({ value: d.channelId, label: f.channelOf(d.name) });
  for (const c of named)
    if (!choices.some((x) => x.value === c.id)) choices.push({ value: c.id, label: f.channelNamed(c.name) });
  if (here && !choices.some((c) => c.value === here)) choices.push({ value: here, label: f.channelHere });
  if (current && !choices.some((c) => c.value === current))
    choices.push({ value: current, label: f.channelCurrent });
  return choices;
}

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
  const [districts, members, named] = await Promise.all([
    ctx.store.listDistricts(),
    ctx.store.listMembers(),
    ctx.store.namedChannels(),
  ]);
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
        kind: "select",
        label: f.channel,
        hint: f.channelHint,
        options: channelChoices(
          districts,
          named,
          channel,
          ctx.where.isDirect ? undefined : ctx.where.channelId,
        ),
        initial: channel || NO_CHANNEL,
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
