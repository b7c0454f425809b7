// The scheduler's guarantees: once with three workers, nothing lost or doubled when a worker dies mid-send,
// late-but-useful reminders sent and marked late, useless ones dropped, 429s retried after Retry-After.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock.js";
import { reminderKey } from "../../src/commands/gremium/jobs/kinds.js";
import { requestPlan } from "../../src/commands/gremium/jobs/plan.js";
import { JOB_HANDLERS } from "../../src/commands/registry.js";
import { RateLimited } from "../../src/scheduler/deliver.js";
import { createScheduler } from "../../src/scheduler/index.js";
import { createStore, type Store } from "../../src/store/index.js";
import { replyText } from "../support/commands.js";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../support/db.js";
import { seedTenant } from "../support/fixtures.js";
import { berlin, committeeInput, RecordingDeliverer, routerWith, silent } from "./support.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

const HOUR = 3_600_000;

async function setup(
  externalId: string,
  start: Date | string,
  patch: Parameters<typeof committeeInput>[1] = {},
) {
  const seeded = await seedTenant(t.store, externalId);
  const committee = await seeded.store.createCommittee(committeeInput(seeded.district.id, patch));
  const clock = fixedClock(start);
  const deliverer = new RecordingDeliverer();
  const worker = createScheduler({
    handlers: JOB_HANDLERS,
    store: t.store,
    clock,
    delivery: routerWith(deliverer),
    logger: silent,
  });
  await requestPlan(seeded.store, committee.id, clock.now());
  await drain(worker);
  const mine = () => deliverer.sent.filter((s) => s.target.tenantId === seeded.tenant.id);
  return { ...seeded, committee, clock, deliverer, worker, mine };
}

/** Runs ticks until nothing is due (other test tenants' jobs share the database). */
async function drain(worker: { tick(): Promise<number> }) {
  while ((await worker.tick()) > 0) {}
}

const outcomeOf = async (store: ReturnType<Store["forTenant"]>, key: string) =>
  (await store.listJobs()).find((j) => j.idempotencyKey === key);

describe("planning", () => {
  it("creates one reminder job per lead and occurrence, and re-planning adds none", async () => {
    // Sunday 1 November 2026; the committee meets Tuesdays 18:00 Berlin.
    const { store, committee, clock, worker } = await setup("T-plan", "2026-11-01T08:00:00Z");
    const reminders = await store.listJobs("committee.reminder");
    // 8 Tuesdays in the 56-day horizon, two leads each, minus the 7-day reminder of 3 November (already past).
    expect(reminders).toHaveLength(15);
    const first = reminders[0];
    expect(first?.idempotencyKey).toBe(reminderKey(committee.id, berlin(2026, 11, 3, 18), 1440));
    expect(first?.runAt).toEqual(new Date("2026-11-02T17:00:00Z"));
    await requestPlan(store, committee.id, clock.now());
    await drain(worker);
    expect(await store.listJobs("committee.reminder")).toHaveLength(15);
    // The re-plan chains converge: one weekly plan job is waiting, not two.
    const waitingPlans = (await store.listJobs("committee.plan")).filter((j) => j.status === "pending");
    expect(waitingPlans).toHaveLength(1);
  });
});

