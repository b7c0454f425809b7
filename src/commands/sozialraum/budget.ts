// "sozialraum budget <Sozialraum> <Stunden>|aus": the district's yearly target of case-independent hours (leads and admins).
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import { type Ctx, isLead } from "../context.js";
import { budgetLine, budgetStatus } from "../digest/budget.js";
import { localDay } from "../digest/week.js";
import { bericht as b, common, sozialraum as t } from "../messages/index.js";

const MAX_HOURS = 100_000;

export async function setBudget(ctx: Ctx, rest: string): Promise<Reply> {
  if (!isLead(ctx)) return errorReply(common.leadsOnly);
  const words = rest.trim().split(/\s+/).filter(Boolean);
  const amount = words.pop()?.toLowerCase();
  const name = words.join(" ");
  if (!amount || !name) return errorReply(b.budgetUsage);
  const clear = amount === "aus";
  const hours = Number(amount);
  if (!clear && !(/^\d+$/.test(amount) && hours >= 1 && hours <= MAX_HOURS))
    return errorReply(b.budgetBadHours);
  const district = await ctx.store.findDistrictByName(name);
  if (!district || district.archivedAt) {
    const known = (await ctx.store.listDistricts()).map((d) => d.name).join(", ");
    return errorReply(t.unknownDistrict(name, known));
  }
  const now = ctx.clock.now();
  const updated = await ctx.store.setDistrictBudget(district.id, clear ? null : hours);
  await ctx.store.audit(
    "district.budget",
    ctx.caller.id,
    `district:${district.id}`,
    { hours: clear ? null : hours },
    now,
  );
  if (clear || !updated) return message([text(b.budgetCleared(district.name))]);
  const status = await budgetStatus(ctx.store, [updated], localDay(now, ctx.tenant.timezone));
  return message([text(b.budgetSet(district.name, hours, status ? budgetLine(status) : ""))]);
}
