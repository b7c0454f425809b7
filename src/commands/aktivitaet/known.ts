// What the aktivitaet handlers look up first: today in the caller's zone, the districts, partners and names.

import { message, type Reply, text } from "../../conversation/reply.js";
import { type Ctx, isAdmin } from "../context.js";
import { aktivitaet as t } from "../messages/index.js";
import { todayIn } from "./parse/days.js";
import type { QuickContext } from "./parse/quick.js";
import type { Names } from "./summary.js";

export const today = (ctx: Ctx) => todayIn(ctx.clock.now(), ctx.timezone);

export interface Known extends QuickContext {
  names: Names;
  /** Archived partners: never suggested, but old entries keep showing (and keeping) them. */
  archivedPartners: QuickContext["partners"];
  /** The team's display names, for the privacy guard of the form (see Ctx.colleagues). */
  colleagues?: readonly string[];
}

export async function loadKnown(ctx: Ctx): Promise<Known> {
  const [districts, partners] = await Promise.all([ctx.store.listDistricts(), ctx.store.listPartners()]);
  // The list holds every district that is not archived, so the channel's is among them: no second query.
  const channelDistrict = ctx.where.channelId
    ? districts.find((d) => d.channelId === ctx.where.channelId)
    : undefined;
  const districtNames = new Map(districts.map((d) => [d.id, d.name]));
  const partnerNames = new Map(partners.map((p) => [p.id, p.name]));
  const brief = (p: (typeof partners)[number]) => ({ id: p.id, name: p.name, type: p.type });
  return {
    today: today(ctx),
    districts: districts.map((d) => ({ id: d.id, name: d.name })),
    partners: partners.filter((p) => !p.archivedAt).map(brief),
    archivedPartners: partners.filter((p) => p.archivedAt).map(brief),
    ...(channelDistrict ? { channelDistrictId: channelDistrict.id } : {}),
    colleagues: ctx.colleagues,
    names: { district: (id) => districtNames.get(id), partner: (id) => partnerNames.get(id) },
  };
}

/** How many of the team's latest activities the quick entry learns its focus from. */
export const HISTORY_SIZE = 200;

/** The team's recent titles and their focus, so the parser can follow the team's own earlier choices. */
export async function loadHistory(ctx: Ctx): Promise<NonNullable<QuickContext["history"]>> {
  return ctx.store.recentTitles(HISTORY_SIZE);
}

/** The German answer when the tenant has no district yet; districts are the admin's job (sozialraum neu). */
export function noDistrictReply(ctx: Ctx): Reply {
  return message([text(t.noDistrict, "warning"), ...(isAdmin(ctx) ? [text(t.noDistrictAdmin)] : [])]);
}

export const districtList = (known: { districts: { name: string }[] }) =>
  known.districts.map((d) => d.name).join(", ");
