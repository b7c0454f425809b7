// Raising a need: read, guarded before anything is saved, then posted with „Sehe ich auch“.
import { z } from "zod";
import { button, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { guardText } from "../loop/guard.js";
import { packState, unpackState } from "../loop/state.js";
import { bedarf as t } from "../messages/index.js";
import { type NeedDraft, readNeed } from "./read.js";
import { CANCEL_ACTION, needCard, SAVE_ACTION } from "./view.js";

const draftSchema = z.object({
  description: z.string().min(8).max(300),
  districtId: z.number().int().positive(),
  theme: z.string().max(200),
  targetGroup: z.string().max(80),
});

export async function raiseNeed(line: string, ctx: Ctx): Promise<Reply> {
  if (!line.trim()) return errorReply(t.usage);
  // The guard reads the raw line first, before markers are taken out of it.
  const verdict = guardText(ctx, line);
  if (verdict.kind === "strong") return errorReply(t.privacyBlocked(verdict.kinds));
  const read = await readNeed(ctx, line);
  if ("error" in read) return errorReply(read.error);
  if (verdict.kind === "weak") {
    return message([
      text(t.privacyWeak(verdict.kinds), "warning"),
      text(read.draft.description),
      {
        type: "actions",
        buttons: [
          button(t.saveAnyway, SAVE_ACTION, packState(read.draft)),
          button(t.rephrase, CANCEL_ACTION),
        ],
      },
    ]);
  }
  return saveNeed(read.draft, ctx);
}

/** „So speichern“ after a weak hint: the draft comes back from the button, checked again. */
export async function saveAfterHint(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const draft = unpackState(draftSchema, value);
  if (!draft) return errorReply(t.usage);
  const verdict = guardText(ctx, draft.description);
  if (verdict.kind === "strong") return errorReply(t.privacyBlocked(verdict.kinds));
  return saveNeed(draft, ctx);
}

export const cancelNeed = async (): Promise<Reply> => ({
  kind: "message",
  visibility: "private",
  replaceOriginal: true,
  elements: [text(t.cancelled, "muted")],
});

/** Saves a need that passed the guard and posts its card, for the line and for the form. */
export async function saveNeed(draft: NeedDraft, ctx: Ctx): Promise<Reply> {
  const district = await ctx.store.findDistrict(draft.districtId);
  if (!district) return errorReply(t.usage);
  const need = await ctx.store.recordNeed({ ...draft, createdBy: ctx.caller.id }, ctx.clock.now());
  await ctx.store.audit("need.create", ctx.caller.id, `need:${need.id}`, {}, ctx.clock.now());
  return needCard(need, district, []);
}
