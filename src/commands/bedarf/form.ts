// „bedarf neu“ without text: the same need as a form, checked field by field, guarded before anything is saved.
import type { FormValue } from "../../conversation/input.js";
import { closeFormWith, type Form, type Reply } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { targetGroupOf } from "../loop/line.js";
import { bedarf as t } from "../messages/index.js";
import { privacyErrors } from "../privacy/fields.js";
import { saveNeed } from "./record.js";

export const NEED_FORM = "bedarf:form";

const str = (v: FormValue) => (typeof v === "string" ? v.trim() : "");

export async function needForm(ctx: Ctx): Promise<Reply> {
  const [districts, channelDistrict] = await Promise.all([
    ctx.store.listDistricts(),
    ctx.where.channelId ? ctx.store.districtForChannel(ctx.where.channelId) : Promise.resolve(undefined),
  ]);
  const preset = channelDistrict ?? (districts.length === 1 ? districts[0] : undefined);
  const f = t.form;
  const form: Form = {
    formId: NEED_FORM,
    title: f.title,
    submitLabel: f.submit,
    intro: f.intro,
    inputs: [
      {
        id: "description",
        kind: "textarea",
        label: f.description,
        required: true,
        maxLength: 300,
        hint: f.descriptionHint,
      },
      {
        id: "districtId",
        kind: "select",
        label: f.district,
        required: true,
        options: districts.map((d) => ({ value: String(d.id), label: d.name })),
        ...(preset ? { initial: String(preset.id) } : {}),
      },
      { id: "theme", kind: "text", label: f.theme, maxLength: 60, placeholder: f.themePlaceholder },
      { id: "targetGroup", kind: "text", label: f.targetGroup, maxLength: 60, hint: f.targetGroupHint },
    ],
  };
  return { kind: "form", form };
}

export async function submitNeedForm(values: Record<string, FormValue>, ctx: Ctx): Promise<Reply> {
  const description = str(values.description);
  const theme = str(values.theme);
  const targetGroup = str(values.targetGroup);
  const errors: Record<string, string> = privacyErrors(ctx, { description, theme, targetGroup });
  if (description.length < 8) errors.description = t.tooShort;
  else if (description.length > 300) errors.description = t.tooLong;
  const districtId = Number(str(values.districtId));
  const district = Number.isInteger(districtId) ? await ctx.store.findDistrict(districtId) : undefined;
  if (!district) errors.districtId = t.form.districtMissing;
  if (Object.keys(errors).length > 0) return { kind: "formErrors", errors };
  const card = await saveNeed(
    { description, districtId, theme, targetGroup: targetGroup || targetGroupOf(description) },
    ctx,
  );
  return closeFormWith(card);
}
