// The tenant's holiday calendar (Bundesland and school holidays), which an offer's rhythm may skip.
import type { HolidayCalendar } from "../../scheduler/holidays.js";
import type { TenantStore } from "../../store/index.js";

export async function holidayCalendarOf(store: TenantStore): Promise<HolidayCalendar> {
  const [tenant, schoolHolidays] = await Promise.all([store.tenant(), store.listSchoolHolidays()]);
  return {
    state: tenant.federalState,
    schoolHolidays: schoolHolidays.map((h) => ({ startsOn: h.startsOn, endsOn: h.endsOn, name: h.name })),
  };
}