describe("delivered once with three workers on one database", () => {
  it("sends every reminder of two weeks exactly once while three workers race", async () => {
    const seeded = await seedTenant(t.store, "T-three");
    const start = new Date("2026-11-01T08:00:00Z");
    const clock = fixedClock(start);
    // Five committees, one per weekday, so many jobs fall due in the same ticks.
    for (const [i, day] of ["MO", "TU", "WE", "TH", "FR"].entries()) {
      const c = await seeded.store.createCommittee(
        committeeInput(seeded.district.id, {
          name: `Gremium ${day}`,
          recurrence: `FREQ=WEEKLY;BYDAY=${day}`,
          firstStartsAt: berlin(2026, 10, 26 + i, 18),
        }),
      );
      await requestPlan(seeded.store, c.id, start);
    }
    // Three workers with their own connection pools on PostgreSQL (as three processes would have).
    const stores: Store[] = [t.store];
    for (let i = 0; i < 2; i++) stores.push(usingPostgres ? createStore((await t.reopen()).db) : t.store);
    const deliverers = stores.map(() => new RecordingDeliverer());
    for (const d of deliverers) d.before = () => new Promise((r) => setTimeout(r, Math.random() * 3));
    const workers = stores.map((store, i) =>
      createScheduler({
        handlers: JOB_HANDLERS,
        store,
        clock,
        delivery: routerWith(deliverers[i] as RecordingDeliverer),
        logger: silent,
        batchSize: 1,
      }),
    );
    for (let hour = 0; hour <= 14 * 24; hour++) {
      await Promise.all(workers.map((w) => drain(w)));
      clock.advance(HOUR);
    }
    const sent = deliverers.flatMap((d) => d.sent).filter((x) => x.target.tenantId === seeded.tenant.id);
    const keys = sent.map((s) => s.target.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length); // no duplicate
    const done = (await seeded.store.listJobs("committee.reminder")).filter(
      (j) => j.status === "done" && j.payload.outcome === "sent",
    );
    expect(done.length).toBeGreaterThanOrEqual(18);
    expect(new Set(keys)).toEqual(new Set(done.map((j) => j.idempotencyKey)));
    // Every reminder due in the two weeks was sent, none is left behind.
    const overdue = (await seeded.store.listJobs("committee.reminder")).filter(
      (j) => j.runAt <= clock.now() && j.status !== "done",
    );
    expect(overdue).toEqual([]);
    // More than one worker did real work (the race was real).
    expect(
      deliverers.filter((d) => d.sent.some((x) => x.target.tenantId === seeded.tenant.id)).length,
    ).toBeGreaterThan(1);
  });
});

describe("a worker killed while sending", () => {
  it("loses nothing and sends no duplicate: the lease expires, another worker sends once", async () => {
    const { store, committee, clock, tenant } = await setup("T-kill", "2026-11-01T08:00:00Z");
    const ours = (d: RecordingDeliverer) => d.sent.filter((x) => x.target.tenantId === tenant.id);
    const key = reminderKey(committee.id, berlin(2026, 11, 3, 18), 1440);
    clock.set("2026-11-02T17:00:00Z");
    const dying = new RecordingDeliverer();
    dying.before = () => new Promise<void>(() => {}); // the process dies inside the platform call
    const a = createScheduler({
      handlers: JOB_HANDLERS,
      store: t.store,
      clock,
      delivery: routerWith(dying),
      logger: silent,
    });
    const bStore = usingPostgres ? createStore((await t.reopen()).db) : t.store;
    const survivor = new RecordingDeliverer();
    const b = createScheduler({
      handlers: JOB_HANDLERS,
      store: bStore,
      clock,
      delivery: routerWith(survivor),
      logger: silent,
    });

    void a.tick();
    while (dying.calls === 0) await new Promise((r) => setTimeout(r, 5));
    await drain(b);
    expect(ours(survivor)).toEqual([]); // leased to the dead worker
    clock.advance(119_000);
    await drain(b);
    expect(ours(survivor)).toEqual([]); // lease not yet over
    clock.advance(2_000);
    await drain(b);
    expect(ours(survivor).map((s) => s.target.idempotencyKey)).toEqual([key]);
    expect(ours(dying)).toEqual([]);
    const job = await outcomeOf(store, key);
    expect(job?.status).toBe("done");
    expect(job?.attempts).toBe(2);
    // Should the dead worker wake up, its stale claim (attempt 1) can no longer finish or reset the job.
    expect(await t.store.jobs.completeJob(job?.id ?? 0, clock.now(), 1, { outcome: "zombie" })).toBe(false);
    expect(await t.store.jobs.failJob(job?.id ?? 0, "zombie", clock.now(), 1)).toBe(false);
    expect((await outcomeOf(store, key))?.payload.outcome).toBe("sent");
    // And later ticks never send it again.
    clock.advance(HOUR);
    await drain(b);
    expect(ours(survivor)).toHaveLength(1);
  });
});

