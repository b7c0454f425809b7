// The partner types as people write them: the catalogue's labels and a few everyday words for the same.
import { PARTNER_TYPES, type PartnerType } from "../../store/index.js";
import { fold } from "../aktivitaet/parse/fold.js";
import { labels } from "../messages/index.js";

/** Everyday words beside the labels („Gruppe“ for a civic group); folded. */
const EXTRA: Record<string, PartnerType> = {
  grundschule: "school",
  gymnasium: "school",
  kindergarten: "kita",
  kindertagesstaette: "kita",
  jugendamt: "youth_welfare",
  gruppe: "civic_group",
  initiative: "civic_group",
  buergergruppe: "civic_group",
  sonstiges: "other",
  andere: "other",
  anderes: "other",
};

const BY_WORD = new Map<string, PartnerType>([
  ...PARTNER_TYPES.map((t) => [fold(labels.partnerType[t]), t] as const),
  ...PARTNER_TYPES.map((t) => [fold(t), t] as const),
  ...Object.entries(EXTRA),
]);

export const typeOfWord = (word: string): PartnerType | undefined => BY_WORD.get(fold(word));

/** „Grundschule am Park Bürgerschaftliche Gruppe“ -> name and type: the longest type at the end of the line. */
export function splitTrailingType(rest: string): { name: string; type: PartnerType } | undefined {
  const parts = rest.trim().split(/\s+/u);
  for (let n = Math.min(3, parts.length - 1); n >= 1; n--) {
    const type = typeOfWord(parts.slice(-n).join(" "));
    if (type) return { name: parts.slice(0, -n).join(" "), type };
  }
  return undefined;
}

export const typeList = () => PARTNER_TYPES.map((t) => labels.partnerType[t]).join(", ");
