// „angebot termin <Nr.|Titel> [Datum]“: a session logged by typing, where no prompt arrived (the console, a
// missed message): the same form as the prompt's „Eintragen“, for the last session or the one on that day.
import { errorReply, type Reply } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { DAY_MS } from "../days.js";
import { dayBounds, parseDay, splitNameAndDates } from "../gremium/parse.js";
import { angebot as t } from "../messages/index.js";
import { holidayCalendarOf } from "./calendar.js";
import { findOfferTyped } from "./list.js";
import { sessionForm } from "./log.js";
import { sessionRef, sessionsBetween } from "./sessions.js";

/** How far back „the last session“ is looked for. */
const LOOK_BACK_MS = 14 * DAY_MS;

export async function logSessionTyped(rest: string, ctx: Ctx): Promise<Reply> {
  const now = ctx.clock.now();
  const { name, tokens } = splitNameAndDates(rest.trim(), now, ctx.timezone);
  if (!name) return errorReply(t.terminUsage);
  const offer = await findOfferTyped(ctx, name);
  if (!offer) return errorReply(t.unknown(name));
  const day = tokens[0] ? parseDay(tokens[0], now, ctx.timezone) : undefined;
  const { from, to } = day
    ? dayBounds(day, ctx.timezone)
    : { from: new Date(now.getTime() - LOOK_BACK_MS), to: now };
  const calendar = await holidayCalendarOf(ctx.store, from, to);
  const at = sessionsBetween(offer, calendar, from, to)
    .filter((s) => s <= now)
    .at(-1);
  if (!at) return errorReply(day ? t.noSessionThatDay(offer.title) : t.noRecentSession(offer.title));
  return sessionForm(sessionRef(offer.id, at), ctx);
}
