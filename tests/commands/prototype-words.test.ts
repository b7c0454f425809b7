// Words like „constructor“ or „__proto__“ that every plain object answers to are ordinary words to the families.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSchedule } from "../../src/commands/digest/subscriptions.js";
import { common, kooperation } from "../../src/commands/messages/index.js";
import { commandLayerFor, replyText } from "../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const PROTOTYPE_WORDS = ["constructor", "__proto__", "toString", "hasOwnProperty"];

describe("prototype words as user input", () => {
  it("kooperation liste <word> says the filter is unknown instead of failing", async () => {
    const anna = commandLayerFor(t.store).as("anna", { tenant: "T-proto" });
    for (const word of PROTOTYPE_WORDS) {
      const text = replyText(await anna.say("kooperation", `liste ${word}`));
      expect(text, word).toBe(kooperation.unknownFilter(word));
      expect(text, word).not.toBe(common.unexpectedError);
    }
  });

  it("a digest schedule reads them as part of the district name, not as a weekday", () => {
    for (const word of PROTOTYPE_WORDS)
      expect(parseSchedule(`${word} 9 Uhr`), word).toEqual({ name: word, weekday: 1, time: "09:00" });
  });
});
