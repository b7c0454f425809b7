// "sozialraum bundesland" decides which public holidays are marked; "sozialraum ferien" enters school holidays
// by hand, and a committee whose rhythm skips them (set up in one line or in the form) leaves them out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFeed } from "../../../src/bot/calendar/feed.js";
import { SETUP } from "../../../src/commands/gremium/setup.js";
import { reminderReply } from "../../../src/commands/gremium/view.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { meetingsBetween } from "../../../src/scheduler/meetings.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { committeeValues, expectKind, team } from "../gremium/support.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
beforeAll(async () => {
  t = await openTestDatabase();
  // Thursday 28 May 2026; Fronleichnam is Thursday 4 June (a holiday in BW and BY, not in Berlin).
  cmd = commandLayerFor(t.store, "2026-05-28T08:00:00Z");
});
afterAll(async () => {
  await t.close();
});

const saveButton = (reply: Reply) => {
  if (reply.kind !== "message") throw new Error(`no card: ${reply.kind}`);
  for (const e of reply.elements)
    if (e.type === "actions") {
      const b = e.buttons.find((x) => x.actionId === SETUP.save);
      if (b) return b;
    }
  throw new Error(`no Speichern in: ${replyText(reply)}`);
};

describe("sozialraum bundesland", () => {
  it("marks Fronleichnam in Baden-Württemberg (the default) and no longer once Berlin is set", async () => {
    const { anna, ben } = await team(t, cmd, "T-h-state");
    expect(replyText(await anna.say("sozialraum", "bundesland"))).toContain(
      "Feiertage gelten für Baden-Württemberg",
    );
    const card = await anna.say("gremium", "neu Runder Tisch Donnerstag donnerstags 18 Uhr @Nordstadt");
    expect(replyText(card)).toContain("Do, 04.06.2026, 18:00 Uhr\nAchtung: Feiertag (Fronleichnam)");
    await anna.click(SETUP.save, saveButton(card).value);
    expect(replyText(await anna.say("gremium", "nächste 2"))).toContain("Achtung: Feiertag (Fronleichnam)");

    expect(replyText(await ben.say("sozialraum", "bundesland BE"))).toBe("Das dürfen nur Admins.");
    expect(replyText(await anna.say("sozialraum", "bundesland XY"))).toContain("kenne ich nicht");
    expect(replyText(await anna.say("sozialraum", "bundesland be"))).toBe(
      "Ab jetzt gelten die Feiertage von Berlin.",
    );
    const berlin = replyText(await anna.say("gremium", "nächste 2"));
    expect(berlin).toContain("Do, 04.06.2026, 18:00 Uhr – Runder Tisch Donnerstag");
    expect(berlin).not.toContain("Fronleichnam");

    // Lower Saxony keeps Reformationstag (Saturday 31 October 2026); Baden-Württemberg does not.
    await anna.say("sozialraum", "bundesland Niedersachsen");
    const saturday = await anna.say(
      "gremium",
      "neu AG Samstag am letzten Samstag im Monat 10 Uhr, nur im Oktober @Nordstadt",
    );
    expect(replyText(saturday)).toContain("Sa, 31.10.2026, 10:00 Uhr\nAchtung: Feiertag (Reformationstag)");
    await anna.say("sozialraum", "bundesland BW");
    expect(
      replyText(
        await anna.say("gremium", "neu AG Samstag am letzten Samstag im Monat 10 Uhr, nur im Oktober"),
      ),
    ).not.toContain("Reformationstag");
  });
});

