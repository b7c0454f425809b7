// "partner liste [Art|Sozialraum|archiviert]": the register with type, links and last use, to spot what to clean up.
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Partner, PartnerUsage } from "../../store/index.js";
import { matchName } from "../aktivitaet/parse/fold.js";
import type { Ctx } from "../context.js";
import { germanDay, todayIn } from "../days.js";
import { labels, partner as t } from "../messages/index.js";
import { refuse } from "./guard.js";
import { typeOfWord } from "./types.js";

/** More rows than this are cut, with a hint to narrow the list. */
export const MAX_LISTED = 60;

const NONE: PartnerUsage = {
  partnerId: 0,
  activities: 0,
  cooperations: 0,
  lastActivityOn: null,
  lastCooperationAt: null,
};

/** The later of the last activity's day and the last cooperation change, as a day in the caller's zone. */
function lastUse(u: PartnerUsage, timezone: string): string | undefined {
  const coopDay = u.lastCooperationAt ? todayIn(u.lastCooperationAt, timezone) : undefined;
  const days = [u.lastActivityOn ?? undefined, coopDay].filter((d): d is string => d !== undefined).sort();
  return days.at(-1);
}

function detail(p: Partner, u: PartnerUsage, timezone: string): string {
  const last = lastUse(u, timezone);
  return [
    labels.partnerType[p.type],
    t.activities(u.activities),
    t.cooperations(u.cooperations),
    last ? t.lastUsed(germanDay(last)) : t.neverUsed,
    ...(p.archivedAt ? [t.archivedMark] : []),
  ].join(" · ");
}

export async function listPartners(ctx: Ctx, rest: string): Promise<Reply> {
  const refused = refuse(ctx, rest);
  if (refused) return refused;
  const filter = rest.trim();
  const [all, usage, districts] = await Promise.all([
    ctx.store.listPartners(),
    ctx.store.partnerUsage(),
    ctx.store.listDistricts(),
  ]);
  const archivedWanted = /^archiviert/i.test(filter);
  let shown = all.filter((p) => (archivedWanted ? p.archivedAt : !p.archivedAt));
  let title: string = archivedWanted ? t.listTitleArchived : t.listTitle;
  if (filter && !archivedWanted) {
    const type = typeOfWord(filter);
    const district = type ? undefined : matchName(filter, districts, (d) => d.name)?.item;
    if (!type && !district) return errorReply(t.listFilterUnknown(filter));
    shown = shown.filter((p) => (type ? p.type === type : p.districtId === district?.id));
    title = t.listTitleOf(type ? labels.partnerType[type] : (district?.name ?? filter));
  }
  if (shown.length === 0)
    return message([
      text(all.length === 0 ? t.none : archivedWanted ? t.noneArchived : t.noneMatching(filter)),
    ]);
  const byId = new Map(usage.map((u) => [u.partnerId, u]));
  const rows = shown.slice(0, MAX_LISTED).map((p) => ({
    title: p.name,
    detail: detail(p, byId.get(p.id) ?? NONE, ctx.timezone),
  }));
  return message([
    text(title, "heading"),
    { type: "list", items: rows },
    ...(shown.length > MAX_LISTED ? [text(t.more(shown.length - MAX_LISTED), "muted")] : []),
  ]);
}
