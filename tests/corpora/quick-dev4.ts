/**
 * Fourth development corpus for the quick-entry parser (2026-12-03), written for tuning on the causes of
 * quick-holdout3's misses once that set was used up as a blind set. Same fixed context and conventions as
 * quick-holdout3.ts (today 2026-11-25, a Wednesday; quick-score.ts applies); none of holdout3's texts is reused.
 * Each cause has cases the rule must read and cases where the same words mean something else:
 * - a lower-case weekday abbreviation inside the entry before its time ("… mo 9-11 uhr", "… di 14-16"), or opening
 *   it before the title ("do elternabend …"); "so" as the adverb ("so 20 kinder da") is no Sunday;
 * - abbreviated case talks with a case code ("fallbespr. F-12", "fallgespr. F-9") are case-specific;
 * - §6: a medium about a project (Flyer, Plakat, Aushang, Artikel) is public relations, and so are "Gesicht zeigen"
 *   and an open day ("Tag der offenen Tür"); the project itself without a medium stays a project;
 * - §5: winning volunteers ("Engagierte geworben", "Ehrenamtliche gewonnen") is civic engagement, also for a festival;
 * - §3: needs ("Bedarfe") stay infrastructure next to a Kita or school partner; for one case, a resource from the
 *   surroundings (a sponsorship, a donation, a foundation's grant) is infrastructure;
 * - §2.2: a themed group run with a youth-welfare partner ("Jungsgruppe mit +Kinderschutzbund") is cooperation; open and
 *   self-help groups stay projects.
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

export const QUICK_DEV4: readonly QuickCase[] = [
  // A lower-case weekday inside the entry, before its time.
  q("arbeitskreis kinderarmut mo 14-16 uhr", 120, "2026-11-23", "networks", { startTime: "14:00" }),
  q("elterncafé vorbereitet di 9-10.30 uhr @nordstadt", 90, "2026-11-24", "projects", {
    startTime: "09:00",
    district: "Nordstadt",
  }),
  q("runder tisch schulabsentismus fr 10-12", 120, "2026-11-20", "networks", { startTime: "10:00" }),
  q("steuerungskreis sozialraum do 2h", 120, "2026-11-19", "networks"),
  q("mädchentreff sa 14-17 uhr 9 mädchen", 180, "2026-11-21", "projects", {
    startTime: "14:00",
    participants: 9,
  }),
  q("hausaufgabenhilfe so 20 kinder da 2h", 120, T, "projects", { participants: 20 }),
  // A lower-case weekday opening the entry before the title.
  q("do elternabend kita sonnenschein 1,5h", 90, "2026-11-19", "cooperation", {
    partners: ["Kita Sonnenschein"],
  }),
  q("mo planungsgruppe spielplatz 2h @oststadt", 120, "2026-11-23", "infrastructure", {
    district: "Oststadt",
  }),
  q("fr ferienprogramm abgesprochen 1h", 60, "2026-11-20", "projects"),
  q("di jugendbeirat sitzung 2h", 120, "2026-11-24", "networks"),
  q("so laternenumzug begleitet 3h @altstadt", 180, "2026-11-22", "projects", { district: "Altstadt" }),
  q("sa stadtteilfest aufbau 4h", 240, "2026-11-21", "projects"),
  // Abbreviated case talks with a case code.
  q("fallbespr. F-12 mit klassenlehrerin grundschule am park 45 min", 45, T, "cooperation", {
    partners: ["Grundschule am Park"],
    level: "case_specific",
  }),
  q("fallgespr. F-9 jugendhaus mitte 1h", 60, T, "cooperation", {
    partners: ["Jugendhaus Mitte"],
    level: "case_specific",
  }),
  q("fachbespr. schulangst mit grundschule am park 1h", 60, T, "cooperation", {
    partners: ["Grundschule am Park"],
    note: "a talk on a topic, no case talk",
  }),
  // §6: a medium about a project, "Gesicht zeigen", an open day.
  q("flyer ferienprogramm entworfen 2h", 120, T, "public_relations"),
  q("plakate laternenumzug verteilt 1h @südstadt", 60, T, "public_relations", { district: "Südstadt" }),
  q("aushang elterncafé im supermarkt 30 min", 30, T, "public_relations"),
  q("artikel über das stadtteilfest geschrieben 1,5h", 90, T, "public_relations"),
  q("gesicht zeigen beim laternenfest 2h @weststadt", 120, T, "public_relations", { district: "Weststadt" }),
  q("tag der offenen tür jugendhaus mitte mitgemacht 3h", 180, T, "public_relations", {
    partners: ["Jugendhaus Mitte"],
  }),
  q("elterncafé 12 mütter 2h", 120, T, "projects", { participants: 12 }),
  q("laternenfest mit kita sonnenschein 3h", 180, T, "projects", { partners: ["Kita Sonnenschein"] }),
  q("ferienprogramm ausflug zoo 6h 14 kinder", 360, T, "projects", { participants: 14 }),
  // §5: winning volunteers, also for a festival.
  q("ehrenamtliche für laternenumzug gewonnen 1h", 60, T, "civic_engagement"),
  q("freiwillige fürs sommerfest geworben 2h @oststadt", 120, T, "civic_engagement", {
    district: "Oststadt",
  }),
  q("helfer für hausaufgabenhilfe angeworben 1h", 60, T, "civic_engagement"),
  q("sommerfest mit ehrenamtlichen durchgeführt 5h", 300, T, "projects"),
  // §3: needs next to a Kita or school partner; resources for one case.
  q("bedarfe ganztag mit +Schulamt besprochen 1h", 60, T, "infrastructure", { newPartners: ["Schulamt"] }),
  q("bedarfe krippenplätze mit kita sonnenschein erhoben 2h", 120, T, "infrastructure", {
    partners: ["Kita Sonnenschein"],
  }),
  q("elterngespräch mit kita sonnenschein 1h", 60, T, "cooperation", { partners: ["Kita Sonnenschein"] }),
  q("#fall:F-22 spende für klassenfahrt über +Lions Club geklärt 30 min", 30, T, "infrastructure", {
    newPartners: ["Lions Club"],
    level: "case_specific",
  }),
  q("Fall F-40 zuschuss von +Bürgerstiftung Süd beantragt 1h", 60, T, "infrastructure", {
    newPartners: ["Bürgerstiftung Süd"],
    level: "case_specific",
  }),
  q("Fall F-41 patenschaft vermittelt 1h", 60, T, "infrastructure", { level: "case_specific" }),
  q("Fall F-42 absprache mit grundschule am park 30 min", 30, T, "cooperation", {
    partners: ["Grundschule am Park"],
    level: "case_specific",
  }),
  // §2.2: a themed group with a youth-welfare partner; open and self-help groups stay projects.
  q("mädchengruppe mit +Pro Familia 2h 7 mädchen", 120, T, "cooperation", {
    newPartners: ["Pro Familia"],
    participants: 7,
  }),
  q("jungengruppe mit jugendhaus mitte 2h", 120, T, "cooperation", { partners: ["Jugendhaus Mitte"] }),
  q("selbsthilfegruppe alleinerziehende mit caritas beratungsstelle 2h", 120, T, "projects", {
    partners: ["Caritas Beratungsstelle"],
  }),
  q("krabbelgruppe 1,5h 6 mütter", 90, T, "projects", { participants: 6 }),
  q("offene gruppe im jugendhaus mitte 2h", 120, T, "projects", { partners: ["Jugendhaus Mitte"] }),
];
