// „angebot neu“ without text: the offer as a form. Its rhythm field is read like the typed line, each field is
// checked, and the answer is the same confirmation as the one-line setup.
import type { FormValue } from "../../conversation/input.js";
import { closeFormWith, type Form, type Reply } from "../../conversation/reply.js";
import { FOCUSES, type Focus } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { readRhythm } from "../gremium/rhythm/index.js";
import { targetGroupOf } from "../loop/line.js";
import { labels, angebot as t } from "../messages/index.js";
import { privacyErrors } from "../privacy/fields.js";
import { showProposal } from "./create.js";

export const OFFER_FORM = "angebot:form";
const DEFAULT_DURATION = 120;

const str = (v: FormValue) => (typeof v === "string" ? v.trim() : "");
const list = (v: FormValue) => (Array.isArray(v) ? v : typeof v === "string" && v ? v.split(",") : []);

export async function offerForm(ctx: Ctx): Promise<Reply> {
  const [districts, partners, needs, channelDistrict] = await Promise.all([
    ctx.store.listDistricts(),
    ctx.store.listActivePartners(),
    ctx.store.listNeeds(),
    ctx.where.channelId ? ctx.store.districtForChannel(ctx.where.channelId) : Promise.resolve(undefined),
  ]);
  const preset = channelDistrict ?? (districts.length === 1 ? districts[0] : undefined);
  const open = needs.filter((n) => n.status !== "done");
  const f = t.form;
  const form: Form = {
    formId: OFFER_FORM,
    title: f.title,
    submitLabel: f.submit,
    inputs: [
      { id: "title", kind: "text", label: f.name, required: true, maxLength: 120, placeholder: "Elterncafé" },
      { id: "rhythm", kind: "text", label: f.rhythm, required: true, maxLength: 200, hint: f.rhythmHint },
      {
        id: "districtId",
        kind: "select",
        label: f.district,
        required: true,
        options: districts.map((d) => ({ value: String(d.id), label: d.name })),
        ...(preset ? { initial: String(preset.id) } : {}),
      },
      {
        id: "focus",
        kind: "select",
        label: f.focus,
        required: true,
        options: FOCUSES.map((value) => ({ value, label: labels.focus[value] })),
        initial: "projects",
      },
      ...(partners.length
        ? [
            {
              id: "partnerIds",
              kind: "multiselect" as const,
              label: f.partners,
              options: partners.slice(0, 100).map((p) => ({ value: String(p.id), label: p.name })),
            },
          ]
        : []),
      ...(open.length
        ? [
            {
              id: "needId",
              kind: "select" as const,
              label: f.need,
              options: open
                .slice(0, 100)
                .map((n) => ({ value: String(n.id), label: `Nr. ${n.id}: ${n.description}`.slice(0, 75) })),
            },
          ]
        : []),
      { id: "initiated", kind: "checkbox", label: f.initiated, initial: "false" },
    ],
  };
  return { kind: "form", form };
}

export async function submitOfferForm(values: Record<string, FormValue>, ctx: Ctx): Promise<Reply> {
  const title = str(values.title);
  const errors: Record<string, string> = privacyErrors(ctx, { title });
  if (!title) errors.title = t.titleMissing;
  const read = readRhythm(str(values.rhythm), { now: ctx.clock.now(), tz: ctx.timezone });
  if (!read.ok) errors.rhythm = read.error;
  else if (!read.rhythm.time) errors.rhythm = t.timeMissing;
  const districtId = Number(str(values.districtId));
  if (!(await ctx.store.findDistrict(districtId))) errors.districtId = t.form.districtMissing;
  const focus = str(values.focus) as Focus;
  if (!FOCUSES.includes(focus)) errors.focus = t.form.focusMissing;
  const needText = str(values.needId);
  const needId = needText ? Number(needText) : null;
  if (needId !== null && !(await ctx.store.findNeed(needId))) errors.needId = t.unknownNeed(needText);
  const known = new Set((await ctx.store.listActivePartners()).map((p) => p.id));
  const partnerIds = list(values.partnerIds)
    .map(Number)
    .filter((id) => known.has(id));
  if (Object.keys(errors).length > 0 || !read.ok || !read.rhythm.time) return { kind: "formErrors", errors };
  const { rhythm } = read;
  const time = rhythm.time as NonNullable<typeof rhythm.time>;
  const proposal = await showProposal(
    {
      title,
      districtId,
      rule: rhythm.rule,
      hours: time.hours,
      minutes: time.minutes,
      durationMinutes: rhythm.durationMinutes ?? DEFAULT_DURATION,
      skipSchoolHolidays: rhythm.skipSchoolHolidays,
      skipPublicHolidays: rhythm.skipPublicHolidays,
      focus,
      targetGroup: targetGroupOf(title),
      initiatedOnly: values.initiated === true || values.initiated === "true",
      needId,
      partnerIds,
    },
    ctx,
  );
  return closeFormWith(proposal);
}
