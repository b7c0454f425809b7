// Professionals, public buildings, offices and programmes that look like client data, and the client data next to
// them that the guard must still find.
import { describe, expect, it } from "vitest";
import { findPersonalData } from "../../src/commands/privacy/index.js";

const kinds = (text: string) => findPersonalData(text, { referenceYear: 2026 }).map((h) => h.kind);

describe("findPersonalData on look-alikes of client data", () => {
  it.each([
    "Treffen mit der Familienrichterin Frau Ogunleye am Dienstag",
    "Runder Tisch mit Ortsbeirat Herr Papadakis",
    "Herr Haddad (Kultur- und Sprachmittler) begleitet das Gespräch.",
    "Liebe Frau Lina, danke für die Einladung zum Sommerfest.",
    "Fest am 3.5. im Bürgerhaus Lindenstraße 12",
    "Elternabend im familienzentrum ahornweg 3 um 19 uhr",
    "Das Bürgeramt ist unter 0621 293-1000 erreichbar.",
    "Antrag Bundesjugendplan Nr. BJP-2026-0042 eingereicht",
    "Dienstbesprechung: anwesend Jonas, Meike, Ole. Protokoll: Meike.",
  ])("lets %j through", (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ["Hausbesuch im Elternhaus Lindenstraße 12", "address"],
    ["Mutter ist unter 0171 2345678 erreichbar", "phone"],
    ["Antrag Hilfeplan für die Mutter, Az. 51.3-0931/26", "file_number"],
    ["Leon (Sohn der Lehrerin) fehlt seit Montag", "name"],
    ["KV-Nummer des Kindes: K 123 456 789", "insurance"],
    ["lehrerin meldet: wrobliczek (6c) schwänzt", "name"],
    ["A. K. und B. K. kommen nächste Woche", "name"],
    ["R. T. (11 J.) möchte in die Gruppe", "birthdate"],
  ])("flags %j as %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it("lets abbreviations written as initials through", () => {
    expect(kinds("Z. B. Spiele (8) für den Hof")).not.toContain("name");
  });
});
