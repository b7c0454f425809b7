// Gathers the youth-office report for a period and one district or all: totals by focus, level, role, target group, goal, committees, partners, cooperations.

import {
  ACTIVITY_ROLES,
  type ActivityRole,
  type CommitteePart,
  type CommitteeType,
  type CooperationStatus,
  type District,
  FOCUSES,
  type Focus,
  type Goal,
  LEVELS,
  type Level,
  type PartnerType,
  type Tenant,
  type TenantStore,
} from "../../store/index.js";
import { common } from "../messages/index.js";
import { heldAndAttended } from "./held.js";
import { type LoopSummary, loadLoop } from "./loop.js";
import type { Period } from "./period.js";
import { addDays, startOfDayIn } from "./week.js";

export interface Total {
  count: number;
  minutes: number;
  participants: number;
}

export interface ReportData {
  period: Period;
  /** Needs raised, seen again and answered in the period, and offers with their sessions (seed §1). */
  loop?: LoopSummary;
  /** Districts covered; one, or all active ones. */
  districts: Pick<District, "id" | "name">[];
  allDistricts: boolean;
  totals: Total;
  byFocus: Record<Focus, Total>;
  byLevel: Record<Level, Total>;
  byRole: Record<ActivityRole, Total>;
  targetGroups: ({ targetGroup: string } & Total)[];
  goals: { goal: Goal; count: number; minutes: number }[];
  committees: {
    id: number;
    name: string;
    district: string;
    type: CommitteeType;
    part: CommitteePart;
    meetings: number;
    attended: number;
  }[];
  partners: { id: number; name: string; type: PartnerType; contacts: number; lastContact: string | null }[];
  cooperations: {
    id: number;
    partner: string;
    district: string;
    status: CooperationStatus;
    startsOn: string | null;
    endsOn: string | null;
    reviewOn: string | null;
  }[];
}

/** The figures a report counts from activities; an „alle“ report adds them up from its districts' rows. */
export interface ReportFigures {
  breakdown: Awaited<ReturnType<TenantStore["activityBreakdown"]>>;
  targetGroups: Awaited<ReturnType<TenantStore["targetGroupTotals"]>>;
  goals: { goal: Goal; count: number; minutes: number }[];
}

async function loadFigures(
  store: TenantStore,
  scope: { districtId?: number; from: string; to: string },
): Promise<ReportFigures> {
  const [breakdown, targetGroups, goals] = await Promise.all([
    store.activityBreakdown(scope),
    store.targetGroupTotals(scope),
    store.goalTotals(scope),
  ]);
  return { breakdown, targetGroups, goals };
}

const zero = (): Total => ({ count: 0, minutes: 0, participants: 0 });
const record = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, zero()])) as Record<K, Total>;

function addTo(t: Total, r: Total) {
  t.count += r.count;
  t.minutes += r.minutes;
  t.participants += r.participants;
}

export async function buildReport(
  store: TenantStore,
  // No per-person figures here, whatever the setting: this report goes to the youth office.
  tenant: Pick<Tenant, "timezone">,
  period: Period,
  district?: Pick<District, "id" | "name">,
  /** Figures already counted (the total of an „alle“ report); else they are queried. */
  figures?: Promise<ReportFigures>,
): Promise<ReportData> {
  const districtId = district?.id;
  const scope = { districtId, from: period.from, to: period.to };
  const allDistricts = await store.listDistricts();
  const districts = district ? [district] : allDistricts;
  const districtName = new Map(allDistricts.map((d) => [d.id, d.name] as const));
  const [{ breakdown, targetGroups, goals }, committees, partners, cooperations, partnerList] =
    await Promise.all([
      figures ?? loadFigures(store, scope),
      store.listCommittees(districtId),
      store.partnerContacts(districtId, { from: period.from, to: period.to }),
      store.listCooperations(districtId === undefined ? {} : { districtId }),
      store.listPartners(),
    ]);

  const totals = zero();
  const byFocus = record(FOCUSES);
  const byLevel = record(LEVELS);
  const byRole = record(ACTIVITY_ROLES);
  for (const r of breakdown) {
    addTo(totals, r);
    addTo(byFocus[r.focus], r);
    addTo(byLevel[r.level], r);
    addTo(byRole[r.role], r);
  }

  const from = startOfDayIn(period.from, tenant.timezone);
  const to = startOfDayIn(addDays(period.to, 1), tenant.timezone);
  const [{ held, attended }, loop] = await Promise.all([
    heldAndAttended(store, committees, from, to),
    loadLoop(store, districtId, { start: period.from, end: period.to, from, to }),
  ]);

  const partnerName = new Map(partnerList.map((p) => [p.id, p.name] as const));
  return {
    period,
    districts: districts.map((d) => ({ id: d.id, name: d.name })),
    allDistricts: district === undefined,
    totals,
    byFocus,
    byLevel,
    byRole,
    targetGroups: targetGroups.map((g) => ({ ...g, targetGroup: g.targetGroup ?? common.hiddenText })),
    goals,
    committees: committees.map((c) => ({
      id: c.id,
      name: c.name,
      district: districtName.get(c.districtId) ?? "",
      type: c.type,
      part: c.part,
      meetings: held.filter((m) => m.committeeId === c.id).length,
      attended: attended.filter((a) => a.committeeId === c.id).length,
    })),
    partners: partners.map(({ id, name, type, contacts, lastContact }) => ({
      id,
      name,
      type,
      contacts,
      lastContact,
    })),
    loop,
    // The cooperations' current status: the report says where each stands when it is made.
    cooperations: cooperations
      .map((c) => ({
        id: c.id,
        partner: partnerName.get(c.partnerId) ?? "?",
        district: c.districtId === null ? "" : (districtName.get(c.districtId) ?? ""),
        status: c.status,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        reviewOn: c.reviewOn,
      }))
      .sort((a, b) => a.partner.localeCompare(b.partner) || a.id - b.id),
  };
}
