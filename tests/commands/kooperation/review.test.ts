// The review date as a durable job: scheduled once, moved with the date, delivered once by the real scheduler, extend and end.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
import { cooperationJobHandlers } from "../../../src/commands/kooperation/review-job.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { createLogger } from "../../../src/log.js";
import { DeliveryRouter, type DeliveryTarget } from "../../../src/scheduler/deliver.js";
import { createScheduler } from "../../../src/scheduler/index.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { answer, formOf, type Person, startNew, stepOf, TIMELINE } from "./walk.js";

class Recording {
  readonly platform = "console" as const;
  sent: { target: DeliveryTarget; reply: Reply }[] = [];
  failChannelOnce = false;
  async deliver(target: DeliveryTarget, reply: Reply) {
    if (target.channelId && this.failChannelOnce) {
      this.failChannelOnce = false;
      throw new Error("platform unavailable");
    }
    this.sent.push({ target, reply });
    return { messageRef: `m${this.sent.length}` };
  }
  async update() {}
}

let t: TestDatabase;
let anna: Person;
let bernd: Person;
const deliverer = new Recording();
const clock = fixedClock("2026-11-25T10:00:00Z");
let worker: ReturnType<typeof createScheduler>;
const where = { channelId: "C-nord", isDirect: false };

beforeAll(async () => {
  t = await openTestDatabase();
  const cmd = commandLayerFor(t.store);
  const lea = cmd.as("lea", { tenant: "T-r", name: "Lea", where });
  anna = cmd.as("anna", { tenant: "T-r", name: "Anna", where });
  bernd = cmd.as("bernd", { tenant: "T-r", name: "Bernd", where });
  await lea.say("sozialraum", "neu Nordstadt");
  await lea.say("sozialraum", "kanal Nordstadt");
  const delivery = new DeliveryRouter();
  delivery.register(deliverer);
  worker = createScheduler({
    store: t.store,
    clock,
    delivery,
    logger: createLogger("silent"),
    handlers: cooperationJobHandlers,
  });
});
afterAll(async () => {
  await t.close();
});

async function store() {
  const tenant = await t.store.findTenant("console", "T-r");
  return t.store.forTenant(tenant?.id ?? 0);
}
const reviewJobs = async () =>
  (await (await store()).listJobs("cooperation_review")).map((j) => ({
    key: j.idempotencyKey,
    runAt: j.runAt.toISOString(),
    status: j.status,
  }));
const drain = async () => {
  while ((await worker.tick()) > 0) {}
};
const buttonsOf = (reply: Reply) =>
  reply.kind === "message"
    ? reply.elements.flatMap((e) =>
        e.type === "actions" ? e.buttons.map((b) => `${b.label}=${b.actionId}:${b.value}`) : [],
      )
    : [];

