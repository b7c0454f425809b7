// Builds the iCalendar feed of a tenant's (or one district's) meetings, with cancellations and moves.
import ical, { ICalEventStatus } from "ical-generator";
import { formatWhen } from "../../commands/gremium/view.js";
import { gremium } from "../../commands/messages/index.js";
import { meetingsBetween } from "../../scheduler/meetings.js";
import type { CalendarToken, TenantStore } from "../../store/index.js";

const DAY_MS = 86_400_000;
const PAST_DAYS = 90;
const FUTURE_DAYS = 365;

export async function buildFeed(store: TenantStore, token: CalendarToken, now: Date): Promise<string> {
  const tenant = await store.tenant();
  const district = token.districtId ? await store.findDistrict(token.districtId) : undefined;
  const committees = await store.listCommittees(token.districtId ?? undefined);
  const meetings = await meetingsBetween(
    store,
    committees,
    new Date(now.getTime() - PAST_DAYS * DAY_MS),
    new Date(now.getTime() + FUTURE_DAYS * DAY_MS),
    tenant.federalState,
  );
  const c = gremium.calendar;
  const calendar = ical({
    name: c.feedName(district?.name ?? c.allDistricts),
    prodId: { company: "sozialraum-assistent", product: "gremien", language: "DE" },
    ttl: 3600,
  });
  for (const m of meetings) {
    const notes = [
      ...(m.status === "moved" ? [c.movedNote(formatWhen(m.occurrenceAt, m.committee.timezone))] : []),
      ...(m.holiday ? [c.holidayNote(m.holiday)] : []),
      ...(m.schoolHoliday ? [c.schoolHolidayNote(m.schoolHoliday)] : []),
    ];
    calendar.createEvent({
      // One UID per original occurrence: a moved meeting updates the same calendar entry.
      id: `committee-${m.committee.id}-${m.occurrenceAt.toISOString()}@sozialraum-assistent`,
      start: m.startsAt,
      end: m.endsAt,
      stamp: now,
      summary: m.status === "cancelled" ? `${c.cancelledPrefix}${m.committee.name}` : m.committee.name,
      ...(m.committee.location ? { location: m.committee.location } : {}),
      ...(notes.length ? { description: notes.join("\n") } : {}),
      status: m.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
