// First names and surnames as the guard knows them: the person-name lists of @faker-js/faker (MIT), a
// maintained data package, for German and the languages of families who most often live in German
// districts (Turkish, Polish, Romanian, Italian, Croatian, Serbian, Czech, Slovak, Azerbaijani, Vietnamese; Russian
// and Ukrainian transliterated from Cyrillic), plus Arabic, Persian/Dari and Albanian first names in the
// Latin spellings used in Germany (see arabicLatin below; faker has these only in their own scripts).
// Also faker's Moldovan, Uzbek (Latin), Senegalese and Nigerian (also Yoruba) lists, and Wikipedia's most
// popular names of further countries of origin (popular-names.ts). Faker's Swiss German first names add the
// generation of grandparents ("Gertrud", "Heinz", "Renate"), which the German list, drawn from recent
// birth years, lacks; its Swiss surnames are left out, many of them German words ("Frei", "Gut", "Meister").
import {
  az,
  cs_CZ,
  de,
  de_CH,
  en_NG,
  fr_SN,
  hr,
  it,
  pl,
  ro,
  ro_MD,
  ru,
  sk,
  sr_RS_latin,
  tr,
  uk,
  uz_UZ_latin,
  vi,
  yo_NG,
} from "@faker-js/faker";
import { WIKIPEDIA_FORENAMES, WIKIPEDIA_SURNAMES } from "./popular-names.js";

type NameList = string[] | Record<string, string[] | undefined> | undefined;

const flat = (list: NameList): string[] =>
  (Array.isArray(list) ? list : Object.values(list ?? {}).flat()).filter(Boolean) as string[];

const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "w",
  г: "g",
  ґ: "g",
  д: "d",
  е: "e",
  ё: "jo",
  є: "je",
  ж: "sch",
  з: "s",
  и: "i",
  і: "i",
  ї: "ji",
  й: "j",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "ch",
  ц: "z",
  ч: "tsch",
  ш: "sch",
  щ: "schtsch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "ju",
  я: "ja",
};

/** "Дмитрий" -> dmitrij, dmitri, dmitriy; Ukrainian "Микола" also -> mykola: the spellings German forms show. */
function transliterations(name: string): string[] {
  const lower = name.toLowerCase();
  const german = [...lower].map((c) => CYRILLIC[c] ?? c).join("");
  const ukrainian = [...lower].map((c) => (c === "и" ? "y" : c === "г" ? "h" : (CYRILLIC[c] ?? c))).join("");
  const variants = new Set([german, german.replace(/ij$/, "i"), german.replace(/ij$/, "iy"), ukrainian]);
  return [...variants];
}

/** Common Arabic, Persian/Dari and Albanian first names in their usual German spellings. */
const arabicLatin =
  "mohammed muhammad mohamed mohammad ahmad ahmed ali omar umar hassan hasan hussein husein ibrahim ismail " +
  "yusuf youssef yousef jusuf khaled khalid mahmoud mahmud mustafa karim rami sami samir tarek tariq walid " +
  "ziad zaid yazan kinan ghaith qusai taim ward luay laith majd nizar obaida bilal hamza amir amer anas ayman bashar fadi firas hadi hani jamal kamal majid nabil nasser " +
  "osama rashid saleh salim tamer wael yasin yassin abdullah abdul abdulrahman aziz jawad farid habib " +
  "fatima fatma aisha aischa amina amna aya maryam mariam nour noor rania reem rim sara salma samira " +
  "yasmin jasmin layla leila lina hiba huda iman dina dalia hala lama rana ranya zainab zeinab zahra " +
  "shirin parisa nasrin farzaneh mahsa mina neda arash reza mehdi hamid farhad omid navid babak " +
  "habibullah zabihullah mujtaba sultana gulnaz marwa mursal shabnam shukria " +
  "arben arber besnik blerim driton fatmir flamur granit valon ardit dardan liridon leutrim " +
  "albana arta blerta drita fjolla kaltrina lirije merita teuta valbona vjosa";

function words(lists: NameList[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists)
    for (const name of flat(list))
      for (const part of name.split(/[\s-]+/)) {
        const w = part.toLowerCase();
        if (w.length >= 2) out.add(w);
      }
  return out;
}

const LATIN = [de, tr, pl, ro, it, hr, sr_RS_latin, cs_CZ, sk, az, vi];
/** Lists added later for more countries of origin; their words that are German words are left out (below). */
const ADDED = [ro_MD, uz_UZ_latin, fr_SN, en_NG, yo_NG];
/**
 * The names on the ADDED lists that are also ordinary German words in Debian's German word list (wngerman):
 * in these texts "Fall", "Dame" or "Salami" are words, not names.
 */
const GERMAN_WORDS = new Set(
  "ami asta soda alpha dame mama samba dia fall top wade esse wale salami ade".split(" "),
);
const CYR = [ru, uk];

/** Folds "Ayşe" and "Ayse", "Özdemir" and "Oezdemir" together, as people type them. */
export function foldName(word: string): string {
  return word
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replaceAll("ı", "i");
}

/** Adds a name as people type it: folded, and also with umlauts dropped ("Müller" typed "Muller"). */
function addFolded(out: Set<string>, name: string): void {
  out.add(foldName(name));
  out.add(foldName(name.replaceAll("ä", "a").replaceAll("ö", "o").replaceAll("ü", "u")));
}

let cache: { first: Set<string>; last: Set<string> } | undefined;

/** Built once, on first use (about 20 000 names, folded). */
function lists() {
  if (cache) return cache;
  const first = new Set<string>();
  const last = new Set<string>();
  for (const w of words(LATIN.map((l) => l.person?.first_name as NameList))) addFolded(first, w);
  for (const w of words(LATIN.map((l) => l.person?.last_name as NameList))) addFolded(last, w);
  const added = (key: "first_name" | "last_name") =>
    [...words(ADDED.map((l) => l.person?.[key] as NameList))].filter((w) => !GERMAN_WORDS.has(w));
  for (const w of added("first_name")) addFolded(first, w);
  for (const w of words([de_CH.person?.first_name as NameList]))
    if (!GERMAN_WORDS.has(w)) addFolded(first, w);
  for (const w of added("last_name")) addFolded(last, w);
  for (const l of CYR) {
    for (const n of flat(l.person?.first_name as NameList))
      for (const t of transliterations(n)) addFolded(first, t);
    for (const n of flat(l.person?.last_name as NameList))
      for (const t of transliterations(n)) addFolded(last, t);
  }
  for (const n of arabicLatin.split(/\s+/)) addFolded(first, n);
  for (const w of words([WIKIPEDIA_FORENAMES.split(" ")])) addFolded(first, w);
  for (const w of words([WIKIPEDIA_SURNAMES.split(" ")])) addFolded(last, w);
  cache = { first, last };
  return cache;
}

export const isFirstName = (word: string): boolean => lists().first.has(foldName(word));
export const isSurname = (word: string): boolean => lists().last.has(foldName(word));
/** For a word already folded with foldName: saves folding it again on the hot path. */
export const isSurnameFolded = (folded: string): boolean => lists().last.has(folded);
