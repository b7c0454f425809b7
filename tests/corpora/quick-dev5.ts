/**
 * Fifth development corpus for the quick-entry parser (2026-12-04, round 4), written for the rules tuned on
 * quick-holdout5's misses and for what probing those rules beyond that corpus found. Same fixed context and
 * conventions as quick-holdout5.ts (today 2026-11-25, a Wednesday; quick-score.ts applies); none of holdout5's texts
 * is reused. Each cause has cases the rule must read and cases where like words mean something else:
 * - a new partner typed all in lower case runs to the next stop word, number, date, verb, new phrase or activity word
 *   and is shown capitalised ("+awo ortsverein" is „AWO Ortsverein“); "dr."/"st." stay inside it;
 * - the team's case code on its own ("zu F-88") names a case; "U-18" does not;
 * - a district after an office's word ("jugendamt weststadt", "stadtteilbüro südstadt") is part of its name;
 *   after "ehrenamt" it is the district;
 * - a lower-case "so" before a clock range is Sunday, before a plain duration ("und so 2h") the adverb;
 * - a part of the day after a weekday ("mo nachmittag", "am dienstagabend", "fr abends") marks the weekday;
 * - compounds read by their parts: councils and forums are §2.1, a political council §3, §3 modifiers
 *   (Beteiligungs-, Sozialraum-) decide unless the head is a body ("Sozialraumkonferenz"), an activity's AG or group
 *   is §4, a themed group with a partner stays §2.2, camps ("Zeltlager") are §4 Freizeiten;
 * - a medium is §6 whatever it is about, except in a case with its partner (§2.2); winning volunteers (also "Lesepaten") is §5, for one case §3 (a resource
 *   from the surroundings); "Bedarfsgemeinschaft" is a case's paperwork, no §3 need;
 * - a swap of two letters in a known name ("nrodstadt", "tsv nrod") is a typo of it.
 */
import type { QuickCase } from "./quick-dev.js";

type Focus = QuickCase["focus"];
const q = (
  text: string,
  minutes: number,
  occurredOn: string,
  focus: Focus,
  more: Partial<QuickCase> = {},
): QuickCase => ({
  text,
  minutes,
  occurredOn,
  partners: [],
  newPartners: [],
  focus,
  level: "case_independent",
  ...more,
});
const T = "2026-11-25";
const CASE = { level: "case_specific" } as const;

