// A seeded, realistic synthetic quarter-plus for one district: activities, partners, committees with attendance, cooperations in every status.
import { TZDate } from "@date-fns/tz";
import { eq } from "drizzle-orm";
import {
  ACTIVITY_ROLES,
  type ActivityRole,
  type CooperationStatus,
  type Db,
  FOCUSES,
  type Focus,
  GOALS,
  type Goal,
  LEVELS,
  type Level,
  type TenantStore,
} from "../../../src/store/index.js";
import { partners as partnersTable } from "../../../src/store/schema/index.js";

export const TZ = "Europe/Berlin";
/** The digest is made on Monday 23.11.2026 08:00 Berlin; it reports KW 47 (16.–22.11.). */
export const NOW = new Date("2026-11-23T07:00:00Z");
export const FIRST_DAY = "2026-08-03";
export const LAST_DAY = "2026-11-22";
/** Public relations stops here, so it is a blind spot (idle ≥ 6 weeks) by 22.11. */
export const PR_LAST_DAY = "2026-09-30";
const TARGET_GROUPS = ["Kinder", "Jugendliche", "Eltern", "Familien"] as const;

export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
export const berlinAt = (day: string, h: number, m = 0) => {
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, m, 0, TZ).getTime());
};

export interface GenActivity {
  day: string;
  minutes: number;
  focus: Focus;
  level: Level;
  role: ActivityRole;
  goals: Goal[];
  targetGroups: string[];
  participants: number | null;
  partnerIds: number[];
  authorId: number;
  title: string;
}

export interface GenPartner {
  id: number;
  name: string;
  createdAt: Date;
}

export interface GenMeeting {
  committeeId: number;
  occurrenceAt: Date;
  cancelled: boolean;
  going: number[];
  /** Of those going, who was confirmed there after the meeting („Wer war da?“): past meetings only. */
  attended: number[];
}

export interface GenCooperation {
  id: number;
  partnerId: number;
  status: CooperationStatus;
  reviewOn: string | null;
  updatedAt: Date;
}

export interface Generated {
  activities: GenActivity[];
  partners: GenPartner[];
  committees: { id: number; name: string; stepDays: number }[];
  meetings: GenMeeting[];
  cooperations: GenCooperation[];
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
const subset = <T>(rnd: () => number, items: readonly T[], p: number) => items.filter(() => rnd() < p);

export async function generateDistrict(
  db: Db,
  store: TenantStore,
  districtId: number,
  authorIds: number[],
  seed: number,
  prefix = "",
): Promise<Generated> {
  const rnd = mulberry32(seed);
  const setCreated = (id: number, at: Date) =>
    db.update(partnersTable).set({ createdAt: at }).where(eq(partnersTable.id, id));

  // Partners: regulars, one contacted only long ago, one never contacted, one new in the reported week.
  const partners: GenPartner[] = [];
  const kinds = ["school", "kita", "hort", "club", "civic_group", "youth_welfare"] as const;
  for (let i = 0; i < 8; i++) {
    const p = await store.createPartner(
      `${prefix}Partner ${i + 1}`,
      kinds[i % kinds.length] ?? "other",
      districtId,
    );
    const createdAt = berlinAt("2026-01-15", 10);
    await setCreated(p.id, createdAt);
    partners.push({ id: p.id, name: p.name, createdAt });
  }
  const old = await store.createPartner(`${prefix}Grundschule Alt`, "school", districtId);
  await setCreated(old.id, berlinAt("2026-01-10", 9));
  const never = await store.createPartner(`${prefix}Kita Nie`, "kita", districtId);
  await setCreated(never.id, berlinAt("2026-05-04", 9));
  const fresh = await store.createPartner(`${prefix}Verein Neu`, "club", districtId);
  await setCreated(fresh.id, berlinAt("2026-11-18", 15));
  partners.push(
    { id: old.id, name: old.name, createdAt: berlinAt("2026-01-10", 9) },
    { id: never.id, name: never.name, createdAt: berlinAt("2026-05-04", 9) },
    { id: fresh.id, name: fresh.name, createdAt: berlinAt("2026-11-18", 15) },
  );
  const regulars = partners.slice(0, 8).map((p) => p.id);

  // Activities: 3–6 per working day.
  const activities: GenActivity[] = [];
  for (let day = FIRST_DAY; day <= LAST_DAY; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const n = 3 + Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) {
      let focus = pick(rnd, FOCUSES);
      if (focus === "public_relations" && day > PR_LAST_DAY) focus = "projects";
      const partnerIds = rnd() < 0.5 ? [pick(rnd, regulars)] : [];
      activities.push({
        day,
        minutes: 15 * (1 + Math.floor(rnd() * 16)),
        focus,
        level: pick(rnd, LEVELS),
        role: pick(rnd, ACTIVITY_ROLES),
        goals: subset(rnd, GOALS, 0.4),
        targetGroups: subset(rnd, TARGET_GROUPS, 0.35),
        participants: rnd() < 0.6 ? Math.floor(rnd() * 40) : null,
        partnerIds,
        authorId: pick(rnd, authorIds),
        title: `${prefix}Aktivität ${activities.length + 1}`,
      });
    }
  }
  // The old school's last contact: early July (more than three months before 22.11.).
  activities.push({
    day: "2026-07-01",
    minutes: 60,
    focus: "cooperation",
    level: "case_independent",
    role: "initiated",
    goals: [],
    targetGroups: [],
    participants: null,
    partnerIds: [old.id],
    authorId: authorIds[0] ?? 0,
    title: `${prefix}Schulbesuch`,
  });
  // The new partner is met in the reported week.
  activities.push({
    day: "2026-11-19",
    minutes: 90,
    focus: "civic_engagement",
    level: "case_independent",
    role: "initiated",
    goals: ["self_help"],
    targetGroups: ["Eltern"],
    participants: 12,
    partnerIds: [fresh.id],
    authorId: authorIds[0] ?? 0,
    title: `${prefix}Kennenlernen Verein`,
  });
  for (const a of activities) {
    await store.recordActivity({
      districtId,
      authorId: a.authorId,
      occurredOn: a.day,
      minutes: a.minutes,
      title: a.title,
      level: a.level,
      focus: a.focus,
      role: a.role,
      goals: a.goals,
      targetGroups: a.targetGroups,
      participants: a.participants,
      partnerIds: a.partnerIds,
    });
  }

