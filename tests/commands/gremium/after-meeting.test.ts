// After a meeting each member who went gets a private prompt; its button turns into a saved activity.
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
  cmd = commandLayerFor(t.store, "2026-12-08T20:30:00Z");
});
afterAll(async () => {
  await t.close();
});

describe("after-meeting prompt", () => {
  it("prompts only those who went, and saves the meeting as a networks activity after editing", async () => {
    const { anna, ben, store, district, tenant, annaId } = await team(t, cmd, "T-after");
    const committee = await store.createCommittee(
      committeeInput(district.id, {
        part: "chair",
        durationMinutes: 90,
        firstStartsAt: berlin(2026, 12, 8, 18),
        recurrence: "FREQ=MONTHLY;BYDAY=+2TU",
      }),
    );
    const meeting = berlin(2026, 12, 8, 18);
    const value = `${committee.id}|${meeting.toISOString()}`;
    await anna.click("gremium:going", value);
    await ben.click("gremium:not_going", value);

    const clock = fixedClock("2026-11-25T10:00:00Z");
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
    clock.set("2026-12-08T18:31:00Z"); // the meeting (17:00–18:30 UTC) is over
    while ((await worker.tick()) > 0) {}
    const prompts = deliverer.sent.filter(
      (s) => s.target.tenantId === tenant.id && s.target.memberId !== undefined,
    );
    expect(prompts.map((p) => p.target.memberId)).toEqual([annaId]);
    const prompt = prompts[0]?.reply as Reply;
    expect(prompt.kind === "message" && prompt.visibility).toBe("private");
    expect(replyText(prompt)).toContain("Du warst bei „Runder Tisch Nord“ am 08.12.2026.");
    const button =
      prompt.kind === "message"
        ? prompt.elements.flatMap((e) => (e.type === "actions" ? e.buttons : []))[0]
        : undefined;
    expect(button).toMatchObject({ label: "Als Aktivität erfassen", actionId: "gremium:log", value });
    // Ticking again sends nothing twice.
    clock.advance(3_600_000);
    while ((await worker.tick()) > 0) {}
    expect(
      deliverer.sent.filter((s) => s.target.tenantId === tenant.id && s.target.memberId !== undefined),
    ).toHaveLength(1);

    const form = expectKind(await anna.click("gremium:log", button?.value), "form").form;
    const initial = Object.fromEntries(form.inputs.map((i) => [i.id, i.initial]));
    expect(initial).toEqual({
      title: "Runder Tisch Nord",
      date: "2026-12-08",
      minutes: "90",
      districtId: String(district.id),
      focus: "networks",
    });

    const bad = expectKind(
      await anna.submit(form.formId, { ...initial, minutes: "0" } as Record<string, string>, form.state),
      "formErrors",
    );
    expect(bad.errors.minutes).toContain("Dauer");
    const saved = await anna.submit(
      form.formId,
      { ...initial, minutes: "120", title: "Runder Tisch Nord (Moderation)" } as Record<string, string>,
      form.state,
    );
    expect(saved.kind).toBe("closeForm");
    expect(replyText(saved)).toBe("Als Aktivität gespeichert: „Runder Tisch Nord (Moderation)“ (2 Std.).");
    const activities = await store.listActivities({ authorId: annaId }, { limit: 10, offset: 0 });
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({
      title: "Runder Tisch Nord (Moderation)",
      occurredOn: "2026-12-08",
      minutes: 120,
      districtId: district.id,
      focus: "networks",
      level: "case_independent",
      role: "responsible",
    });
    // A second click does not count the meeting twice.
    const twice = await anna.submit(form.formId, initial as Record<string, string>, form.state);
    expect(replyText(twice)).toBe("Diese Sitzung hast du schon als Aktivität erfasst.");
    expect(await store.countActivities({ authorId: annaId })).toBe(1);
  });
});
