// Reading the parts every need and offer line shares: „@Sozialraum“, „#Thema“, „+Partner“ and the target group.
import type { District, Partner } from "../../store/index.js";
import { fold, matchName } from "../aktivitaet/parse/fold.js";

/** Target groups as social workers name them, most specific first; the first one in the text wins. */
const TARGET_GROUPS: readonly [RegExp, string][] = [
  [/\bgrundsch[üu]l(?:er|erinnen|kinder?)\b|\bgrundschulkind(?:er)?\b/iu, "Grundschulkinder"],
  [/\bkita-?kind(?:er)?\b|\bkleinkind(?:er)?\b|\bvorsch[üu]l/iu, "Kinder bis 6 Jahre"],
  [/\bm[äa]dchen\b/iu, "Mädchen"],
  [/\bjungen\b|\bjungs\b/iu, "Jungen"],
  [/\bjugendlich(?:e|en)?\b|\bteenager\b|\bjugend\b/iu, "Jugendliche"],
  [/\balleinerziehend(?:e|en)?\b/iu, "Alleinerziehende"],
  [/\bv[äa]ter\b/iu, "Väter"],
  [/\bm[üu]tter\b/iu, "Mütter"],
  [/\beltern\b/iu, "Eltern"],
  [/\bfamilien\b/iu, "Familien"],
  [/\bgefl[üu]chtet(?:e|en)?\b|\bneuzugewandert(?:e|en)?\b/iu, "Geflüchtete und Neuzugewanderte"],
  [/\bsenior(?:en|innen)?\b|\b[äa]ltere\b/iu, "Seniorinnen und Senioren"],
  [/\bkinder?\b|\bsch[üu]ler(?:innen)?\b/iu, "Kinder"],
];

export function targetGroupOf(text: string): string {
  return TARGET_GROUPS.find(([re]) => re.test(text))?.[1] ?? "";
}

export interface LineParts {
  /** The text without the markers, spaces tidied. */
  rest: string;
  districtTyped?: string;
  district?: District;
  tags: string[];
  partners: Partner[];
  /** „+Name“ that names no known partner. */
  unknownPartners: string[];
}

/**
 * Takes „@Name“ (the longest district name that follows, any case, small typos forgiven), „#tag“ and
 * „+Partner“ (the longest known partner name that follows; only when `partners` is given) out of a line.
 */
export function readLine(
  line: string,
  districts: readonly District[],
  partners?: readonly Partner[],
): LineParts {
  let rest = ` ${line} `;
  const tags: string[] = [];
  rest = rest.replace(/\s#([\p{L}\p{N}_-]+)/gu, (_m, tag: string) => {
    tags.push(tag);
    return " ";
  });
  const parts: LineParts = { rest: "", tags, partners: [], unknownPartners: [] };
  rest = takeNamed(
    rest,
    "@",
    districts,
    (d) => d.name,
    (typed, found) => {
      parts.districtTyped = typed;
      if (found) parts.district = found;
    },
  );
  for (; partners; ) {
    let took = false;
    rest = takeNamed(
      rest,
      "+",
      partners,
      (p) => p.name,
      (typed, found) => {
        took = true;
        if (found) parts.partners.push(found);
        else parts.unknownPartners.push(typed);
      },
    );
    if (!took) break;
  }
  parts.rest = rest.replace(/\s+/g, " ").trim();
  return parts;
}

/** One „<sigil>name“: the longest run of following words that names a candidate, else the next word. */
function takeNamed<T>(
  text: string,
  sigil: "@" | "+",
  candidates: readonly T[],
  nameOf: (c: T) => string,
  found: (typed: string, item: T | undefined) => void,
): string {
  const at = text.indexOf(` ${sigil}`);
  if (at < 0) return text;
  const after = text.slice(at + 2);
  const words = after.split(/\s+/).filter(Boolean);
  const longest = Math.max(1, ...candidates.map((c) => nameOf(c).split(/\s+/).length));
  for (let n = Math.min(longest, words.length); n >= 1; n--) {
    const typed = words.slice(0, n).join(" ");
    if (/\d/.test(typed) && n > 1) continue; // a number is never part of a name
    const exact = candidates.find((c) => fold(nameOf(c)) === fold(typed));
    const match = exact ? { item: exact } : n === 1 ? matchName(typed, [...candidates], nameOf) : undefined;
    if (match || n === 1) {
      found(typed, match?.item);
      return `${text.slice(0, at)} ${words.slice(n).join(" ")} `;
    }
  }
  return text;
}

/** The district a line means: named, else the channel's, else the only one; undefined asks. */
export function districtOf(
  parts: LineParts,
  districts: readonly District[],
  channelDistrict: District | undefined,
): District | undefined {
  if (parts.district) return parts.district;
  if (parts.districtTyped) return undefined;
  if (channelDistrict) return channelDistrict;
  return districts.length === 1 ? districts[0] : undefined;
}
