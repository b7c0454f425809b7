// First names and surnames as the guard knows them: the person-name lists of @faker-js/faker (MIT), a
// maintained data package, for German and the languages of families who most often live in German
// districts (Turkish, Polish, Romanian, Italian, Croatian, Serbian, Czech, Slovak, Azerbaijani, Vietnamese; Russian
// and Ukrainian transliterated from Cyrillic), plus Arabic, Persian/Dari and Albanian first names in the
// Latin spellings used in Germany (see arabicLatin below; faker has these only in their own scripts).
import { az, cs_CZ, de, hr, it, pl, ro, ru, sk, sr_RS_latin, tr, uk, vi } from "@faker-js/faker";

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
  for (const l of CYR) {
    for (const n of flat(l.person?.first_name as NameList))
      for (const t of transliterations(n)) addFolded(first, t);
    for (const n of flat(l.person?.last_name as NameList))
      for (const t of transliterations(n)) addFolded(last, t);
  }
  for (const n of arabicLatin.split(/\s+/)) addFolded(first, n);
  cache = { first, last };
  return cache;
}

export const isFirstName = (word: string): boolean => lists().first.has(foldName(word));
export const isSurname = (word: string): boolean => lists().last.has(foldName(word));
/** For a word already folded with foldName: saves folding it again on the hot path. */
export const isSurnameFolded = (folded: string): boolean => lists().last.has(folded);