export const QUICK_DEV5: readonly QuickCase[] = [
  // New partners typed in lower case.
  q("austausch mit +awo ortsverein zu ganztag 1h", 60, T, "cooperation", { newPartners: ["AWO Ortsverein"] }),
  q("termin +kinderarztpraxis dr. yilmaz wegen F-40 45 min", 45, T, "cooperation", {
    newPartners: ["Kinderarztpraxis Dr. Yilmaz"],
    ...CASE,
  }),
  q("+pfadfinder st. georg zeltlager vorbereitung 2h", 120, T, "projects", {
    newPartners: ["Pfadfinder St. Georg"],
  }),
  q("+naturfreundejugend ausflug 3h 12 kinder", 180, T, "projects", {
    newPartners: ["Naturfreundejugend"],
    participants: 12,
  }),
  q("vorstellung unserer angebote +moscheegemeinde ditib besucht 1h", 60, T, "public_relations", {
    newPartners: ["Moscheegemeinde Ditib"],
  }),
  q("+tsv nord kooperation sportangebot 1h", 60, T, "cooperation", { partners: ["TSV Nord"] }),
  q("+Hort Wirbelwind Besprechung Übergang 1h", 60, T, "cooperation", { newPartners: ["Hort Wirbelwind"] }),
  // The team's case code on its own.
  q("telefonat mit jugendhaus mitte zu F-88, 20 min", 20, T, "cooperation", {
    partners: ["Jugendhaus Mitte"],
    ...CASE,
  }),
  q("U-18 turnier mit tsv nord 3h", 180, T, "projects", { partners: ["TSV Nord"] }),
  // A district after an office's word.
  q("jugendamt weststadt austausch 1h", 60, T, "cooperation"),
  q("stadtteilbüro südstadt infostand 2h", 120, T, "public_relations"),
  q("ehrenamt nordstadt treffen 1h", 60, T, "civic_engagement", { district: "Nordstadt" }),
  // "so" before a clock range, and the adverb.
  q("familienfest so 14-18 uhr @altstadt", 240, "2026-11-22", "projects", {
    startTime: "14:00",
    district: "Altstadt",
  }),
  q("elterncafé war gut und so 2h", 120, T, "projects"),
  // A part of the day after the weekday.
  q("elterncafé mo nachmittag 2h", 120, "2026-11-23", "projects"),
  q("am dienstagabend jugendgruppe 2h", 120, "2026-11-24", "projects"),
  q("samstagvormittag flohmarkt 3h", 180, "2026-11-21", "projects"),
  q("mädchentreff fr abends 2,5 std 8 mädchen", 150, "2026-11-20", "projects", { participants: 8 }),
  // Compounds by their parts.
  q("präventionsrat sitzung 2h", 120, T, "networks"),
  q("jugendforum vorbereitung 1h", 60, T, "networks"),
  q("bezirksrat antrag jugendraum 1h", 60, T, "infrastructure"),
  q("beteiligungsprojekt spielplatz mit 15 kindern 2h", 120, T, "infrastructure", { participants: 15 }),
  q("sozialraumkonferenz 2h", 120, T, "networks"),
  q("theater-ag mit grundschule am park 1,5h", 90, T, "projects", { partners: ["Grundschule am Park"] }),
  q("kochgruppe mit jugendhaus mitte 2h 7 jugendliche", 120, T, "projects", {
    partners: ["Jugendhaus Mitte"],
    participants: 7,
  }),
  q("trauergruppe mit caritas beratungsstelle 1,5h", 90, T, "cooperation", {
    partners: ["Caritas Beratungsstelle"],
    note: "a themed group with a partner (§2.2)",
  }),
  // A medium, the winning of volunteers, and look-alikes.
  q("pressemitteilung tag des ehrenamts 1h", 60, T, "public_relations"),
  q("fall F-3 mit kita sonnenschein, flyer elternkurs weitergegeben 15 min", 15, T, "cooperation", {
    partners: ["Kita Sonnenschein"],
    ...CASE,
    note: "a case-specific entry with a Kita partner stays cooperation (§2.2)",
  }),
  q("neue lesepaten für die stadtbibliothek gewonnen 1h", 60, T, "civic_engagement", {
    partners: ["Stadtbibliothek"],
  }),
  q("tag des ehrenamts stand 3h", 180, T, "civic_engagement"),
  q("lesepaten für grundschule am park gesucht 1h", 60, T, "civic_engagement", {
    partners: ["Grundschule am Park"],
  }),
  // For one case, a volunteer won for it is a resource from the surroundings (§3).
  q("für F-12 lernpatin gesucht 30 min", 30, T, "infrastructure", CASE),
  q("fall F-14 familienpatin gesucht über +freiwilligenagentur 30 min", 30, T, "infrastructure", {
    newPartners: ["Freiwilligenagentur"],
    ...CASE,
  }),
  q("referat jugend austausch mit +jugendamt 1h", 60, T, "cooperation", { newPartners: ["Jugendamt"] }),
  q("telefonat jobcenter wegen bedarfsgemeinschaft F-12 20 min", 20, T, "cooperation", CASE),
  q("ressourcensuche F-77 lernpate über +freiwilligenagentur 30 min", 30, T, "infrastructure", {
    newPartners: ["Freiwilligenagentur"],
    ...CASE,
  }),
  // A swap of two letters in a known name.
  q("austausch mit jugendhaus mitte in der nordstdat 1h", 60, T, "cooperation", {
    partners: ["Jugendhaus Mitte"],
    district: "Nordstadt",
  }),
  q("@nrodstadt ak jugend 2h", 120, T, "networks", { district: "Nordstadt" }),
  q("+tsv nrod kooperationsgespräch 1h", 60, T, "cooperation", { partners: ["TSV Nord"] }),
];
