// Gathers everything one district's digest shows, for the week reported at `at`; no formatting here.
import type { District, Tenant, TenantStore } from "../../store/index.js";
import { type OpenTask, openTasksOf } from "../gremium/tasks.js";
import { type BlindSpots, findBlindSpots } from "./blindspots.js";
import { type BudgetStatus, budgetStatus } from "./budget.js";
import { loadCooperations } from "./cooperations.js";
import { type DigestFigures, type Figure, loadFigures, loadSoFar } from "./figures.js";
import { findHighlights, type Highlights } from "./highlights.js";
import { isLoopEmpty, type LoopSummary, loadLoop } from "./loop.js";
import { type UpcomingMeeting, upcomingMeetings } from "./meetings.js";
import { localDay, mondayOf, reportedWeek, type WeekWindow } from "./week.js";

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
  const cooperations = loadCooperations(store, district.id);
  const [figures, highlights, meetings, tasks, blindSpots, perPerson, soFar, budget, loop] =
    await Promise.all([
      loadFigures(store, district.id, week),
      cooperations.then((c) => findHighlights(store, district.id, week, today, c)),
      upcomingMeetings(store, tenant, district.id, at),
      openTasksOf(store, district.id),
      // Up to today, not the reported week's Sunday: work logged this week is no blind spot.
      cooperations.then((c) => findBlindSpots(store, district.id, today, today, tz, c)),
      tenant.perPersonFigures
        ? store.minutesPerAuthor({ districtId: district.id, from: week.start, to: week.end })
        : Promise.resolve(undefined),
      options.soFar ? loadSoFar(store, district.id, monday, today) : Promise.resolve(undefined),
      store.findDistrict(district.id).then((row) => (row ? budgetStatus(store, [row], today) : undefined)),
      loadLoop(store, district.id, week),
    ]);
  return {
    district: { id: district.id, name: district.name },
    week,
    timezone: tz,
    figures,
    ...(soFar ? { soFar: { start: monday, today, figure: soFar } } : {}),
    highlights,
    meetings,
    tasks,
    blindSpots,
    ...(budget ? { budget } : {}),
    loop,
    ...(perPerson
      ? {
          perPerson: perPerson.map(({ name, count, minutes }) => ({ name, count, minutes })),
          perPersonSince: tenant.perPersonSince,
        }
      : {}),
  };
}

/** True when the digest would only say that nothing happened (this week so far counts in the preview). */
export const isQuiet = (d: DigestData) =>
  d.figures.current.count === 0 &&
  (d.soFar?.figure.count ?? 0) === 0 &&
  d.meetings.length === 0 &&
  d.tasks.length === 0 &&
  isLoopEmpty(d.loop);
