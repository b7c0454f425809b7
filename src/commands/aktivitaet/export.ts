// "aktivitaet export [von] [bis]": a CSV of the team's activities for leads and admins; audited with counts only.

import { errorReply, type Reply } from "../../conversation/reply.js";
import type { Activity } from "../../store/index.js";
import { type Ctx, isLead } from "../context.js";
import { germanHours, toCsv } from "../csv.js";
import { common, labels, aktivitaet as t } from "../messages/index.js";
import { asSeenBy } from "./confidential.js";
import { today } from "./known.js";
import { parseDate } from "./parse/dates.js";
import { germanDay, startOfYear } from "./parse/days.js";

const BATCH = 500;

async function allActivities(ctx: Ctx, from: string, to: string): Promise<Activity[]> {
  const all: Activity[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const rows = await ctx.store.listActivities({ from, to }, { limit: BATCH, offset });
    all.push(...rows);
    if (rows.length < BATCH) return all;
  }
}

export async function exportCommand(ctx: Ctx, rest: string): Promise<Reply> {
  if (!isLead(ctx)) return errorReply(common.leadsOnly);
  const now = today(ctx);
  const args = rest
    .trim()
    .split(/\s+/)
    .filter((w) => w && !/^(von|bis|vom|zum|-|–)$/i.test(w));
  if (args.length > 2) return errorReply(t.exportUsage);
  const from = args[0] === undefined ? startOfYear(now) : parseDate(args[0], now);
  const to = args[1] === undefined ? now : parseDate(args[1], now, "current");
  if (!from || !to) return errorReply(t.exportUsage);
  if (to < from) return errorReply(t.exportOrder);

  const [rows, districts, members, tenant] = await Promise.all([
    allActivities(ctx, from, to),
    ctx.store.listDistricts(),
    ctx.store.listMembers(),
    ctx.store.tenant(),
  ]);
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  // Per-person columns only where the works council agreed (tenant setting).
  const withAuthor = tenant.perPersonFigures;
  const authorName = new Map(members.map((m) => [m.id, m.displayName || m.platformUserId]));
  const f = t.field;
  const header = [
    f.id,
    f.date,
    f.minutes,
    f.hoursColumn,
    f.title,
    f.district,
    f.level,
    f.focus,
    f.role,
    f.periodStart,
    f.periodEnd,
    f.partners,
    f.goals,
    f.targetGroups,
    f.participants,
    f.notes,
    ...(withAuthor ? [f.author] : []),
  ];
  const body = rows
    .slice()
    .sort((a, b) => (a.occurredOn === b.occurredOn ? a.id - b.id : a.occurredOn < b.occurredOn ? -1 : 1))
    // A file travels: nobody reading it is the author, so confidential text is hidden for everyone.
    .map((row) => asSeenBy(row))
    .map((a) => [
      a.id,
      germanDay(a.occurredOn),
      a.minutes,
      germanHours(a.minutes),
      a.title,
      districtName.get(a.districtId) ?? "",
      labels.level[a.level],
      labels.focus[a.focus],
      labels.role[a.role],
      a.periodStart ? germanDay(a.periodStart) : "",
      a.periodEnd ? germanDay(a.periodEnd) : "",
      a.partners.map((p) => p.name).join(", "),
      a.goals.map((g) => labels.goal[g]).join(", "),
      a.targetGroups.join(", "),
      a.participants,
      a.notes,
      ...(withAuthor ? [authorName.get(a.authorId) ?? ""] : []),
    ]);

  await ctx.store.audit(
    "activity.export",
    ctx.caller.id,
    "activities",
    { from, to, count: rows.length },
    ctx.clock.now(),
  );
  return {
    kind: "file",
    filename: `aktivitaeten_${from}_${to}.csv`,
    mimeType: "text/csv; charset=utf-8",
    content: toCsv(header, body),
    comment: t.exportComment(rows.length, germanDay(from), germanDay(to)),
  };
}
