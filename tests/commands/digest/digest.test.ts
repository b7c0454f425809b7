// The weekly digest against a synthetic quarter: figures, highlights, meetings and blind spots checked against totals computed here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDigest } from "../../../src/commands/digest/build.js";
import { CHART_HEIGHT, CHART_WIDTH, renderChart } from "../../../src/commands/digest/chart.js";
import { common, digest as t } from "../../../src/commands/messages/index.js";
import type { Element, Reply } from "../../../src/conversation/reply.js";
import { FOCUSES, type Focus, LEVELS } from "../../../src/store/index.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { seedTenant } from "../../support/fixtures.js";
import { addDays, type GenActivity, type Generated, generateDistrict, NOW } from "./synthetic.js";

let db: TestDatabase;
let a: Awaited<ReturnType<typeof seedTenant>>;
let gen: Generated;
let authors: number[];

const WEEK = { from: "2026-11-16", to: "2026-11-22" };
const inDays = (x: GenActivity, from: string, to: string) => x.day >= from && x.day <= to;
const sum = (xs: GenActivity[]) => ({ count: xs.length, minutes: xs.reduce((s, x) => s + x.minutes, 0) });

beforeAll(async () => {
  db = await openTestDatabase();
  a = await seedTenant(db.store, "T1");
  const b = await a.store.ensureMember("T1-b", "Fachkraft B");
  authors = [a.admin.id, a.member.id, b.id];
  gen = await generateDistrict(db.database.db, a.store, a.district.id, authors, 4711);
  // A second tenant with a district of the same name and its own data must never show up.
  const other = await seedTenant(db.store, "T2");
  await generateDistrict(db.database.db, other.store, other.district.id, [other.admin.id], 99, "B-");
}, 240_000);

afterAll(async () => {
  await db?.close();
});

