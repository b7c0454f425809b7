// Two synthetic years (2025 and 2026 up to 1 December) in two districts: bulk activities, partners, a committee each, cooperations, confidential entries.
import type { ActivityRole, Db, Focus, Goal, Level, TenantStore } from "../../../src/store/index.js";
import { ACTIVITY_ROLES, FOCUSES, GOALS, LEVELS } from "../../../src/store/index.js";
import { activities as activitiesTable, activityPartners } from "../../../src/store/schema/index.js";
import { addDays, berlinAt, mulberry32 } from "./synthetic.js";

/** Tuesday 1 December 2026, 11:00 Berlin: „jahr“ is 1.1.–1.12.2026, „quartal“ the fourth so far. */
export const YEARS_NOW = new Date("2026-12-01T10:00:00Z");
export const YEARS_FIRST = "2025-01-01";
export const YEARS_LAST = "2026-12-01";
/** Titles of confidential entries: they are counted but must never be printed. */
export const SECRET = "Vertraulich Frau Beispiel";
const THREADS = [
  "Sprechstunde Familienzentrum",
  "Ferienprogramm",
  "Stadtteilfest",
  "Elterncafé",
  "Schulhofaktion",
];
const GROUPS = ["Kinder", "Jugendliche", "Eltern"] as const;

export interface YearActivity {
  districtId: number;
  day: string;
  minutes: number;
  focus: Focus;
  level: Level;
  role: ActivityRole;
  goals: Goal[];
  targetGroups: string[];
  participants: number | null;
  title: string;
  confidential: boolean;
  partnerIds: number[];
}

export interface YearsData {
  activities: YearActivity[];
  partners: { id: number; name: string; districtId: number }[];
  committees: { id: number; name: string; districtId: number }[];
  /** `going`: said yes; `attended`: also confirmed there afterwards („Wer war da?“), which is what reports count. */
  meetings: { committeeId: number; at: Date; cancelled: boolean; going: boolean; attended: boolean }[];
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

export async function generateYears(
  db: Db,
  store: TenantStore,
  tenantId: number,
  districts: { id: number; name: string }[],
  authorId: number,
  seed: number,
): Promise<YearsData> {
  const rnd = mulberry32(seed);
  const out: YearsData = { activities: [], partners: [], committees: [], meetings: [] };
  for (const d of districts) {
    for (let i = 0; i < 3; i++) {
      const p = await store.createPartner(`${d.name} Partner ${i + 1}`, i === 0 ? "school" : "club", d.id);
      out.partners.push({ id: p.id, name: p.name, districtId: d.id });
    }
    const own = out.partners.filter((p) => p.districtId === d.id).map((p) => p.id);
    for (let day = YEARS_FIRST; day <= YEARS_LAST; day = addDays(day, 1)) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const n = Math.floor(rnd() * 3);
      for (let i = 0; i < n; i++) {
        const confidential = rnd() < 0.05;
        out.activities.push({
          districtId: d.id,
          day,
          minutes: 15 * (1 + Math.floor(rnd() * 12)),
          focus: pick(rnd, FOCUSES),
          level: pick(rnd, LEVELS),
          role: pick(rnd, ACTIVITY_ROLES),
          goals: GOALS.filter(() => rnd() < 0.3),
          targetGroups: GROUPS.filter(() => rnd() < 0.4),
          participants: rnd() < 0.5 ? Math.floor(rnd() * 30) : null,
          title: confidential ? SECRET : pick(rnd, THREADS),
          confidential,
          partnerIds: rnd() < 0.4 ? [pick(rnd, own)] : [],
        });
      }
    }
    // Every other Thursday 17:00; about one in ten cancelled, attendance on half of the rest.
    const c = await store.createCommittee({
      districtId: d.id,
      name: `Runder Tisch ${d.name}`,
      type: "round_table",
      part: "attend",
      recurrence: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
      firstStartsAt: berlinAt("2025-01-02", 17),
      durationMinutes: 90,
      timezone: "Europe/Berlin",
    });
    out.committees.push({ id: c.id, name: c.name, districtId: d.id });
    for (let day = "2025-01-02"; day <= "2026-12-31"; day = addDays(day, 14)) {
      const at = berlinAt(day, 17);
      const cancelled = rnd() < 0.1;
      const going = !cancelled && day <= YEARS_LAST && rnd() < 0.5;
      // Two in three promises are confirmed afterwards; the rest stay promises and must not count.
      const attended = going && out.meetings.length % 3 !== 0;
      out.meetings.push({ committeeId: c.id, at, cancelled, going, attended });
      if (cancelled) await store.cancelMeeting(c.id, at);
      if (going) await store.setAttendance(c.id, at, authorId, attended ? "attended" : "going");
    }
    const coop = await store.startCooperation(own[0] ?? 0, authorId, d.id);
    await store.updateCooperation(
      coop.id,
      { status: "agreed", startsOn: "2026-02-01", endsOn: "2027-01-31" },
      new Date(),
    );
  }
  // Bulk insert: two years one by one would take minutes on PGlite.
  for (let i = 0; i < out.activities.length; i += 500) {
    const chunk = out.activities.slice(i, i + 500);
    const ids = await db
      .insert(activitiesTable)
      .values(
        chunk.map((a) => ({
          tenantId,
          districtId: a.districtId,
          authorId,
          occurredOn: a.day,
          minutes: a.minutes,
          title: a.title,
          level: a.level,
          focus: a.focus,
          role: a.role,
          goals: a.goals,
          targetGroups: a.targetGroups,
          participants: a.participants,
          confidential: a.confidential,
        })),
      )
      .returning({ id: activitiesTable.id });
    const links = chunk.flatMap((a, j) =>
      a.partnerIds.map((partnerId) => ({ tenantId, activityId: ids[j]?.id ?? 0, partnerId })),
    );
    if (links.length) await db.insert(activityPartners).values(links);
  }
  return out;
}
