// The personal-data guard: what it must flag, what it must let through, and that it never throws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPersonalData, findPersonalDataIn, onlyWeak } from "../../src/commands/privacy/index.js";

const kinds = (text: string) => findPersonalData(text, { referenceYear: 2026 }).map((h) => h.kind);

describe("findPersonalData", () => {
  it.each([
    ["Rückmeldung an anna.meier@web.de geschickt", "email"],
    ["Mail von m.yilmaz@schule-nord.de", "email"],
    ["Mutter erreichbar unter 0171 1234567", "phone"],
    ["Tel. +49 (0)711 123456", "phone"],
    ["Rückruf 0711/12345-67", "phone"],
    ["+49 171 9876543", "phone"],
    ["Kind geb. 03.04.2012", "birthdate"],
    ["geboren am 3.4.2012", "birthdate"],
    ["Geburtsdatum 12.05.2014", "birthdate"],
    ["Jugendlicher * 2010", "birthdate"],
    ["Gespräch wegen 12.5.2014", "birthdate"],
    ["8-jähriger Sohn", "birthdate"],
    ["ist 14 Jahre alt", "birthdate"],
    ["Müller, Anna", "name"],
    ["Termin mit Yilmaz, Ayse", "name"],
    ["Frau Schmidt, K. angerufen", "name"],
    ["Hausbesuch Hauptstraße 12", "address"],
    ["wohnt Bahnhofstr. 5a", "address"],
    ["Am Schlossgarten 14b", "address"],
    ["70173 Stuttgart", "address"],
  ])("flags %j as %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    "2h Elterncafé @Nordstadt #projekt 12 TN",
    "Runder Tisch Jugend 2026",
    "Treffen 14:30 Uhr, 1:30 Stunden",
    "Elterncafé, Mädchentreff und Jugendgruppe",
    "Schulkooperation mit der Grundschule am Park",
    "am Montag 2 Std. Planung",
    "am 3. November Stadtteilfest",
    "vom 1.9. bis 31.12.2026",
    "Aktivität vom 03.11.2026",
    "Jahresplanung 2025-2026",
    "Kosten 1.500,00 Euro",
    "Treffen im Jugendhaus 2 Stunden",
    "Fall F-2026-017",
    "Netzwerk, Kooperation",
    "Presse, Flyer",
  ])("lets %j through", (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it("grades hits: e-mail, phone, birth date and a full name are strong, a bare address weak", () => {
    const hits = findPersonalData("Müller, Anna, Hauptstraße 12, anna@web.de, 0171 1234567, geb. 1.1.2012");
    expect(hits.map((h) => [h.kind, h.strength])).toEqual([
      ["email", "strong"],
      ["phone", "strong"],
      ["birthdate", "strong"],
      ["address", "weak"],
      ["name", "strong"],
    ]);
    expect(onlyWeak(hits)).toBe(false);
    expect(onlyWeak(findPersonalData("Hauptstraße 12"))).toBe(true);
  });

  it("reads old dates as birth dates only with a reference year", () => {
    expect(findPersonalData("Termin 12.5.2014")).toEqual([]);
    expect(kinds("Termin 12.5.2014")).toEqual(["birthdate"]);
    expect(kinds("Termin 12.5.2025")).toEqual([]);
  });

  it("checks several fields at once and names only those with hits", () => {
    expect(
      findPersonalDataIn({ title: "Elterncafé", notes: "Rückruf 0171 1234567", tags: ["a", "b@c.de"] }),
    ).toEqual({
      notes: [{ kind: "phone", strength: "strong" }],
      tags: [{ kind: "email", strength: "strong" }],
    });
  });

  it("never throws and always answers with known kinds", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300, unit: "binary" }),
        fc.option(fc.integer({ min: 1900, max: 2100 })),
        (text, year) => {
          const hits = findPersonalData(text, year === null ? {} : { referenceYear: year });
          for (const h of hits) expect(["email", "phone", "birthdate", "name", "address"]).toContain(h.kind);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
