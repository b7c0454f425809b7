// "aktivitaet liste [woche|monat|<Sozialraum>]": the caller's recent activities (a lead: the team's), paged.

import { button, type Element, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { ActivityFilter } from "../../store/index.js";
import { type Ctx, isLead } from "../context.js";
import { common, labels, aktivitaet as t } from "../messages/index.js";
import { ACTION, replacing } from "./actions.js";
import { asSeenBy } from "./confidential.js";
import { today } from "./known.js";
import { germanDay, startOfMonth, startOfWeek } from "./parse/days.js";
import { matchName } from "./parse/fold.js";

export const PAGE_SIZE = 10;

export async function listCommand(ctx: Ctx, arg: string, page = 1, fromButton = false): Promise<Reply> {
  const word = arg.trim().toLowerCase();
  const now = today(ctx);
  const lead = isLead(ctx);
  const filter: ActivityFilter = lead ? {} : { authorId: ctx.caller.id };
  let scope: string = t.listScope.all;
  const districts = await ctx.store.listDistricts();
  if (word === "woche") {
    filter.from = startOfWeek(now);
    scope = t.listScope.week;
  } else if (word === "monat") {
    filter.from = startOfMonth(now);
    scope = t.listScope.month;
  } else if (word !== "") {
    const match = matchName(arg.trim().replace(/^@/, ""), districts, (d) => d.name);
    if (!match) {
      return errorReply(t.listUnknownArg(arg.trim().slice(0, 60), districts.map((d) => d.name).join(", ")));
    }
    filter.districtId = match.item.id;
    scope = match.item.name;
  }

  const total = await ctx.store.countActivities(filter);
  if (total === 0)
    return message([
      text(t.listHeading(lead ? t.listTitleTeam : t.listTitleOwn, scope), "heading"),
      text(t.listEmpty),
    ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await ctx.store.listActivities(filter, {
    limit: PAGE_SIZE,
    offset: (current - 1) * PAGE_SIZE,
  });
  const districtName = new Map(districts.map((d) => [d.id, d.name]));

  const elements: Element[] = [
    text(t.listHeading(lead ? t.listTitleTeam : t.listTitleOwn, scope), "heading"),
    {
      type: "list",
      items: rows
        .map((row) => asSeenBy(row, ctx.caller.id))
        .map((a) => ({
          title: t.listItemTitle(a.id, a.title),
          detail: t.listItemDetail(
            [
              germanDay(a.occurredOn),
              t.duration(a.minutes),
              districtName.get(a.districtId) ?? "",
              labels.focus[a.focus],
              labels.level[a.level],
              ...(a.partners.length ? [a.partners.map((p) => p.name).join(", ")] : []),
            ].filter(Boolean),
          ),
          actions: [
            button(common.edit, ACTION.edit, String(a.id)),
            button(t.deleteButton, ACTION.delete, String(a.id), "danger"),
          ],
        })),
    },
    text(t.listPage(current, pages, total), "muted"),
    ...(pages > 1
      ? [
          {
            type: "actions" as const,
            buttons: [
              ...(current > 1 ? [button(common.previousPage, ACTION.list, `${current - 1}|${word}`)] : []),
              ...(current < pages ? [button(common.nextPage, ACTION.list, `${current + 1}|${word}`)] : []),
            ],
          },
        ]
      : []),
  ];
  return fromButton ? replacing(elements) : message(elements);
}

/** "Weitere anzeigen": value "<page>|<arg>". */
export async function listPage(ctx: Ctx, value: string | undefined): Promise<Reply> {
  const m = /^(\d{1,5})\|(.{0,60})$/su.exec(value ?? "");
  if (!m) return errorReply(common.unknownAction);
  return listCommand(ctx, m[2] ?? "", Number(m[1]), true);
}
