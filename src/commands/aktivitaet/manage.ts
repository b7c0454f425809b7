// "aktivitaet bearbeiten|löschen <Nr.>": own entries (leads: all); deletion is soft, confirmed and audited.

import { button, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { common, aktivitaet as t } from "../messages/index.js";
import { ACTION, replacing } from "./actions.js";
import { draftOf } from "./draft.js";
import { editable, openForm } from "./entry.js";
import { germanDay } from "./parse/days.js";

/** "12", "#12" or "Nr. 12" -> 12. */
export function parseId(raw: string | undefined): number | undefined {
  const m = /^(?:nr\.?\s*|#)?(\d{1,9})$/i.exec((raw ?? "").trim());
  return m ? Number(m[1]) : undefined;
}

export async function editCommand(ctx: Ctx, rest: string, sub = "bearbeiten"): Promise<Reply> {
  const id = parseId(rest);
  if (id === undefined) return errorReply(t.idUsage(sub));
  const check = await editable(ctx, id);
  if ("error" in check) return check.error;
  return openForm(ctx, draftOf(check.activity), id);
}

export async function deleteQuestion(ctx: Ctx, rest: string, sub = "löschen"): Promise<Reply> {
  const id = parseId(rest);
  if (id === undefined) return errorReply(t.idUsage(sub));
  const check = await editable(ctx, id, "delete");
  if ("error" in check) return check.error;
  const a = check.activity;
  return message([
    text(t.deleteQuestion(a.id, a.title, germanDay(a.occurredOn)), "warning"),
    {
      type: "actions",
      buttons: [
        button(t.deleteButton, ACTION.deleteConfirm, String(a.id), "danger"),
        button(common.cancel, ACTION.deleteCancel),
      ],
    },
  ]);
}

export async function deleteConfirmed(ctx: Ctx, value: string | undefined): Promise<Reply> {
  const id = parseId(value);
  if (id === undefined) return errorReply(common.unknownAction);
  const check = await editable(ctx, id, "delete");
  if ("error" in check) return check.error;
  const now = ctx.clock.now();
  if (!(await ctx.store.deleteActivity(id, now))) return errorReply(t.notFound(id));
  await ctx.store.audit("activity.delete", ctx.caller.id, `activity:${id}`, { activityId: id }, now);
  return replacing([text(t.deleted(id))]);
}

export function deleteCancelled(): Reply {
  return replacing([text(t.deleteCancelled)]);
}
