// The configured ministry calendar (SCHOOL_HOLIDAYS_ICS_URLS) is imported weekly into each tenant of that
// Bundesland, by the running app's housekeeping and job worker, from a local HTTP server.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../../src/app.js";
import { fixedClock } from "../../../src/clock.js";
import { SCHOOL_HOLIDAYS_JOB } from "../../../src/commands/sozialraum/holidays-job.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";

const WEEK = 7 * 86_400_000;
const calendar = (events: [string, string, string][]) =>
  [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    ...events.flatMap(([from, toExclusive, name]) => [
      "BEGIN:VEVENT",
      `DTSTART;VALUE=DATE:${from}`,
      `DTEND;VALUE=DATE:${toExclusive}`,
      `SUMMARY:${name}`,
      "END:VEVENT",
    ]),
    "END:VCALENDAR",
    "",
  ].join("\r\n");

let t: TestDatabase;
let ministry: Server;
let base: string;
const requests: string[] = [];
/** What the ministry publishes; the second week it adds a range. */
let published = calendar([["20261221", "20270102", "Weihnachtsferien"]]);
const clock = fixedClock("2026-11-25T10:00:00Z");

beforeAll(async () => {
  t = await openTestDatabase();
  ministry = createServer((req, res) => {
    requests.push(req.url ?? "");
    res.setHeader("content-type", "text/calendar");
    res.end(published);
  });
  await new Promise<void>((resolve) => ministry.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(ministry.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => ministry?.close(resolve));
  await t?.close();
});

/** Starts the app as a deployment would (housekeeping plans jobs at start), runs due jobs, stops it. */
async function runOnce(beforeJobs?: () => Promise<unknown>): Promise<void> {
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    SCHOOL_HOLIDAYS_ICS_URLS: `BY=${base}/ferien-by.ics SN=${base}/ferien-sn.ics`,
  });
  const app: RunningApp = await startApp(config, createLogger("silent"), {
    database: t.database,
    host: "127.0.0.1",
    clock,
    autoTick: false,
  });
  try {
    await beforeJobs?.();
    while ((await app.scheduler.tick()) > 0) {}
  } finally {
    await app.close();
  }
}

const rangesOf = async (tenantId: number) =>
  (await t.store.forTenant(tenantId).schoolHolidays()).map((r) => `${r.name}: ${r.startsOn}/${r.endsOn}`);

describe("weekly import of the configured school-holiday calendar", () => {
  it("imports into tenants of the configured state, once a week, without duplicates", async () => {
    const bavaria = await t.store.ensureTenant("slack", "T0BY", "EHS München");
    await t.store.forTenant(bavaria.id).updateTenantSettings({ federalState: "BY" });
    // Baden-Württemberg (the default) has no configured calendar.
    const swabia = await t.store.ensureTenant("slack", "T0BW", "EHS Stuttgart");

    await runOnce();
    expect(await rangesOf(bavaria.id)).toEqual(["Weihnachtsferien: 2026-12-21/2027-01-01"]);
    expect(await rangesOf(swabia.id)).toEqual([]);
    expect(requests).toEqual(["/ferien-by.ics"]);

    // A restart in the same week plans nothing new: the ministry is not asked again.
    clock.advance(86_400_000);
    await runOnce();
    expect(requests).toEqual(["/ferien-by.ics"]);

    // Next week the calendar is read again; the known range stays single, the new one is added.
    published = calendar([
      ["20261221", "20270102", "Weihnachtsferien"],
      ["20270329", "20270410", "Osterferien"],
    ]);
    clock.advance(WEEK);
    await runOnce();
    expect(requests).toEqual(["/ferien-by.ics", "/ferien-by.ics"]);
    expect(await rangesOf(bavaria.id)).toEqual([
      "Weihnachtsferien: 2026-12-21/2027-01-01",
      "Osterferien: 2027-03-29/2027-04-09",
    ]);
    const jobs = await t.store.forTenant(bavaria.id).listJobs(SCHOOL_HOLIDAYS_JOB);
    expect(jobs.map((j) => j.status)).toEqual(["done", "done"]);
  });

  it("imports the other configured state's calendar into that state's tenants", async () => {
    const saxony = await t.store.ensureTenant("teams", "tenant-sn", "EHS Leipzig");
    await t.store.forTenant(saxony.id).updateTenantSettings({ federalState: "SN" });
    requests.length = 0;
    await runOnce();
    expect(requests).toEqual(["/ferien-sn.ics"]);
    expect(await rangesOf(saxony.id)).toHaveLength(2);
  });

  it("imports nothing into a tenant that moved to another Bundesland after the job was planned", async () => {
    const movers = await t.store.ensureTenant("slack", "T0MOVE", "EHS Umzug");
    await t.store.forTenant(movers.id).updateTenantSettings({ federalState: "BY" });
    requests.length = 0;
    clock.advance(WEEK);
    await runOnce(() => t.store.forTenant(movers.id).updateTenantSettings({ federalState: "HE" }));
    expect(await rangesOf(movers.id)).toEqual([]);
    const [job] = await t.store.forTenant(movers.id).listJobs(SCHOOL_HOLIDAYS_JOB);
    expect(job?.status).toBe("done");
  });
});
