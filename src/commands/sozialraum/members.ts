// Members and their roles; only admins change roles, and the last admin cannot step down.

import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { MemberRole } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { isAdmin, isLead } from "../context.js";
import { common, labels, sozialraum as t } from "../messages/index.js";
import { own } from "../text.js";
import { parseMemberRef } from "./args.js";

const ROLE_WORDS: Record<string, MemberRole> = {
  fachkraft: "member",
  mitglied: "member",
  member: "member",
  teamleitung: "lead",
  leitung: "lead",
  lead: "lead",
  admin: "admin",
  betriebsrat: "betriebsrat",
  betriebsrätin: "betriebsrat",
  personalrat: "betriebsrat",
  mitarbeitervertretung: "betriebsrat",
  mav: "betriebsrat",
};

export async function listMembers(ctx: Ctx): Promise<Reply> {
  if (!isLead(ctx)) return errorReply(common.leadsOnly);
  const all = await ctx.store.listMembers();
  return message([
    text(t.membersTitle, "heading"),
    {
      type: "list",
      items: all.map((m) => ({
        title: m.displayName || m.platformUserId,
        detail: labels.memberRole[m.role],
      })),
    },
  ]);
}

/** The member a reference names: a Slack mention, a platform id or a display name. */
export async function findMemberByRef(ctx: Ctx, ref: string) {
  const { platformUserId, name } = parseMemberRef(ref);
  const all = await ctx.store.listMembers();
  const target =
    all.find((m) => platformUserId !== undefined && m.platformUserId === platformUserId) ??
    all.find((m) => name !== undefined && m.displayName.toLowerCase() === name.toLowerCase());
  return { target, all };
}

export async function setRole(ctx: Ctx, rest: string): Promise<Reply> {
  if (!isAdmin(ctx)) return errorReply(common.adminsOnly);
  const words = rest.trim().split(/\s+/);
  const roleWord = words.pop()?.toLowerCase() ?? "";
  const role = own(ROLE_WORDS, roleWord);
  const ref = words.join(" ");
  if (!role || !ref) return errorReply(t.roleUsage);
  const { target, all } = await findMemberByRef(ctx, ref);
  if (!target) return errorReply(t.unknownMember);
  if (target.role === "admin" && role !== "admin" && all.filter((m) => m.role === "admin").length === 1) {
    return errorReply(t.lastAdmin);
  }
  await ctx.store.setMemberRole(target.id, role);
  // Whose role changed, from what and to what: the works council reads this trail.
  await ctx.store.audit(
    "member.role",
    ctx.caller.id,
    `member:${target.id}`,
    { memberId: target.id, from: target.role, to: role },
    ctx.clock.now(),
  );
  return message([text(t.roleSet(target.displayName || target.platformUserId, labels.memberRole[role]))]);
}
