// „Sehe ich auch“: another member has seen the same need in their own case work; one tap, counted once.
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { bedarf as t } from "../messages/index.js";

export async function addSighting(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) return errorReply(t.unknown(String(value ?? "")));
  const added = await ctx.store.addSighting(id, ctx.caller.id, ctx.clock.now());
  const need = await ctx.store.findNeed(id);
  if (!need) return errorReply(t.unknown(String(id)));
  return message([text(added ? t.seenAdded(id, need.seen) : t.seenAlready(id))]);
}
