// Markdown and CSV carry what the Word report has: the total and each district, the year before and the budget,
// checked against totals computed here from two synthetic years in two districts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bericht as b, labels, digest as t } from "../../../src/commands/messages/index.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { FOCUSES, LEVELS } from "../../../src/store/index.js";
import { commandLayerFor } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { seedTenant } from "../../support/fixtures.js";
import { generateYears, SECRET, YEARS_NOW, type YearActivity, type YearsData } from "./synthetic-years.js";

let db: TestDatabase;
let gen: YearsData;
let districts: { id: number; name: string }[];

const NOW = { from: "2026-01-01", to: "2026-12-01", prevFrom: "2025-01-01", prevTo: "2025-12-01" };
const h = (minutes: number) => (minutes / 60).toFixed(2).replace(".", ",");
const sum = (xs: YearActivity[]) => xs.reduce((s, x) => s + x.minutes, 0);
const people = (xs: YearActivity[]) => xs.reduce((s, x) => s + (x.participants ?? 0), 0);

beforeAll(async () => {
  db = await openTestDatabase();
  const a = await seedTenant(db.store, "T1");
  const lead = await a.store.ensureMember("T1-lead", "Teamleitung");
  await a.store.setMemberRole(lead.id, "lead");
  const south = await a.store.createDistrict("Südstadt");
  await a.store.setDistrictBudget(south.id, 400);
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

const slice = (districtId: number | undefined, from: string, to: string) =>
  gen.activities.filter(
    (x) => (districtId === undefined || x.districtId === districtId) && x.day >= from && x.day <= to,
  );

function parseCsv(content: Uint8Array): Record<string, string>[] {
  const lines = new TextDecoder().decode(content.slice(3)).split("\r\n").filter(Boolean);
  const header = (lines[0] ?? "").split(";");
  return lines.slice(1).map((line) => {
    const cells = line.split(";");
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
  });
}

describe("the Markdown report over all districts", () => {
  it("has the total and a section per district, each with the year before and the budget", async () => {
    const { as } = commandLayerFor(db.store, YEARS_NOW.toISOString());
    const md = new TextDecoder().decode(
      fileOf(await as("T1-lead").say("sozialraum", "bericht jahr alle md")).content,
    );
    const parts = md.split(/^## /m);
    const part = (heading: string) => parts.find((p) => p.startsWith(`${heading}\n`)) ?? "";
    for (const [heading, id] of [
      [b.totalHeading, undefined],
      ...districts.map((d) => [d.name, d.id] as const),
    ] as const) {
      const text = part(heading);
      expect(text, heading).not.toBe("");
      const now = slice(id, NOW.from, NOW.to);
      const before = slice(id, NOW.prevFrom, NOW.prevTo);
      expect(text).toContain(`- ${t.reportActivities}: ${now.length}`);
      expect(text).toContain(`${before.length} Aktivitäten, ${h(sum(before))} Stunden`);
      for (const l of LEVELS) {
        const [n, p] = [now, before].map((xs) => xs.filter((x) => x.level === l));
        expect(text).toContain(
          `| ${labels.level[l]} | ${n?.length} | ${h(sum(n ?? []))} | ${people(n ?? [])} | ${p?.length} | ${h(sum(p ?? []))} |`,
        );
      }
    }
    // Südstadt has a target: its case-independent hours so far this year against it.
    const south = slice(districts[1]?.id, NOW.from, NOW.to).filter((x) => x.level === "case_independent");
    expect(part("Südstadt")).toContain(
      `${b.budgetLabel}: ${(sum(south) / 60).toLocaleString("de-DE", { maximumFractionDigits: 2 })} von 400 Std.`,
    );
    expect(part("Nordstadt")).not.toContain(b.budgetLabel);
    expect(md).toContain(`## ${b.narrative}`);
    expect(md).not.toContain(SECRET);
  });
});

describe("the CSV report over all districts", () => {
  it("has a district column and the year before beside each figure", async () => {
    const { as } = commandLayerFor(db.store, YEARS_NOW.toISOString());
    const rows = parseCsv(fileOf(await as("T1-lead").say("sozialraum", "bericht jahr alle csv")).content);
    const scopes: [string, number | undefined][] = [
      [b.total, undefined],
      ...districts.map((d) => [d.name, d.id] as [string, number]),
    ];
    for (const [district, id] of scopes) {
      const now = slice(id, NOW.from, NOW.to);
      const before = slice(id, NOW.prevFrom, NOW.prevTo);
      const row = (section: string, name: string) =>
        rows.filter(
          (r) => r[t.col.section] === section && r[t.col.name] === name && r[t.col.district] === district,
        );
      expect(row(t.section.total, t.section.total)).toEqual([
        expect.objectContaining({
          [t.col.activities]: String(now.length),
          [b.col.previousActivities]: String(before.length),
          [b.col.previousHours]: h(sum(before)),
        }),
      ]);
      for (const f of FOCUSES) {
        const [n, p] = [now, before].map((xs) => xs.filter((x) => x.focus === f));
        expect(row(t.section.focus, labels.focus[f])).toEqual([
          expect.objectContaining({
            [t.col.hours]: h(sum(n ?? [])),
            [b.col.previousHours]: h(sum(p ?? [])),
          }),
        ]);
      }
    }
    expect(rows.some((r) => Object.values(r).some((v) => v.includes(SECRET)))).toBe(false);
  });
});
