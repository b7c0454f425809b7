// The report as a Word document (docx): title page, per section figures with the year before and a chart, narrative, methods.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { bericht as b, digest as dt } from "../messages/index.js";
import { budgetLine } from "./budget.js";
import { CHART_HEIGHT, CHART_WIDTH, renderCharts } from "./chart.js";
import { isLoopEmpty, type LoopSummary } from "./loop.js";
import { loopItems } from "./loop-view.js";
import { dayValue, hoursValue, periodLabel, scopeLabel } from "./report-format.js";
import { type NarrativeFocus, narrative } from "./report-narrative.js";
import type { ReportSection, ReportSet } from "./report-set.js";
import { changePercent, type FigureTable, figureTables } from "./report-tables.js";

const FONT = "Liberation Sans";

const text = (value: string, opts: { bold?: boolean; right?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text: value, bold: opts.bold })],
  });

const heading = (value: string, level: 1 | 2 | 3) =>
  new Paragraph({
    text: value,
    heading:
      level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
  });

/** The text width of an A4 page with Word's default margins, in twentieths of a point. */
const PAGE_WIDTH = 9638;

function table(headers: string[], rows: string[][]): Table {
  // The first column is a name and gets the room („Infrastrukturentwicklung“ in one piece); the others
  // are numbers, share the rest and read right-aligned.
  const name = Math.round(PAGE_WIDTH * 0.36);
  const other = Math.floor((PAGE_WIDTH - name) / Math.max(1, headers.length - 1));
  const widths = headers.map((_, i) => (i === 0 ? name : other));
  const line = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (c, i) =>
          new TableCell({
            width: { size: widths[i] ?? other, type: WidthType.DXA },
            children: [text(c, { bold: header, right: i > 0 })],
          }),
      ),
    });
  return new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [line(headers, true), ...rows.map((r) => line(r, false))],
  });
}

function figureTable(t: FigureTable): (Paragraph | Table)[] {
  if (t.rows.length === 0) return [heading(t.title, 3), text(b.none)];
  const headers: string[] = [b.col.name, b.col.activities, b.col.hours];
  if (t.compared) headers.push(b.col.previousActivities, b.col.previousHours);
  const rows = t.rows.map((r) => {
    const cells = [r.name, String(r.count), hoursValue(r.minutes)];
    if (t.compared && r.previous) cells.push(String(r.previous.count), hoursValue(r.previous.minutes));
    return cells;
  });
  return [heading(t.title, 3), table(headers, rows)];
}

function section(s: ReportSection, index: number, all: boolean, png: Uint8Array): (Paragraph | Table)[] {
  const d = s.data;
  const p = s.previous;
  const width = 600;
  return [
    ...(index > 0 ? [new Paragraph({ children: [new PageBreak()] })] : []),
    heading(all && index === 0 ? b.totalHeading : s.name, 1),
    text(b.summary(d.totals.count, hoursValue(d.totals.minutes), d.totals.participants)),
    text(
      b.comparison(
        p.totals.count,
        hoursValue(p.totals.minutes),
        b.change(changePercent(d.totals.minutes, p.totals.minutes)),
      ),
    ),
    ...(s.budget ? [text(`${b.budgetLabel}: ${budgetLine(s.budget)}`)] : []),
    new Paragraph({
      children: [
        new ImageRun({
          type: "png",
          data: png,
          transformation: { width, height: Math.round((width * CHART_HEIGHT) / CHART_WIDTH) },
          altText: {
            name: b.chartAlt(s.name, s.bucket),
            description: b.chartAlt(s.name, s.bucket),
            title: s.name,
          },
        }),
      ],
    }),
    ...figureTables(s).flatMap(figureTable),
  ];
}

function narrativeFocus(n: NarrativeFocus): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading(n.title, 2), heading(b.projects, 3)];
  if (n.threads.length === 0) out.push(text(b.none));
  for (const th of n.threads) {
    out.push(
      new Paragraph({
        bullet: { level: 0 },
        children: [
          new TextRun({ text: th.title, bold: true }),
          new TextRun({ text: ` – ${th.detail}` }),
          ...(th.partners ? [new TextRun({ text: `; ${th.partners}` })] : []),
        ],
      }),
    );
  }
  for (const [title, items] of [
    [b.committees, n.committees],
    [b.cooperations, n.cooperations],
  ] as const) {
    if (!items) continue;
    out.push(heading(title, 3));
    if (items.length === 0) out.push(text(b.none));
    for (const item of items) {
      out.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun({ text: item.title, bold: true }),
            new TextRun({ text: `: ${item.detail}` }),
          ],
        }),
      );
    }
  }
  return out;
}

/** Need → offer → sessions (seed §1): what case work saw and what the district answered with. */
function loopStory(loop: LoopSummary | undefined): Paragraph[] {
  if (!loop || isLoopEmpty(loop)) return [];
  return [
    heading(dt.loop.title, 2),
    ...loopItems(loop).map((i) => text(i.detail ? `${i.title} (${i.detail})` : i.title)),
  ];
}

export async function reportDocx(r: ReportSet): Promise<Uint8Array> {
  const first = r.sections[0];
  if (!first) throw new Error("a report has at least one section");
  const all = first.data.allDistricts && r.sections.length > 1;
  const title = [
    new Paragraph({ spacing: { before: 2400 }, heading: HeadingLevel.TITLE, text: b.docTitle }),
    text(b.docScope(scopeLabel(first.data))),
    text(b.docPeriod(periodLabel(r))),
    text(b.docComparison(periodLabel({ period: r.previous }))),
    text(b.generated(dayValue(r.generatedOn))),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const charts = renderCharts(
    r.sections.map((s) => ({
      history: s.history,
      names: { title: b.chartTitle(s.bucket), axis: b.chartAxis(s.bucket) },
    })),
  );
  const body = r.sections.flatMap((s, i) => section(s, i, all, charts[i] ?? new Uint8Array()));
  const story = [
    new Paragraph({ children: [new PageBreak()] }),
    heading(b.narrative, 1),
    text(b.narrativeIntro),
    ...narrative(r).flatMap(narrativeFocus),
    ...loopStory(first.data.loop),
    heading(b.methods, 1),
    ...b.methodsText.map((m) => text(m)),
  ];
  const doc = new Document({
    creator: b.docTitle,
    title: `${b.docTitle} – ${scopeLabel(first.data)}, ${periodLabel(r)}`,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [{ children: [...title, ...body, ...story] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
