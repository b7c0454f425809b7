// The tenant's holiday calendar (Bundesland and school holidays) for a window, which an offer's rhythm may skip.

import type { HolidayCalendar } from "../../scheduler/holidays.js";
import { holidayCalendar } from "../../scheduler/meetings.js";
import type { TenantStore } from "../../store/index.js";

export async function holidayCalendarOf(store: TenantStore, from: Date, to: Date): Promise<HolidayCalendar> {
  const { federalState } = await store.tenant();
  return holidayCalendar(store, federalState, from, to);
}
