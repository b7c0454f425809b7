// Subscriptions and weekly delivery on the durable job queue: once per channel and week, with several workers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
import { digestJobHandlers, scheduleNextDigest } from "../../../src/commands/digest/index.js";
import { nextRun } from "../../../src/commands/digest/schedule.js";
import { digest as t } from "../../../src/commands/messages/index.js";
import { createScheduler } from "../../../src/scheduler/index.js";
import { createStore } from "../../../src/store/index.js";
import { RecordingDeliverer, routerWith, silent } from "../../scheduler/support.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../../support/db.js";
import { seedTenant } from "../../support/fixtures.js";

let db: TestDatabase;
let a: Awaited<ReturnType<typeof seedTenant>>;
const NOW = "2026-11-23T07:00:00Z"; // Monday 08:00 Berlin
const channel = { channelId: "C-nord", isDirect: false };

beforeAll(async () => {
  db = await openTestDatabase();
  a = await seedTenant(db.store, "T1");
  for (const [i, day] of ["2026-11-24", "2026-11-26", "2026-12-01"].entries()) {
    await a.store.recordActivity({
      districtId: a.district.id,
      authorId: a.member.id,
      occurredOn: day,
      minutes: 60 * (i + 1),
      title: `Elterncafé ${i}`,
      level: "case_independent",
      focus: "projects",
      role: "responsible",
    });
  }
});

afterAll(async () => {
  await db?.close();
});

