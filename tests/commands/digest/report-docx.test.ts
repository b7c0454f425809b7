// The Word, Excel and Markdown report over two synthetic years in two districts: every figure against totals computed here.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THREADS_PER_FOCUS } from "../../../src/commands/digest/report-set.js";
import { bericht as b, common, labels, digest as t } from "../../../src/commands/messages/index.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { ACTIVITY_ROLES, FOCUSES, GOALS, LEVELS } from "../../../src/store/index.js";
import { commandLayerFor } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import {
  documentXml,
  paragraphsByHeading2,
  paragraphsBySection,
  readDocx,
  tablesBySection,
} from "../../support/docx.js";
import { seedTenant } from "../../support/fixtures.js";
import { berlinAt } from "./synthetic.js";
import { generateYears, SECRET, YEARS_NOW, type YearActivity, type YearsData } from "./synthetic-years.js";

let db: TestDatabase;
let gen: YearsData;
let districts: { id: number; name: string }[];

/** „jahr“ on 1 December 2026 and its comparison. */
const NOW = { from: "2026-01-01", to: "2026-12-01", prevFrom: "2025-01-01", prevTo: "2025-12-01" };
/** Hours as the report writes them, computed here: two decimals, decimal comma. */
const h = (minutes: number) => (minutes / 60).toFixed(2).replace(".", ",");
const sum = (xs: YearActivity[]) => xs.reduce((s, x) => s + x.minutes, 0);
const people = (xs: YearActivity[]) => xs.reduce((s, x) => s + (x.participants ?? 0), 0);

beforeAll(async () => {
  db = await openTestDatabase();
  const a = await seedTenant(db.store, "T1");
  const lead = await a.store.ensureMember("T1-lead", "Teamleitung");
  await a.store.setMemberRole(lead.id, "lead");
  const south = await a.store.createDistrict("Südstadt");
  districts = [
    { id: a.district.id, name: a.district.name },
    { id: south.id, name: south.name },
  ];
  gen = await generateYears(db.database.db, a.store, a.tenant.id, districts, a.admin.id, 4711);
}, 240_000);

afterAll(async () => {
  await db?.close();
});

function fileOf(reply: Reply) {
  if (reply.kind !== "file") throw new Error(`not a file: ${JSON.stringify(reply).slice(0, 300)}`);
  return reply;
}

/** The activities of a district (or all) in a period, from the generated list. */
const slice = (districtId: number | undefined, from: string, to: string) =>
  gen.activities.filter(
    (x) => (districtId === undefined || x.districtId === districtId) && x.day >= from && x.day <= to,
  );

const SHEET_ORDER = [
  b.sheet.overview,
  b.sheet.level,
  b.sheet.focus,
  b.sheet.role,
  b.sheet.goal,
  b.sheet.targetGroup,
  b.sheet.committees,
  b.sheet.cooperations,
  b.sheet.partners,
  b.sheet.narrative,
] as string[];

