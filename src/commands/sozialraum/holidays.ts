// "sozialraum bundesland [Kürzel]" and "sozialraum ferien [von bis Name | import <URL>]": whose holidays apply.
import type { InputAttachment } from "../../conversation/input.js";
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import { FEDERAL_STATES } from "../../scheduler/holidays.js";
import { type Ctx, isAdmin, isLead } from "../context.js";
import { todayIn } from "../days.js";
import { parseDay } from "../gremium/parse.js";
import { germanDay } from "../messages/format.js";
import { common, sozialraum } from "../messages/index.js";
import { privacyErrors } from "../privacy/fields.js";
import type { DayRange } from "./ical.js";
import { type CalendarProblem, calendarAt, calendarInFile, storeRanges } from "./ical-source.js";

const h = sozialraum.holidays;
const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

export async function federalState(ctx: Ctx, rest: string): Promise<Reply> {
  const wanted = rest.trim();
  if (!wanted)
    return message([text(h.stateIs(h.stateNames[ctx.tenant.federalState] ?? ctx.tenant.federalState))]);
  if (!isAdmin(ctx)) return errorReply(common.adminsOnly);
  const code = FEDERAL_STATES.find(
    (s) => s === wanted.toUpperCase() || h.stateNames[s]?.toLowerCase() === wanted.toLowerCase(),
  );
  if (!code) return errorReply(h.stateUnknown(wanted));
  await ctx.store.updateTenantSettings({ federalState: code });
  await ctx.store.audit("tenant.federal_state", ctx.caller.id, `state:${code}`);
  return message([text(h.stateSet(h.stateNames[code] ?? code))]);
}

export async function schoolHolidays(ctx: Ctx, rest: string): Promise<Reply> {
  const words = rest.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return listHolidays(ctx);
  if (!isLead(ctx)) return errorReply(common.leadsOnly);
  if (words[0]?.toLowerCase() === "import") return importHolidays(ctx, words[1]);
  const now = ctx.clock.now();
  const from = parseDay(words[0] ?? "", now, ctx.timezone);
  const to = parseDay(words[1] ?? "", now, ctx.timezone);
  if (!from || !to) return errorReply(h.usage);
  const range = { startsOn: iso(from), endsOn: iso(to), name: words.slice(2).join(" ").slice(0, 120) };
  if (range.endsOn < range.startsOn) return errorReply(h.backwards);
  if (Object.keys(privacyErrors(ctx, { name: range.name })).length > 0) return errorReply(h.namePrivate);
  await ctx.store.addSchoolHolidays([range]);
  await ctx.store.audit("school_holidays.add", ctx.caller.id, `range:${range.startsOn}/${range.endsOn}`);
  return message([text(h.added(describe(range)))]);
}

const describe = (r: DayRange) => h.range(r.name, germanDay(r.startsOn), germanDay(r.endsOn));

async function listHolidays(ctx: Ctx): Promise<Reply> {
  const ranges = await ctx.store.schoolHolidays(todayIn(ctx.clock.now(), ctx.timezone));
  if (ranges.length === 0) return message([text(h.none)]);
  return message([
    text(h.listTitle, "heading"),
    { type: "list", items: ranges.map((r) => ({ title: describe(r) })) },
  ]);
}

const problemText: Record<CalendarProblem, string> = {
  unreachable: h.importFailed,
  blocked: h.importBlocked,
  "too-large": h.fileTooLarge,
  unreadable: h.fileUnreadable,
  "not-ics": h.fileNotIcs,
  "not-ical": h.notIcal,
  empty: h.noneFound,
};

/** "import <URL>", or "import" with an .ics file sent along (a Slack upload's comment, a Teams attachment). */
async function importHolidays(ctx: Ctx, url: string | undefined): Promise<Reply> {
  if (url && !/^https?:\/\/\S+$/i.test(url)) return errorReply(h.importUsage);
  if (!url && !ctx.attachment) return errorReply(h.noFile);
  const calendar = url
    ? await calendarAt(url, { allowPrivate: ctx.allowPrivateUrls === true })
    : calendarInFile(ctx.attachment as InputAttachment);
  if (!calendar.ok) return errorReply(problemText[calendar.problem]);
  const done = await storeRanges(ctx.store, calendar.ranges);
  await ctx.store.audit(
    "school_holidays.import",
    ctx.caller.id,
    `ranges:${done.total}`,
    { source: url ? "link" : "file" },
    ctx.clock.now(),
  );
  return message([
    text(h.imported(done.total, done.added, germanDay(done.from), germanDay(done.to))),
    ...(done.renamed > 0 ? [text(h.namesReplaced(done.renamed), "warning")] : []),
  ]);
}
