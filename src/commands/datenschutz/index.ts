import { z } from "zod";
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { isAdmin } from "../context.js";
import { defineFamily, described } from "../family.js";
import { commands, common, datenschutz as t } from "../messages/index.js";
import { subjectAccess } from "./auskunft.js";
import { forgetMember } from "./forget.js";
import { auditTrail } from "./protokoll.js";
import { purgeExpired } from "./retention.js";
import { planRetention, retentionJobHandlers } from "./retention-job.js";

const months = z.coerce.number().int().min(6).max(120);

async function overview(ctx: Ctx): Promise<Reply> {
  const tenant = await ctx.store.tenant();
  return message([
    text(t.title, "heading"),
    {
      type: "list",
      items: [...t.principles, t.figuresPrinciple(tenant.perPersonFigures)].map((p) => ({ title: p })),
    },
    text(t.retention(tenant.retentionMonths), "muted"),
  ]);
}

async function setRetention(ctx: Ctx, rest: string): Promise<Reply> {
  if (!isAdmin(ctx)) return errorReply(common.adminsOnly);
  const parsed = months.safeParse(rest.trim());
  if (!parsed.success || rest.trim() === "") return errorReply(t.retentionUsage);
  await ctx.store.updateTenantSettings({ retentionMonths: parsed.data });
  await ctx.store.audit("retention.set", ctx.caller.id, "tenant", { months: parsed.data }, ctx.clock.now());
  await purgeExpired(ctx, parsed.data, ctx.caller.id);
  await planRetention(ctx.store, ctx.clock.now(), ctx.tenant.timezone);
  return message([text(t.retentionSet(parsed.data))]);
}

const c = commands.datenschutz;

export const datenschutzFamily = defineFamily({
  name: "datenschutz",
  ...described(c, "/datenschutz"),
  bare: overview,
  subcommands: [
    { name: "info", ...c.subs.info, run: (_rest, ctx) => overview(ctx) },
    {
      name: "aufbewahrung",
      ...c.subs.aufbewahrung,
      audience: "admin",
      run: (rest, ctx) => setRetention(ctx, rest),
    },
    { name: "protokoll", ...c.subs.protokoll, audience: "lead", run: (_rest, ctx) => auditTrail(ctx) },
    { name: "auskunft", ...c.subs.auskunft, run: (_rest, ctx) => subjectAccess(ctx) },
    { name: "mitglied", ...c.subs.mitglied, audience: "admin", run: (rest, ctx) => forgetMember(ctx, rest) },
  ],
  jobs: retentionJobHandlers,
});
