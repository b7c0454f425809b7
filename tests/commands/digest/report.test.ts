// The youth-office report against a synthetic quarter: CSV and Markdown figures checked against totals computed here; permissions; audit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { common, labels, digest as t } from "../../../src/commands/messages/index.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { ACTIVITY_ROLES, FOCUSES, GOALS, LEVELS } from "../../../src/store/index.js";
import { commandLayerFor } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { seedTenant } from "../../support/fixtures.js";
import { berlinAt, type GenActivity, type Generated, generateDistrict, NOW } from "./synthetic.js";

let db: TestDatabase;
let a: Awaited<ReturnType<typeof seedTenant>>;
let gen: Generated;

const FROM = "2026-08-24";
const TO = "2026-11-22";
const inRange = (x: GenActivity) => x.day >= FROM && x.day <= TO;
/** Hours as the CSV writes them, computed independently: two decimals, decimal comma. */
const h = (minutes: number) => (minutes / 60).toFixed(2).replace(".", ",");

beforeAll(async () => {
  db = await openTestDatabase();
  a = await seedTenant(db.store, "T1");
  await a.store.setMemberRole(a.member.id, "member");
  const lead = await a.store.ensureMember("T1-lead", "Teamleitung");
  await a.store.setMemberRole(lead.id, "lead");
  gen = await generateDistrict(db.database.db, a.store, a.district.id, [a.admin.id, a.member.id], 1234);
  const other = await seedTenant(db.store, "T2");
  await generateDistrict(db.database.db, other.store, other.district.id, [other.admin.id], 77, "B-");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

function fileOf(reply: Reply) {
  expect(reply.kind).toBe("file");
  if (reply.kind !== "file") throw new Error("not a file");
  return reply;
}

function parseCsv(content: Uint8Array): Record<string, string>[] {
  expect([...content.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = new TextDecoder().decode(content.slice(3)).split("\r\n").filter(Boolean);
  const header = (lines[0] ?? "").split(";");
  return lines.slice(1).map((line) => {
    const cells = line.split(";");
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
  });
}

describe("report", () => {
  it("is for leads and admins only", async () => {
    const { as } = commandLayerFor(db.store, NOW.toISOString());
    const reply = await as("T1-member").say("sozialraum", "bericht quartal");
    expect(reply).toEqual({
      kind: "message",
      visibility: "private",
      elements: [{ type: "text", text: common.leadsOnly, style: "warning" }],
    });
  });

  it("writes a CSV for Excel whose figures match the generated data", async () => {
    const { as } = commandLayerFor(db.store, NOW.toISOString());
    const file = fileOf(await as("T1-lead").say("sozialraum", `bericht 24.08.2026 22.11.2026 Nordstadt csv`));
    expect(file.filename).toBe("bericht_nordstadt_2026-08-24_2026-11-22.csv");
    expect(file.mimeType).toContain("text/csv");
    const rows = parseCsv(file.content);
    const row = (section: string, name: string) => {
      const found = rows.filter((r) => r[t.col.section] === section && r[t.col.name] === name);
      expect(found, `${section}/${name}`).toHaveLength(1);
      return found[0] as Record<string, string>;
    };
    const acts = gen.activities.filter(inRange);
    expect(acts.length).toBeGreaterThan(250);
    const check = (section: string, name: string, xs: GenActivity[]) => {
      const r = row(section, name);
      expect(r[t.col.activities]).toBe(String(xs.length));
      expect(r[t.col.hours]).toBe(h(xs.reduce((s, x) => s + x.minutes, 0)));
      expect(r[t.col.participants]).toBe(String(xs.reduce((s, x) => s + (x.participants ?? 0), 0)));
    };
    check(t.section.total, t.section.total, acts);
    for (const f of FOCUSES)
      check(
        t.section.focus,
        labels.focus[f],
        acts.filter((x) => x.focus === f),
      );
    for (const l of LEVELS)
      check(
        t.section.level,
        labels.level[l],
        acts.filter((x) => x.level === l),
      );
    for (const r of ACTIVITY_ROLES)
      check(
        t.section.role,
        labels.role[r],
        acts.filter((x) => x.role === r),
      );
    for (const g of ["Kinder", "Jugendliche", "Eltern", "Familien"]) {
      check(
        t.section.targetGroup,
        g,
        acts.filter((x) => x.targetGroups.includes(g)),
      );
    }
    for (const g of GOALS) {
      const xs = acts.filter((x) => x.goals.includes(g));
      const r = row(t.section.goal, labels.goal[g]);
      expect(r[t.col.activities]).toBe(String(xs.length));
      expect(r[t.col.hours]).toBe(h(xs.reduce((s, x) => s + x.minutes, 0)));
    }
    // Committees: meetings held in the period (not cancelled) and how many the team was confirmed at
    // (promises alone do not count).
    const from = berlinAt(FROM, 0);
    const to = berlinAt("2026-11-23", 0);
    let promised = 0;
    let confirmed = 0;
    for (const c of gen.committees) {
      const held = gen.meetings.filter(
        (m) => m.committeeId === c.id && !m.cancelled && m.occurrenceAt >= from && m.occurrenceAt < to,
      );
      const r = row(t.section.committee, c.name);
      expect(r[t.col.meetings]).toBe(String(held.length));
      expect(r[t.col.attended]).toBe(String(held.filter((m) => m.attended.length > 0).length));
      expect(Number(r[t.col.attended])).toBeGreaterThan(0);
      promised += held.filter((m) => m.going.length > 0).length;
      confirmed += Number(r[t.col.attended]);
    }
    // The generated data has promises nobody confirmed: they must not count.
    expect(confirmed).toBeLessThan(promised);
    for (const p of gen.partners) {
      const contacts = acts.filter((x) => x.partnerIds.includes(p.id));
      expect(row(t.section.partner, p.name)[t.col.contacts]).toBe(String(contacts.length));
    }
    const statuses = rows
      .filter((r) => r[t.col.section] === t.section.cooperation)
      .map((r) => r[t.col.status]);
    expect(statuses.sort()).toEqual(gen.cooperations.map((c) => labels.cooperationStatus[c.status]).sort());
    expect(new Set(gen.cooperations.map((c) => c.status))).toEqual(
      new Set(["draft", "in_progress", "agreed", "ended"]),
    );
    // The other tenant's partners never appear.
    expect(rows.some((r) => (r[t.col.name] ?? "").startsWith("B-"))).toBe(false);
  });

  it("writes Markdown for reading, names the CSV variant and audits both with ids and counts only", async () => {
    const { as } = commandLayerFor(db.store, NOW.toISOString());
    const file = fileOf(await as("T1-lead").say("sozialraum", "bericht 24.08.2026 22.11.2026 Nordstadt md"));
    expect(file.filename).toBe("bericht_nordstadt_2026-08-24_2026-11-22.md");
    expect(file.comment).toBe(t.reportMarkdownComment("24.08.2026–22.11.2026"));
    const md = new TextDecoder().decode(file.content);
    const acts = gen.activities.filter(inRange);
    expect(md).toContain(`# ${t.reportTitle("Nordstadt", "24.08.2026–22.11.2026")}`);
    expect(md).toContain(`- ${t.reportActivities}: ${acts.length}`);
    expect(md).toContain(`- ${t.reportHours}: ${h(acts.reduce((s, x) => s + x.minutes, 0))}`);
    const pr = acts.filter((x) => x.focus === "public_relations");
    expect(md).toContain(
      `| ${labels.focus.public_relations} | ${pr.length} | ${h(pr.reduce((s, x) => s + x.minutes, 0))} |`,
    );
    const audit = (await a.store.auditTrail()).filter((e) => e.action === "report.export");
    expect(audit.length).toBe(2);
    for (const e of audit) {
      expect(e.subject).toBe(`district:${a.district.id}`);
      expect(Object.keys(e.details).sort()).toEqual(["activities", "districts", "format", "from", "to"]);
      expect(e.details.activities).toBe(acts.length);
    }
  });

  it("covers all districts when asked, and rejects a bad range in German", async () => {
    const { as } = commandLayerFor(db.store, NOW.toISOString());
    const all = fileOf(await as("T1-admin").say("sozialraum", "bericht jahr 2026 alle csv"));
    const rows = parseCsv(all.content);
    const total = rows.find((r) => r[t.col.section] === t.section.total);
    const year = gen.activities.filter((x) => x.day.startsWith("2026"));
    expect(total?.[t.col.activities]).toBe(String(year.length));
    const bad = await as("T1-admin").say("sozialraum", "bericht 31.12.2026 01.01.2026");
    expect(bad.kind === "message" && bad.elements[0]?.type === "text" ? bad.elements[0].text : "").toContain(
      t.reportBadRange,
    );
  });
});