describe("digest subscriptions", () => {
  it("computes the next local run across the switch from summer time", () => {
    const sub = { weekday: 1, time: "08:00", timezone: "Europe/Berlin" };
    expect(nextRun(sub, new Date("2026-10-20T10:00:00Z")).at.toISOString()).toBe("2026-10-26T07:00:00.000Z");
    expect(nextRun(sub, new Date("2026-10-19T05:00:00Z")).at.toISOString()).toBe("2026-10-19T06:00:00.000Z");
    expect(nextRun({ ...sub, weekday: 5, time: "14:30" }, new Date(NOW)).day).toBe("2026-11-27");
  });

  it("subscribes a channel (leads and admins), lists and schedules one job per week", async () => {
    const { as } = commandLayerFor(db.store, NOW);
    const admin = as("T1-admin", { where: channel });
    const reply = await admin.say("sozialraum", "digest abonnieren Nordstadt Montag 8 Uhr");
    expect(replyText(reply)).toBe(t.subscribed("Nordstadt", "Montag", "08:00"));
    const [sub] = await a.store.listDigestSubscriptions();
    expect(sub).toMatchObject({ channelId: "C-nord", districtId: a.district.id, weekday: 1, time: "08:00" });
    const jobs = await a.store.listJobs("digest");
    expect(jobs.map((j) => [j.idempotencyKey, j.runAt.toISOString()])).toEqual([
      [`digest:${sub?.id}:2026-W49`, "2026-11-30T07:00:00.000Z"],
    ]);
    // A second scheduling of the same week (another process, a restart) creates nothing.
    if (sub) expect((await scheduleNextDigest(a.store, sub, new Date(NOW))).created).toBe(false);
    expect(replyText(await admin.say("sozialraum", "digest liste"))).toContain(
      t.listLine("C-nord", "Nordstadt", "Montag", "08:00"),
    );
    const direct = as("T1-admin", { where: { isDirect: true } });
    expect(replyText(await direct.say("sozialraum", "digest abonnieren"))).toBe(t.needsChannel);
    expect(replyText(await admin.say("sozialraum", "digest abonnieren 25:00"))).toBe(t.badTime);
  });

  it("posts once per channel and week with two workers, then chains next week's job", async () => {
    const clock = fixedClock("2026-11-30T07:00:05Z");
    const deliverer = new RecordingDeliverer("console");
    // On PostgreSQL the second worker has its own connection pool, as a second bot process would.
    const second = usingPostgres ? createStore((await db.reopen()).db) : db.store;
    const workers = [db.store, second].map((store) =>
      createScheduler({
        store,
        clock,
        delivery: routerWith(deliverer),
        logger: silent,
        handlers: digestJobHandlers,
      }),
    );
    await Promise.all(workers.map((w) => w.tick()));
    await Promise.all(workers.map((w) => w.tick()));
    expect(deliverer.sent).toHaveLength(1);
    const [sent] = deliverer.sent;
    expect(sent?.target.channelId).toBe("C-nord");
    expect(sent?.reply.kind === "message" && sent.reply.visibility).toBe("public");
    const body = sent ? replyText(sent.reply) : "";
    expect(body).toContain(t.title("Nordstadt", 48, "23.11.–29.11.2026"));
    expect(body).toContain(t.totalsValue(2, 180, 0, 0));
    const jobs = await a.store.listJobs("digest");
    expect(jobs.map((j) => [j.idempotencyKey.split(":")[2], j.status])).toEqual([
      ["2026-W49", "done"],
      ["2026-W50", "pending"],
    ]);
    // A restart a minute later finds nothing due.
    clock.advance(60_000);
    await Promise.all(workers.map((w) => w.tick()));
    expect(deliverer.sent).toHaveLength(1);
  });

  it("drops the job of an unsubscribed channel", async () => {
    const { as } = commandLayerFor(db.store, "2026-12-01T10:00:00Z");
    const member = as("T1-member", { where: channel });
    expect(replyText(await member.say("sozialraum", "digest abbestellen"))).not.toBe(t.unsubscribed(1));
    const admin = as("T1-admin", { where: channel });
    expect(replyText(await admin.say("sozialraum", "digest abbestellen"))).toBe(t.unsubscribed(1));
    const clock = fixedClock("2026-12-07T07:00:05Z");
    const deliverer = new RecordingDeliverer("console");
    const worker = createScheduler({
      store: db.store,
      clock,
      delivery: routerWith(deliverer),
      logger: silent,
      handlers: digestJobHandlers,
    });
    await worker.tick();
    expect(deliverer.sent).toHaveLength(0);
    const w50 = (await a.store.listJobs("digest")).find((j) => j.idempotencyKey.endsWith("2026-W50"));
    expect(w50?.status).toBe("done");
    expect(w50?.payload.outcome).toBe("dropped:unsubscribed");
  });
  it("resumes a half-posted digest of all districts without posting one twice", async () => {
    await a.store.createDistrict("Südstadt");
    const sub = await a.store.subscribeDigest({
      channelId: "C-all",
      districtId: null,
      weekday: 1,
      time: "08:00",
      timezone: "Europe/Berlin",
      createdBy: a.admin.id,
    });
    await scheduleNextDigest(a.store, sub, new Date("2026-12-08T08:00:00Z"));
    const clock = fixedClock("2026-12-14T07:00:05Z");
    const deliverer = new RecordingDeliverer("console");
    deliverer.before = (call) => {
      if (call === 2) throw new Error("network down");
    };
    const worker = createScheduler({
      store: db.store,
      clock,
      delivery: routerWith(deliverer),
      logger: silent,
      handlers: digestJobHandlers,
    });
    await worker.tick();
    expect(deliverer.sent.map((x) => replyText(x.reply).split("\n")[0])).toEqual([
      t.nothing("Nordstadt", 50),
    ]);
    clock.advance(61_000);
    await worker.tick();
    expect(deliverer.sent.map((x) => replyText(x.reply).split("\n")[0])).toEqual([
      t.nothing("Nordstadt", 50),
      t.nothing("Südstadt", 50),
    ]);
    expect(deliverer.sent.every((x) => x.target.channelId === "C-all")).toBe(true);
    await a.store.unsubscribeDigest("C-all");
  });

  it("posts each of many channels' digests exactly once with four competing workers", async () => {
    const channels = ["C-1", "C-2", "C-3", "C-4", "C-5", "C-6"];
    for (const channelId of channels) {
      const sub = await a.store.subscribeDigest({
        channelId,
        districtId: a.district.id,
        weekday: 2,
        time: "09:30",
        timezone: "Europe/Berlin",
        createdBy: a.admin.id,
      });
      await scheduleNextDigest(a.store, sub, new Date("2026-12-14T12:00:00Z"));
      await scheduleNextDigest(a.store, sub, new Date("2026-12-14T13:00:00Z"));
    }
    const clock = fixedClock("2026-12-15T08:31:00Z");
    const deliverer = new RecordingDeliverer("console");
    const stores = usingPostgres
      ? await Promise.all([1, 2, 3, 4].map(async () => createStore((await db.reopen()).db)))
      : [db.store, db.store, db.store, db.store];
    const workers = stores.map((store) =>
      createScheduler({
        store,
        clock,
        delivery: routerWith(deliverer),
        logger: silent,
        handlers: digestJobHandlers,
        batchSize: 2,
      }),
    );
    for (let round = 0; round < 3; round++) await Promise.all(workers.map((w) => w.tick()));
    expect(deliverer.sent.map((x) => x.target.channelId).sort()).toEqual(channels);
  });

  it("answers hostile input with German guidance and never throws", async () => {
    const { as } = commandLayerFor(db.store, NOW);
    const admin = as("T1-admin", { where: channel });
    for (const text of [
      `digest abonnieren ${"x".repeat(5000)}`,
      "digest abonnieren Nordstadt 99:99",
      "digest vorschau <script>",
      "bericht 01.01.2026 01.01.2029",
      "bericht quartal 9/2026",
      `bericht ${"ü".repeat(3000)} csv`,
    ]) {
      const reply = await admin.say("sozialraum", text);
      expect(reply.kind, text.slice(0, 40)).toBe("message");
      expect(replyText(reply)).not.toContain("schiefgegangen");
    }
  });
});
