// The weekly import of the ministry's school-holiday calendar (SCHOOL_HOLIDAYS_ICS_URLS) into each tenant of
// that Bundesland: one job per tenant and ISO week, planned by the app's hourly housekeeping.
import type { JobHandler } from "../../scheduler/worker.js";
import type { TenantStore } from "../../store/index.js";
import { todayIn } from "../days.js";
import { isoWeekKey } from "../digest/week.js";
import { calendarAt, storeRanges } from "./ical-source.js";

export const SCHOOL_HOLIDAYS_JOB = "sozialraum.school-holidays";

/** The configured calendars by state code ("BY" -> link). */
export type HolidayCalendarUrls = Partial<Record<string, string>>;

/**
 * Plans this week's import for a tenant whose Bundesland has a configured calendar. The key names tenant
 * (by the store), state and week, so hourly re-planning adds nothing once the week's job exists.
 */
export async function planSchoolHolidayImport(
  store: Pick<TenantStore, "scheduleJob">,
  tenant: { federalState: string; timezone: string },
  urls: HolidayCalendarUrls | undefined,
  now: Date,
): Promise<boolean> {
  const url = urls?.[tenant.federalState];
  if (!url) return false;
  const week = isoWeekKey(todayIn(now, tenant.timezone));
  return store.scheduleJob(SCHOOL_HOLIDAYS_JOB, `school-holidays:${tenant.federalState}:${week}`, now, {
    state: tenant.federalState,
    url,
  });
}

class CalendarUnreachable extends Error {
  override name = "CalendarUnreachable";
}

/** Imports the calendar; ranges already stored stay single (unique first and last day per tenant). */
const importWeekly: JobHandler = async (job, { tenant: store, clock }) => {
  const state = String(job.payload.state ?? "");
  const url = String(job.payload.url ?? "");
  const tenant = await store.tenant();
  // The tenant moved to another Bundesland since planning: that state's calendar is not theirs.
  if (tenant.federalState !== state) return { outcome: "dropped:state-changed" };
  // The operator's configured link: trusted, it may well sit on an internal mirror.
  const calendar = await calendarAt(url, { allowPrivate: true });
  if (!calendar.ok) {
    // A ministry server that is down is retried with backoff; a file that is no calendar is not.
    if (calendar.problem === "unreachable") throw new CalendarUnreachable();
    return { outcome: `skipped:${calendar.problem}` };
  }
  const done = await storeRanges(store, calendar.ranges);
  await store.audit(
    "school_holidays.import",
    null,
    `ranges:${done.total}`,
    { source: "config", state },
    clock.now(),
  );
  return { outcome: "imported", details: { total: done.total, added: done.added } };
};

export const schoolHolidayJobHandlers: Record<string, JobHandler> = { [SCHOOL_HOLIDAYS_JOB]: importWeekly };
