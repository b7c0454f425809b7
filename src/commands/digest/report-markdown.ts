// The report as Markdown for reading and printing: per section (the total, each district) the figures with the year
// before and the budget, then committees, partners, cooperations and the narrative, as in the Word report.
import { bericht as b, labels, digest as t } from "../messages/index.js";
import { budgetLine } from "./budget.js";
import { isLoopEmpty } from "./loop.js";
import { loopItems } from "./loop-view.js";
import type { ReportData } from "./report.js";
import { dayValue, hoursValue, periodLabel, scopeLabel } from "./report-format.js";
import { type NarrativeItem, narrative } from "./report-narrative.js";
import type { ReportSection, ReportSet } from "./report-set.js";
import { changePercent, type FigureTable, figureTables } from "./report-tables.js";

/** Table cells may hold user text (names): pipes and line breaks would break the table. */
const cell = (v: string | number) =>
  String(v)
    .replaceAll("|", "\\|")
    .replace(/[\r\n]+/g, " ");

function table(headers: string[], rows: (string | number)[][]): string[] {
  if (rows.length === 0) return [`_${t.reportNone}_`, ""];
  return [
    `| ${headers.map(cell).join(" | ")} |`,
    `|${headers.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
    "",
  ];
}

/** Need → offer → sessions, when the period has any (the guideline's loop, seed §1). */
function loopSection(r: ReportData): string[] {
  if (!r.loop || isLoopEmpty(r.loop)) return [];
  const items = loopItems(r.loop).map((i) => `- ${cell(i.title)}${i.detail ? ` (${cell(i.detail)})` : ""}`);
  return ["", `## ${t.loop.title}`, "", ...items];
}

/** A figure table of a section: the year before beside the three breakdowns, as in the Word report. */
function figureTable(f: FigureTable, level: string): string[] {
  const withPeople = f.key !== "goal";
  const headers: string[] = [t.col.name, t.col.activities, t.col.hours];
  if (withPeople) headers.push(t.col.participants);
  if (f.compared) headers.push(b.col.previousActivities, b.col.previousHours);
  const rows = f.rows.map((r) => {
    const cells: (string | number)[] = [r.name, r.count, hoursValue(r.minutes)];
    if (withPeople) cells.push(r.participants ?? 0);
    if (f.compared) cells.push(r.previous?.count ?? 0, hoursValue(r.previous?.minutes ?? 0));
    return cells;
  });
  return [`${level} ${f.title}`, "", ...table(headers, rows)];
}

/** One section's figures: summary, the year before, the budget, then the five tables. */
function section(s: ReportSection, heading: string | undefined): string[] {
  const d = s.data;
  const p = s.previous;
  const level = heading === undefined ? "##" : "###";
  return [
    ...(heading === undefined ? [] : [`## ${heading}`, ""]),
    `- ${t.reportActivities}: ${d.totals.count}`,
    `- ${t.reportHours}: ${hoursValue(d.totals.minutes)}`,
    `- ${t.reportParticipants}: ${d.totals.participants}`,
    "",
    b.comparison(
      p.totals.count,
      hoursValue(p.totals.minutes),
      b.change(changePercent(d.totals.minutes, p.totals.minutes)),
    ),
    ...(s.budget ? ["", `${b.budgetLabel}: ${budgetLine(s.budget)}`] : []),
    "",
    ...figureTables(s).flatMap((f) => figureTable(f, level)),
  ];
}

/** The narrative per focus: the largest threads, committees and cooperations, as the Word report tells them. */
function narrativeSection(r: ReportSet): string[] {
  const item = (i: NarrativeItem, sep: string) =>
    `- **${cell(i.title)}**${sep}${cell(i.detail)}${i.partners ? `; ${cell(i.partners)}` : ""}`;
  return [
    `## ${b.narrative}`,
    "",
    b.narrativeIntro,
    "",
    ...narrative(r).flatMap((n) => [
      `### ${n.title}`,
      "",
      ...(n.threads.length ? n.threads.map((i) => item(i, " – ")) : [`_${b.none}_`]),
      "",
    ]),
  ];
}

export function reportMarkdown(r: ReportSet): string {
  const first = r.sections[0];
  if (!first) throw new Error("a report has at least one section");
  const all = first.data.allDistricts && r.sections.length > 1;
  const lines: string[] = [
    `# ${t.reportTitle(scopeLabel(first.data), periodLabel(r))}`,
    "",
    t.reportGenerated(dayValue(r.generatedOn)),
    "",
    b.docComparison(periodLabel({ period: r.previous })),
    "",
    ...(all ? [] : [`## ${t.reportSummary}`, ""]),
    ...r.sections.flatMap((s, i) => section(s, all ? (i === 0 ? b.totalHeading : s.name) : undefined)),
    ...committeesEtc(first.data),
    ...narrativeSection(r),
    ...loopSection(first.data),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

/** Committees, partners and cooperations: once for the whole scope. */
function committeesEtc(r: ReportData): string[] {
  return [
    `## ${t.reportCommittees}`,
    "",
    ...table(
      [t.col.name, t.col.district, t.col.type, t.col.part, t.col.meetings, t.col.attended],
      r.committees.map((c) => [
        c.name,
        c.district,
        labels.committeeType[c.type],
        labels.committeePart[c.part],
        c.meetings,
        c.attended,
      ]),
    ),
    `## ${t.reportPartners}`,
    "",
    ...table(
      [t.col.name, t.col.type, t.col.contacts, t.col.lastContact],
      r.partners.map((p) => [p.name, labels.partnerType[p.type], p.contacts, dayValue(p.lastContact)]),
    ),
    `## ${t.reportCooperations}`,
    "",
    ...table(
      [t.col.name, t.col.district, t.col.status, t.col.start, t.col.end, t.col.review],
      r.cooperations.map((c) => [
        c.partner,
        c.district,
        labels.cooperationStatus[c.status],
        dayValue(c.startsOn),
        dayValue(c.endsOn),
        dayValue(c.reviewOn),
      ]),
    ),
  ];
}