describe("sozialraum ferien", () => {
  it("enters school holidays by hand (leads only), lists them, and refuses what it cannot read", async () => {
    const { anna, ben } = await team(t, cmd, "T-h-ferien");
    expect(replyText(await anna.say("sozialraum", "ferien"))).toContain("keine kommenden Schulferien");
    expect(replyText(await ben.say("sozialraum", "ferien 01.06.2026 05.06.2026 Pfingstferien"))).toBe(
      "Das dürfen nur Teamleitungen und Admins.",
    );
    expect(replyText(await anna.say("sozialraum", "ferien 05.06.2026 01.06.2026"))).toContain(
      "vor dem ersten",
    );
    expect(replyText(await anna.say("sozialraum", "ferien bald"))).toContain("So geht’s");
    expect(replyText(await anna.say("sozialraum", "ferien import ftp://x"))).toContain("Link zur iCalendar");
    expect(replyText(await anna.say("sozialraum", "ferien 01.06.2026 05.06.2026 Pfingstferien"))).toBe(
      "Eingetragen: Pfingstferien: 01.06.2026 – 05.06.2026.",
    );
    expect(replyText(await anna.say("sozialraum", "ferien"))).toContain(
      "Pfingstferien: 01.06.2026 – 05.06.2026",
    );
  });

  it("leaves out meetings in them when the rhythm says so, in one line and in the form", async () => {
    const { anna, store, district } = await team(t, cmd, "T-h-skip");
    await anna.say("sozialraum", "ferien 01.06.2026 12.06.2026 Pfingstferien");

    const card = await anna.say("gremium", "neu Elternrunde mittwochs 17 Uhr außer in den Schulferien");
    // Wednesday 3 and 10 June lie in the holidays.
    expect(replyText(card)).toContain("jeden Mittwoch, 17:00 Uhr, außer in den Schulferien");
    expect(replyText(card)).toMatch(
      /Mi, 17\.06\.2026, 17:00 Uhr\nMi, 24\.06\.2026, 17:00 Uhr\nMi, 01\.07\.2026/,
    );
    expect(await store.findCommitteeByName("Elternrunde")).toBeUndefined();
    // Only all school holidays can be skipped; one named range is refused, not taken for the place.
    expect(
      replyText(await anna.say("gremium", "neu Spielkreis mittwochs außer in den Sommerferien")),
    ).toContain("„außer in den Sommerferien“ verstehe ich im Rhythmus nicht");
    await anna.click(SETUP.save, saveButton(card).value);
    expect((await store.findCommitteeByName("Elternrunde"))?.skipSchoolHolidays).toBe(true);

    const wrong = expectKind(
      await anna.submit(
        "gremium:save",
        committeeValues(district.id, {
          name: "Netzwerk Süd",
          rhythm: "quatsch",
          recurrence: "",
          firstDate: "",
        }),
        "new",
      ),
      "formErrors",
    );
    expect(wrong.errors.rhythm).toContain("verstehe ich nicht");
    const saved = await anna.submit(
      "gremium:save",
      committeeValues(district.id, {
        name: "Netzwerk Süd",
        rhythm: "jeden 1. Mittwoch im Monat, außer in den Schulferien",
        recurrence: "",
        firstDate: "",
        time: "09:30",
      }),
      "new",
    );
    // 3 June is in the holidays: the first date is worked out and the next meeting is in July.
    expect(replyText(saved)).toBe(
      "Gremium „Netzwerk Süd“ ist gespeichert. Nächste Sitzung: Mi, 01.07.2026, 09:30 Uhr.",
    );
    const stored = await store.findCommitteeByName("Netzwerk Süd");
    expect(stored?.recurrence).toBe("FREQ=MONTHLY;BYDAY=+1WE");
  });

  it("says in reminders and the calendar feed when a meeting lies in school holidays or on a holiday", async () => {
    const { anna, store, annaId } = await team(t, cmd, "T-h-notes");
    await anna.say("sozialraum", "ferien 01.06.2026 05.06.2026 Pfingstferien");
    const card = await anna.say("gremium", "neu Runder Tisch Nord donnerstags 18 Uhr @Nordstadt");
    await anna.click(SETUP.save, saveButton(card).value);
    const committee = await store.findCommitteeByName("Runder Tisch Nord");
    if (!committee) throw new Error("not saved");
    const now = new Date("2026-05-28T08:00:00Z");
    const [, june4] = await meetingsBetween(store, [committee], now, new Date("2026-06-10T00:00:00Z"), "BW");
    if (!june4) throw new Error("no meeting on 4 June");
    const reminder = replyText(await reminderReply(store, june4));
    expect(reminder).toContain("Achtung: Feiertag (Fronleichnam)");
    expect(reminder).toContain("Achtung: in den Schulferien (Pfingstferien)");

    const token = await store.createCalendarToken(annaId, "t".repeat(32));
    const feed = (await buildFeed(store, token, now)).replace(/\r\n[ \t]/g, "");
    expect(feed).toContain("Feiertag: Fronleichnam");
    expect(feed).toContain("In den Schulferien: Pfingstferien");
  });
});
