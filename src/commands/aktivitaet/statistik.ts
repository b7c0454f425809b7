// "aktivitaet statistik [woche|monat|quartal|jahr] [Sozialraum]": minutes per focus, level, role and top partners — sums, never a ranking of persons.

import { type Element, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import {
  ACTIVITY_ROLES,
  type ActivityFilter,
  type ActivityTotals,
  FOCUSES,
  LEVELS,
} from "../../store/index.js";
import { type Ctx, isLead } from "../context.js";
import { labels, aktivitaet as t } from "../messages/index.js";
import { today } from "./known.js";
import { matchName, own } from "./parse/fold.js";
import { PERIOD_WORDS, type PeriodKind, periodOf } from "./period.js";

const TOP_PARTNERS = 5;

function share(minutes: number, total: number): string {
  const pct = total > 0 ? Math.round((minutes / total) * 100) : 0;
  return `${t.hours(minutes)} (${pct} %)`;
}

function breakdown<K extends string>(
  title: string,
  keys: readonly K[],
  by: Partial<Record<K, number>>,
  label: Record<K, string>,
  total: number,
): Element[] {
  return [
    text(title, "heading"),
    { type: "fields", fields: keys.map((k) => ({ label: label[k], value: share(by[k] ?? 0, total) })) },
  ];
}

export async function statistikCommand(ctx: Ctx, rest: string): Promise<Reply> {
  const districts = await ctx.store.listDistricts();
  let kind: PeriodKind = "month";
  let district: { id: number; name: string } | undefined;
  const words = rest.trim().split(/\s+/).filter(Boolean);
  const other: string[] = [];
  for (const w of words) {
    const k = own(PERIOD_WORDS, w.toLowerCase());
    if (k) kind = k;
    else other.push(w);
  }
  if (other.length > 0) {
    const typed = other.join(" ").replace(/^@/, "");
    const match = matchName(typed, districts, (d) => d.name);
    if (!match)
      return errorReply(t.statUnknownArg(typed.slice(0, 60), districts.map((d) => d.name).join(", ")));
    district = match.item;
  }

  const period = periodOf(kind, today(ctx));
  const lead = isLead(ctx);
  const filter: ActivityFilter = {
    from: period.from,
    to: period.to,
    ...(lead ? {} : { authorId: ctx.caller.id }),
    ...(district ? { districtId: district.id } : {}),
  };
  const totals: ActivityTotals = await ctx.store.activityTotals(filter);
  const heading = lead
    ? t.statTitleTeam(period.label, district?.name ?? t.statAllDistricts)
    : t.statTitleOwn(period.label);
  if (totals.count === 0) return message([text(heading, "heading"), text(t.statEmpty)]);

  const elements: Element[] = [
    text(heading, "heading"),
    {
      type: "fields",
      fields: [
        { label: t.statCount, value: String(totals.count) },
        { label: t.statTotal, value: t.hours(totals.minutes) },
        { label: t.statParticipants, value: String(totals.participants) },
      ],
    },
    ...breakdown(t.statByFocus, FOCUSES, totals.byFocus, labels.focus, totals.minutes),
    ...breakdown(t.statByLevel, LEVELS, totals.byLevel, labels.level, totals.minutes),
    ...breakdown(t.statByRole, ACTIVITY_ROLES, totals.byRole, labels.role, totals.minutes),
  ];

  if (lead && !district && districts.length > 1) {
    const perDistrict = await Promise.all(
      districts.map(async (d) => ({
        d,
        totals: await ctx.store.activityTotals({ ...filter, districtId: d.id }),
      })),
    );
    elements.push(text(t.statByDistrict, "heading"), {
      type: "fields",
      fields: perDistrict.map(({ d, totals: x }) => ({
        label: d.name,
        value: share(x.minutes, totals.minutes),
      })),
    });
  }

  const partners = await ctx.store.topPartners(filter, TOP_PARTNERS);
  if (partners.length > 0) {
    elements.push(text(t.statTopPartners, "heading"), {
      type: "list",
      items: partners.map((p) => ({ title: p.name, detail: t.statPartnerLine(p.activities, p.minutes) })),
    });
  }
  if (lead) elements.push(text(t.statNoRanking, "muted"));
  return message(elements);
}
