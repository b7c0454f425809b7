// Vertretung: when the last one going cancels, or 3 days before a meeting nobody goes to, the district's channel
// is asked; the first „Ich übernehme“ wins (also when two tap at once), later taps are told who took it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
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
  cmd = commandLayerFor(t.store, "2026-11-25T10:00:00Z");
});
afterAll(async () => {
  await t.close();
});

const buttonsOf = (reply: Reply) =>
  reply.kind === "message" ? reply.elements.flatMap((e) => (e.type === "actions" ? e.buttons : [])) : [];

function workerAt(now: string) {
  const clock = fixedClock(now);
  const deliverer = new RecordingDeliverer();
  const worker = createScheduler({
    handlers: JOB_HANDLERS,
    store: t.store,
    clock,
    delivery: routerWith(deliverer),
    logger: silent,
  });
  const drain = async () => {
    while ((await worker.tick()) > 0) {}
  };
  return { clock, deliverer, drain };
}

describe("deputy", () => {
  it("asks the channel when the last one going cancels; the first tap wins, the second is told", async () => {
    const { ben, store, district, tenant, annaId, benId } = await team(t, cmd, "T-deputy");
    const carl = cmd.as("carl", { tenant: "T-deputy", name: "Carl" });
    await carl.say("hilfe");
    const committee = await store.createCommittee(
      committeeInput(district.id, { firstStartsAt: berlin(2026, 11, 3, 18), usualAttendeeIds: [benId] }),
    );
    const w = workerAt("2026-11-25T10:00:00Z");
    await requestPlan(store, committee.id, w.clock.now());
    await w.drain();
    // Ben is expected on 01.12.: nobody is asked for a deputy.
    expect(w.deliverer.sent.filter((s) => s.target.tenantId === tenant.id)).toEqual([]);

    expect(replyText(await ben.say("gremium", "absage"))).toContain("Du kannst nicht");
    await w.drain();
    const asks = w.deliverer.sent.filter((s) => s.target.tenantId === tenant.id);
    expect(asks.map((a) => a.target.channelId)).toEqual(["C-nord"]);
    const ask = asks[0]?.reply as Reply;
    expect(replyText(ask)).toContain(
      "Vertretung gesucht: Für „Runder Tisch Nord“ am Di, 01.12.2026, 18:00 Uhr hat bisher niemand aus dem Team zugesagt.",
    );
    const [takeOver] = buttonsOf(ask);
    expect(takeOver).toMatchObject({ label: "Ich übernehme", actionId: "gremium:deputy" });

    const anna = cmd.as("anna", { tenant: "T-deputy", name: "Anna" });
    // Anna and Carl tap at the same moment: exactly one takes it over.
    const [a, c] = await Promise.all([
      anna.click("gremium:deputy", takeOver?.value),
      carl.click("gremium:deputy", takeOver?.value),
    ]);
    const texts = [replyText(a), replyText(c)];
    const winner = texts.findIndex((x) => x.includes("übernimmt"));
    expect(winner).toBeGreaterThanOrEqual(0);
    const winnerName = winner === 0 ? "Anna" : "Carl";
    expect(texts[winner]).toBe(
      `${winnerName} übernimmt „Runder Tisch Nord“ am Di, 01.12.2026, 18:00 Uhr. Danke!`,
    );
    expect(texts[1 - winner]).toBe(`Schon übernommen von ${winnerName}.`);
    const going = (await store.attendance(committee.id, berlin(2026, 12, 1, 18))).filter(
      (r) => r.status === "going",
    );
    expect(going).toHaveLength(1);
    // A later tap by Ben (who cancelled) is told too; the reminder names who goes.
    expect(replyText(await ben.click("gremium:deputy", takeOver?.value))).toBe(
      `Schon übernommen von ${winnerName}.`,
    );
    expect(replyText(await ben.say("gremium", "nächste 1"))).toContain(`Es gehen: ${winnerName}`);
    expect(going[0]?.memberId === annaId ? "Anna" : "Carl").toBe(winnerName);
  });

  it("asks 3 days before a meeting nobody has said yes to, and not when someone goes", async () => {
    const { anna, ben, store, district, tenant } = await team(t, cmd, "T-deputy-3");
    const committee = await store.createCommittee(
      committeeInput(district.id, { firstStartsAt: berlin(2026, 11, 3, 18) }),
    );
    await ben.say("gremium", "absage Runder Tisch Nord 08.12.2026");
    await anna.say("gremium", "absage Runder Tisch Nord 15.12.2026");
    await ben.say("gremium", "zusage Runder Tisch Nord 15.12.2026");
    const w = workerAt("2026-11-25T10:00:00Z");
    await requestPlan(store, committee.id, w.clock.now());
    await w.drain();
    // Calls for a deputy only (the reminders go out as usual in between).
    const ours = () =>
      w.deliverer.sent.filter(
        (s) => s.target.tenantId === tenant.id && s.target.idempotencyKey?.startsWith("deputy:"),
      );
    // Cancelling when nobody went anyway asks nobody at once.
    expect(ours()).toEqual([]);
    w.clock.set("2026-12-05T16:59:00Z"); // 3 days before 08.12. 18:00 Berlin, one minute early
    await w.drain();
    expect(ours()).toEqual([]);
    w.clock.set("2026-12-05T17:00:00Z");
    await w.drain();
    expect(ours().map((s) => replyText(s.reply))).toEqual([
      expect.stringContaining("Vertretung gesucht: Für „Runder Tisch Nord“ am Di, 08.12.2026"),
    ]);
    // The lead's digest shows the meeting nobody goes to, and who goes to the next one.
    cmd.clock.set("2026-12-05T17:00:00Z");
    const digest = replyText(await anna.say("sozialraum", "digest vorschau Nordstadt")).split("\n");
    const line = digest.findIndex((l) => l.startsWith("Runder Tisch Nord – ") && l.includes("08.12."));
    expect(digest[line + 1]).toBe("Noch niemand – wer geht hin?");
    const next = digest.findIndex((l) => l.startsWith("Runder Tisch Nord – ") && l.includes("15.12."));
    expect(digest[next + 1]).toBe("Es gehen: Ben");
    cmd.clock.set("2026-11-25T10:00:00Z");
    // 15.12.: Ben goes, so nobody is asked.
    w.clock.set("2026-12-12T17:00:00Z");
    await w.drain();
    expect(ours()).toHaveLength(1);
  });

  it("without a channel asks each colleague who has not declined privately", async () => {
    const { ben, store, tenant, annaId, benId } = await team(t, cmd, "T-deputy-dm");
    const south = await store.createDistrict("Südstadt");
    await store.createCommittee(
      committeeInput(south.id, {
        firstStartsAt: berlin(2026, 11, 3, 18),
        channelId: null,
        usualAttendeeIds: [benId],
      }),
    );
    await ben.say("gremium", "absage Runder Tisch Nord 01.12.2026");
    const w = workerAt("2026-11-25T10:00:00Z");
    await w.drain();
    const asks = w.deliverer.sent.filter(
      (s) => s.target.tenantId === tenant.id && s.target.idempotencyKey?.startsWith("deputy:"),
    );
    expect(asks.map((a) => a.target.memberId)).toEqual([annaId]);
    expect(replyText(asks[0]?.reply as Reply)).toContain("Vertretung gesucht");
  });
});
