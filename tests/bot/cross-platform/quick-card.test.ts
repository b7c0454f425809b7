// The quick entry's confirmation card over Slack and Teams: a guessed focus is changed with one tap, a likely
// duplicate is asked about before it is saved, and a far date is questioned.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TAP_BUDGET } from "../../../src/commands/aktivitaet/confirm.js";
import { addDays } from "../../../src/commands/aktivitaet/parse/days.js";
import { germanDay, todayIn } from "../../../src/commands/days.js";
import { common, labels, aktivitaet as t } from "../../../src/commands/messages/index.js";
import type { Activity, Focus } from "../../../src/store/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { tenantStoreOf } from "../../support/fixtures.js";
import { nodesOfType, stringsIn } from "../delivery/support.js";
import {
  buttonPayload,
  type Harness,
  payloadBody,
  postSigned,
  slashBody,
  startHarness,
  TEAM,
} from "../slack/harness.js";
import { cardOf, personal, postActivity, TENANT } from "../teams/activities.js";

interface Tap {
  label: string;
  actionId: string;
  value?: string;
  /** What the platform sends back on a click (Teams: the Action.Submit data). */
  raw: unknown;
}
/** A confirmation as the user sees it: its texts and its buttons. */
interface Card {
  texts: string;
  buttons: Tap[];
  /** The message as the platform got it (Slack blocks, the Teams card). */
  raw: unknown;
}
interface Driver {
  say(line: string): Promise<Card>;
  /** Clicks a button; the answer must replace the card it was on. */
  tap(b: Tap): Promise<Card>;
  rows(): Promise<Activity[]>;
}

let db: TestDatabase;
let h: Harness;
let connector: FakeConnector;

beforeAll(async () => {
  db = await openTestDatabase();
  connector = await startFakeConnector();
  h = await startHarness(db.database, { TEAMS_LOCAL_MODE: "true" });
});
afterAll(async () => {
  await h?.close();
  await connector?.close();
  await db?.close();
});

function slackDriver(): Driver {
  let n = 0;
  const cardOfCall = (args: Record<string, unknown>): Card => ({
    raw: args.blocks,
    texts: stringsIn(args.blocks).join("\n"),
    buttons: nodesOfType(args.blocks, "button").map((b) => ({
      label: (b.text as { text: string }).text,
      actionId: String(b.action_id),
      ...(typeof b.value === "string" ? { value: b.value } : {}),
      raw: b,
    })),
  });
  return {
    async say(line) {
      const name = `say${++n}`;
      const [command, ...rest] = line.split(" ");
      const res = await postSigned(
        h.app.url,
        slashBody(`/${command}`, rest.join(" "), h.fake.responseUrl(name)),
      );
      expect(res.status).toBe(200);
      return cardOfCall((await h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${name}`))).args);
    },
    async tap(b) {
      const name = `tap${++n}`;
      await postSigned(h.app.url, payloadBody(buttonPayload(b.actionId, b.value, h.fake.responseUrl(name))));
      const call = await h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${name}`));
      expect(call.args.replace_original).toBe(true);
      return cardOfCall(call.args);
    },
    rows: async () =>
      (await tenantStoreOf(h.app.store, "slack", TEAM)).listActivities({}, { limit: 50, offset: 0 }),
  };
}

function teamsDriver(): Driver {
  const o = () => ({ serviceUrl: connector.url });
  const cardOfBody = (body: unknown): Card => {
    const card = cardOf(body);
    return {
      raw: card,
      texts: stringsIn(card?.body).join("\n"),
      buttons: nodesOfType(card, "Action.Submit").map((a) => {
        const data = a.data as { actionId: string; value?: string };
        return {
          label: String(a.title),
          actionId: data.actionId,
          ...(data.value === undefined ? {} : { value: data.value }),
          raw: data,
        };
      }),
    };
  };
  return {
    async say(line) {
      const before = connector.ok("reply").length;
      const res = await postActivity(h.app.url, personal(o(), { text: line }));
      expect(res.status).toBe(200);
      return cardOfBody((await connector.waitFor("reply", before + 1))[before]?.body);
    },
    async tap(b) {
      const before = connector.ok("update").length;
      await postActivity(h.app.url, personal(o(), { replyToId: "card-1", value: b.raw }));
      const update = (await connector.waitFor("update", before + 1))[before];
      expect(update?.activityId).toBe("card-1");
      return cardOfBody(update?.body);
    },
    rows: async () =>
      (await tenantStoreOf(h.app.store, "teams", TENANT)).listActivities({}, { limit: 50, offset: 0 }),
  };
}

