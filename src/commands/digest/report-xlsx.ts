// The report as an Excel workbook (exceljs): one sheet per table, German headers, numbers as numbers with number formats.
import ExcelJS from "exceljs";
import { bericht as b, labels, digest as t } from "../messages/index.js";
import { periodLabel } from "./report-format.js";
import type { ReportSet } from "./report-set.js";
import { figureTables } from "./report-tables.js";

const HOURS = "#,##0.00";
const COUNT = "#,##0";
const PERCENT = "+0.0%;-0.0%;0.0%";
/** A real date cell for Excel: midnight UTC of the day, so no time zone shifts it. */
const dateCell = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

interface Column {
  header: string;
  key: string;
  width: number;
  numFmt?: string;
}

function sheet(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: Record<string, unknown>[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export async function reportXlsx(r: ReportSet): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = b.docTitle;
  wb.title = `${b.docTitle}, ${periodLabel(r)}`;
  const district = { header: b.col.district, key: "district", width: 22 };
  sheet(
    wb,
    b.sheet.overview,
    [
      district,
      { header: b.col.activities, key: "count", width: 12, numFmt: COUNT },
      { header: b.col.hours, key: "hours", width: 12, numFmt: HOURS },
      { header: b.col.participants, key: "participants", width: 14, numFmt: COUNT },
      { header: b.col.previousActivities, key: "prevCount", width: 18, numFmt: COUNT },
      { header: b.col.previousHours, key: "prevHours", width: 16, numFmt: HOURS },
      { header: b.col.change, key: "change", width: 14, numFmt: PERCENT },
      { header: b.col2.budget, key: "budget", width: 12, numFmt: COUNT },
      { header: b.col2.budgetActual, key: "budgetActual", width: 22, numFmt: HOURS },
      { header: b.col2.budgetDone, key: "budgetDone", width: 16, numFmt: "0%" },
      { header: b.col2.yearGone, key: "yearGone", width: 16, numFmt: "0%" },
    ],
    r.sections.map((s) => ({
      district: s.name,
      count: s.data.totals.count,
      hours: hours(s.data.totals.minutes),
      participants: s.data.totals.participants,
      prevCount: s.previous.totals.count,
      prevHours: hours(s.previous.totals.minutes),
      change:
        s.previous.totals.minutes === 0
          ? null
          : (s.data.totals.minutes - s.previous.totals.minutes) / s.previous.totals.minutes,
      ...(s.budget
        ? {
            budget: s.budget.targetHours,
            budgetActual: hours(s.budget.minutes),
            budgetDone: s.budget.minutes / 60 / s.budget.targetHours,
            yearGone: s.budget.yearShare,
          }
        : {}),
    })),
  );
  const first = r.sections[0];
  for (const [i, table] of (first ? figureTables(first) : []).entries()) {
    const columns: Column[] = [
      district,
      { header: b.col.name, key: "name", width: 30 },
      { header: b.col.activities, key: "count", width: 12, numFmt: COUNT },
      { header: b.col.hours, key: "hours", width: 12, numFmt: HOURS },
    ];
    if (table.key !== "goal")
      columns.push({ header: b.col.participants, key: "participants", width: 14, numFmt: COUNT });
    if (table.compared) {
      columns.push(
        { header: b.col.previousActivities, key: "prevCount", width: 18, numFmt: COUNT },
        { header: b.col.previousHours, key: "prevHours", width: 16, numFmt: HOURS },
      );
    }
    const rows = r.sections.flatMap((s) =>
      (figureTables(s)[i]?.rows ?? []).map((row) => ({
        district: s.name,
        name: row.name,
        count: row.count,
        hours: hours(row.minutes),
        participants: row.participants,
        prevCount: row.previous?.count,
        prevHours: row.previous ? hours(row.previous.minutes) : undefined,
      })),
    );
    sheet(wb, b.sheet[table.key], columns, rows);
  }
  const scope = first?.data;
  sheet(
    wb,
    b.sheet.committees,
    [
      { header: b.col.name, key: "name", width: 30 },
      district,
      { header: t.col.type, key: "type", width: 22 },
      { header: t.col.part, key: "part", width: 22 },
      { header: t.col.meetings, key: "meetings", width: 12, numFmt: COUNT },
      { header: t.col.attended, key: "attended", width: 14, numFmt: COUNT },
    ],
    (scope?.committees ?? []).map((c) => ({
      name: c.name,
      district: c.district,
      type: labels.committeeType[c.type],
      part: labels.committeePart[c.part],
      meetings: c.meetings,
      attended: c.attended,
    })),
  );
  sheet(
    wb,
    b.sheet.cooperations,
    [
      { header: b.col.partners, key: "partner", width: 30 },
      district,
      { header: t.col.status, key: "status", width: 14 },
      { header: t.col.start, key: "start", width: 12, numFmt: "dd.mm.yyyy" },
      { header: t.col.end, key: "end", width: 12, numFmt: "dd.mm.yyyy" },
      { header: t.col.review, key: "review", width: 14, numFmt: "dd.mm.yyyy" },
    ],
    (scope?.cooperations ?? []).map((c) => ({
      partner: c.partner,
      district: c.district,
      status: labels.cooperationStatus[c.status],
      start: dateCell(c.startsOn),
      end: dateCell(c.endsOn),
      review: dateCell(c.reviewOn),
    })),
  );
  sheet(
    wb,
    b.sheet.partners,
    [
      { header: b.col.name, key: "name", width: 30 },
      { header: t.col.type, key: "type", width: 20 },
      { header: t.col.contacts, key: "contacts", width: 12, numFmt: COUNT },
      { header: t.col.lastContact, key: "last", width: 16, numFmt: "dd.mm.yyyy" },
    ],
    (scope?.partners ?? []).map((p) => ({
      name: p.name,
      type: labels.partnerType[p.type],
      contacts: p.contacts,
      last: dateCell(p.lastContact),
    })),
  );
  sheet(
    wb,
    b.sheet.narrative,
    [
      { header: b.col.section, key: "focus", width: 28 },
      { header: b.col.title, key: "title", width: 34 },
      { header: b.col.role, key: "role", width: 24 },
      { header: b.col.activities, key: "count", width: 12, numFmt: COUNT },
      { header: b.col.hours, key: "hours", width: 12, numFmt: HOURS },
      { header: b.col.from, key: "from", width: 12, numFmt: "dd.mm.yyyy" },
      { header: b.col.to, key: "to", width: 12, numFmt: "dd.mm.yyyy" },
      { header: b.col.partners, key: "partners", width: 40 },
    ],
    r.threads.map((th) => ({
      focus: labels.focus[th.focus],
      title: th.title,
      role: labels.role[th.role],
      count: th.count,
      hours: hours(th.minutes),
      from: dateCell(th.first),
      to: dateCell(th.last),
      partners: th.partners.join(", "),
    })),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
