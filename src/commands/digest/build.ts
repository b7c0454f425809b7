// Gathers everything one district's digest shows, for the week reported at `at`; no formatting here.
import type { District, Tenant, TenantStore } from "../../store/index.js";
import { type BlindSpots, findBlindSpots } from "./blindspots.js";
import { type DigestFigures, loadFigures } from "./figures.js";
import { findHighlights, type Highlights } from "./highlights.js";
import { type UpcomingMeeting, upcomingMeetings } from "./meetings.js";
import { localDay, reportedWeek, type WeekWindow } from "./week.js";

export interface DigestData {
  district: Pick<District, "id" | "name">;
  week: WeekWindow;
  timezone: string;
  figures: DigestFigures;
  highlights: Highlights;
  meetings: UpcomingMeeting[];
  blindSpots: BlindSpots;
  /** Only while per-person figures are on (dual control): the rows, and since when, for the banner. */
  perPerson?: { name: string; count: number; minutes: number }[];
  perPersonSince?: Date | null;
}

export async function buildDigest(
  store: TenantStore,
  tenant: Pick<Tenant, "timezone" | "federalState" | "perPersonFigures" | "perPersonSince">,
  district: Pick<District, "id" | "name">,
  at: Date,
): Promise<DigestData> {
  const tz = tenant.timezone;
  const week = reportedWeek(at, tz);
  const today = localDay(at, tz);
  const [figures, highlights, meetings, blindSpots, perPerson] = await Promise.all([
    loadFigures(store, district.id, week),
    findHighlights(store, district.id, week, today),
    upcomingMeetings(store, tenant, district.id, at),
    findBlindSpots(store, district.id, week.end, today, tz),
    tenant.perPersonFigures
      ? store.minutesPerAuthor({ districtId: district.id, from: week.start, to: week.end })
      : Promise.resolve(undefined),
  ]);
  return {
    district: { id: district.id, name: district.name },
    week,
    timezone: tz,
    figures,
    highlights,
    meetings,
    blindSpots,
    ...(perPerson
      ? {
          perPerson: perPerson.map(({ name, count, minutes }) => ({ name, count, minutes })),
          perPersonSince: tenant.perPersonSince,
        }
      : {}),
  };
}

/** True when the digest would only say that nothing happened. */
export const isQuiet = (d: DigestData) => d.figures.current.count === 0 && d.meetings.length === 0;