describe("review reminder", () => {
  let id = 0;

  it("schedules one job per review day, idempotently, and moves it when the day changes", async () => {
    const sixth = stepOf(await answer(anna, await startNew(anna, "Grundschule am Park"), [1, 2, 3, 4, 5]));
    id = sixth.id;
    expect(await reviewJobs()).toEqual([
      { key: `cooperation_review:${id}:2027-03-01`, runAt: "2027-03-01T08:00:00.000Z", status: "pending" },
    ]);
    // Back to step 5 and saved again with the same dates: still one job.
    const fifth = stepOf(await bernd.click("kooperation:back", sixth.form.state));
    expect(fifth.step).toBe(5);
    expect(fifth.form.inputs.map((i) => [i.id, i.kind, i.initial])).toEqual([
      ["startsOn", "date", "2026-12-01"],
      ["endsOn", "date", "2027-07-31"],
      ["reviewOn", "date", "2027-03-01"],
    ]);
    await bernd.submit("kooperation:step", { ...TIMELINE }, fifth.form.state);
    expect(await reviewJobs()).toHaveLength(1);
    // A new review day (after the switch to summer time: 09:00 Berlin is 07:00 UTC) replaces the pending job.
    await bernd.submit("kooperation:step", { ...TIMELINE, reviewOn: "2027-04-01" }, fifth.form.state);
    expect(await reviewJobs()).toEqual([
      { key: `cooperation_review:${id}:2027-04-01`, runAt: "2027-04-01T07:00:00.000Z", status: "pending" },
    ]);
  });

  it("reminds the member and the district channel once, with Verlängern and Beenden", async () => {
    clock.set("2027-03-01T08:00:00Z");
    await drain();
    expect(deliverer.sent).toHaveLength(0);
    clock.set("2027-04-01T07:00:30Z");
    await drain();
    await drain();
    const tenant = await (await store()).tenant();
    const bernd_ = await (await store()).findMemberByPlatformId("bernd");
    expect(deliverer.sent.map((s) => s.target)).toEqual([
      {
        tenantId: tenant.id,
        memberId: bernd_?.id,
        idempotencyKey: `cooperation_review:${id}:2027-04-01:m${bernd_?.id}`,
      },
      {
        tenantId: tenant.id,
        channelId: "C-nord",
        idempotencyKey: `cooperation_review:${id}:2027-04-01:cC-nord`,
      },
    ]);
    const reply = deliverer.sent[0]?.reply as Reply;
    expect(replyText(reply)).toContain("Überprüfung fällig: Kooperation mit Grundschule am Park");
    expect(replyText(reply)).toContain("Für den 01.04.2027 habt ihr euch vorgenommen");
    expect(buttonsOf(reply)).toEqual([
      `Verlängern=kooperation:extend:${id}`,
      `Beenden=kooperation:end:${id}`,
      `Anzeigen=kooperation:show:${id}`,
    ]);
    clock.advance(24 * 3_600_000);
    await drain();
    expect(deliverer.sent).toHaveLength(2);
    expect((await reviewJobs())[0]?.status).toBe("done");
  });

  it("extends with a new review day (saved in the history) and schedules it", async () => {
    const later = commandLayerFor(t.store, "2027-04-01T09:00:00Z");
    const bernd2 = later.as("bernd", { tenant: "T-r", name: "Bernd", where });
    const form = formOf(await bernd2.click("kooperation:extend", String(id)));
    expect(form.formId).toBe("kooperation:extend");
    expect(form.inputs.map((i) => [i.id, i.initial])).toEqual([
      ["reviewOn", undefined],
      ["endsOn", "2027-07-31"],
    ]);
    expect(
      await bernd2.submit("kooperation:extend", { reviewOn: "2027-03-15", endsOn: "2027-07-31" }, form.state),
    ).toEqual({
      kind: "formErrors",
      errors: { reviewOn: "Der Überprüfungstermin muss nach heute liegen." },
    });
    expect(
      await bernd2.submit("kooperation:extend", { reviewOn: "2027-09-01", endsOn: "2027-07-31" }, form.state),
    ).toEqual({
      kind: "formErrors",
      errors: { reviewOn: expect.stringContaining("nach dem Ende") },
    });
    const done = await bernd2.submit(
      "kooperation:extend",
      { reviewOn: "2027-10-01", endsOn: "2027-12-31" },
      form.state,
    );
    expect(done.kind).toBe("closeForm");
    expect(replyText(done)).toBe(
      "Die Kooperation mit „Grundschule am Park“ läuft weiter. Nächste Überprüfung am 01.10.2027.",
    );
    const s = await store();
    expect(await s.findCooperation(id)).toMatchObject({
      reviewOn: "2027-10-01",
      endsOn: "2027-12-31",
      currentStep: 6,
    });
    expect((await s.currentAnswers(id)).get(5)?.answer).toEqual({
      startsOn: "2026-12-01",
      endsOn: "2027-12-31",
      reviewOn: "2027-10-01",
    });
    expect(await reviewJobs()).toEqual([
      { key: `cooperation_review:${id}:2027-04-01`, runAt: "2027-04-01T07:00:00.000Z", status: "done" },
      { key: `cooperation_review:${id}:2027-10-01`, runAt: "2027-10-01T07:00:00.000Z", status: "pending" },
    ]);
  });

  it("ends from the reminder (creator or lead only) and cancels the pending reminder", async () => {
    expect(replyText(await bernd.click("kooperation:end", String(id)))).toContain("Den Status ändern dürfen");
    expect(replyText(await anna.click("kooperation:end", String(id)))).toBe(
      "Die Kooperation mit „Grundschule am Park“ ist beendet. Die Erinnerung ist abbestellt.",
    );
    expect((await reviewJobs()).map((j) => j.status)).toEqual(["done"]);
    expect(replyText(await anna.click("kooperation:extend", String(id)))).toContain("ist beendet");
    clock.set("2027-10-01T08:00:00Z");
    await drain();
    expect(deliverer.sent).toHaveLength(2);
  });

  it("drops a reminder whose day has moved, and retries a failed channel send without repeating the member's", async () => {
    const s = await store();
    const sixth = stepOf(await answer(bernd, await startNew(bernd, "Kita Sonne", "kita"), [1, 2, 3, 4, 5]));
    const stale = await s.scheduleJob("cooperation_review", "stale", new Date("2027-02-01T08:00:00Z"), {
      cooperationId: sixth.id,
      reviewOn: "2027-02-01",
      memberId: 1,
    });
    expect(stale).toBe(true);
    deliverer.sent = [];
    deliverer.failChannelOnce = true;
    clock.set("2027-03-01T08:00:00Z");
    await drain();
    const jobs = await s.listJobs("cooperation_review");
    expect(jobs.find((j) => j.idempotencyKey === "stale")?.payload.outcome).toBe("dropped:moved");
    expect(deliverer.sent.map((x) => Object.keys(x.target).sort().join())).toEqual([
      "idempotencyKey,memberId,tenantId",
    ]);
    clock.advance(5 * 60_000);
    await drain();
    expect(deliverer.sent.map((x) => x.target.channelId ?? `member`)).toEqual(["member", "C-nord"]);
    clock.advance(60 * 60_000);
    await drain();
    expect(deliverer.sent).toHaveLength(2);
  });
});
