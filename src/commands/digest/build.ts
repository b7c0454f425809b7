// Gathers everything one district's digest shows, for the week reported at `at`; no formatting here.
import type { DigestReads, District, Tenant, TenantStore } from "../../store/index.js";
import { type OpenTask, openTasksFrom } from "../gremium/tasks.js";
import { type BlindSpots, blindSpotsFrom } from "./blindspots.js";
import { type BudgetStatus, budgetOf } from "./budget.js";
import { namedCooperations } from "./cooperations.js";
import { computeFigures, type DigestFigures, type Figure, HISTORY_WEEKS, totalOf } from "./figures.js";
import { type Highlights, highlightsFrom } from "./highlights.js";
import { isLoopEmpty, type LoopSummary, loopFrom } from "./loop.js";
import { meetingsWindow, type UpcomingMeeting, upcomingFrom } from "./meetings.js";
import { addDays, localDay, mondayOf, reportedWeek, type WeekWindow } from "./week.js";

export interface DigestData {
  district: Pick<District, "id" | "name">;
  week: WeekWindow;
  timezone: string;
  figures: DigestFigures;
  /** The preview only: the week in progress from its Monday up to today, beside the last full week. */
  soFar?: { start: string; today: string; figure: Figure };
  highlights: Highlights;
  meetings: UpcomingMeeting[];
  /** Open tasks from the committees' minutes: they stay until marked done. */
  tasks: OpenTask[];
  blindSpots: BlindSpots;
  /** Needs raised, seen again and answered in the reported week, and offers with their sessions. */
  loop: LoopSummary;
  /** Only while per-person figures are on (dual control): the rows, and since when, for the banner. */
  perPerson?: { name: string; count: number; minutes: number }[];
  perPersonSince?: Date | null;
  /** The Sozialraumbudget so far this year, when the district has one. */
  budget?: BudgetStatus;
}

export async function buildDigest(
  store: TenantStore,
  tenant: Pick<Tenant, "timezone" | "federalState" | "perPersonFigures" | "perPersonSince">,
  district: Pick<District, "id" | "name">,
  at: Date,
  options: { soFar?: boolean } = {},
): Promise<DigestData> {
  const tz = tenant.timezone;
  const week = reportedWeek(at, tz);
  const today = localDay(at, tz);
  const monday = mondayOf(today);
  const historyFrom = addDays(week.start, -7 * (HISTORY_WEEKS - 1));
  const reads =
    (await store.digestReads(district.id, {
      daysFrom: historyFrom,
      // The preview's week in progress follows the reported week: one range of days reads both.
      daysTo: options.soFar ? today : week.end,
      weekStart: week.start,
      weekEnd: week.end,
      weekFrom: week.from,
      weekTo: week.to,
      today,
      ...meetingsWindow(at),
      perAuthor: tenant.perPersonFigures,
    })) ?? emptyReads;
  const cooperations = namedCooperations(reads.cooperations, reads.partnerNames);
  const budget = budgetOf([{ id: district.id, budgetHours: reads.budgetHours }], today, [
    { level: "case_independent", minutes: reads.budgetMinutes },
  ]);
  return {
    district: { id: district.id, name: district.name },
    week,
    timezone: tz,
    figures: computeFigures(
      reads.daily.filter((r) => r.day <= week.end),
      week,
    ),
    ...(options.soFar
      ? {
          soFar: {
            start: monday,
            today,
            figure: totalOf(reads.daily.filter((r) => r.day >= monday && r.day <= today)),
          },
        }
      : {}),
    highlights: highlightsFrom(reads.largest, reads.newPartners, week, today, cooperations),
    meetings: upcomingFrom(reads, tenant, at),
    tasks: openTasksFrom(reads.tasks, reads.committees, reads.memberNames),
    // Up to today, not the reported week's Sunday: work logged this week is no blind spot.
    blindSpots: blindSpotsFrom(reads.lastPerFocus, reads.partners, today, today, tz, cooperations),
    ...(budget ? { budget } : {}),
    loop: loopFrom(reads.needs, reads.sightings, reads.offers, reads.sessions, week),
    ...(reads.perAuthor
      ? {
          perPerson: reads.perAuthor.map(({ name, count, minutes }) => ({ name, count, minutes })),
          perPersonSince: tenant.perPersonSince,
        }
      : {}),
  };
}

/** A district gone meanwhile (or another tenant's) has nothing to show. */
const emptyReads: DigestReads = {
  daily: [],
  largest: [],
  newPartners: [],
  lastPerFocus: [],
  partners: [],
  cooperations: [],
  partnerNames: new Map(),
  committees: [],
  overrides: [],
  schoolHolidays: [],
  attendance: [],
  usualAttendees: new Map(),
  tasks: [],
  memberNames: new Map(),
  budgetHours: null,
  budgetMinutes: 0,
  needs: [],
  sightings: [],
  offers: [],
  sessions: [],
};

/** True when the digest would only say that nothing happened (this week so far counts in the preview). */
export const isQuiet = (d: DigestData) =>
  d.figures.current.count === 0 &&
  (d.soFar?.figure.count ?? 0) === 0 &&
  d.meetings.length === 0 &&
  d.tasks.length === 0 &&
  isLoopEmpty(d.loop);