const button = (card: Card, label: string): Tap => {
  const found = card.buttons.find((b) => b.label === label);
  if (!found) throw new Error(`no button "${label}" in: ${card.buttons.map((b) => b.label).join(", ")}`);
  return found;
};
const labels_ = (card: Card) => card.buttons.map((b) => b.label);
const focusOf = (label: string) =>
  (Object.entries(labels.focus) as [Focus, string][]).find(([, l]) => l === label)?.[0];
const today = () => todayIn(new Date(), "Europe/Berlin");

describe.each([
  ["Slack", slackDriver],
  ["Teams", teamsDriver],
])("the confirmation card through %s", (_platform, make) => {
  let d: Driver;
  beforeAll(async () => {
    d = make();
    await d.say("sozialraum neu Nordstadt");
  });

  it("changes a guessed focus with one tap and saves the tapped one", async () => {
    const card = await d.say("aktivitaet 1h Elterncafé @Nordstadt");
    const focusTaps = card.buttons.filter((b) => b.actionId === "aktivitaet:pick" && focusOf(b.label));
    expect(focusTaps.length).toBeGreaterThan(0);
    const guessed = card.buttons.find((b) => b.label === common.save);
    expect(guessed, "a saveable guess to begin with").toBeDefined();
    const chosen = focusTaps[0] as Tap;
    const chosenFocus = focusOf(chosen.label);
    // The guess is another focus, shown as a guess.
    expect(card.texts).toContain(`${t.field.focus}: `);
    expect(card.texts).not.toContain(t.tap.line(t.field.focus, chosen.label));

    const redrawn = await d.tap(chosen);
    expect(redrawn.texts).toContain(t.confirmTitle);
    // The tapped focus is now the focus, no longer marked as a guess, and offered no more as an alternative.
    expect(redrawn.texts).toContain(t.tap.line(t.field.focus, chosen.label));
    expect(redrawn.texts).not.toContain(t.tap.guessed(t.tap.line(t.field.focus, chosen.label)));
    expect(labels_(redrawn)).not.toContain(chosen.label);
    expect(await d.rows()).toHaveLength(0);

    await d.tap(button(redrawn, common.save));
    const rows = await d.rows();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.focus).toBe(chosenFocus);
    expect(rows[0]?.title).toBe("Elterncafé");
  });

  it("asks about a likely duplicate: Trotzdem speichern saves a second row, Verwerfen saves none", async () => {
    const first = await d.say("aktivitaet 2h Stadtteilfest Infostand @Nordstadt #projekt");
    await d.tap(button(first, common.save));
    const before = await d.rows();
    const original = before.find((r) => r.title === "Stadtteilfest Infostand");
    expect(original).toBeDefined();

    // Same title in another case, same district and day.
    const again = await d.say("aktivitaet 90 min stadtteilfest infostand @Nordstadt #projekt");
    const question = await d.tap(button(again, common.save));
    expect(question.texts).toContain(t.duplicate.question(original?.id ?? 0, germanDay(today())));
    expect(labels_(question)).toEqual([t.saveAnyway, common.discard]);
    expect(await d.rows()).toHaveLength(before.length);
    await d.tap(button(question, t.saveAnyway));
    const after = await d.rows();
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((r) => r.title.toLowerCase() === "stadtteilfest infostand")).toHaveLength(2);

    const third = await d.say("aktivitaet 1h Stadtteilfest Infostand @Nordstadt #projekt");
    const asked = await d.tap(button(third, common.save));
    expect(asked.texts).toContain(t.duplicate.question(original?.id ?? 0, germanDay(today())));
    const discarded = await d.tap(button(asked, common.discard));
    expect(discarded.texts).toContain(t.discarded);
    expect(await d.rows()).toHaveLength(before.length + 1);

    // Another day is no duplicate: saved at once.
    const other = await d.say("aktivitaet gestern 1h Stadtteilfest Infostand @Nordstadt #projekt");
    const saved = await d.tap(button(other, common.save));
    expect(saved.texts).toMatch(/Gespeichert: Aktivität Nr\. \d+/);
    expect(await d.rows()).toHaveLength(before.length + 2);
  });

  it("asks whether a far date is right before offering Speichern", async () => {
    const far = addDays(today(), -200);
    const card = await d.say(`aktivitaet 1h Gremium Jugendhilfe am ${germanDay(far)} @Nordstadt #gremium`);
    expect(card.texts).toContain(t.tap.dateQuestion(germanDay(far)));
    expect(labels_(card)).not.toContain(common.save);
    expect(labels_(card)).toEqual(
      expect.arrayContaining([t.tap.dateYes, t.tap.dateToday, t.tap.dateYesterday]),
    );

    const confirmed = await d.tap(button(card, t.tap.dateYes));
    expect(confirmed.texts).not.toContain(t.tap.dateQuestion(germanDay(far)));
    await d.tap(button(confirmed, common.save));
    expect((await d.rows()).find((r) => r.title === "Gremium Jugendhilfe")?.occurredOn).toBe(far);

    const typo = await d.say(`aktivitaet 1h Netzwerktreffen Kita am ${germanDay(far)} @Nordstadt #gremium`);
    const yesterday = await d.tap(button(typo, t.tap.dateYesterday));
    expect(yesterday.texts).toContain(germanDay(addDays(today(), -1)));
    await d.tap(button(yesterday, common.save));
    expect((await d.rows()).find((r) => r.title === "Netzwerktreffen Kita")?.occurredOn).toBe(
      addDays(today(), -1),
    );
  });

  it("turns a future date into today with one tap", async () => {
    const ahead = addDays(today(), 30);
    const card = await d.say(
      `aktivitaet 1h Planungsrunde Spielplatz am ${germanDay(ahead)} @Nordstadt #planung`,
    );
    expect(card.texts).toContain(t.tap.dateFuture(germanDay(ahead)));
    expect(labels_(card)).not.toContain(common.save);
    expect(labels_(card)).not.toContain(t.tap.dateYes);
    const fixed = await d.tap(button(card, t.tap.dateToday));
    await d.tap(button(fixed, common.save));
    expect((await d.rows()).find((r) => r.title === "Planungsrunde Spielplatz")?.occurredOn).toBe(today());
  });
  // Last: it adds districts, so that the district is asked with five buttons too.
  it("keeps the longest entry's card within the platform's size, the date question first", async () => {
    for (const name of ["Weststadt", "Oststadt", "Altstadt", "Neustadt"])
      await d.say(`sozialraum neu ${name}`);
    const far = addDays(today(), -100);
    // Three bytes a character in UTF-8: the heaviest state the length limits let through.
    const partners = Array.from({ length: 6 }, (_, i) => `+"€${"€".repeat(30)}${i}"`).join(" ");
    const card = await d.say(`aktivitaet 2h ${"€".repeat(200)} am ${germanDay(far)} ${partners}`);
    expect(card.texts).toContain(t.tap.dateQuestion(germanDay(far)));
    expect(labels_(card)).toEqual(
      expect.arrayContaining([t.tap.dateYes, t.tap.dateToday, t.tap.dateYesterday]),
    );
    expect(labels_(card)).toContain(common.edit);
    for (const b of card.buttons) expect((b.value ?? "").length).toBeLessThanOrEqual(2000);
    const picks = card.buttons.filter((b) => b.actionId === "aktivitaet:pick");
    expect(picks.reduce((sum, b) => sum + Buffer.byteLength(b.value ?? "", "utf8"), 0)).toBeLessThanOrEqual(
      TAP_BUDGET,
    );
    expect(Buffer.byteLength(JSON.stringify(card.raw), "utf8")).toBeLessThanOrEqual(24_000);
  });
});
