/**
 * Third development corpus for the quick-entry parser (2026-12-03), written by a helper who had seen the parser
 * and the used-up blind set quick-holdout2 (now a development set). It covers the causes of holdout2's misses, in
 * new entries: a hurried lower-case weekday opening the entry before its time or duration ("di 2h …",
 * "di, 14-15 uhr") or closing it ("… do"; but "so 20 kinder" is "about 20", "… und so" the adverb), and focus by the guideline's typical activities — a call, talk or mail with one
 * institution of any type (§2.2), several school partners that do not outweigh a flyer (§6), planning bodies and
 * new offers (§3, but "Planung Weihnachtsfeier" stays with the project), bazaars, nights and lantern events (§4);
 * case-talk shorthands with a case reference ("HK F-44") as case-specific; a "+" name that only starts like a
 * known partner as a new one. Same fixed context and conventions as quick-holdout2.ts (quick-score.ts applies).
 * Before the rules it was written for: see the floor comment in tests/commands/aktivitaet/quick-corpus.test.ts.
 */
import type { QuickCase } from "./quick-dev.js";

type Focus = QuickCase["focus"];
const TODAY = "2026-11-25";
/** One case; `more` holds the optional fields. Level is case_independent unless `more` says otherwise. */
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

export const QUICK_DEV3: readonly QuickCase[] = [
  // ───────────── a lower-case weekday opening the entry, then its time or duration ─────────────
  q("mo 1h stadtteilrunde nordstadt", 60, "2026-11-23", "networks", { district: "Nordstadt" }),
  q("di 14-16 uhr mädchentreff 9 tn", 120, "2026-11-24", "projects", { startTime: "14:00", participants: 9 }),
  q("mi 30min tel. kita sonnenschein wg eingewöhnung", 30, TODAY, "cooperation", {
    partners: ["Kita Sonnenschein"],
  }),
  q("do 2h elterncafé familienzentrum regenbogen 11 eltern", 120, "2026-11-19", "projects", {
    partners: ["Familienzentrum Regenbogen"],
    participants: 11,
  }),
  q("fr 9-12 uhr ferienprogramm planung", 180, "2026-11-20", "projects", { startTime: "09:00" }),
  q("sa 4h flohmarkt @südstadt", 240, "2026-11-21", "projects", { district: "Südstadt" }),
  q("so 2,5h laternenfest altstadt 60 kinder", 150, "2026-11-22", "projects", {
    district: "Altstadt",
    participants: 60,
  }),
  q("mo 45min abstimmung +Sportverein Blau-Weiß", 45, "2026-11-23", "cooperation", {
    newPartners: ["Sportverein Blau-Weiß"],
  }),
  q("sa 10-13 uhr tag des ehrenamts 25 tn", 180, "2026-11-21", "civic_engagement", {
    startTime: "10:00",
    participants: 25,
  }),
  q("fr 1h flyer für adventscafé gestaltet", 60, "2026-11-20", "public_relations"),
  q("di 2 std. bedarfsanalyse spielplätze westviertel", 120, "2026-11-24", "infrastructure", {
    district: "Westviertel",
  }),
  q("so 3h stadtteilfest aufbau @weststadt", 180, "2026-11-22", "projects", { district: "Weststadt" }),
  q("mo 1h pressegespräch adventsaktion", 60, "2026-11-23", "public_relations"),
  q("fr 13-15 uhr koop treffen grundschule am park", 120, "2026-11-20", "cooperation", {
    startTime: "13:00",
    partners: ["Grundschule am Park"],
  }),
  q("do 1,5 std runder tisch kinderarmut", 90, "2026-11-19", "networks"),
  q("di 45 min jugendbeirat vorbereitung", 45, "2026-11-24", "networks"),
  q("sa 6h familienausflug zoo 8 familien", 360, "2026-11-21", "projects", { participants: 8 }),
  q("do 18-20 uhr elternseminar kita sonnenschein", 120, "2026-11-19", "cooperation", {
    startTime: "18:00",
    partners: ["Kita Sonnenschein"],
  }),
  q("di, 14-15 uhr AK kinderschutz", 60, "2026-11-24", "networks", { startTime: "14:00" }),
  q("so ca. 2h lichterfest", 120, "2026-11-22", "projects"),
  // …or closing it.
  q("1h AK jugend do", 60, "2026-11-19", "networks"),
  q("2h elterncafé, fr", 120, "2026-11-20", "projects"),
  // …but not a count or an adverb: "so 20 kinder" is about twenty, "so" inside the entry is the adverb.
  q("so 20 kinder beim laternenlauf 2h", 120, TODAY, "projects", { participants: 20 }),
  q("so 15 eltern beim elterncafé 2h", 120, TODAY, "projects", { participants: 15 }),
  q("2h AK kinderschutz, so wie immer", 120, TODAY, "networks"),
  q("1h stadtteilrunde, do war ausgefallen", 60, TODAY, "networks"),
  q("2h elterncafé mit spielen und so", 120, TODAY, "projects"),

  // ───────────── talking with one institution (§2.2) ─────────────
  q("20 min telefonat tsv nord hallenbelegung", 20, TODAY, "cooperation", { partners: ["TSV Nord"] }),
  q("1h austausch stadtbibliothek", 60, TODAY, "cooperation", { partners: ["Stadtbibliothek"] }),
  q("mail an quartiersmanagement südstadt 15 min", 15, TODAY, "cooperation", {
    partners: ["Quartiersmanagement Südstadt"],
  }),
  q("30 min absprache mit +Polizei Nord", 30, TODAY, "cooperation", { newPartners: ["Polizei Nord"] }),
  q("gespräch förderverein altstadt 40 min", 40, TODAY, "cooperation", {
    partners: ["Förderverein Altstadt"],
  }),
  // …unless the entry names what the talk was for.
  q("1,5h treffen förderverein altstadt wg sommerfest", 90, TODAY, "projects", {
    partners: ["Förderverein Altstadt"],
  }),
  q("telefonat stadtbibliothek lesepaten gesucht 20 min", 20, TODAY, "civic_engagement", {
    partners: ["Stadtbibliothek"],
  }),
  q("30min mail tsv nord wg flyer", 30, TODAY, "public_relations", { partners: ["TSV Nord"] }),

  // ───────────── several partners do not outweigh the activity (§6) ─────────────
  q("flyer verteilen kita sonnenschein und grundschule am park 1h", 60, TODAY, "public_relations", {
    partners: ["Kita Sonnenschein", "Grundschule am Park"],
  }),
  q("plakate aufhängen gemeinschaftsschule west, grundschule am park 30min", 30, TODAY, "public_relations", {
    partners: ["Gemeinschaftsschule West", "Grundschule am Park"],
  }),

  // ───────────── planning bodies and new offers (§3), preparing a project (§4) ─────────────
  q("2h planungstreffen neuer bolzplatz @oststadt", 120, TODAY, "infrastructure", { district: "Oststadt" }),
  q("1h planungsrunde neuer jugendtreff", 60, TODAY, "infrastructure"),
  q("90 min planungsgruppe familienzentrum ausbau", 90, TODAY, "infrastructure"),
  q("45 min planung weihnachtsfeier", 45, TODAY, "projects"),
  q("1h vorbereitung ferienprogramm", 60, TODAY, "projects"),

  // ───────────── events by their kind (§4) ─────────────
  q("2h weihnachtsbasar kita sonnenschein 30 eltern", 120, TODAY, "projects", {
    partners: ["Kita Sonnenschein"],
    participants: 30,
  }),
  q("spielenacht jugendhaus mitte 4h 14 jugendliche", 240, TODAY, "projects", {
    partners: ["Jugendhaus Mitte"],
    participants: 14,
  }),
  q("laternenbasteln 12 kinder 1,5h", 90, TODAY, "projects", { participants: 12 }),
  q("1h kinderbasar grundschule am park", 60, TODAY, "projects", { partners: ["Grundschule am Park"] }),
  q("2h disco jugendhaus mitte 25 jugendliche", 120, TODAY, "projects", {
    partners: ["Jugendhaus Mitte"],
    participants: 25,
  }),
  q("90min kinoabend 18 kinder", 90, TODAY, "projects", { participants: 18 }),

  // ───────────── case talks by their shorthand with a case reference ─────────────
  q("HK F-44 kita sonnenschein 1h", 60, TODAY, "cooperation", {
    partners: ["Kita Sonnenschein"],
    level: "case_specific",
  }),
  q("hpg F-9 jugendhaus mitte 90min", 90, TODAY, "cooperation", {
    partners: ["Jugendhaus Mitte"],
    level: "case_specific",
  }),
  q("fb F-12 grundschule am park 30 min", 30, TODAY, "cooperation", {
    partners: ["Grundschule am Park"],
    level: "case_specific",
  }),
  // A helpers' conference gathers the institutions around one case: cooperation even with none named.
  q("45min HK F-3", 45, TODAY, "cooperation", { level: "case_specific" }),

  // ───────────── a "+" name that only starts like a known partner ─────────────
  q("+Grundschule Am Hang 1h kooperationsgespräch", 60, TODAY, "cooperation", {
    newPartners: ["Grundschule Am Hang"],
  }),
  q("+Familienzentrum Regenbogen 2h elternseminar", 120, TODAY, "cooperation", {
    partners: ["Familienzentrum Regenbogen"],
  }),
  q("+Gemeinschaftsschule West 45 min koop", 45, TODAY, "cooperation", {
    partners: ["Gemeinschaftsschule West"],
  }),
];
