// "gremium kalender" hands out a secret feed link; GET /kalender/<token>.ics serves meetings, parsed back with node-ical.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarAdapter } from "../../../src/bot/calendar/index.js";
import { fixedClock } from "../../../src/clock.js";
import { createCommandLayer } from "../../../src/commands/dispatch.js";
import { berlin, committeeInput, silent } from "../../scheduler/support.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { team } from "./support.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
let server: Server;
let base: string;
beforeAll(async () => {
  t = await openTestDatabase();
  cmd = commandLayerFor(t.store, "2026-11-25T10:00:00Z");
  const app = express();
  calendarAdapter({
    store: t.store,
    clock: fixedClock("2026-11-25T10:00:00Z"),
    logger: silent,
    commands: createCommandLayer({
      store: t.store,
      clock: fixedClock("2026-11-25T10:00:00Z"),
      defaultTimezone: "Europe/Berlin",
    }),
    config: {} as never,
  }).mount(app);
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await t.close();
});

const tokenPath = (text: string) => /\/kalender\/[A-Za-z0-9_-]+\.ics/.exec(text)?.[0] ?? "";

describe("calendar feed", () => {
  it("serves a district's meetings with cancellations and moves, and stops after revocation", async () => {
    const { anna, store, district } = await team(t, cmd, "T-cal");
    const sued = await store.createDistrict("Südstadt");
    const nord = await store.createCommittee(
      committeeInput(district.id, {
        firstStartsAt: berlin(2026, 12, 8, 18),
        recurrence: "FREQ=MONTHLY;BYDAY=+2TU;COUNT=3",
      }),
    );
    await store.createCommittee(
      committeeInput(sued.id, { name: "AG Süd", firstStartsAt: berlin(2026, 12, 1, 9) }),
    );
    await store.cancelMeeting(nord.id, berlin(2026, 12, 8, 18));
    await store.moveMeeting(nord.id, berlin(2027, 1, 12, 18), berlin(2027, 1, 14, 19, 30));

    const reply = replyText(await anna.say("gremium", "kalender Nordstadt"));
    expect(reply).toContain("Hänge /kalender/");
    const path = tokenPath(reply);
    expect(path).not.toBe("");

    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const parsed = ical.sync.parseICS(await res.text());
    const events = Object.values(parsed).filter((c) => c?.type === "VEVENT") as ical.VEvent[];
    const byStart = events
      .map((e) => ({
        start: new Date(e.start).toISOString(),
        summary: String(e.summary),
        status: e.status,
        uid: e.uid,
      }))
      .sort((a, b) => a.start.localeCompare(b.start));
    expect(byStart).toEqual([
      {
        start: "2026-12-08T17:00:00.000Z",
        summary: "Abgesagt: Runder Tisch Nord",
        status: "CANCELLED",
        uid: `committee-${nord.id}-2026-12-08T17:00:00.000Z@sozialraum-assistent`,
      },
      {
        start: "2027-01-14T18:30:00.000Z",
        summary: "Runder Tisch Nord",
        status: "CONFIRMED",
        uid: `committee-${nord.id}-2027-01-12T17:00:00.000Z@sozialraum-assistent`,
      },
      {
        start: "2027-02-09T17:00:00.000Z",
        summary: "Runder Tisch Nord",
        status: "CONFIRMED",
        uid: `committee-${nord.id}-2027-02-09T17:00:00.000Z@sozialraum-assistent`,
      },
    ]);
    const moved = events.find((e) => new Date(e.start).toISOString() === "2027-01-14T18:30:00.000Z");
    expect(new Date(moved?.end ?? 0).toISOString()).toBe("2027-01-14T20:30:00.000Z");
    expect(moved?.location).toBe("Bürgerhaus");
    expect(String(moved?.description)).toContain("ursprünglich am Di, 12.01.2027, 18:00 Uhr");

    expect(replyText(await anna.say("gremium", "kalender widerrufen"))).toBe(
      "1 Kalender-Link(s) widerrufen. Sie funktionieren ab sofort nicht mehr.",
    );
    const gone = await fetch(`${base}${path}`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain("Diesen Kalender gibt es nicht");
    expect(replyText(await anna.say("gremium", "kalender widerrufen"))).toBe(
      "Du hattest keine aktiven Kalender-Links.",
    );
  });

  it("covers all districts without a name, uses PUBLIC_URL when set, and rejects guessed tokens", async () => {
    const { store, district } = await team(t, cmd, "T-cal2");
    const sued = await store.createDistrict("Südstadt");
    await store.createCommittee(committeeInput(district.id, { recurrence: "FREQ=WEEKLY;BYDAY=TU;COUNT=40" }));
    await store.createCommittee(
      committeeInput(sued.id, { name: "AG Süd", recurrence: "FREQ=WEEKLY;BYDAY=TU;COUNT=40" }),
    );
    const layer = createCommandLayer({
      store: t.store,
      clock: fixedClock("2026-11-25T10:00:00Z"),
      defaultTimezone: "Europe/Berlin",
      publicUrl: "https://assistent.example.org/",
    });
    const reply = await layer.handle({
      who: { platform: "console", tenantExternalId: "T-cal2", userId: "anna" },
      where: { isDirect: false, channelId: "C-general" },
      input: { type: "command", family: "gremium", text: "kalender" },
    });
    expect(reply.kind === "message" && reply.visibility).toBe("private");
    const text = replyText(reply);
    expect(text).toMatch(/https:\/\/assistent\.example\.org\/kalender\/[A-Za-z0-9_-]{32}\.ics/);
    const parsed = ical.sync.parseICS(await (await fetch(`${base}${tokenPath(text)}`)).text());
    const names = new Set(
      Object.values(parsed).flatMap((c) =>
        c?.type === "VEVENT" ? [String((c as ical.VEvent).summary)] : [],
      ),
    );
    expect(names).toEqual(new Set(["Runder Tisch Nord", "AG Süd"]));

    expect((await fetch(`${base}/kalender/${"A".repeat(32)}.ics`)).status).toBe(404);
    expect((await fetch(`${base}/kalender/short.ics`)).status).toBe(404);
    expect((await fetch(`${base}/kalender/${tokenPath(text).slice(10, -4)}`)).status).toBe(404);
  });
});
