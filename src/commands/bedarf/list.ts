// „bedarf liste [Sozialraum]“: the district's agenda, most often seen first, with the offers that answer it.
import { button, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { chooseDistrict } from "../digest/districts.js";
import { NEED_STATUS_LABELS, bedarf as t } from "../messages/bedarf.js";
import { SEEN_ACTION } from "./view.js";

const LIMIT = 25;

export async function listNeeds(rest: string, ctx: Ctx): Promise<Reply> {
  const choice = await chooseDistrict(ctx, rest.replace(/^@/, ""));
  if ("error" in choice) return errorReply(choice.error);
  const districts = "all" in choice ? choice.all : [choice.district];
  const name = new Map(districts.map((d) => [d.id, d.name]));
  const needs = (
    await ctx.store.listNeeds("district" in choice ? { districtId: choice.district.id } : {})
  ).filter((n) => name.has(n.districtId));
  const title = t.listTitle("district" in choice ? choice.district.name : t.allDistricts);
  if (needs.length === 0) return message([text(title, "heading"), text(t.none, "muted")]);
  const offers = await ctx.store.listOffers({ includeEnded: true });
  return message([
    text(title, "heading"),
    {
      type: "list",
      items: needs.slice(0, LIMIT).map((n) => {
        const answered = offers.filter((o) => o.needId === n.id).map((o) => o.title);
        return {
          title: `Nr. ${n.id}: ${n.description}`,
          detail: [
            name.get(n.districtId),
            n.theme || t.noTheme,
            n.targetGroup || t.noTargetGroup,
            t.seen(n.seen),
            NEED_STATUS_LABELS[n.status],
            ...(answered.length > 0 ? [`${t.field.offers}: ${answered.join(", ")}`] : []),
          ].join(" · "),
          actions: [button(t.seenButton, SEEN_ACTION, String(n.id))],
        };
      }),
    },
  ]);
}
