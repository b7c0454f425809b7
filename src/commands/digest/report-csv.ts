// The report as one CSV table for Excel: German headers, ";" separator, decimal comma, UTF-8 with BOM, CRLF.
import { ACTIVITY_ROLES, FOCUSES, LEVELS } from "../../store/index.js";
import { toCsv } from "../csv.js";
import { labels, digest as t } from "../messages/index.js";
import type { ReportData, Total } from "./report.js";
import { dayValue, hoursValue } from "./report-format.js";

const COLUMNS = [
  t.col.section,
  t.col.name,
  t.col.district,
  t.col.activities,
  t.col.hours,
  t.col.participants,
  t.col.type,
  t.col.part,
  t.col.meetings,
  t.col.attended,
  t.col.contacts,
  t.col.lastContact,
  t.col.status,
  t.col.start,
  t.col.end,
  t.col.review,
] as const;
type Column = (typeof COLUMNS)[number];
type Row = Partial<Record<Column, string | number>>;

const totalRow = (section: string, name: string, v: Total): Row => ({
  [t.col.section]: section,
  [t.col.name]: name,
  [t.col.activities]: v.count,
  [t.col.hours]: hoursValue(v.minutes),
  [t.col.participants]: v.participants,
});

export function reportCsvRows(r: ReportData): Row[] {
  const rows: Row[] = [totalRow(t.section.total, t.section.total, r.totals)];
  for (const f of FOCUSES) rows.push(totalRow(t.section.focus, labels.focus[f], r.byFocus[f]));
  for (const l of LEVELS) rows.push(totalRow(t.section.level, labels.level[l], r.byLevel[l]));
  for (const x of ACTIVITY_ROLES) rows.push(totalRow(t.section.role, labels.role[x], r.byRole[x]));
  for (const g of r.targetGroups) rows.push(totalRow(t.section.targetGroup, g.targetGroup, g));
  for (const g of r.goals) {
    rows.push({
      [t.col.section]: t.section.goal,
      [t.col.name]: labels.goal[g.goal],
      [t.col.activities]: g.count,
      [t.col.hours]: hoursValue(g.minutes),
    });
  }
  for (const c of r.committees) {
    rows.push({
      [t.col.section]: t.section.committee,
      [t.col.name]: c.name,
      [t.col.district]: c.district,
      [t.col.type]: labels.committeeType[c.type],
      [t.col.part]: labels.committeePart[c.part],
      [t.col.meetings]: c.meetings,
      [t.col.attended]: c.attended,
    });
  }
  for (const p of r.partners) {
    rows.push({
      [t.col.section]: t.section.partner,
      [t.col.name]: p.name,
      [t.col.type]: labels.partnerType[p.type],
      [t.col.contacts]: p.contacts,
      [t.col.lastContact]: dayValue(p.lastContact),
    });
  }
  for (const c of r.cooperations) {
    rows.push({
      [t.col.section]: t.section.cooperation,
      [t.col.name]: c.partner,
      [t.col.district]: c.district,
      [t.col.status]: labels.cooperationStatus[c.status],
      [t.col.start]: dayValue(c.startsOn),
      [t.col.end]: dayValue(c.endsOn),
      [t.col.review]: dayValue(c.reviewOn),
    });
  }
  return rows;
}

export function reportCsv(r: ReportData): Uint8Array {
  return toCsv(
    [...COLUMNS],
    reportCsvRows(r).map((row) => COLUMNS.map((c) => row[c])),
  );
}
