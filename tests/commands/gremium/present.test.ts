// „Wer war da?“ after a meeting: who said yes or was expected is asked; only confirmed attendance counts in the
// report's „davon besucht“, never a promise or a future meeting, and a moved meeting counts where it happens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
import { buildReport } from "../../../src/commands/digest/report.js";
import { requestPlan } from "../../../src/commands/gremium/jobs/plan.js";
import { JOB_HANDLERS } from "../../../src/commands/registry.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { createScheduler } from "../../../src/scheduler/index.js";
import { berlin, committeeInput, RecordingDeliverer, routerWith, silent } from "../../scheduler/support.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { team } from "./support.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
beforeAll(async () => {
  t = await openTestDatabase();
  cmd = commandLayerFor(t.store, "2026-09-01T08:00:00Z");
});
afterAll(async () => {
  await t.close();
});

const buttonsOf = (reply: Reply) =>
  reply.kind === "message" ? reply.elements.flatMap((e) => (e.type === "actions" ? e.buttons : [])) : [];

/** Tuesdays between two local days (inclusive), counted without the recurrence code. */
function tuesdays(from: string, to: string): number {
  let n = 0;
  for (
    let d = new Date(`${from}T12:00:00Z`);
    d <= new Date(`${to}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  )
    if (d.getUTCDay() === 2) n++;
  return n;
}

describe("who was there", () => {
  it("asks after the meeting and counts only confirmed attendance, in the period where it happened", async () => {
    const { anna, ben, store, district, tenant, annaId, benId } = await team(t, cmd, "T-present");
    const committee = await store.createCommittee(
      committeeInput(district.id, { firstStartsAt: berlin(2026, 9, 1, 18), usualAttendeeIds: [benId] }),
    );
    const ref = (at: Date) => `${committee.id}|${at.toISOString()}`;
    // 22.09.: Anna promised, nobody confirms. 29.09.: Anna promised and confirms. 15.09. moves to 06.10.
    await anna.say("gremium", "zusage Runder Tisch Nord 22.09.2026");
    await anna.say("gremium", "zusage Runder Tisch Nord 29.09.2026");
    await store.moveMeeting(committee.id, berlin(2026, 9, 15, 18), berlin(2026, 10, 6, 18));

    const clock = fixedClock("2026-09-28T10:00:00Z");
    const deliverer = new RecordingDeliverer();
    const worker = createScheduler({
      handlers: JOB_HANDLERS,
      store: t.store,
      clock,
      delivery: routerWith(deliverer),
      logger: silent,
    });
    await requestPlan(store, committee.id, clock.now());
    while ((await worker.tick()) > 0) {}
    clock.set("2026-09-29T18:01:00Z"); // 29.09. 18:00–20:00 Berlin is over
    while ((await worker.tick()) > 0) {}
    const prompts = deliverer.sent.filter((s) => s.target.tenantId === tenant.id && s.target.memberId);
    expect(prompts.map((p) => p.target.memberId).sort()).toEqual([annaId, benId].sort());
    const annas = prompts.find((p) => p.target.memberId === annaId)?.reply as Reply;
    expect(replyText(annas)).toContain("Wer war da?");
    expect(buttonsOf(annas).map((b) => b.label)).toEqual([
      "Als Aktivität erfassen",
      "Protokoll schreiben",
      "Ich war da",
      "Ben war da",
    ]);
    const iWas = buttonsOf(annas).find((b) => b.label === "Ich war da");
    expect(iWas?.value).toBe(ref(berlin(2026, 9, 29, 18)));

    cmd.clock.set("2026-09-29T19:00:00Z");
    expect(replyText(await anna.click("gremium:attended", iWas?.value))).toBe(
      "Danke, bestätigt: Du warst bei „Runder Tisch Nord“ am 29.09.2026.",
    );
    // A colleague may confirm who else was there.
    const benWas = buttonsOf(annas).find((b) => b.label === "Ben war da");
    expect(replyText(await anna.click("gremium:attended", benWas?.value))).toBe(
      "Danke, bestätigt: Ben war bei „Runder Tisch Nord“ am 29.09.2026.",
    );
    expect(
      (await store.attendance(committee.id, berlin(2026, 9, 29, 18)))
        .map((a) => [a.memberId, a.status])
        .sort(),
    ).toEqual(
      [
        [annaId, "attended"],
        [benId, "attended"],
      ].sort(),
    );
    // The moved meeting is confirmed only once it has really taken place (06.10.).
    const moved = ref(berlin(2026, 9, 15, 18));
    expect(replyText(await ben.click("gremium:attended", moved))).toContain("noch nicht vorbei");
    cmd.clock.set("2026-10-06T19:00:00Z");
    expect(replyText(await ben.click("gremium:attended", moved))).toContain("Du warst bei");
    // A future meeting promised: not counted.
    await anna.say("gremium", "zusage Runder Tisch Nord 13.10.2026");

    const q3 = await buildReport(store, tenant, { from: "2026-07-01", to: "2026-09-30" });
    const q4 = await buildReport(store, tenant, { from: "2026-10-01", to: "2026-12-31" });
    const row3 = q3.committees.find((c) => c.id === committee.id);
    const row4 = q4.committees.find((c) => c.id === committee.id);
    // Q3: September's Tuesdays without the one moved out; confirmed only 29.09. (22.09. was a promise).
    expect(row3).toMatchObject({ meetings: tuesdays("2026-09-01", "2026-09-30") - 1, attended: 1 });
    // Q4: its Tuesdays plus the moved one; confirmed only the moved meeting (13.10. is a future promise).
    expect(row4).toMatchObject({ meetings: tuesdays("2026-10-01", "2026-12-31") + 1, attended: 1 });
  });
});
