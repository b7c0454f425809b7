// Words that point at a person or a family: courtesy titles, "Fam."/"Familie", kinship words and their
// file shorthands (KM, KV).
import { set } from "./words.js";

export const COURTESY = set("frau herr herrn hr. fr. hr fr");
export const FAMILY = set("fam fam. familie familien");
export const KIN = set(
  "tochter sohn mutter vater mama papa mami papi oma opa omi opi grossmutter grossvater bruder schwester " +
    "halbbruder halbschwester tante onkel enkel enkelin neffe nichte cousin cousine stiefvater stiefmutter " +
    "stiefsohn stieftochter pflegemutter pflegevater pflegekind pflegesohn pflegetochter kindesmutter kindesvater " +
    "kindsmutter kindsvater ehemann ehefrau lebensgefaehrte lebensgefaehrtin freund freundin baby zwillinge " +
    "mutti vati mum mom dad stiefmama stiefpapa stiefbruder stiefschwester pflegebruder pflegeschwester " +
    "pflegemama pflegepapa adoptivmutter adoptivvater adoptivsohn adoptivtochter ziehmutter ziehvater " +
    "schwager schwaegerin schwiegermutter schwiegervater schwiegersohn schwiegertochter uroma uropa " +
    "urgrossmutter urgrossvater grosstante grossonkel patenkind exmann exfrau ex-mann ex-frau " +
    "zwillingsbruder zwillingsschwester",
);
/**
 * Kinship words that also head other things, so that only a known name after them counts: file shorthands
 * for a child's parents ("KM Sandra", "KV Herr …", but "KV Nord" is an association) and the plural family
 * words ("Großeltern Schulze", but "Pflegeeltern Infoabend").
 */
export const KIN_ABBREVIATION = new Set(["KM", "KV", "KE", "KiM", "KiV", "KiE"]);
export const KIN_GROUP = set(
  "eltern grosseltern pflegeeltern stiefeltern adoptiveltern kindeseltern kindseltern",
);
