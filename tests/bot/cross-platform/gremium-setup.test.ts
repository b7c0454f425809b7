// A committee set up in one line over Slack and Teams: the card shows the rule and next dates, nothing is saved
// before „Speichern“; school holidays imported from an .ics file are skipped by a rhythm that says so.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../../src/commands/aktivitaet/parse/days.js";
import { germanDay, todayIn } from "../../../src/commands/days.js";
import { gremium } from "../../../src/commands/messages/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { nodesOfType, stringsIn } from "../delivery/support.js";
import {
  buttonPayload,
  type Harness,
  payloadBody,
  postSigned,
  slashBody,
  startHarness,
} from "../slack/harness.js";
import { cardOf, personal, postActivity } from "../teams/activities.js";
import { button, type Card, type Tap } from "./cards.js";

interface Driver {
  say(line: string): Promise<Card>;
  tap(b: Tap): Promise<Card>;
}

let db: TestDatabase;
let h: Harness;
let connector: FakeConnector;
let ics: Server;
let icsUrl: string;
const today = () => todayIn(new Date(), "Europe/Berlin");
/** Eight days of school holidays from today: the next Tuesday always lies in them. */
const ferien = () => ({ from: today(), to: addDays(today(), 7) });
const compact = (iso: string) => iso.replaceAll("-", "");

beforeAll(async () => {
  db = await openTestDatabase();
  connector = await startFakeConnector();
  h = await startHarness(db.database, { TEAMS_LOCAL_MODE: "true", ALLOW_PRIVATE_URLS: "true" });
  // The ministry's file, as published: all-day events, DTEND exclusive.
  ics = createServer((_req, res) => {
    const { from, to } = ferien();
    res.setHeader("content-type", "text/calendar");
    res.end(
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Kultusministerium//Ferien//DE",
        "BEGIN:VEVENT",
        "UID:testferien@example.org",
        `DTSTART;VALUE=DATE:${compact(from)}`,
        `DTEND;VALUE=DATE:${compact(addDays(to, 1))}`,
        "SUMMARY:Testferien",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    );
  });
  await new Promise<void>((resolve) => ics.listen(0, "127.0.0.1", resolve));
  icsUrl = `http://127.0.0.1:${(ics.address() as AddressInfo).port}/ferien.ics`;
});
afterAll(async () => {
  await new Promise((resolve) => ics?.close(resolve));
  await h?.close();
  await connector?.close();
  await db?.close();
});

function slackDriver(): Driver {
  let n = 0;
  const cardOfCall = (args: Record<string, unknown>): Card => ({
    texts: stringsIn(args.blocks).join("\n") || String(args.text ?? ""),
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
  };
}

function teamsDriver(): Driver {
  const o = () => ({ serviceUrl: connector.url });
  const cardOfBody = (body: unknown): Card => {
    const card = cardOf(body);
    return {
      texts: stringsIn(card?.body).join("\n") || String((body as { text?: string })?.text ?? ""),
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
  };
}

/** "Di, 08.12.2026, 18:00 Uhr" lines of a card, as ISO days. */
const daysIn = (texts: string) =>
  [...texts.matchAll(/\b[A-Z][a-z], (\d{2})\.(\d{2})\.(\d{4}), 18:00 Uhr/g)].map(
    (m) => `${m[3]}-${m[2]}-${m[1]}`,
  );

describe.each([
  ["Slack", slackDriver],
  ["Teams", teamsDriver],
])("gremium neu in one line through %s", (_platform, make) => {
  let d: Driver;
  beforeAll(async () => {
    d = make();
    await d.say("sozialraum neu Nordstadt");
  });

  it("shows the rule and the next three dates, saves only on „Speichern“, then lists it", async () => {
    const card = await d.say(
      "gremium neu Stadtteilgremium Nordstadt jeden 2. Dienstag im Monat 18 Uhr @Nordstadt Bürgerhaus Nord",
    );
    expect(card.texts).toContain(gremium.setup.title("Stadtteilgremium Nordstadt"));
    expect(card.texts).toContain("jeden 2. Dienstag im Monat, 18:00 Uhr");
    expect(card.texts).toContain("Bürgerhaus Nord");
    const days = daysIn(card.texts);
    expect(days).toHaveLength(3);
    for (const day of days) {
      // The second Tuesday: a Tuesday between the 8th and the 14th.
      expect(new Date(`${day}T12:00:00Z`).getUTCDay()).toBe(2);
      expect(Number(day.slice(8))).toBeGreaterThanOrEqual(8);
      expect(Number(day.slice(8))).toBeLessThanOrEqual(14);
    }
    expect(card.buttons.map((b) => b.label)).toEqual([gremium.setup.save, gremium.setup.edit]);
    expect((await d.say("gremium liste")).texts).not.toContain("Stadtteilgremium Nordstadt");

    const saved = await d.tap(button(card, gremium.setup.save));
    expect(saved.texts).toContain("Gremium „Stadtteilgremium Nordstadt“ ist gespeichert");
    const list = await d.say("gremium liste");
    expect(list.texts).toContain("Stadtteilgremium Nordstadt");
    expect(list.texts).toContain(`nächste Sitzung: Di, ${germanDay(days[0] ?? "")}, 18:00 Uhr`);
  });

  it("skips meetings in school holidays imported from an .ics file, and marks them otherwise", async () => {
    const imported = await d.say(`sozialraum ferien import ${icsUrl}`);
    expect(imported.texts).toContain("1 Ferienzeiträume gelesen, 1 neu eingetragen");
    const { from, to } = ferien();
    expect((await d.say("sozialraum ferien")).texts).toContain(
      `Testferien: ${germanDay(from)} – ${germanDay(to)}`,
    );

    const skipping = await d.say(
      "gremium neu Runder Tisch Ferien jeden Dienstag 18 Uhr außer in den Schulferien @Nordstadt",
    );
    expect(skipping.texts).toContain("jeden Dienstag, 18:00 Uhr, außer in den Schulferien");
    const days = daysIn(skipping.texts);
    expect(days).toHaveLength(3);
    // The Tuesday in the holidays is left out: the first date is the Tuesday after them.
    expect(days[0] && days[0] > to).toBe(true);
    expect(days[0] && days[0] <= addDays(to, 7)).toBe(true);
    await d.tap(button(skipping, gremium.setup.save));

    const plain = await d.say("gremium neu AG Jugend jeden Dienstag 18 Uhr @Nordstadt");
    const plainDays = daysIn(plain.texts);
    expect(plainDays[0] && plainDays[0] <= to).toBe(true);
    expect(plain.texts).toContain(gremium.schoolHoliday("Testferien"));
    await d.tap(button(plain, gremium.setup.save));

    const next = (await d.say("gremium nächste 20")).texts;
    const iso = (m: RegExpMatchArray) => `${m[3]}-${m[2]}-${m[1]}`;
    const ferienDays = [...next.matchAll(/(\d{2})\.(\d{2})\.(\d{4}), 18:00 Uhr – Runder Tisch Ferien/g)].map(
      iso,
    );
    const agDays = [...next.matchAll(/(\d{2})\.(\d{2})\.(\d{4}), 18:00 Uhr – AG Jugend/g)].map(iso);
    expect(ferienDays.length).toBeGreaterThan(0);
    for (const day of ferienDays) expect(day > to).toBe(true);
    // The committee without the skip still meets in the holidays, and the list says so.
    expect(agDays.some((day) => day <= to)).toBe(true);
    expect(next).toContain(gremium.schoolHoliday("Testferien"));
  });
});
