// Blind spots: focuses idle for six weeks or more, partners not contacted for three months, overdue reviews.
import { subMonths } from "date-fns";
import { FOCUSES, type Focus } from "../../store/index.js";
import type { NamedCooperations } from "./cooperations.js";
import { addDays, startOfDayIn } from "./week.js";

export const IDLE_FOCUS_DAYS = 42;
export const IDLE_PARTNER_MONTHS = 3;

export interface BlindSpots {
  focuses: { focus: Focus; last: string | null }[];
  partners: { id: number; name: string; last: string | null }[];
  overdueReviews: { cooperationId: number; partner: string; reviewOn: string }[];
}

/**
 * From what the digest read: the latest day per focus and the partners' latest contacts, both up to `asOf`.
 * `asOf`: the last day looked at; `today`: the local day the digest is made.
 */
export function blindSpotsFrom(
  lastPerFocus: { focus: Focus; last: string }[],
  contacts: {
    id: number;
    name: string;
    createdAt: Date;
    archivedAt: Date | null;
    lastContact: string | null;
  }[],
  asOf: string,
  today: string,
  tz: string,
  { cooperations, partner }: NamedCooperations,
): BlindSpots {
  const idleSince = addDays(asOf, -IDLE_FOCUS_DAYS + 1);
  const lastByFocus = new Map(lastPerFocus.map((r) => [r.focus, r.last] as const));
  const focuses = FOCUSES.flatMap((focus) => {
    const last = lastByFocus.get(focus) ?? null;
    return last === null || last < idleSince ? [{ focus, last }] : [];
  });

  const cutoffDate = subMonths(new Date(`${asOf}T12:00:00Z`), IDLE_PARTNER_MONTHS);
  const cutoff = cutoffDate.toISOString().slice(0, 10);
  const cutoffInstant = startOfDayIn(cutoff, tz);
  const partners = contacts
    // An archived partner is no longer worked with on purpose: no reminder about the missing contact.
    .filter((p) => p.archivedAt === null)
    .filter((p) => (p.lastContact === null ? p.createdAt < cutoffInstant : p.lastContact < cutoff))
    .sort((a, b) => (a.lastContact ?? "").localeCompare(b.lastContact ?? "") || a.name.localeCompare(b.name))
    .map((p) => ({ id: p.id, name: p.name, last: p.lastContact }));

  const overdueReviews = cooperations
    .filter((c) => c.status !== "ended" && c.reviewOn !== null && c.reviewOn < today)
    .map((c) => ({
      cooperationId: c.id,
      partner: partner(c.partnerId),
      reviewOn: c.reviewOn as string,
    }))
    .sort((a, b) => a.reviewOn.localeCompare(b.reviewOn));

  return { focuses, partners, overdueReviews };
}
