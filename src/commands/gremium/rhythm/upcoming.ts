// The next dates a confirmation card shows before anything is saved (a committee, an offer): the tenant's
// holiday calendar for a window long enough for the sparsest rhythm, then the rhythm's next dates in it.
import { holidayCalendar } from "../../../scheduler/meetings.js";
import type { Ctx } from "../../context.js";
import { type DatedMeeting, type DatesSource, nextDates } from "./dates.js";

/** Three dates of a once-a-quarter rhythm with the summer left out still fall within three years. */
const WINDOW_MS = 3 * 366 * 86_400_000;

export async function upcomingDates(ctx: Pick<Ctx, "store" | "clock" | "tenant">, source: DatesSource) {
  const now = ctx.clock.now();
  const calendar = await holidayCalendar(
    ctx.store,
    ctx.tenant.federalState,
    now,
    new Date(now.getTime() + WINDOW_MS),
  );
  return nextDates(source, { now, calendar }) satisfies DatedMeeting[];
}
