// Client names the guard finds by where they stand: after a family word at the end of a sentence, after a
// parent's shorthand, in a list after a word that introduces a person, with an initial and an age.
import { describe, expect, it } from "vitest";
import { findPersonalData } from "../../src/commands/privacy/index.js";

const kinds = (text: string) => findPersonalData(text, { referenceYear: 2026 }).map((h) => h.kind);

describe("findPersonalData on names by their place", () => {
  it.each([
    ["Die Ärztin fragte nach dem Stand bei Familie Nowakowska.", "family"],
    ["Gespräch mit Familie Hadžić.\nDanach Teamsitzung", "family"],
    ["Sonne K. (12) möchte in die Theatergruppe", "birthdate"],
    ["gespräch mit KM sonne adjoa", "kinship"],
    ["elterncafé: km hat ekow angemeldet", "kinship"],
    ["nachricht von den sohranis kam gestern", "family"],
    ["schwimmtraining esi + kwabena", "name"],
    ["hb familie s. 2h", "family"],
    ["fallbesprechung meyers", "family"],
    ["gespräch mit familie d., danach team", "family"],
    ["fallbesprechung leni & schule", "name"],
  ])("flags %j as %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    "Gruppe B. (12) trifft sich donnerstags",
    "Raum C. (20) ist belegt",
    "die zeugnis liegen vor",
    "treffen mit kita + schule",
    "thema familie z. b. wohnungssuche",
    "kompetenztraining jungs mit TSV nord",
    "planung kitas und parks",
    "angebote für familie u. 2 kinder",
  ])("lets %j through", (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
