// Districts (Sozialräume): list, create, map a channel, rename, archive.
import { z } from "zod";
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { isAdmin } from "../context.js";
import { common, sozialraum as t } from "../messages/index.js";

const districtName = z.string().trim().min(2).max(60);

async function findByName(ctx: Ctx, raw: string) {
  const name = raw.trim();
  const known = (await ctx.store.listDistricts()).map((d) => d.name).join(", ");
  if (name === "") return { error: errorReply(t.nameMissing(known)) };
  const district = await ctx.store.findDistrictByName(name);
  if (district && !district.archivedAt) return { district };
  return { error: errorReply(t.unknownDistrict(name, known)) };
}

export async function listDistricts(ctx: Ctx): Promise<Reply> {
  const all = await ctx.store.listDistricts();
  if (all.length === 0) return message([text(t.none)]);
  return message([
    text(t.listTitle, "heading"),
    {
      type: "list",
      items: all.map((d) => ({
        title: d.name,
        detail: d.channelId ? t.channelOf(d.channelId) : t.noChannel,
      })),
    },
  ]);
}

export async function createDistrict(ctx: Ctx, rest: string): Promise<Reply> {
  if (!isAdmin(ctx)) return errorReply(common.adminsOnly);
  const parsed = districtName.safeParse(rest);
  if (!parsed.success) return errorReply(t.nameInvalid);
  if (await ctx.store.findDistrictByName(parsed.data)) return errorReply(t.exists(parsed.data));
  const district = await ctx.store.createDistrict(parsed.data);
  await ctx.store.audit("district.create", ctx.caller.id, `district:${district.id}`, {}, ctx.clock.now());
  return message([text(t.created(district.name))]);
}

export async function assignChannel(ctx: Ctx, rest: string): Promise<Reply> {
  if (!isAdmin(ctx)) return errorReply(common.adminsOnly);
  if (!ctx.where.channelId || ctx.where.isDirect) return errorReply(t.needsChannel);
  const found = await findByName(ctx, rest);
  if (found.error) return found.error;
  // A channel belongs to one district: release it from any other first.
  const previous = await ctx.store.districtForChannel(ctx.where.channelId);
  if (previous && previous.id !== found.district.id) await ctx.store.assignChannel(previous.id, null);
  await ctx.store.assignChannel(found.district.id, ctx.where.channelId);
  await ctx.store.audit(
    "district.channel",
    ctx.caller.id,
    `district:${found.district.id}`,
    {},
    ctx.clock.now(),
  );
  return message([text(t.channelAssigned(found.district.name))]);
}

export async function renameDistrict(ctx: Ctx, rest: string): Promise<Reply> {
  if (!isAdmin(ctx)) return errorReply(common.adminsOnly);
  const [from, to] = rest.split(/\s*(?:->|→)\s*/);
  if (!from || !to) return errorReply(t.renameUsage);
  const parsed = districtName.safeParse(to);
  if (!parsed.success) return errorReply(t.nameInvalid);
  const found = await findByName(ctx, from);
  if (found.error) return found.error;
  const clash = await ctx.store.findDistrictByName(parsed.data);
  if (clash && clash.id !== found.district.id) return errorReply(t.exists(parsed.data));
  await ctx.store.renameDistrict(found.district.id, parsed.data);
  return message([text(t.renamed(found.district.name, parsed.data))]);
}

export async function archiveDistrict(ctx: Ctx, rest: string): Promise<Reply> {
  if (!isAdmin(ctx)) return errorReply(common.adminsOnly);
  const found = await findByName(ctx, rest);
  if (found.error) return found.error;
  await ctx.store.archiveDistrict(found.district.id, ctx.clock.now());
  await ctx.store.audit(
    "district.archive",
    ctx.caller.id,
    `district:${found.district.id}`,
    {},
    ctx.clock.now(),
  );
  return message([text(t.archived(found.district.name))]);
}