describe("the Word report", () => {
  it("has a title page, the total and each district with figures, the year before, a chart, narrative and methods", async () => {
    const { as } = commandLayerFor(db.store, YEARS_NOW.toISOString());
    const file = fileOf(await as("T1-lead").say("sozialraum", "bericht jahr alle"));
    expect(file.filename).toBe("bericht_alle_2026-01-01_2026-12-01.docx");
    expect(file.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(file.comment).toBe(b.docxComment("Jahr 2026 bis heute (01.01.2026–01.12.2026)"));
    const blocks = await readDocx(file.content);
    const texts = blocks.flatMap((x) => (x.kind === "p" ? [x.text] : []));
    expect(texts).toContain(b.docTitle);
    expect(texts).toContain(b.docPeriod("Jahr 2026 bis heute (01.01.2026–01.12.2026)"));
    expect(texts).toContain(b.docComparison("01.01.2025–01.12.2025"));

    const tables = tablesBySection(blocks);
    const paragraphs = paragraphsBySection(blocks);
    const scopes = [
      { heading: b.totalHeading, id: undefined },
      ...districts.map((d) => ({ heading: d.name, id: d.id })),
    ];
    for (const s of scopes) {
      const now = slice(s.id, NOW.from, NOW.to);
      const before = slice(s.id, NOW.prevFrom, NOW.prevTo);
      expect(now.length).toBeGreaterThan(100);
      const lines = paragraphs.get(s.heading) ?? [];
      expect(lines).toContain(b.summary(now.length, h(sum(now)), people(now)));
      const change = ((sum(now) - sum(before)) / sum(before)) * 100;
      expect(lines).toContain(b.comparison(before.length, h(sum(before)), b.change(change)));
      const rowsOf = (title: string) => {
        const rows = tables.get(`${s.heading} / ${title}`);
        expect(rows, `${s.heading} / ${title}`).toBeDefined();
        return rows ?? [];
      };
      const compared = (
        title: string,
        keys: readonly string[],
        label: (k: string) => string,
        by: (x: YearActivity) => string,
      ) => {
        const rows = rowsOf(title);
        expect(rows[0]).toEqual([
          b.col.name,
          b.col.activities,
          b.col.hours,
          b.col.previousActivities,
          b.col.previousHours,
        ]);
        expect(rows.slice(1)).toEqual(
          keys.map((k) => {
            const n = now.filter((x) => by(x) === k);
            const p = before.filter((x) => by(x) === k);
            return [label(k), String(n.length), h(sum(n)), String(p.length), h(sum(p))];
          }),
        );
      };
      compared(
        b.byLevel,
        LEVELS,
        (k) => labels.level[k as never],
        (x) => x.level,
      );
      compared(
        b.byFocus,
        FOCUSES,
        (k) => labels.focus[k as never],
        (x) => x.focus,
      );
      compared(
        b.byRole,
        ACTIVITY_ROLES,
        (k) => labels.role[k as never],
        (x) => x.role,
      );
      const goals = GOALS.map((g) => [g, now.filter((x) => x.goals.includes(g))] as const).filter(
        ([, xs]) => xs.length,
      );
      expect(rowsOf(b.byGoal).slice(1)).toEqual(
        goals.map(([g, xs]) => [labels.goal[g], String(xs.length), h(sum(xs))]),
      );
      // A confidential entry's groups count once under the hidden label, whatever they were.
      const groups = new Map<string, YearActivity[]>();
      for (const x of now) {
        for (const g of x.confidential ? [common.hiddenText] : x.targetGroups)
          groups.set(g, [...(groups.get(g) ?? []), x]);
      }
      const groupRows = rowsOf(b.byTargetGroup).slice(1);
      expect(groupRows.map((r) => r[0]).sort()).toEqual([...groups.keys()].sort());
      for (const r of groupRows) {
        const xs = groups.get(r[0] ?? "") ?? [];
        expect(r.slice(1, 3)).toEqual([String(xs.length), h(sum(xs))]);
      }
    }
    // One chart per section, a PNG.
    const zipText = new TextDecoder("latin1").decode(file.content);
    expect(zipText.match(/word\/media\/[^/\s]+\.png/g)?.length ?? 0).toBeGreaterThanOrEqual(scopes.length);
  });

  it("tells per focus what the team carried, with committees and cooperations, and never a confidential title", async () => {
    const { as } = commandLayerFor(db.store, YEARS_NOW.toISOString());
    const file = fileOf(await as("T1-lead").say("sozialraum", "bericht jahr alle docx"));
    const xml = await documentXml(file.content);
    expect(xml).not.toContain(SECRET);
    expect(gen.activities.some((x) => x.confidential && x.day >= NOW.from)).toBe(true);
    const blocks = await readDocx(file.content);
    const story = paragraphsBySection(blocks).get(b.narrative) ?? [];
    const byFocus = paragraphsByHeading2(blocks);
    const shown = slice(undefined, NOW.from, NOW.to).filter((x) => !x.confidential);
    for (const f of FOCUSES) {
      const groups = new Map<string, YearActivity[]>();
      for (const x of shown.filter((y) => y.focus === f)) {
        const k = `${x.title} – ${labels.role[x.role]}`;
        groups.set(k, [...(groups.get(k) ?? []), x]);
      }
      const lines = (byFocus.get(labels.focus[f]) ?? []).filter((l) =>
        [...groups.keys()].some((k) => l.startsWith(`${k},`)),
      );
      expect(lines.length, f).toBe(Math.min(THREADS_PER_FOCUS, groups.size));
      for (const line of lines) {
        const [k, xs] = [...groups.entries()].find(([key]) => line.startsWith(`${key},`)) ?? ["", []];
        const days = xs.map((x) => x.day).sort();
        const de = (d: string) => d.split("-").reverse().join(".");
        expect(
          line.startsWith(
            `${k}, ${xs.length} Einträge, ${h(sum(xs))} Std., ${de(days[0] ?? "")}–${de(days.at(-1) ?? "")}`,
          ),
        ).toBe(true);
      }
      // The largest thread of each focus is named.
      const largest = Math.max(...[...groups.values()].map(sum));
      expect(lines.some((l) => l.includes(`, ${h(largest)} Std.,`))).toBe(true);
    }
    const from = berlinAt(NOW.from, 0);
    const to = berlinAt("2026-12-02", 0);
    for (const c of gen.committees) {
      const held = gen.meetings.filter(
        (m) => m.committeeId === c.id && !m.cancelled && m.at >= from && m.at < to,
      );
      const district = districts.find((d) => d.id === c.districtId)?.name ?? "";
      const attended = held.filter((m) => m.attended).length;
      expect(held.filter((m) => m.going).length).toBeGreaterThan(attended); // promises alone do not count
      expect(attended).toBeGreaterThan(0);
      expect(story).toContain(
        `${c.name}: ${b.committee(labels.committeeType.round_table, labels.committeePart.attend, held.length, attended, district)}`,
      );
    }
    for (const d of districts) {
      expect(story).toContain(
        `${d.name} Partner 1: ${b.cooperation(labels.cooperationStatus.agreed, "01.02.2026", "31.01.2027", d.name)}`,
      );
    }
    expect(paragraphsBySection(blocks).get(b.methods)).toEqual([...b.methodsText]);
  });
});

describe("the Excel report", () => {
  it("has one sheet per table with German headers and real numbers", async () => {
    const { as } = commandLayerFor(db.store, YEARS_NOW.toISOString());
    const file = fileOf(await as("T1-lead").say("sozialraum", "bericht jahr alle xlsx"));
    expect(file.filename).toBe("bericht_alle_2026-01-01_2026-12-01.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.content as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEET_ORDER);
    const overview = wb.getWorksheet(b.sheet.overview);
    expect(overview?.getRow(1).values).toEqual([
      undefined,
      b.col.district,
      b.col.activities,
      b.col.hours,
      b.col.participants,
      b.col.previousActivities,
      b.col.previousHours,
      b.col.change,
      b.col2.budget,
      b.col2.budgetActual,
      b.col2.budgetDone,
      b.col2.yearGone,
    ]);
    const names = [b.total, ...districts.map((d) => d.name)];
    const ids = [undefined, ...districts.map((d) => d.id)];
    names.forEach((name, i) => {
      const row = overview?.getRow(i + 2);
      const now = slice(ids[i], NOW.from, NOW.to);
      const before = slice(ids[i], NOW.prevFrom, NOW.prevTo);
      expect(row?.getCell(1).value).toBe(name);
      expect(row?.getCell(2).value).toBe(now.length);
      expect(row?.getCell(3).value).toBeCloseTo(sum(now) / 60, 2);
      expect(row?.getCell(3).numFmt).toBe("#,##0.00");
      expect(row?.getCell(4).value).toBe(people(now));
      expect(row?.getCell(6).value).toBeCloseTo(sum(before) / 60, 2);
      expect(row?.getCell(7).value).toBeCloseTo((sum(now) - sum(before)) / sum(before), 6);
    });
    const focus = wb.getWorksheet(b.sheet.focus);
    let r = 2;
    for (const [i, name] of names.entries()) {
      for (const f of FOCUSES) {
        const row = focus?.getRow(r++);
        const xs = slice(ids[i], NOW.from, NOW.to).filter((x) => x.focus === f);
        const ps = slice(ids[i], NOW.prevFrom, NOW.prevTo).filter((x) => x.focus === f);
        expect(row?.values).toEqual([
          undefined,
          name,
          labels.focus[f],
          xs.length,
          Math.round((sum(xs) / 60) * 100) / 100,
          people(xs),
          ps.length,
          Math.round((sum(ps) / 60) * 100) / 100,
        ]);
      }
    }
    const committees = wb.getWorksheet(b.sheet.committees);
    expect(committees?.getRow(1).getCell(6).value).toBe(t.col.attended);
    expect(typeof committees?.getRow(2).getCell(5).value).toBe("number");
    const coop = wb.getWorksheet(b.sheet.cooperations);
    expect(coop?.getRow(2).getCell(4).value).toEqual(new Date("2026-02-01T00:00:00Z"));
    const all = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
    expect(all).not.toContain(SECRET);
  });
});

describe("the Markdown report", () => {
  it("still comes with „md“, for one district, with the figures computed here", async () => {
    const { as } = commandLayerFor(db.store, YEARS_NOW.toISOString());
    const file = fileOf(await as("T1-lead").say("sozialraum", "bericht vorjahr Südstadt md"));
    expect(file.filename).toBe("bericht_suedstadt_2025-01-01_2025-12-31.md");
    const md = new TextDecoder().decode(file.content);
    const south = districts[1]?.id;
    const xs = slice(south, "2025-01-01", "2025-12-31");
    expect(md).toContain(`# ${t.reportTitle("Südstadt", "Jahr 2025 (01.01.2025–31.12.2025)")}`);
    expect(md).toContain(`- ${t.reportActivities}: ${xs.length}`);
    expect(md).toContain(`- ${t.reportHours}: ${h(sum(xs))}`);
    for (const l of LEVELS) {
      const ys = xs.filter((x) => x.level === l);
      expect(md).toContain(`| ${labels.level[l]} | ${ys.length} | ${h(sum(ys))} | ${people(ys)} |`);
    }
    expect(md).not.toContain(SECRET);
  });
});

describe("the Sozialraumbudget", () => {
  it("is set by leads, and digest and report show planned vs. actual against the share of the year", async () => {
    const { as } = commandLayerFor(db.store, YEARS_NOW.toISOString());
    const denied = await as("T1-member").say("sozialraum", "budget Nordstadt 480");
    expect(JSON.stringify(denied)).toContain(common.leadsOnly);
    const north = districts[0]?.id;
    const done = slice(north, "2026-01-01", "2026-12-01").filter((x) => x.level === "case_independent");
    // 1 December is day 335 of 365.
    const line = b.budgetLine(
      (sum(done) / 60).toLocaleString("de-DE", { maximumFractionDigits: 2, useGrouping: false }),
      480,
      Math.round((sum(done) / 60 / 480) * 100),
      92,
    );
    const set = await as("T1-lead").say("sozialraum", "budget Nordstadt 480");
    expect(JSON.stringify(set)).toContain(JSON.stringify(b.budgetSet("Nordstadt", 480, line)).slice(1, -1));
    expect(JSON.stringify(await as("T1-lead").say("sozialraum", "budget Nordstadt viel"))).toContain(
      b.budgetBadHours,
    );

    const preview = await as("T1-lead").say("sozialraum", "digest vorschau Nordstadt");
    expect(
      preview.kind === "message" && preview.elements.flatMap((e) => (e.type === "fields" ? e.fields : [])),
    ).toContainEqual({ label: b.budgetLabel, value: line });
    const doc = paragraphsBySection(
      await readDocx(fileOf(await as("T1-lead").say("sozialraum", "bericht jahr alle")).content),
    );
    // The total has only Nordstadt's target, so it counts Nordstadt's hours; Südstadt has none.
    expect(doc.get("Nordstadt")).toContain(`${b.budgetLabel}: ${line}`);
    expect(doc.get(b.totalHeading)).toContain(`${b.budgetLabel}: ${line}`);
    expect((doc.get("Südstadt") ?? []).some((l) => l.startsWith(b.budgetLabel))).toBe(false);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      fileOf(await as("T1-lead").say("sozialraum", "bericht jahr Nordstadt xlsx")).content as never,
    );
    const row = wb.getWorksheet(b.sheet.overview)?.getRow(2);
    expect(row?.getCell(8).value).toBe(480);
    expect(row?.getCell(9).value).toBeCloseTo(sum(done) / 60, 2);
    expect(row?.getCell(11).value).toBeCloseTo(335 / 365, 6);

    await as("T1-lead").say("sozialraum", "budget Nordstadt aus");
    const after = paragraphsBySection(
      await readDocx(fileOf(await as("T1-lead").say("sozialraum", "bericht jahr Nordstadt")).content),
    );
    expect((after.get("Nordstadt") ?? []).some((l) => l.startsWith(b.budgetLabel))).toBe(false);
  });
});
