// The guideline's loop through the command layer: a need raised and seen again, an offer that answers it,
// two sessions logged from their prompts, and the digest showing need → offer → sessions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestOfferPlan } from "../../../src/commands/angebot/jobs.js";
import { buildDigest } from "../../../src/commands/digest/build.js";
import { digestElements } from "../../../src/commands/digest/reply.js";
import { bedarf as b, angebot as t } from "../../../src/commands/messages/index.js";
import { JOB_HANDLERS } from "../../../src/commands/registry.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { createScheduler } from "../../../src/scheduler/index.js";
import { RecordingDeliverer, routerWith, silent } from "../../scheduler/support.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { expectKind, team } from "../gremium/support.js";

let t0: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
beforeAll(async () => {
  t0 = await openTestDatabase();
  cmd = commandLayerFor(t0.store, "2026-11-30T08:00:00Z"); // Monday 09:00 in Berlin
});
afterAll(async () => {
  await t0.close();
});

const buttons = (reply: Reply) =>
  reply.kind === "message" ? reply.elements.flatMap((e) => (e.type === "actions" ? e.buttons : [])) : [];
const tap = (reply: Reply, label: string) => {
  const found = buttons(reply).find((x) => x.label === label);
  if (!found) throw new Error(`no button ${label} in ${replyText(reply)}`);
  return found;
};

