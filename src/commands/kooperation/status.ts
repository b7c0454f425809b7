// Status changes: "vereinbart" only with all six steps complete, "beendet" cancels the review reminder; creator or leads only.

import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { CooperationStatus } from "../../store/index.js";
import { type Ctx, isLead } from "../context.js";
import { labels, kooperation as t } from "../messages/index.js";
import { type Loaded, loadByPartner } from "./load.js";
import { missingSteps, missingText } from "./progress.js";
import { cancelReview } from "./schedule.js";
import { splitStatus } from "./status-words.js";

export const mayChangeStatus = (ctx: Ctx, { coop }: Loaded) =>
  isLead(ctx) || coop.createdBy === ctx.caller.id;

export async function changeStatus(ctx: Ctx, loaded: Loaded, status: CooperationStatus): Promise<Reply> {
  const { coop, partner } = loaded;
  if (coop.status === "ended") return errorReply(t.ended(partner.name));
  if (!mayChangeStatus(ctx, loaded)) return errorReply(t.statusPermission);
  if (status === "draft") return errorReply(t.draftNotSettable);
  if (coop.status === status)
    return message([text(t.statusUnchanged(partner.name, labels.cooperationStatus[status]))]);
  if (status === "agreed") {
    const missing = missingSteps(await ctx.store.currentAnswers(coop.id));
    if (missing.length > 0) return errorReply(t.cannotAgree(partner.name, missingText(missing)));
  }
  if (status === "ended") await cancelReview(ctx, coop);
  const now = ctx.clock.now();
  await ctx.store.updateCooperation(coop.id, { status }, now);
  await ctx.store.audit("cooperation.status", ctx.caller.id, `cooperation:${coop.id}`, { status }, now);
  return message([
    text(
      status === "ended"
        ? t.endedNow(partner.name)
        : t.statusSet(partner.name, labels.cooperationStatus[status]),
    ),
  ]);
}

/** "kooperation status <Partner> <Status>". */
export async function statusCommand(ctx: Ctx, rest: string): Promise<Reply> {
  const { partner, status } = splitStatus(rest);
  if (!partner || !status) return errorReply(t.usage.status);
  const loaded = await loadByPartner(ctx, partner, "open");
  if ("error" in loaded) return loaded.error;
  return changeStatus(ctx, loaded, status);
}
