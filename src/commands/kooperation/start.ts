// "kooperation neu <Partner>": starts the checklist for a known partner, or first asks for an unknown one's type.
import { z } from "zod";
import type { CommandInput } from "../../conversation/input.js";
import { button, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import { PARTNER_TYPES, type Partner } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { labels, kooperation as t } from "../messages/index.js";
import { stepForm } from "./dialog.js";
import { privacyErrors } from "./guard.js";

export const PARTNER_FORM = "kooperation:partner";

const partnerName = z.string().trim().min(2).max(80);

export async function startCooperation(ctx: Ctx, rawName: string): Promise<Reply> {
  const name = partnerName.safeParse(rawName);
  if (!name.success) return errorReply(rawName.trim() ? t.errors.partnerNameInvalid : t.usage.neu);
  const partner = await ctx.store.findPartnerByName(name.data);
  if (!partner) return partnerForm(ctx, name.data);
  return startWith(ctx, partner);
}

/** One open cooperation per partner: a second "neu" leads back to the existing one. */
async function startWith(ctx: Ctx, partner: Partner): Promise<Reply> {
  const open = await ctx.store.openCooperationWith(partner.id);
  if (open) {
    return message([
      text(t.alreadyOpen(partner.name, labels.cooperationStatus[open.status], open.currentStep)),
      {
        type: "actions",
        buttons: [
          button(t.resume, "kooperation:resume", String(open.id), "primary"),
          button(t.show, "kooperation:show", String(open.id)),
        ],
      },
    ]);
  }
  const channelDistrict = ctx.where.channelId
    ? await ctx.store.districtForChannel(ctx.where.channelId)
    : undefined;
  const districtId = partner.districtId ?? channelDistrict?.id;
  const coop = await ctx.store.startCooperation(partner.id, ctx.caller.id, districtId);
  await ctx.store.audit("cooperation.start", ctx.caller.id, `cooperation:${coop.id}`, {}, ctx.clock.now());
  return stepForm(ctx, { coop, partner }, 1);
}

async function partnerForm(ctx: Ctx, name: string): Promise<Reply> {
  const districts = await ctx.store.listDistricts();
  const channelDistrict = ctx.where.channelId
    ? await ctx.store.districtForChannel(ctx.where.channelId)
    : undefined;
  return {
    kind: "form",
    form: {
      formId: PARTNER_FORM,
      title: t.partnerFormTitle,
      submitLabel: t.create,
      intro: t.partnerIntro(name),
      inputs: [
        { id: "name", kind: "text", label: t.partnerName, required: true, initial: name, maxLength: 80 },
        {
          id: "type",
          kind: "select",
          label: t.partnerType,
          required: true,
          initial: "school",
          options: PARTNER_TYPES.map((p) => ({ value: p, label: labels.partnerType[p] })),
        },
        ...(districts.length > 0
          ? [
              {
                id: "district",
                kind: "select" as const,
                label: t.partnerDistrict,
                hint: t.partnerDistrictHint,
                ...(channelDistrict ? { initial: String(channelDistrict.id) } : {}),
                options: districts.map((d) => ({ value: String(d.id), label: d.name })),
              },
            ]
          : []),
      ],
    },
  };
}

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export async function submitPartner(
  input: Extract<CommandInput, { type: "submit" }>,
  ctx: Ctx,
): Promise<Reply> {
  const errors: Record<string, string> = {};
  const name = partnerName.safeParse(one(input.values.name));
  if (!name.success) errors.name = t.errors.partnerNameInvalid;
  else Object.assign(errors, privacyErrors(ctx, { name: name.data }));
  const type = z.enum(PARTNER_TYPES).safeParse(one(input.values.type));
  if (!type.success) errors.type = t.errors.partnerTypeInvalid;
  const rawDistrict = one(input.values.district);
  let districtId: number | undefined;
  if (typeof rawDistrict === "string" && rawDistrict !== "") {
    const district = /^\d{1,12}$/.test(rawDistrict)
      ? await ctx.store.findDistrict(Number(rawDistrict))
      : undefined;
    if (!district || district.archivedAt) errors.district = t.errors.districtInvalid;
    else districtId = district.id;
  }
  if (!name.success || !type.success || Object.keys(errors).length > 0) return { kind: "formErrors", errors };
  // Someone may have created it meanwhile: then use that partner as it is.
  const partner =
    (await ctx.store.findPartnerByName(name.data)) ??
    (await ctx.store.createPartner(name.data, type.data, districtId));
  return startWith(ctx, partner);
}