describe("need → offer → sessions", () => {
  it("walks the loop and the digest shows it with figures that add up", async () => {
    const { anna, ben, store, district, tenant } = await team(t0, cmd, "T-loop");
    const card = await anna.say("bedarf", "fehlende Nachmittagsbetreuung für Grundschulkinder #Betreuung");
    const seen = tap(card, b.seenButton);
    expect(replyText(await ben.click(seen.actionId, seen.value))).toContain("2-mal gesehen");
    const [need] = await store.listNeeds();
    if (!need) throw new Error("no need");

    const proposal = await anna.say(
      "angebot",
      `neu Hausaufgabencafé dienstags und donnerstags 15 Uhr bedarf ${need.id}`,
    );
    const shown = replyText(proposal);
    expect(shown).toContain("Hausaufgabencafé");
    expect(shown).toMatch(/dienstags? und donnerstags?|Dienstag und Donnerstag/i);
    expect(shown).toContain("Di, 01.12.2026, 15:00 Uhr");
    expect(shown).toContain("Do, 03.12.2026, 15:00 Uhr");
    expect(shown).toContain("Di, 08.12.2026, 15:00 Uhr");
    expect(shown).toContain(`Nr. ${need.id}: fehlende Nachmittagsbetreuung`);
    expect(await store.listOffers()).toEqual([]); // nothing saved before „Speichern“
    const save = tap(proposal, t.save);
    const saved = await anna.click(save.actionId, save.value);
    expect(replyText(saved)).toContain("gespeichert");
    expect(replyText(saved)).toContain(t.needLinked(need.id));
    const [offer] = await store.listOffers();
    expect(offer?.needId).toBe(need.id);
    expect((await store.findNeed(need.id))?.status).toBe("offer_running");

    const deliverer = new RecordingDeliverer();
    const worker = createScheduler({
      handlers: JOB_HANDLERS,
      store: t0.store,
      clock: cmd.clock,
      delivery: routerWith(deliverer),
      logger: silent,
    });
    await requestOfferPlan(store, offer?.id ?? 0, cmd.clock.now());
    while ((await worker.tick()) > 0) {}
    expect(deliverer.sent.filter((s) => s.target.tenantId === tenant.id)).toEqual([]);

    const logSession = async (afterUtc: string, participants: string, regulars: string) => {
      cmd.clock.set(afterUtc);
      while ((await worker.tick()) > 0) {}
      const prompt = deliverer.sent.filter((s) => s.target.tenantId === tenant.id).at(-1);
      expect(prompt?.target.channelId).toBe(district.channelId);
      expect(replyText(prompt?.reply as Reply)).toMatch(/Heute: Hausaufgabencafé .* wie viele waren da\?/);
      const log = tap(prompt?.reply as Reply, t.sessionLog);
      const form = expectKind(await ben.click(log.actionId, log.value), "form").form;
      const done = await ben.submit(form.formId, { participants, minutes: "90", regulars }, form.state);
      expect(replyText(done)).toContain(`mit ${participants} Teilnehmenden`);
      // The same prompt tapped again saves nothing new.
      expect(replyText(await anna.click(log.actionId, log.value))).toContain("schon eingetragen");
    };
    await logSession("2026-12-01T16:05:00Z", "12", "8"); // Tue 15–17 in Berlin is 14–16 UTC
    await logSession("2026-12-03T16:05:00Z", "9", "7");
    const prompts = deliverer.sent.filter((s) => s.target.tenantId === tenant.id);
    expect(prompts).toHaveLength(2);

    const sessions = (await store.listActivities({}, { limit: 10, offset: 0 })).filter(
      (a) => a.offerId === offer?.id,
    );
    expect(sessions.map((s) => [s.occurredOn, s.participants, s.minutes, s.focus, s.level])).toEqual([
      ["2026-12-03", 9, 90, "projects", "case_independent"],
      ["2026-12-01", 12, 90, "projects", "case_independent"],
    ]);
    expect((await store.findOffer(offer?.id ?? 0))?.regulars).toBe(7);

    // The digest of week 49 (30.11.–06.12.), sent on Monday 07.12.
    const digest = await buildDigest(store, await store.tenant(), district, new Date("2026-12-07T07:00:00Z"));
    const total = sessions.reduce((sum, s) => sum + (s.participants ?? 0), 0);
    expect(digest.loop.offers).toEqual([
      expect.objectContaining({ title: "Hausaufgabencafé", sessions: sessions.length, participants: total }),
    ]);
    const text = digestElements(digest, { chart: false })
      .flatMap((e) =>
        e.type === "list"
          ? e.items.flatMap((i) => [i.title, i.detail ?? ""])
          : e.type === "text"
            ? [e.text]
            : [],
      )
      .join("\n");
    expect(text).toContain("Bedarfe und Angebote");
    expect(text).toContain(`Neuer Bedarf Nr. ${need.id}: fehlende Nachmittagsbetreuung`);
    expect(text).toContain(`Bedarf Nr. ${need.id} einmal mehr gesehen (jetzt 2-mal)`);
    expect(text).toContain(`Bedarf Nr. ${need.id} beantwortet`);
    expect(text).toContain(`Hausaufgabencafé: 2 Termine, ${total} Teilnehmende`);
    expect(text).toContain(`antwortet auf Bedarf Nr. ${need.id}`);

    const list = replyText(await anna.say("angebot", "liste"));
    expect(list).toContain("Termine erfasst: 2");
    expect(list).toContain("Teilnehmende: 21");
    expect(list).toContain("Stammbesucher: 7");
    expect(replyText(await anna.say("bedarf", "liste"))).toContain("Angebote: Hausaufgabencafé");

    expect(replyText(await anna.say("angebot", "beenden Hausaufgabencafe"))).toContain("ist beendet");
    cmd.clock.set("2026-12-08T16:05:00Z");
    while ((await worker.tick()) > 0) {}
    expect(deliverer.sent.filter((s) => s.target.tenantId === tenant.id)).toHaveLength(2);
  });

  it("asks for what is missing and refuses a person in an offer's name", async () => {
    const { anna, store } = await team(t0, cmd, "T-loop-bad");
    expect((await anna.say("angebot", "neu")).kind).toBe("form");
    expect(replyText(await anna.say("angebot", "neu jeden Dienstag 15 Uhr"))).toContain(t.titleMissing);
    expect(replyText(await anna.say("angebot", "neu Elterncafé irgendwann mal"))).not.toContain(
      t.confirmTitle,
    );
    expect(replyText(await anna.say("angebot", "neu Elterncafé jeden Dienstag 15 Uhr bedarf 999"))).toContain(
      t.unknownNeed("999"),
    );
    const person = replyText(await anna.say("angebot", "neu Nachhilfe für Mia Yilmaz jeden Dienstag 15 Uhr"));
    expect(person).toContain("Nicht gespeichert");
    expect(person).not.toContain("Yilmaz");
    expect(await store.listOffers()).toEqual([]);
  });
});