/** Parses a PNG's IHDR: signature, then the first chunk must be IHDR with width and height. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...png.slice(0, 8)]).toEqual(signature);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(view.getUint32(8)).toBe(13);
  expect(new TextDecoder().decode(png.slice(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const images = (r: Reply): Extract<Element, { type: "image" }>[] =>
  r.kind === "message"
    ? r.elements.filter((e): e is Extract<Element, { type: "image" }> => e.type === "image")
    : [];

describe("digest figures", () => {
  it("uses hundreds of generated activities", () => {
    expect(gen.activities.length).toBeGreaterThan(300);
  });

  it("counts last week by focus and level and compares with the four weeks before", async () => {
    const d = await buildDigest(a.store, a.tenant, a.district, NOW);
    expect(d.week).toMatchObject({ start: WEEK.from, end: WEEK.to, week: 47, year: 2026 });
    const week = gen.activities.filter((x) => inDays(x, WEEK.from, WEEK.to));
    const before = gen.activities.filter((x) => inDays(x, "2026-10-19", "2026-11-15"));
    expect(d.figures.current.count).toBe(week.length);
    expect(d.figures.current.minutes).toBe(sum(week).minutes);
    expect(d.figures.baseline.count).toBeCloseTo(before.length / 4, 9);
    expect(d.figures.baseline.minutes).toBeCloseTo(sum(before).minutes / 4, 9);
    for (const f of FOCUSES) {
      expect(d.figures.current.byFocus[f]).toEqual(sum(week.filter((x) => x.focus === f)));
      expect(d.figures.baseline.byFocus[f].minutes).toBeCloseTo(
        sum(before.filter((x) => x.focus === f)).minutes / 4,
        9,
      );
    }
    for (const l of LEVELS) {
      expect(d.figures.current.byLevel[l]).toEqual(sum(week.filter((x) => x.level === l)));
    }
  });

  it("keeps 12 weeks of hours per focus, the reported week last", async () => {
    const d = await buildDigest(a.store, a.tenant, a.district, NOW);
    expect(d.figures.history).toHaveLength(12);
    expect(d.figures.history[0]?.start).toBe("2026-08-31");
    expect(d.figures.history[11]?.start).toBe(WEEK.from);
    for (const [i, w] of d.figures.history.entries()) {
      const from = addDays("2026-08-31", 7 * i);
      const rows = gen.activities.filter((x) => inDays(x, from, addDays(from, 6)));
      for (const f of FOCUSES) expect(w.byFocus[f]).toBe(sum(rows.filter((x) => x.focus === f)).minutes);
    }
  });

  it("names the week's highlights", async () => {
    const d = await buildDigest(a.store, a.tenant, a.district, NOW);
    const week = gen.activities.filter((x) => inDays(x, WEEK.from, WEEK.to));
    const longest = [...week].sort((x, y) => y.minutes - x.minutes || x.day.localeCompare(y.day));
    expect(d.highlights.largest.map((x) => x.minutes)).toEqual(longest.slice(0, 3).map((x) => x.minutes));
    expect(d.highlights.newPartners.map((p) => p.name)).toEqual(["Verein Neu"]);
    const agreed = gen.cooperations.filter(
      (c) => c.status === "agreed" && c.updatedAt >= d.week.from && c.updatedAt < d.week.to,
    );
    expect(d.highlights.agreed.map((c) => c.cooperationId)).toEqual(agreed.map((c) => c.id));
    const due = gen.cooperations.filter(
      (c) => c.status !== "ended" && c.reviewOn && c.reviewOn >= "2026-11-23" && c.reviewOn <= "2026-12-07",
    );
    expect(d.highlights.reviewDue.map((c) => c.cooperationId)).toEqual(due.map((c) => c.id));
    expect(due.length).toBeGreaterThan(0);
  });

  it("lists the next 14 days' meetings with who goes and which have nobody", async () => {
    const d = await buildDigest(a.store, a.tenant, a.district, NOW);
    const until = new Date(NOW.getTime() + 14 * 86_400_000);
    const expected = gen.meetings
      .filter((m) => !m.cancelled && m.occurrenceAt >= NOW && m.occurrenceAt < until)
      .sort((x, y) => x.occurrenceAt.getTime() - y.occurrenceAt.getTime());
    expect(d.meetings.map((m) => [m.committeeId, m.occurrenceAt.toISOString(), m.going.length])).toEqual(
      expected.map((m) => [m.committeeId, m.occurrenceAt.toISOString(), m.going.length]),
    );
    expect(d.meetings.some((m) => m.going.length === 0)).toBe(true);
  });

  it("finds the blind spots", async () => {
    const d = await buildDigest(a.store, a.tenant, a.district, NOW);
    const recent = gen.activities.filter((x) => inDays(x, "2026-10-12", WEEK.to));
    const idle = FOCUSES.filter((f) => !recent.some((x) => x.focus === f));
    expect(idle).toContain("public_relations");
    expect(d.blindSpots.focuses.map((f) => f.focus)).toEqual(idle);
    const cutoff = "2026-08-22";
    const lastContact = (id: number) =>
      gen.activities
        .filter((x) => x.partnerIds.includes(id) && x.day <= WEEK.to)
        .map((x) => x.day)
        .sort()
        .at(-1) ?? null;
    const idlePartners = gen.partners
      .filter((p) => {
        const last = lastContact(p.id);
        return last === null ? p.createdAt < new Date("2026-08-21T22:00:00Z") : last < cutoff;
      })
      .map((p) => p.name)
      .sort();
    expect(idlePartners).toEqual(["Grundschule Alt", "Kita Nie"]);
    expect(d.blindSpots.partners.map((p) => p.name).sort()).toEqual(idlePartners);
    const overdue = gen.cooperations.filter(
      (c) => c.status !== "ended" && c.reviewOn && c.reviewOn < "2026-11-23",
    );
    expect(d.blindSpots.overdueReviews.map((c) => c.cooperationId)).toEqual(overdue.map((c) => c.id));
  });

  it("shows team totals only unless per-person figures are enabled", async () => {
    const d = await buildDigest(a.store, a.tenant, a.district, NOW);
    expect(d.perPerson).toBeUndefined();
    const on = await buildDigest(a.store, { ...a.tenant, perPersonFigures: true }, a.district, NOW);
    const week = gen.activities.filter((x) => inDays(x, WEEK.from, WEEK.to));
    const byAuthor = new Map<number, number>();
    for (const x of week) byAuthor.set(x.authorId, (byAuthor.get(x.authorId) ?? 0) + x.minutes);
    expect(on.perPerson?.reduce((s, p) => s + p.minutes, 0)).toBe(sum(week).minutes);
    expect(on.perPerson?.length).toBe(byAuthor.size);
  });
});

describe("digest command", () => {
  it("previews this week's digest privately, with the chart as a PNG of the expected size", async () => {
    const { as } = commandLayerFor(db.store, NOW.toISOString());
    const reply = await as("T1-member").say("sozialraum", "digest vorschau Nordstadt");
    expect(reply.kind).toBe("message");
    if (reply.kind !== "message") return;
    expect(reply.visibility).toBe("private");
    const week = gen.activities.filter((x) => inDays(x, WEEK.from, WEEK.to));
    const before = gen.activities.filter((x) => inDays(x, "2026-10-19", "2026-11-15"));
    const body = replyText(reply);
    expect(body).toContain(t.title("Nordstadt", 47, "16.11.–22.11.2026"));
    expect(body).toContain(
      t.totalsValue(week.length, sum(week).minutes, before.length / 4, sum(before).minutes / 4),
    );
    expect(body).toContain(t.nobodyYet);
    expect(body).not.toContain("B-");
    const [image] = images(reply);
    expect(image).toBeDefined();
    expect(pngSize(image?.png ?? new Uint8Array())).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    // Meetings nobody goes to yet carry the committee family's attendance button for overviews.
    const buttons = reply.elements.flatMap((e) =>
      e.type === "list" ? e.items.flatMap((i) => i.actions ?? []) : [],
    );
    expect(buttons.some((b) => b.actionId === "gremium:going_overview")).toBe(true);
  });

  it("lets a member take a meeting nobody goes to yet with the digest's button", async () => {
    const { as } = commandLayerFor(db.store, NOW.toISOString());
    const member = as("T1-member", { name: "Fachkraft" });
    const before = await member.say("sozialraum", "digest vorschau Nordstadt");
    const button =
      before.kind === "message"
        ? before.elements.flatMap((e) =>
            e.type === "list" ? e.items.flatMap((i) => i.actions ?? []) : [],
          )[0]
        : undefined;
    expect(button?.actionId).toBe("gremium:going_overview");
    const open = (await buildDigest(a.store, a.tenant, a.district, NOW)).meetings.filter(
      (m) => m.going.length === 0,
    );
    const answer = await member.click(button?.actionId ?? "", button?.value);
    // A private confirmation: the shared digest is never replaced by the click.
    expect(answer).toMatchObject({ kind: "message", visibility: "private" });
    expect(answer.kind === "message" && answer.replaceOriginal).toBeFalsy();
    const after = (await buildDigest(a.store, a.tenant, a.district, NOW)).meetings;
    const taken = after.find((m) => `${m.committeeId}|${m.occurrenceAt.toISOString()}` === button?.value);
    expect(taken?.going).toEqual(["Fachkraft"]);
    expect(after.filter((m) => m.going.length === 0)).toHaveLength(open.length - 1);
  });

  it("says in one line when a district had nothing", async () => {
    await a.store.createDistrict("Südstadt");
    const { as } = commandLayerFor(db.store, NOW.toISOString());
    const reply = await as("T1-member").say("sozialraum", "digest vorschau Südstadt");
    expect(reply).toEqual({
      kind: "message",
      visibility: "private",
      elements: [{ type: "text", text: t.nothing("Südstadt", 47) }],
    });
  });

  it("renders an empty chart as a valid PNG too", () => {
    const empty = Array.from({ length: 12 }, (_, i) => ({
      start: addDays("2026-08-31", 7 * i),
      week: 36 + i,
      byFocus: Object.fromEntries(FOCUSES.map((f) => [f, 0])) as Record<Focus, number>,
    }));
    expect(pngSize(renderChart(empty))).toEqual({ width: 640, height: 320 });
  });

  it("answers another tenant only with its own data", async () => {
    const { as } = commandLayerFor(db.store, NOW.toISOString());
    const reply = await as("T2-admin", { tenant: "T2" }).say("sozialraum", "digest vorschau Nordstadt");
    const body = replyText(reply);
    expect(body).toContain("Wochenrückblick Nordstadt");
    expect(body).not.toMatch(/(^|[^-])(Partner \d|Grundschule Alt|Kita Nie|Verein Neu)/);
    const südstadt = await as("T2-admin", { tenant: "T2" }).say("sozialraum", "digest vorschau Südstadt");
    expect(replyText(südstadt)).toContain(t.unknownDistrict("Südstadt", "Nordstadt"));
  });

  it("lets only leads and admins subscribe, and only admins ask for per-person figures", async () => {
    const { as } = commandLayerFor(db.store, NOW.toISOString());
    const member = as("T1-member", { where: { channelId: "C-nord", isDirect: false } });
    expect(replyText(await member.say("sozialraum", "digest abonnieren Nordstadt"))).toBe(common.leadsOnly);
    expect(replyText(await member.say("sozialraum", "personenzahlen an"))).toBe(common.adminsOnly);
    // An admin's request alone switches nothing on (dual control: tests/bot/cross-platform/per-person).
    const admin = as("T1-admin");
    expect(replyText(await admin.say("sozialraum", "personenzahlen an"))).toContain("Antrag gestellt");
    expect((await a.store.tenant()).perPersonFigures).toBe(false);
    expect(replyText(await admin.say("sozialraum", "digest vorschau Nordstadt"))).not.toContain(
      t.perPersonTitle,
    );
    expect(replyText(await admin.say("sozialraum", "personenzahlen aus"))).toBe(t.perPersonWithdrawn);
  });
});
