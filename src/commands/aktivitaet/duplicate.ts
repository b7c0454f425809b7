// A likely duplicate (same title, district and day, by anyone in the team) is asked about before saving.
import { button, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { common, aktivitaet as t } from "../messages/index.js";
import { ACTION, replacing } from "./actions.js";
import { type Draft, encodeDraft } from "./draft.js";
import { germanDay } from "./parse/days.js";

/** The earlier activity this draft repeats, if any; a confirmation saved before is no duplicate of itself. */
export async function likelyDuplicate(
  ctx: Ctx,
  d: Draft,
): Promise<{ id: number; occurredOn: string } | undefined> {
  if (!d.title?.trim() || d.districtId === undefined || d.occurredOn === undefined) return undefined;
  if (d.entryKey && (await ctx.store.findActivityByEntryKey(d.entryKey))) return undefined;
  return ctx.store.findLikelyDuplicate(
    { title: d.title, districtId: d.districtId, occurredOn: d.occurredOn },
    ctx.caller.id,
  );
}

/** „Das sieht aus wie Nr. 12 vom … – trotzdem speichern?“ in place of the confirmation. */
export function duplicateQuestion(
  earlier: { id: number; occurredOn: string },
  d: Draft,
  acknowledged: boolean,
): Reply | undefined {
  const anyway = encodeDraft(d, { acknowledged, duplicateOk: true });
  if (anyway === undefined) return undefined;
  return replacing([
    text(t.duplicate.question(earlier.id, germanDay(earlier.occurredOn)), "warning"),
    {
      type: "actions",
      buttons: [
        button(t.saveAnyway, ACTION.save, anyway, "primary"),
        button(common.discard, ACTION.discard, undefined, "danger"),
      ],
    },
  ]);
}
