// Sozialraumbudget: case-independent hours so far this year against the district's yearly target and the share of the year gone by.
import type { District, TenantStore } from "../../store/index.js";
import { hoursNumber } from "../messages/format.js";
import { bericht as b } from "../messages/index.js";
import { daysBetween } from "./week.js";

export interface BudgetStatus {
  targetHours: number;
  /** Case-independent minutes from 1 January up to `day`. */
  minutes: number;
  /** The share of the calendar year gone by at the end of `day`, 0..1. */
  yearShare: number;
  day: string;
}

export function yearShare(day: string): number {
  const year = day.slice(0, 4);
  const days = daysBetween(`${year}-01-01`, `${Number(year) + 1}-01-01`);
  return (daysBetween(`${year}-01-01`, day) + 1) / days;
}

/** Undefined when no district in scope has a target. Several districts: their targets and hours summed. */
export async function budgetStatus(
  store: Pick<TenantStore, "activityBreakdown" | "breakdownByDistrict">,
  districts: Pick<District, "id" | "budgetHours">[],
  day: string,
): Promise<BudgetStatus | undefined> {
  const withTarget = districts.filter((d) => d.budgetHours !== null && d.budgetHours > 0);
  if (withTarget.length === 0) return undefined;
  const from = `${day.slice(0, 4)}-01-01`;
  // One district: its own query; several: one grouped query for all of them.
  if (withTarget.length === 1) {
    const rows = await store.activityBreakdown({ districtId: withTarget[0]?.id, from, to: day });
    return budgetOf(withTarget, day, rows);
  }
  return budgetOf(withTarget, day, await store.breakdownByDistrict({ from, to: day }));
}

/**
 * The budget of the districts with a target from the year's rows up to `day` (grouped by district, or
 * already one district's): rows of other districts are left out.
 */
export function budgetOf(
  districts: Pick<District, "id" | "budgetHours">[],
  day: string,
  rows: { districtId?: number; level: string; minutes: number }[],
): BudgetStatus | undefined {
  const withTarget = districts.filter((d) => d.budgetHours !== null && d.budgetHours > 0);
  if (withTarget.length === 0) return undefined;
  const ids = new Set(withTarget.map((d) => d.id));
  const minutes = rows
    .filter((r) => r.level === "case_independent" && (r.districtId === undefined || ids.has(r.districtId)))
    .reduce((s, r) => s + r.minutes, 0);
  const targetHours = withTarget.reduce((s, d) => s + (d.budgetHours ?? 0), 0);
  return { targetHours, minutes, yearShare: yearShare(day), day };
}

const percent = (x: number) => Math.round(x * 100);

/** „312 von 480 Std. (65 %), Jahr zu 92 % vergangen“ */
export const budgetLine = (s: BudgetStatus) =>
  b.budgetLine(
    hoursNumber(s.minutes),
    s.targetHours,
    percent(s.minutes / 60 / s.targetHours),
    percent(s.yearShare),
  );

/** The day a report's budget is measured at: its last day, but never after today. */
export const budgetDay = (periodTo: string, today: string) => (periodTo < today ? periodTo : today);
