// Guesses the type of a new partner from its name ("Grundschule am Park" -> Schule); always shown as a guess.
import type { PartnerType } from "../../../store/index.js";
import { fold } from "./fold.js";

const RULES: [RegExp, PartnerType][] = [
  [/(schule|gymnasium|schulzentrum|schulsozialarbeit)/, "school"],
  [/(kita|kindergarten|kindertagesstaette|krippe|familienzentrum)/, "kita"],
  [/hort/, "hort"],
  [/(buergerbuero|buergeramt|engagementbuero|freiwilligenagentur)/, "citizens_office"],
  [
    /(jugendamt|jugendhilfe|jugendhaus|jugendzentrum|jugendtreff|beratungsstelle|asd|erziehungsberatung)/,
    "youth_welfare",
  ],
  [/(verein|^sv|^tsv|^fc|^vfb|^vfl|ev$|sportclub|chor)/, "club"],
  [/(initiative|nachbarschaft|buergergruppe|elterngruppe|kirchengemeinde|gemeinde)/, "civic_group"],
  [
    /(gemeinderat|stadtrat|bezirksbeirat|bezirksrat|partei|ortschaftsrat|ausschuss|buergermeister)/,
    "politics",
  ],
];

export function guessPartnerType(name: string): PartnerType {
  const key = fold(name);
  return RULES.find(([re]) => re.test(key))?.[1] ?? "other";
}
