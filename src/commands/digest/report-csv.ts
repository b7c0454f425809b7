// The report as one CSV table for Excel: German headers, ";" separator, decimal comma, UTF-8 with BOM, CRLF.
// One row per figure and section (the total, each district: the district column), with the year before beside it.
import { toCsv } from "../csv.js";
import { bericht as b, labels, digest as t } from "../messages/index.js";
import { dayValue, hoursValue } from "./report-format.js";
import type { ReportSection, ReportSet } from "./report-set.js";
import { type FigureRow, type FigureTable, figureTables } from "./report-tables.js";

const COLUMNS = [
  t.col.section,
  t.col.name,
  t.col.district,
  t.col.activities,
  t.col.hours,
  t.col.participants,
  b.col.previousActivities,
  b.col.previousHours,
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

const figureRow = (section: string, district: string, r: FigureRow): Row => ({
  [t.col.section]: section,
  [t.col.name]: r.name,
  [t.col.district]: district,
  [t.col.activities]: r.count,
  [t.col.hours]: hoursValue(r.minutes),
  ...(r.participants === undefined ? {} : { [t.col.participants]: r.participants }),
  ...(r.previous
    ? { [b.col.previousActivities]: r.previous.count, [b.col.previousHours]: hoursValue(r.previous.minutes) }
    : {}),
});

const SECTION: Record<FigureTable["key"], string> = {
  level: t.section.level,
  focus: t.section.focus,
  role: t.section.role,
  goal: t.section.goal,
  targetGroup: t.section.targetGroup,
};

/** Each section's figures (the total first, then every district), with the year before beside them. */
function sectionRows(s: ReportSection): Row[] {
  const d = s.data;
  const p = s.previous;
  const district = d.allDistricts ? b.total : s.name;
  const total: FigureRow = {
    name: t.section.total,
    ...d.totals,
    previous: { count: p.totals.count, minutes: p.totals.minutes },
  };
  return [
    figureRow(t.section.total, district, total),
    ...figureTables(s).flatMap((f) =>
      f.rows.map((r) =>
        figureRow(SECTION[f.key], district, f.key === "goal" ? { ...r, participants: undefined } : r),
      ),
    ),
  ];
}

export function reportCsvRows(set: ReportSet): Row[] {
  const rows: Row[] = set.sections.flatMap(sectionRows);
  const r = set.sections[0]?.data;
  if (!r) return rows;
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

export function reportCsv(set: ReportSet): Uint8Array {
  return toCsv(
    [...COLUMNS],
    reportCsvRows(set).map((row) => COLUMNS.map((c) => row[c])),
  );
}
