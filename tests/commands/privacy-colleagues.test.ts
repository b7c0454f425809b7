// Colleagues by the team's roster: the members' display names as Slack and Teams show them tell a colleague named
// in a team message from a client, unless the text ties that person to a client.
import { describe, expect, it } from "vitest";
import { findPersonalData } from "../../src/commands/privacy/index.js";

const ROSTER = ["Petra Schöller", "Murat Yilmaz", "jana.k", "Aylin K.", "Tobias_Brandt", "Sven (er/ihm)"];
const kinds = (text: string, colleagues?: readonly string[]) =>
  findPersonalData(text, { referenceYear: 2026, ...(colleagues ? { colleagues } : {}) }).map((h) => h.kind);

describe("colleagues on the team's roster", () => {
  it.each([
    "Übergabe an Jana",
    "mit Murat und Petra beim AK",
    "Tobias übernimmt das Protokoll",
    "Petra Schöller übernimmt die Elternsprechstunde",
    "Aylin K. macht das Elterncafé",
    "übergabe an jana k., sie meldet sich",
    "Frau Schöller übernimmt den Termin mit der Schule",
    "Herr Yilmaz und Petra beim Stadtteilfest",
    "Übergabe an Jana bis 06.12.2026",
    "Brandt und Sven beim Sportfest",
  ])("takes %j for colleagues", (text) => {
    // Flagged without the roster: these are the false alarms the roster removes.
    expect(kinds(text)).not.toEqual([]);
    expect(kinds(text, ROSTER)).toEqual([]);
  });

  it.each([
    ["Petra (8) kommt wieder in den Treff", "birthdate"],
    ["Murat, 12 J., neu im Treff", "birthdate"],
    ["Tochter Petra war mit im Elterncafé", "kinship"],
    ["Fam. Yilmaz angerufen wegen Hausaufgabenhilfe", "family"],
    ["Emre Yilmaz kommt nicht mehr", "name"],
    ["Petra Müller war beim Termin", "name"],
    ["Petra M. kommt nächste Woche wieder", "name"],
    // Her own initial is no surname: Petra Schöller would be "Petra S.".
    ["Petra P. kommt nächste Woche wieder", "name"],
    ["Jana K., Tel. 0171 2345678", "name"],
    ["KM Jana rief an", "kinship"],
    ["Schöller, Anna", "name"],
  ])("still flags %j (a client cue ties the name to a client) as %s", (text, kind) => {
    expect(kinds(text, ROSTER)).toContain(kind);
  });

  it.each([
    "Fall Jana besprochen",
    "Mutter von Petra rief an",
    "Petra (7b) fehlt häufig",
    "Geschwister Murat sind wieder da",
    "Liebe Frau Yilmaz, Ihr Sohn fehlt oft",
    "Gespräch mit Petra und ihrer Mutter",
    "Anruf von Jana (Mutter), sie kommt morgen",
    "Rückruf an Jana, die Oma, wegen Abholung",
    "Murat wohnt jetzt in der Lindenstr. 4",
  ])("still asks about %j, where the name is tied to a client", (text) => {
    expect(kinds(text, ROSTER)).toContain("name");
  });

  it.each(["Übergabe an Lena", "mit Kevin und Petra beim AK", "Übergabe an Jana", "Tobias übernimmt"])(
    "asks about %j as before when the name is on no roster (or there is none)",
    (text) => {
      const other = text.includes("Lena") || text.includes("Kevin") ? ROSTER : undefined;
      expect(kinds(text, other)).toContain("name");
    },
  );

  it("takes no name word from initials, pronouns or short words of a display name", () => {
    // "K." is an initial, "er/ihm" pronouns in brackets: none of them excuses a word of the text.
    expect(kinds("Mit Lena K. und ihm gesprochen", ["Aylin K.", "Sven (er/ihm)"])).toContain("name");
    expect(kinds("Übergabe an Sven", ["Sven (er/ihm)"])).toEqual([]);
  });

  it("treats an empty roster as none", () => {
    expect(kinds("Übergabe an Jana", [])).toEqual(kinds("Übergabe an Jana"));
  });
});
