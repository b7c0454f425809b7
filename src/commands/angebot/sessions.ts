// The sessions of an offer: which occurrences the rhythm keeps, and logging one as an activity, exactly once.
import { dayNotes, type HolidayCalendar, skipped } from "../../scheduler/holidays.js";
import { isOccurrence, occurrencesBetween } from "../../scheduler/recurrence.js";
import type { Offer } from "../../store/index.js";

/** Button and form value naming one session: offer id and the rule's start. */
export const sessionRef = (offerId: number, at: Date) => `${offerId}|${at.toISOString()}`;

export function parseSessionRef(value: string | undefined): { offerId: number; at: Date } | undefined {
  const [id, iso] = (value ?? "").split("|");
  const offerId = Number(id);
  const at = new Date(iso ?? "");
  if (!Number.isInteger(offerId) || offerId <= 0 || Number.isNaN(at.getTime())) return undefined;
  return { offerId, at };
}

/** The entry key of a session's activity: a second tap or a second prompt saves nothing new. */
export const sessionEntryKey = (offerId: number, at: Date) => `offer:${offerId}:${at.toISOString()}`;

/** Starts in [from, to) the rhythm keeps (holidays left out when the offer skips them). */
export function sessionsBetween(offer: Offer, calendar: HolidayCalendar, from: Date, to: Date): Date[] {
  return occurrencesBetween(offer, from, to).filter(
    (at) => !skipped(dayNotes(at, calendar, offer.timezone), offer),
  );
}

export const isSession = (offer: Offer, at: Date) => isOccurrence(offer, at);
