// „bedarf liste [Sozialraum]“: the district's agenda, most often seen first, with the offers that answer it.
import { button, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Need, Offer } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { chooseDistrict } from "../digest/districts.js";
import { NEED_STATUS_LABELS, bedarf as t } from "../messages/bedarf.js";
import { SEEN_ACTION } from "./view.js";

const LIMIT = 25;

/** The needs of the named district, the channel's, or all, with the offers that could answer them. */
interface NeedsInScope {
  /** The district's name, or „alle Sozialräume“. */
  scope: string;
  name: Map<number, string>;
  needs: Need[];
  offers: Offer[];
}

export async function needsInScope(ctx: Ctx, rest: string): Promise<NeedsInScope | { error: string }> {
  const choice = await chooseDistrict(ctx, rest.replace(/^@/, ""));
  if ("error" in choice) return { error: choice.error };
  const districts = "all" in choice ? choice.all : [choice.district];
  const name = new Map(districts.map((d) => [d.id, d.name]));
  const [needs, offers] = await Promise.all([
    ctx.store.listNeeds("district" in choice ? { districtId: choice.district.id } : {}),
    ctx.store.listOffers({ includeEnded: true }),
  ]);
  return {
    scope: "district" in choice ? choice.district.name : t.allDistricts,
    name,
    needs: needs.filter((n) => name.has(n.districtId)),
    offers,
  };
}

export async function listNeeds(rest: string, ctx: Ctx): Promise<Reply> {
  const found = await needsInScope(ctx, rest);
  if ("error" in found) return errorReply(found.error);
  const { name, needs, offers } = found;
  const title = t.listTitle(found.scope);
  if (needs.length === 0) return message([text(title, "heading"), text(t.none, "muted")]);
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
