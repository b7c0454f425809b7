// Reporting periods for liste and statistik: this week, month, quarter or year, up to today.
import { aktivitaet as t } from "../messages/index.js";
import { germanDay, parts, startOfMonth, startOfQuarter, startOfWeek, startOfYear } from "./parse/days.js";

export type PeriodKind = "week" | "month" | "quarter" | "year";

export const PERIOD_WORDS: Record<string, PeriodKind> = {
  woche: "week",
  monat: "month",
  quartal: "quarter",
  jahr: "year",
};

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
  label: string;
}

export function periodOf(kind: PeriodKind, today: string): Period {
  const p = parts(today);
  switch (kind) {
    case "week": {
      const from = startOfWeek(today);
      return { kind, from, to: today, label: t.statPeriod.week(germanDay(from)) };
    }
    case "month":
      return { kind, from: startOfMonth(today), to: today, label: `${t.monthNames[p.month - 1]} ${p.year}` };
    case "quarter":
      return {
        kind,
        from: startOfQuarter(today),
        to: today,
        label: t.statPeriod.quarter(Math.floor((p.month - 1) / 3) + 1, p.year),
      };
    case "year":
      return { kind, from: startOfYear(today), to: today, label: t.statPeriod.year(p.year) };
  }
}
