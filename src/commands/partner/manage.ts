// "partner umbenennen | art | archivieren": one partner changed in place, audited with ids only.
import { z } from "zod";
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { labels, partner as t } from "../messages/index.js";
import { refuse } from "./guard.js";
import { unquote } from "./match.js";
import { pick } from "./pick.js";
import { splitTrailingType, typeList } from "./types.js";

const partnerName = z.string().trim().min(2).max(100);

/** „A -> B“, „A → B“, „A zu B“, „A in B“: arrows first, then the first „zu“/„in“ after which a name follows. */
export function splitRename(rest: string): { from: string; to: string } | undefined {
  const arrow = rest.split(/\s*(?:->|→|=>)\s*/u);
  if (arrow.length === 2 && arrow[0]?.trim() && arrow[1]?.trim())
    return { from: arrow[0].trim(), to: arrow[1].trim() };
  const word = /\s+(?:zu|in)\s+/giu;
  for (const m of rest.matchAll(word)) {
    const from = rest.slice(0, m.index).trim();
    const to = rest.slice((m.index ?? 0) + m[0].length).trim();
    if (from && to) return { from, to };
  }
  return undefined;
}

export async function renamePartner(ctx: Ctx, rest: string): Promise<Reply> {
  const refused = refuse(ctx, rest);
  if (refused) return refused;
  const split = splitRename(rest);
  if (!split) return errorReply(t.renameUsage);
  const newName = partnerName.safeParse(unquote(split.to).name);
  if (!newName.success) return errorReply(t.nameInvalid);
  // The new name is saved and shown in channels and reports: a weak hint of a person's name is enough to stop.
  const strict = refuse(ctx, newName.data, true);
  if (strict) return strict;
  const picked = pick(
    split.from,
    await ctx.store.listPartners(),
    (exact) => `partner umbenennen ${exact} -> ${split.to}`,
  );
  if (picked.reply) return picked.reply;
  const { partner } = picked;
  if (partner.name === newName.data) return errorReply(t.sameName(partner.name));
  const clash = await ctx.store.findPartnerByName(newName.data);
  // Only case may change on the partner itself; another partner of that name is a merge, not a rename.
  if (clash && clash.id !== partner.id) return errorReply(t.nameTaken(clash.name));
  await ctx.store.renamePartner(partner.id, newName.data);
  await ctx.store.audit("partner.rename", ctx.caller.id, `partner:${partner.id}`, {}, ctx.clock.now());
  return message([text(t.renamed(partner.name, newName.data))]);
}

export async function retypePartner(ctx: Ctx, rest: string): Promise<Reply> {
  const refused = refuse(ctx, rest);
  if (refused) return refused;
  const split = splitTrailingType(rest);
  if (!split?.name) return errorReply(t.typeUsage(typeList()));
  const { type } = split;
  const picked = pick(
    split.name,
    await ctx.store.listPartners(),
    (exact) => `partner art ${exact} ${labels.partnerType[type]}`,
  );
  if (picked.reply) return picked.reply;
  const { partner } = picked;
  if (partner.type === type) return message([text(t.typeSame(partner.name, labels.partnerType[type]))]);
  await ctx.store.retypePartner(partner.id, type);
  await ctx.store.audit(
    "partner.retype",
    ctx.caller.id,
    `partner:${partner.id}`,
    { from: partner.type, to: type },
    ctx.clock.now(),
  );
  return message([text(t.typeSet(partner.name, labels.partnerType[type]))]);
}

export async function archivePartner(ctx: Ctx, rest: string): Promise<Reply> {
  const refused = refuse(ctx, rest);
  if (refused) return refused;
  const all = await ctx.store.listPartners();
  const picked = pick(rest, all, (exact) => `partner archivieren ${exact}`);
  if (picked.reply) return picked.reply;
  const { partner } = picked;
  if (partner.archivedAt) return message([text(t.alreadyArchived(partner.name))]);
  await ctx.store.archivePartner(partner.id, ctx.clock.now());
  await ctx.store.audit("partner.archive", ctx.caller.id, `partner:${partner.id}`, {}, ctx.clock.now());
  return message([text(t.archived(partner.name))]);
}