describe("after downtime", () => {
  it("sends the still useful reminder late and marked, drops superseded and useless ones", async () => {
    const { store, committee, clock, worker, mine } = await setup("T-down", "2026-11-01T08:00:00Z");
    // Down from Sunday morning until Monday 9 November, 17:30 UTC (18:30 Berlin).
    clock.set("2026-11-09T17:30:00Z");
    await drain(worker);
    const nov3 = berlin(2026, 11, 3, 18);
    const nov10 = berlin(2026, 11, 10, 18);
    expect((await outcomeOf(store, reminderKey(committee.id, nov3, 1440)))?.payload.outcome).toBe(
      "dropped:over",
    );
    expect((await outcomeOf(store, reminderKey(committee.id, nov10, 10080)))?.payload.outcome).toBe(
      "dropped:superseded",
    );
    const late = await outcomeOf(store, reminderKey(committee.id, nov10, 1440));
    expect(late?.payload).toMatchObject({ outcome: "late", lateByMinutes: 30 });
    expect(mine()).toHaveLength(1);
    const text = replyText(mine()[0]?.reply ?? { kind: "message", elements: [], visibility: "public" });
    expect(text).toContain("verspätet");
    expect(text).toContain("Di, 10.11.2026, 18:00 Uhr");
  });

  it("sends a lone late reminder when no nearer one is due yet", async () => {
    const { store, committee, clock, worker, mine } = await setup("T-down2", "2026-11-01T08:00:00Z");
    clock.set("2026-11-03T20:00:00Z"); // the 7-day reminder for 10 November was due at 17:00 UTC
    await drain(worker);
    const job = await outcomeOf(store, reminderKey(committee.id, berlin(2026, 11, 10, 18), 10080));
    expect(job?.payload).toMatchObject({ outcome: "late", lateByMinutes: 180 });
    expect(mine().map((s) => s.target.channelId)).toEqual(["C-nord"]);
  });

  it("sends on time without the late mark", async () => {
    const { store, committee, clock, worker, mine } = await setup("T-ontime", "2026-11-01T08:00:00Z");
    clock.set("2026-11-02T17:01:00Z");
    await drain(worker);
    expect(
      (await outcomeOf(store, reminderKey(committee.id, berlin(2026, 11, 3, 18), 1440)))?.payload.outcome,
    ).toBe("sent");
    expect(
      replyText(mine()[0]?.reply ?? { kind: "message", elements: [], visibility: "public" }),
    ).not.toContain("verspätet");
  });
});

describe("rate limits", () => {
  it("retries a 429 after its retryAfterMs, not before", async () => {
    const { store, committee, clock, worker, deliverer, mine, tenant } = await setup(
      "T-429",
      "2026-11-01T08:00:00Z",
    );
    const key = reminderKey(committee.id, berlin(2026, 11, 3, 18), 1440);
    let limited = false;
    deliverer.before = (_call, target) => {
      if (!limited && target.tenantId === tenant.id) {
        limited = true;
        throw new RateLimited(30_000);
      }
    };
    clock.set("2026-11-02T17:00:00Z");
    await drain(worker);
    let job = await outcomeOf(store, key);
    expect(job?.status).toBe("pending");
    expect(job?.lastError).toBe("rate limited");
    expect(job?.runAt).toEqual(new Date("2026-11-02T17:00:30Z"));
    clock.advance(29_000);
    await drain(worker);
    expect(mine()).toHaveLength(0);
    clock.advance(1_000);
    await drain(worker);
    expect(mine()).toHaveLength(1);
    job = await outcomeOf(store, key);
    expect(job?.status).toBe("done");
    expect(job?.payload.outcome).toBe("sent");
  });

  it("retries other failures with backoff and gives up after the last attempt", async () => {
    const { store, committee, clock, worker, deliverer, tenant } = await setup(
      "T-fail",
      "2026-11-01T08:00:00Z",
    );
    deliverer.before = (_call, target) => {
      if (target.tenantId === tenant.id) throw new Error("platform down");
    };
    clock.set("2026-11-02T17:00:00Z");
    for (let i = 0; i < 6; i++) {
      await drain(worker);
      clock.advance(20 * 60_000);
    }
    const job = await outcomeOf(store, reminderKey(committee.id, berlin(2026, 11, 3, 18), 1440));
    expect(job?.status).toBe("failed");
    expect(job?.attempts).toBe(5);
  });
});