  // Committees: weekly on Tuesday 18:00 and every other Wednesday 09:00 (Berlin), with attendance.
  const committees = [
    {
      name: `${prefix}Runder Tisch`,
      rule: "FREQ=WEEKLY;BYDAY=TU",
      first: "2026-06-02",
      hour: 18,
      stepDays: 7,
    },
    {
      name: `${prefix}AG Jugend`,
      rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
      first: "2026-06-03",
      hour: 9,
      stepDays: 14,
    },
  ];
  const createdCommittees: Generated["committees"] = [];
  const meetings: GenMeeting[] = [];
  for (const [ci, c] of committees.entries()) {
    const row = await store.createCommittee({
      districtId,
      name: c.name,
      type: ci === 0 ? "round_table" : "working_group",
      part: ci === 0 ? "chair" : "attend",
      recurrence: c.rule,
      firstStartsAt: berlinAt(c.first, c.hour),
      durationMinutes: 90,
      timezone: TZ,
    });
    createdCommittees.push({ id: row.id, name: c.name, stepDays: c.stepDays });
    for (let day = c.first; day <= "2026-12-31"; day = addDays(day, c.stepDays)) {
      const occurrenceAt = berlinAt(day, c.hour);
      const m: GenMeeting = { committeeId: row.id, occurrenceAt, cancelled: false, going: [], attended: [] };
      meetings.push(m);
      if (day < FIRST_DAY) continue;
      if (rnd() < 0.1) {
        m.cancelled = true;
        await store.cancelMeeting(row.id, occurrenceAt);
        continue;
      }
      // The first meeting after NOW has nobody yet; the rest get attendees at random.
      const firstUpcoming =
        occurrenceAt > NOW &&
        !meetings.some((x) => x !== m && x.committeeId === row.id && x.occurrenceAt > NOW);
      if (firstUpcoming && ci === 0) continue;
      for (const id of authorIds) {
        if (rnd() < 0.45) {
          m.going.push(id);
          // Not every promise is confirmed afterwards (no extra random draw: the stream stays as it was).
          const confirmed = occurrenceAt < NOW && (id + m.going.length + meetings.length) % 3 !== 0;
          if (confirmed) m.attended.push(id);
          await store.setAttendance(row.id, occurrenceAt, id, confirmed ? "attended" : "going");
        } else if (rnd() < 0.2) {
          await store.setAttendance(row.id, occurrenceAt, id, "not_going");
        }
      }
    }
  }

  // Cooperations in every status; one agreed in the reported week, one overdue, one due soon.
  const plan: { status: CooperationStatus; reviewOn: string | null; updatedAt: Date; partner: number }[] = [
    { status: "draft", reviewOn: null, updatedAt: berlinAt("2026-10-01", 10), partner: 0 },
    { status: "in_progress", reviewOn: "2026-10-15", updatedAt: berlinAt("2026-09-01", 10), partner: 1 },
    { status: "agreed", reviewOn: "2026-11-28", updatedAt: berlinAt("2026-11-17", 11), partner: 2 },
    { status: "agreed", reviewOn: "2027-03-01", updatedAt: berlinAt("2026-06-01", 11), partner: 3 },
    { status: "ended", reviewOn: "2026-09-01", updatedAt: berlinAt("2026-09-20", 11), partner: 4 },
  ];
  const cooperations: GenCooperation[] = [];
  for (const c of plan) {
    const partnerId = partners[c.partner]?.id ?? 0;
    const row = await store.startCooperation(partnerId, authorIds[0] ?? 0, districtId);
    await store.updateCooperation(
      row.id,
      { status: c.status, reviewOn: c.reviewOn, startsOn: "2026-09-01" },
      c.updatedAt,
    );
    cooperations.push({
      id: row.id,
      partnerId,
      status: c.status,
      reviewOn: c.reviewOn,
      updatedAt: c.updatedAt,
    });
  }
  return { activities, partners, committees: createdCommittees, meetings, cooperations };
}
