// Committee attendance over HTTP on Slack and Teams, one scenario on both: typed yes and no, a deputy asked in
// the district's channel (first tap wins, the second is told), „Wer war da?“ after the meeting, minutes with a
// task that reminds its owner on its due date, and a report that counts only confirmed attendance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
import { requestPlan } from "../../../src/commands/gremium/jobs/plan.js";
import { berlin, committeeInput } from "../../scheduler/support.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { drain } from "../delivery/support.js";
import { type Harness, startHarness } from "../slack/harness.js";
import { type AttendanceWorld, slackDriver, type Tap, teamsDriver } from "./committee-attendance-drivers.js";

const clock = fixedClock("2026-11-25T10:00:00Z"); // a Wednesday; the committee meets on Tuesdays 18:00
let db: TestDatabase;
let h: Harness;
let connector: FakeConnector;

beforeAll(async () => {
  db = await openTestDatabase();
  connector = await startFakeConnector();
  h = await startHarness(db.database, { TEAMS_LOCAL_MODE: "true" }, { clock, autoTick: false });
});
afterAll(async () => {
  await h?.close();
  await connector?.close();
  await db?.close();
});

// ---- The scenario, on both ---------------------------------------------------------------------------------

const MEETING = berlin(2026, 12, 1, 18);

// Getters: the harness and connector are made in beforeAll, after the drivers.
const world: AttendanceWorld = {
  clock,
  get h() {
    return h;
  },
  get connector() {
    return connector;
  },
};