describe("cancelled and moved meetings", () => {
  it("drops the reminder of a cancelled meeting and follows a moved one to its new time", async () => {
    const { store, committee, clock, worker, mine } = await setup("T-move", "2026-11-01T08:00:00Z");
    const nov3 = berlin(2026, 11, 3, 18);
    const nov10 = berlin(2026, 11, 10, 18);
    await store.cancelMeeting(committee.id, nov3);
    await store.moveMeeting(committee.id, nov10, berlin(2026, 11, 12, 18, 30));
    clock.set("2026-11-02T17:00:00Z");
    await drain(worker);
    expect((await outcomeOf(store, reminderKey(committee.id, nov3, 1440)))?.payload.outcome).toBe(
      "dropped:cancelled",
    );
    clock.set("2026-11-09T17:00:00Z"); // the old due time of the 1-day reminder for 10 November
    await drain(worker);
    const moved = await outcomeOf(store, reminderKey(committee.id, nov10, 1440));
    expect(moved?.status).toBe("pending");
    expect(moved?.runAt).toEqual(new Date("2026-11-11T17:30:00Z"));
    // Only the 7-day reminder went out (late: it was due on 5 November for the moved meeting).
    expect(mine().map((x) => x.target.idempotencyKey)).toEqual([reminderKey(committee.id, nov10, 10080)]);
    clock.set("2026-11-11T17:30:00Z");
    await drain(worker);
    const oneDay = mine().filter((x) => x.target.idempotencyKey === reminderKey(committee.id, nov10, 1440));
    expect(oneDay).toHaveLength(1);
    const text = replyText(oneDay[0]?.reply ?? { kind: "message", elements: [], visibility: "public" });
    expect(text).not.toContain("verspätet");
    expect(text).toContain("Do, 12.11.2026, 18:30 Uhr");
    expect(text).toContain("Verschoben, ursprünglich am Di, 10.11.2026, 18:00 Uhr");
  });
});

describe("committees without a channel", () => {
  it("reminds each usual attendee privately, each once", async () => {
    const seeded = await seedTenant(t.store, "T-dm");
    const committee = await seeded.store.createCommittee(
      committeeInput(seeded.district.id, {
        channelId: null,
        usualAttendeeIds: [seeded.admin.id, seeded.member.id],
      }),
    );
    const clock = fixedClock("2026-11-01T08:00:00Z");
    const deliverer = new RecordingDeliverer();
    const worker = createScheduler({
      handlers: JOB_HANDLERS,
      store: t.store,
      clock,
      delivery: routerWith(deliverer),
      logger: silent,
    });
    await requestPlan(seeded.store, committee.id, clock.now());
    await drain(worker);
    clock.set("2026-11-02T17:00:00Z");
    await drain(worker);
    await drain(worker);
    const mine = deliverer.sent.filter((s) => s.target.tenantId === seeded.tenant.id);
    expect(mine.map((s) => s.target.memberId).sort()).toEqual([seeded.admin.id, seeded.member.id].sort());
    expect(mine.every((s) => s.target.channelId === undefined)).toBe(true);
    const parent = await outcomeOf(seeded.store, reminderKey(committee.id, berlin(2026, 11, 3, 18), 1440));
    expect(parent?.payload).toMatchObject({ outcome: "fanned_out", recipients: 2 });
  });
});

describe("holidays in reminders", () => {
  it("flags a meeting on a public holiday of the tenant's federal state", async () => {
    const { mine, clock, worker } = await setup("T-holiday", "2026-12-20T08:00:00Z", {
      recurrence: "FREQ=WEEKLY;BYDAY=FR",
      firstStartsAt: berlin(2026, 12, 18, 10),
    });
    clock.set("2026-12-24T09:00:00Z"); // 1 day before Friday 25 December, 10:00 Berlin
    await drain(worker);
    expect(mine()).toHaveLength(1);
    const text = replyText(mine()[0]?.reply ?? { kind: "message", elements: [], visibility: "public" });
    expect(text).toContain("Achtung: Feiertag (1. Weihnachtstag)");
  });
});
