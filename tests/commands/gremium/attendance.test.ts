// Reminder buttons "Ich gehe" / "Ich kann nicht": attendance saved, the reminder redrawn in place on both platforms.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
import { requestPlan } from "../../../src/commands/gremium/jobs/plan.js";
import { JOB_HANDLERS } from "../../../src/commands/registry.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { createScheduler } from "../../../src/scheduler/index.js";
import { berlin, committeeInput, RecordingDeliverer, routerWith, silent } from "../../scheduler/support.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { expectKind, team } from "./support.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
beforeAll(async () => {
  t = await openTestDatabase();
  cmd = commandLayerFor(t.store, "2026-12-07T17:05:00Z");
});
afterAll(async () => {
  await t.close();
});

const buttonsOf = (reply: Reply) =>
  reply.kind === "message" ? reply.elements.flatMap((e) => (e.type === "actions" ? e.buttons : [])) : [];

for (const platform of ["slack", "teams"] as const) {
  describe(`attendance on ${platform}`, () => {
    it("delivers a reminder that warns nobody goes, then updates in place as people answer", async () => {
      const { anna, ben, store, district, tenant } = await team(t, cmd, `T-att-${platform}`, platform);
      const committee = await store.createCommittee(
        committeeInput(district.id, {
          firstStartsAt: berlin(2026, 12, 8, 18),
          recurrence: "FREQ=MONTHLY;BYDAY=+2TU",
        }),
      );
      const clock = fixedClock("2026-11-25T10:00:00Z");
      const deliverer = new RecordingDeliverer(platform);
      const worker = createScheduler({
        handlers: JOB_HANDLERS,
        store: t.store,
        clock,
        delivery: routerWith(deliverer),
        logger: silent,
      });
      await requestPlan(store, committee.id, clock.now());
      await worker.tick();
      clock.set("2026-12-07T17:00:00Z");
      while ((await worker.tick()) > 0) {}
      const reminder = deliverer.sent.find((s) => s.target.tenantId === tenant.id);
      expect(reminder?.target.channelId).toBe("C-nord");
      const reminderReply = reminder?.reply as Reply;
      expect(replyText(reminderReply)).toContain("Erinnerung: Runder Tisch Nord – Di, 08.12.2026, 18:00 Uhr");
      expect(replyText(reminderReply)).toContain("Bisher hat niemand aus dem Team zugesagt.");
      const [going, notGoing] = buttonsOf(reminderReply);
      expect(going).toMatchObject({ label: "Ich gehe", actionId: "gremium:going" });
      expect(notGoing).toMatchObject({ label: "Ich kann nicht", actionId: "gremium:not_going" });
      expect(going?.value).toBe(`${committee.id}|${berlin(2026, 12, 8, 18).toISOString()}`);

      const afterAnna = expectKind(await anna.click("gremium:going", going?.value), "message");
      expect(afterAnna.replaceOriginal).toBe(true);
      expect(afterAnna.visibility).toBe("public");
      expect(replyText(afterAnna)).toContain("Es gehen: Anna");
      expect(replyText(afterAnna)).not.toContain("Bisher hat niemand");
      expect(buttonsOf(afterAnna).map((b) => b.actionId)).toEqual(["gremium:going", "gremium:not_going"]);

      const afterBen = await ben.click("gremium:not_going", notGoing?.value);
      expect(replyText(afterBen)).toContain("Es gehen: Anna");
      expect(replyText(afterBen)).toContain("Können nicht: Ben");
      // Changing one's mind replaces the answer.
      const changed = await ben.click("gremium:going", going?.value);
      expect(replyText(changed)).toContain("Es gehen: Anna, Ben");
      expect(replyText(changed)).not.toContain("Können nicht");
      expect((await store.attendance(committee.id, berlin(2026, 12, 8, 18))).map((a) => a.status)).toEqual([
        "going",
        "going",
      ]);
    });
  });
}

describe("attendance on stale buttons", () => {
  it("answers in German when the meeting is cancelled, unknown or of another tenant", async () => {
    const a = await team(t, cmd, "T-att-stale");
    const b = await team(t, cmd, "T-att-other");
    const committee = await a.store.createCommittee(committeeInput(a.district.id));
    const value = `${committee.id}|${berlin(2026, 12, 8, 18).toISOString()}`;
    await a.store.cancelMeeting(committee.id, berlin(2026, 12, 8, 18));
    const gone = "Diese Sitzung gibt es nicht mehr (abgesagt oder Gremium archiviert).";
    expect(replyText(await a.anna.click("gremium:going", value))).toBe(gone);
    expect(
      replyText(
        await a.anna.click("gremium:going", `${committee.id}|${berlin(2026, 12, 8, 19).toISOString()}`),
      ),
    ).toBe(gone);
    expect(replyText(await a.anna.click("gremium:going", "kaputt"))).toBe(gone);
    expect(
      replyText(
        await b.anna.click("gremium:going", `${committee.id}|${berlin(2026, 12, 15, 18).toISOString()}`),
      ),
    ).toBe(gone);
  });
});
