// Saving flows: the form (new or edit), the quick-entry buttons (Speichern, Bearbeiten, Verwerfen) and the form submission.

import type { FormValue } from "../../conversation/input.js";
import { button, type Element, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Activity } from "../../store/index.js";
import { type Ctx, isLead } from "../context.js";
import { common, aktivitaet as t } from "../messages/index.js";
import { ACTION, replacing } from "./actions.js";
import { asSeenBy } from "./confidential.js";
import { type Draft, decodeDraft, encodeDraft } from "./draft.js";
import { duplicateQuestion, likelyDuplicate } from "./duplicate.js";
import { buildForm, readForm } from "./form.js";
import { loadKnown, noDistrictReply } from "./known.js";
import { recordDraft, refusal, refusedField, requestEntryKey } from "./record.js";
import { prepare } from "./save.js";
import { activityFields } from "./summary.js";

/** Closes the open form and shows `reply`. */
function closeWith(reply: Reply): Reply {
  // biome-ignore lint/suspicious/noThenProperty: the neutral Reply model names this field `then`.
  return { kind: "closeForm", then: reply };
}

const emptyDraft = (): Draft => ({ partnerIds: [], newPartners: [], goals: [], targetGroups: [], notes: "" });

export async function openForm(ctx: Ctx, draft: Draft = emptyDraft(), editId?: number): Promise<Reply> {
  const known = await loadKnown(ctx);
  if (known.districts.length === 0) return noDistrictReply(ctx);
  return { kind: "form", form: buildForm(known, draft, editId === undefined ? {} : { editId }) };
}

/**
 * The activity if the caller may change it: their own, or any for a lead. Editing shows the text, and
 * confidential text is its author's alone, so a lead may delete such an activity but not edit it.
 */
export async function editable(
  ctx: Ctx,
  id: number,
  purpose: "edit" | "delete" = "edit",
): Promise<{ activity: Activity } | { error: Reply }> {
  const found = await ctx.store.getActivity(id);
  if (!found) return { error: errorReply(t.notFound(id)) };
  if (found.authorId !== ctx.caller.id && !isLead(ctx)) return { error: errorReply(t.notYours) };
  if (purpose === "edit" && found.authorId !== ctx.caller.id && found.confidential)
    return { error: errorReply(t.confidentialNotYours) };
  return { activity: asSeenBy(found, ctx.caller.id) };
}

async function savedReply(ctx: Ctx, activity: Activity, headline: string): Promise<Reply> {
  return message(await savedElements(ctx, activity, headline));
}

async function savedElements(ctx: Ctx, activity: Activity, headline: string): Promise<Element[]> {
  const district = await ctx.store.findDistrict(activity.districtId);
  return [
    text(headline),
    activityFields(activity, district?.name ?? ""),
    {
      type: "actions",
      buttons: [
        button(common.edit, ACTION.edit, String(activity.id)),
        button(t.deleteButton, ACTION.delete, String(activity.id), "danger"),
      ],
    },
  ];
}

/** "Speichern" under a quick-entry confirmation. */
export async function saveFromButton(ctx: Ctx, value: string | undefined): Promise<Reply> {
  const decoded = decodeDraft(value);
  if (!decoded) return errorReply(t.staleDraft);
  if (!decoded.duplicateOk) {
    const earlier = await likelyDuplicate(ctx, decoded.draft);
    const question = earlier && duplicateQuestion(earlier, decoded.draft, decoded.acknowledged);
    if (question) return question;
  }
  const recorded = await recordDraft(ctx, decoded.draft, decoded.acknowledged);
  if (!recorded.ok) {
    const again = encodeDraft(decoded.draft);
    return message([
      text(refusal(recorded), "warning"),
      // After an unknown outcome the form would save without the entry key: only Speichern (still on the
      // confirmation above) is safe to repeat.
      ...(again && recorded.reason !== "privacy" && recorded.reason !== "unknown"
        ? [{ type: "actions" as const, buttons: [button(common.edit, ACTION.editDraft, again)] }]
        : []),
    ]);
  }
  return replacing(await savedElements(ctx, recorded.activity, t.saved(recorded.activity.id)));
}

/** "Bearbeiten" under a quick-entry confirmation: the form, prefilled. */
export async function editDraftFromButton(ctx: Ctx, value: string | undefined): Promise<Reply> {
  const decoded = decodeDraft(value);
  if (!decoded) return errorReply(t.staleDraft);
  return openForm(ctx, decoded.draft);
}

export function discard(): Reply {
  return replacing([text(t.discarded)]);
}

/**
 * The submitted form: a new activity, or (state "e:<id>") changes to an existing one. `requestKey` names the
 * platform request; the same submission delivered twice stores one activity and answers the same both times.
 */
export async function submitForm(
  ctx: Ctx,
  values: Record<string, FormValue>,
  state?: string,
  requestKey?: string,
): Promise<Reply> {
  const known = await loadKnown(ctx);
  if (known.districts.length === 0) return noDistrictReply(ctx);
  const editMatch = state ? /^e:(\d{1,10})$/.exec(state) : null;
  if (state && !editMatch) return errorReply(t.staleDraft);
  const editId = editMatch ? Number(editMatch[1]) : undefined;
  if (editId !== undefined) {
    const check = await editable(ctx, editId);
    if ("error" in check) return closeWith(check.error);
  }

  const read = readForm(values, known);
  if (!read.ok) return { kind: "formErrors", errors: read.errors };
  if (editId === undefined) {
    const entryKey = read.draft.entryKey ?? (requestKey ? requestEntryKey(ctx, requestKey) : undefined);
    const draft = entryKey ? { ...read.draft, entryKey } : read.draft;
    const recorded = await recordDraft(ctx, draft, read.acknowledged);
    if (!recorded.ok) return { kind: "formErrors", errors: { [refusedField(recorded)]: refusal(recorded) } };
    return closeWith(await savedReply(ctx, recorded.activity, t.saved(recorded.activity.id)));
  }
  const prepared = await prepare(ctx, read.draft, read.acknowledged);
  if (!prepared.ok) return { kind: "formErrors", errors: { [refusedField(prepared)]: refusal(prepared) } };
  const updated = await ctx.store.updateActivity(editId, prepared.input, ctx.clock.now());
  if (!updated) return closeWith(errorReply(t.notFound(editId)));
  await ctx.store.audit(
    "activity.update",
    ctx.caller.id,
    `activity:${editId}`,
    { activityId: editId },
    ctx.clock.now(),
  );
  return closeWith(await savedReply(ctx, updated, t.updated(editId)));
}
