// The report's tables as plain rows (header + German cells), shared by the Word document and the Excel workbook.
import { ACTIVITY_ROLES, FOCUSES, LEVELS } from "../../store/index.js";
import { bericht as b, labels } from "../messages/index.js";
import type { Total } from "./report.js";
import type { ReportSection } from "./report-set.js";

/** One row: a label, then numbers (minutes stay minutes; each writer formats hours its own way). */
export interface FigureRow {
  name: string;
  count: number;
  minutes: number;
  participants?: number;
  previous?: { count: number; minutes: number };
}

export interface FigureTable {
  key: "level" | "focus" | "role" | "goal" | "targetGroup";
  title: string;
  rows: FigureRow[];
  /** Whether the table carries the year-before columns. */
  compared: boolean;
}

const row = (name: string, now: Total, before?: Total): FigureRow => ({
  name,
  count: now.count,
  minutes: now.minutes,
  participants: now.participants,
  ...(before ? { previous: { count: before.count, minutes: before.minutes } } : {}),
});

/** The five tables of a section, in the order the youth office reads them. */
export function figureTables(s: ReportSection): FigureTable[] {
  const d = s.data;
  const p = s.previous;
  return [
    {
      key: "level",
      title: b.byLevel,
      compared: true,
      rows: LEVELS.map((l) => row(labels.level[l], d.byLevel[l], p.byLevel[l])),
    },
    {
      key: "focus",
      title: b.byFocus,
      compared: true,
      rows: FOCUSES.map((f) => row(labels.focus[f], d.byFocus[f], p.byFocus[f])),
    },
    {
      key: "role",
      title: b.byRole,
      compared: true,
      rows: ACTIVITY_ROLES.map((r) => row(labels.role[r], d.byRole[r], p.byRole[r])),
    },
    {
      key: "goal",
      title: b.byGoal,
      compared: false,
      rows: d.goals.map((g) => ({ name: labels.goal[g.goal], count: g.count, minutes: g.minutes })),
    },
    {
      key: "targetGroup",
      title: b.byTargetGroup,
      compared: false,
      rows: d.targetGroups.map((g) => row(g.targetGroup, g)),
    },
  ];
}

/** Change in hours against the year before, in percent; undefined when there were none then. */
export const changePercent = (now: number, before: number): number | undefined =>
  before === 0 ? undefined : ((now - before) / before) * 100;