for (const make of [slackDriver, teamsDriver]) {
  const d = make(world);
  describe(`committee attendance on ${d.platform}`, () => {
    const ref = (committeeId: number, at: Date) => `${committeeId}|${at.toISOString()}`;
    let committeeId = 0;

    it("says yes and no typed, and asks the channel for a deputy: the first tap wins, the second is told", async () => {
      clock.set("2026-11-25T10:00:00Z");
      await d.setUp();
      const store = await d.store();
      const [district] = await store.listDistricts();
      committeeId = (
        await store.createCommittee(
          committeeInput(district?.id ?? -1, { firstStartsAt: berlin(2026, 11, 3, 18), channelId: null }),
        )
      ).id;
      await requestPlan(store, committeeId, clock.now());
      await drain([h.app]);
      d.mark();

      expect(await d.say("anna", "gremium zusage")).toContain(
        "Danke, ist eingetragen: Du gehst zu „Runder Tisch Nord“ am Di, 01.12.2026, 18:00 Uhr.",
      );
      const anna = await d.memberId("anna");
      expect(await store.attendance(committeeId, MEETING)).toEqual([{ memberId: anna, status: "going" }]);
      expect(await d.say("anna", "gremium absage")).toContain("Du kannst nicht zu „Runder Tisch Nord“");
      expect(await store.attendance(committeeId, MEETING)).toEqual([{ memberId: anna, status: "not_going" }]);

      await drain([h.app]);
      const asks = await d.channelPosts();
      expect(
        asks.map((a) => a.texts.includes("Vertretung gesucht: Für „Runder Tisch Nord“ am Di, 01.12.2026")),
      ).toEqual([true]);
      const takeOver = asks[0]?.buttons.find((b) => b.label === "Ich übernehme");
      expect(takeOver?.value).toBe(ref(committeeId, MEETING));
      const ben = await d.memberId("ben");
      // Members are shown by their display name on the platform (Slack's fake names them by user id).
      const benName = (await store.findMember(ben))?.displayName;
      const won = await d.tap("ben", takeOver as Tap);
      expect(won.texts).toContain(
        `${benName} übernimmt „Runder Tisch Nord“ am Di, 01.12.2026, 18:00 Uhr. Danke!`,
      );
      const lost = await d.tap("carl", takeOver as Tap);
      expect(lost.texts).toContain(`Schon übernommen von ${benName}.`);
      expect((await store.attendance(committeeId, MEETING)).filter((a) => a.status === "going")).toEqual([
        { memberId: ben, status: "going" },
      ]);
    });

    it("asks who was there, keeps minutes with a task that reminds its owner, and reports only confirmed attendance", async () => {
      const store = await d.store();
      const [ben, carl] = [await d.memberId("ben"), await d.memberId("carl")];
      // A promise for the meeting before (as a reminder button leaves it) that nobody confirms afterwards.
      await store.setAttendance(committeeId, berlin(2026, 11, 24, 18), carl, "going");
      d.mark();
      clock.set("2026-12-01T19:01:00Z"); // 18:00–20:00 Berlin is over
      await drain([h.app]);
      const prompt = d.privatePosts("ben").find((p) => p.texts.includes("Wer war da?"));
      expect(prompt?.buttons.map((b) => b.label)).toEqual([
        "Als Aktivität erfassen",
        "Protokoll schreiben",
        "Ich war da",
      ]);
      const iWas = prompt?.buttons.find((b) => b.label === "Ich war da") as Tap;
      expect((await d.tap("ben", iWas)).texts).toContain(
        "Danke, bestätigt: Du warst bei „Runder Tisch Nord“ am 01.12.2026.",
      );

      const minutes = prompt?.buttons.find((b) => b.label === "Protokoll schreiben") as Tap;
      const saved = await d.submitForm("ben", minutes, {
        decisions: "Stadtteilfest im Juni gemeinsam planen.",
        what1: "Flyer entwerfen",
        who1: String(carl),
        due1: "2026-12-10",
      });
      expect(saved).toContain(
        "Protokoll für „Runder Tisch Nord“ am 01.12.2026 gespeichert, 1 Aufgabe mit Erinnerung.",
      );

      d.mark();
      clock.set("2026-12-10T06:59:00Z");
      await drain([h.app]);
      expect(d.privatePosts("carl").filter((p) => p.texts.includes("Flyer entwerfen"))).toEqual([]);
      clock.set("2026-12-10T07:00:00Z"); // 08:00 Berlin on the due day
      await drain([h.app]);
      const reminders = d.privatePosts("carl").filter((p) => p.texts.includes("Flyer entwerfen"));
      expect(reminders).toHaveLength(1);
      expect(reminders[0]?.texts).toContain(
        "Aufgabe aus „Runder Tisch Nord“, fällig am 10.12.2026: Flyer entwerfen",
      );
      expect(reminders[0]?.buttons.map((b) => b.label)).toEqual(["Erledigt"]);
      expect(d.privatePosts("ben").filter((p) => p.texts.includes("Flyer entwerfen"))).toEqual([]);
      expect((await d.tap("carl", reminders[0]?.buttons[0] as Tap)).texts).toContain(
        "Erledigt: Flyer entwerfen. Danke!",
      );

      // The report: meetings held in November (Tuesdays 03., 10., 17., 24.) and December up to the 10th (01., 08.);
      // confirmed only 01.12. – the promise for 24.11. and Ben's going to 01.12. before confirming count once.
      const csv = await d.reportFile("anna", "sozialraum bericht 01.11.2026 10.12.2026 Nordstadt csv");
      const row = csv.split(/\r?\n/).find((l) => l.includes("Runder Tisch Nord"));
      expect(row).toBeDefined();
      const cells = (row ?? "").split(";").map((c) => c.replace(/^"|"$/g, ""));
      const header = (csv.split(/\r?\n/)[0] ?? "")
        .replace(/^\uFEFF/, "")
        .split(";")
        .map((c) => c.replace(/^"|"$/g, ""));
      const cell = (name: RegExp) => cells[header.findIndex((x) => name.test(x))];
      expect(cell(/Sitzungen/)).toBe("6");
      expect(cell(/besucht/)).toBe("1");
      expect(ben).toBeGreaterThan(0);
    });
  });
}
