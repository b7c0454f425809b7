// Typed „gremium zusage“ / „gremium absage“: the next meeting by default, a named committee and day, a question
// when it is unclear which committee is meant, a refusal for past meetings; usual attendees read as „erwartet“.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { berlin, committeeInput } from "../../scheduler/support.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { team } from "./support.js";

let t: TestDatabase;
let cmd: ReturnType<typeof commandLayerFor>;
beforeAll(async () => {
  t = await openTestDatabase();
  // Wednesday 25.11.2026; the weekly Tuesday meetings come on 01.12., 08.12., …
  cmd = commandLayerFor(t.store, "2026-11-25T10:00:00Z");
});
afterAll(async () => {
  await t.close();
});

describe("typed yes and no", () => {
  it("answers the only committee's next meeting, a named one on a given day, and refuses the past", async () => {
    const { anna, ben, store, district, annaId, benId } = await team(t, cmd, "T-answer");
    const committee = await store.createCommittee(
      committeeInput(district.id, { firstStartsAt: berlin(2026, 11, 3, 18), usualAttendeeIds: [benId] }),
    );
    // Ben usually attends: expected without having said anything.
    expect(replyText(await anna.say("gremium", "nächste 1"))).toContain("Erwartet: Ben");

    const yes = await anna.say("gremium", "zusage");
    expect(replyText(yes)).toBe(
      "Danke, ist eingetragen: Du gehst zu „Runder Tisch Nord“ am Di, 01.12.2026, 18:00 Uhr.",
    );
    expect(await store.attendance(committee.id, berlin(2026, 12, 1, 18))).toEqual([
      { memberId: annaId, status: "going" },
    ]);
    const next = replyText(await anna.say("gremium", "nächste 1"));
    expect(next).toContain("Es gehen: Anna");
    expect(next).toContain("Erwartet: Ben");

    const no = await ben.say("gremium", "absage Runder Tisch Nord 08.12.2026");
    expect(replyText(no)).toContain("Du kannst nicht zu „Runder Tisch Nord“ am Di, 08.12.2026, 18:00 Uhr.");
    expect(await store.attendance(committee.id, berlin(2026, 12, 8, 18))).toEqual([
      { memberId: benId, status: "not_going" },
    ]);
    // Declined: no longer expected for that meeting, still expected for the first one.
    const list = replyText(await ben.say("gremium", "nächste 2"));
    expect(list.split("\n").filter((l) => l.includes("Erwartet: Ben"))).toHaveLength(1);

    expect(replyText(await ben.say("gremium", "absage Runder Tisch Nord 24.11.2026"))).toContain(
      "ist schon vorbei",
    );
    expect(replyText(await ben.say("gremium", "zusage Runder Tisch Nord 25.11.2026"))).toBe(
      "Am 25.11.2026 hat „Runder Tisch Nord“ keine Sitzung.",
    );
    expect(replyText(await ben.say("gremium", "zusage Stammtisch"))).toContain(
      "Ein Gremium „Stammtisch“ finde ich nicht.",
    );
  });

  it("asks which committee when several could be meant, and keeps „absagen“ for the owner's cancel", async () => {
    const { anna, store, district } = await team(t, cmd, "T-answer-2");
    await store.createCommittee(committeeInput(district.id));
    await store.createCommittee(committeeInput(district.id, { name: "AG Jugend" }));
    const asked = replyText(await anna.say("gremium", "zusage"));
    expect(asked).toBe("Welches Gremium meinst du? Bitte mit Namen, z. B. „AG Jugend“, „Runder Tisch Nord“.");
    expect(replyText(await anna.say("gremium", "zusage AG Jugend"))).toContain(
      "„AG Jugend“ am Di, 01.12.2026",
    );
    const help = replyText(await anna.say("gremium", "hilfe"));
    expect(help).toContain("gremium absage [Gremium] [Datum]");
    expect(help).toContain("die Sitzung fällt für alle aus");
  });
});
