// "datenschutz mitglied entfernen @Person": someone left the team; their name disappears everywhere.
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import { type Ctx, isAdmin } from "../context.js";
import { common, datenschutz as t } from "../messages/index.js";
import { findMemberByRef } from "../sozialraum/members.js";

export async function forgetMember(ctx: Ctx, rest: string): Promise<Reply> {
  if (!isAdmin(ctx)) return errorReply(common.adminsOnly);
  const match = /^entfernen\s+(.+)$/iu.exec(rest.trim());
  if (!match?.[1]) return errorReply(t.forgetUsage);
  const { target, all } = await findMemberByRef(ctx, match[1].trim());
  if (!target || target.displayName === t.formerMember) return errorReply(t.forgetUnknown);
  if (target.id === ctx.caller.id) return errorReply(t.forgetSelf);
  if (target.role === "admin" && all.filter((m) => m.role === "admin").length === 1)
    return errorReply(t.forgetLastAdmin);
  await ctx.store.forgetMember(target.id, t.formerMember, ctx.clock.now());
  // The audit keeps only the member's number: a pseudonym for the person.
  await ctx.store.audit("member.forget", ctx.caller.id, `member:${target.id}`, {}, ctx.clock.now());
  return message([text(t.forgotten(t.formerMember))]);
}
