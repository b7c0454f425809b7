// "sozialraum personenzahlen an|aus": per-person figures need the works council's consent; admins only, audited.

import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import { type Ctx, isAdmin } from "../context.js";
import { common, digest as t } from "../messages/index.js";

export async function handlePersonenzahlen(rest: string, ctx: Ctx): Promise<Reply> {
  if (!isAdmin(ctx)) return errorReply(common.adminsOnly);
  const word = rest.trim().toLowerCase();
  if (word === "")
    return message([text(t.perPersonState(ctx.tenant.perPersonFigures)), text(t.perPersonUsage, "muted")]);
  if (word !== "an" && word !== "aus") return errorReply(t.perPersonUsage);
  const enabled = word === "an";
  await ctx.store.updateTenantSettings({ perPersonFigures: enabled });
  await ctx.store.audit("tenant.per_person_figures", ctx.caller.id, "tenant", { enabled }, ctx.clock.now());
  return message([text(enabled ? t.perPersonOn : t.perPersonOff)]);
}
