// Who may cancel, move or archive a committee: the member who created it, team leads and admins.
import { errorReply, type Reply } from "../../conversation/reply.js";
import type { Committee } from "../../store/index.js";
import { type Ctx, isLead } from "../context.js";
import { gremium } from "../messages/index.js";

export type CommitteeChange = "cancel" | "move" | "archive";

export const mayChange = (ctx: Ctx, committee: Committee): boolean =>
  isLead(ctx) || (committee.createdBy !== null && committee.createdBy === ctx.caller.id);

/** undefined when the caller may make the change, else the refusal naming who may. */
export async function refuseChange(
  ctx: Ctx,
  committee: Committee,
  change: CommitteeChange,
): Promise<Reply | undefined> {
  if (mayChange(ctx, committee)) return undefined;
  const owner = committee.createdBy === null ? undefined : await ctx.store.findMember(committee.createdBy);
  return errorReply(gremium.notAllowed(change, committee.name, owner?.displayName || undefined));
}
