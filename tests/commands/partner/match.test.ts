// Forgiving partner lookup: case, umlauts, part of a name, an abbreviation, a typo; several candidates are a question.
import { describe, expect, it } from "vitest";
import { splitRename } from "../../../src/commands/partner/manage.js";
import { resolvePartner, similarPartners, splitTwo } from "../../../src/commands/partner/match.js";
import { splitTrailingType } from "../../../src/commands/partner/types.js";

const partners = [
  { id: 1, name: "Grundschule am Park" },
  { id: 2, name: "Grundschule Nord" },
  { id: 3, name: "Kita Sonnenschein" },
  { id: 4, name: "Bürgerbüro Südstadt" },
  { id: 5, name: "Grundschle am Park" },
];
const one = (typed: string) => {
  const r = resolvePartner(typed, partners);
  return r.kind === "one" ? r.partner.id : r.kind;
};

describe("resolvePartner", () => {
  it("finds one partner by case, umlauts written out, a part of the name or a typo", () => {
    expect(one("grundschule am park")).toBe(1);
    expect(one("Buergerbuero Suedstadt")).toBe(4);
    expect(one("sonnensch")).toBe(3);
    expect(one("Kita Sonnenschain")).toBe(3);
    expect(one("GS Nord")).toBe(2);
    expect(one('"Grundschle am Park"')).toBe(5);
  });

  it("asks when several fit, and knows nothing of a stranger", () => {
    const r = resolvePartner("Grundschule", partners);
    expect(r.kind).toBe("many");
    if (r.kind === "many") expect(r.candidates.map((c) => c.id).sort()).toEqual([1, 2]);
    expect(one("Polizeirevier")).toBe("none");
    expect(one('"Grundschule"')).toBe("none");
  });

  it("offers existing partners for a new name, best first", () => {
    expect(similarPartners("GS am Park", partners.slice(0, 4)).map((p) => p.id)).toEqual([1]);
    expect(similarPartners("Kita Sonne", partners).map((p) => p.id)).toEqual([3]);
    expect(similarPartners("Jugendhaus Mitte", partners)).toEqual([]);
  });
});

describe("reading the arguments", () => {
  it("splits two names written side by side, exact readings first", () => {
    const two = splitTwo("Grundschule am Park Grundschle am Park", partners);
    expect([two?.left, two?.right]).toEqual(["Grundschule am Park", "Grundschle am Park"]);
  });

  it("reads „->“, „→“, „zu“ and „in“ in a rename, and a type at the end", () => {
    expect(splitRename("Kita Sonne -> Kita Sonnenschein")).toEqual({
      from: "Kita Sonne",
      to: "Kita Sonnenschein",
    });
    expect(splitRename("Kita Sonne → Kita Sonnenschein")?.to).toBe("Kita Sonnenschein");
    expect(splitRename("Kita Sonne zu Kita Sonnenschein")?.from).toBe("Kita Sonne");
    expect(splitRename("Kita Sonne in Kita Sonnenschein")?.to).toBe("Kita Sonnenschein");
    expect(splitRename("Kita Sonne")).toBeUndefined();
    expect(splitTrailingType("Bürgerverein Nord Bürgerschaftliche Gruppe")).toEqual({
      name: "Bürgerverein Nord",
      type: "civic_group",
    });
    expect(splitTrailingType("Grundschule am Park schule")).toEqual({
      name: "Grundschule am Park",
      type: "school",
    });
    expect(splitTrailingType("Grundschule am Park")).toBeUndefined();
  });
});
