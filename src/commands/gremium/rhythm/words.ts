// The words people type for rhythms, normalised ("Dienstag", "di.", "dienstags", "Dinstag" -> TU), and tokenising.

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Lower case, umlauts spelled out, so "Außer", "ausser" and "auser" meet. */
export const fold = (word: string) =>
  word.toLowerCase().replaceAll("ä", "ae").replaceAll("ö", "oe").replaceAll("ü", "ue").replaceAll("ß", "ss");

const WEEKDAY_NAMES: Record<Weekday, string[]> = {
  MO: ["montag", "montags", "montagen", "mo", "mon"],
  TU: ["dienstag", "dienstags", "dienstagen", "di", "dienst"],
  WE: ["mittwoch", "mittwochs", "mittwochen", "mi", "mitt", "mittw"],
  TH: ["donnerstag", "donnerstags", "donnerstagen", "do", "don", "donn", "donnerst"],
  FR: ["freitag", "freitags", "freitagen", "fr", "fre"],
  SA: ["samstag", "samstags", "samstagen", "sa", "sam", "sonnabend", "sonnabends"],
  SU: ["sonntag", "sonntags", "sonntagen", "so", "son"],
};

export const MONTHS = [
  ["januar", "jan", "jaenner"],
  ["februar", "feb", "febr"],
  ["maerz", "mrz", "maer", "marz"],
  ["april", "apr"],
  ["mai"],
  ["juni", "jun"],
  ["juli", "jul"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["oktober", "okt"],
  ["november", "nov"],
  ["dezember", "dez"],
] as const;

const ORDINAL_WORDS: Record<string, number> = {
  erste: 1,
  zweite: 2,
  dritte: 3,
  vierte: 4,
  fuenfte: 5,
  letzte: -1,
  vorletzte: -2,
};

const NUMBER_WORDS: Record<string, number> = {
  ein: 1,
  eine: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fuenf: 5,
  sechs: 6,
  acht: 8,
  zwoelf: 12,
  vierzehn: 14,
};

/** Levenshtein distance up to 2 (enough to forgive one typo). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length] ?? 2;
}

/** Exact, or one typo away for words long enough that a typo cannot turn them into another word. */
export const near = (word: string, known: string) =>
  word === known || (known.length >= 6 && word.length >= 5 && distance(word, known) <= 1);

const bare = (t: string) => t.replace(/\.$/, "");

export function weekdayOf(token: string): Weekday | undefined {
  const w = bare(token);
  for (const day of WEEKDAYS) if (WEEKDAY_NAMES[day].some((n) => n === w)) return day;
  for (const day of WEEKDAYS) if (WEEKDAY_NAMES[day].some((n) => near(w, n))) return day;
  return undefined;
}

/** 1-12, for "August", "aug.", "Agust". */
export function monthOf(token: string): number | undefined {
  const w = bare(token);
  const exact = MONTHS.findIndex((names) => names.some((n) => n === w));
  if (exact >= 0) return exact + 1;
  const fuzzy = MONTHS.findIndex((names) => names.some((n) => near(w, n)));
  return fuzzy >= 0 ? fuzzy + 1 : undefined;
}

/** "2.", "2te", "zweiten", "letzter" -> 2, 2, 2, -1; a bare "2" only when `bareDigits`. */
export function ordinalOf(token: string, bareDigits = false): number | undefined {
  const digits =
    /^(\d{1,2})(\.|te[nrs]?|\.te[nrs]?)$/.exec(token) ?? (bareDigits ? /^(\d)$/.exec(token) : null);
  if (digits) return Number(digits[1]);
  const stem = token.replace(/(n|r|s|m)$/, "");
  for (const [word, n] of Object.entries(ORDINAL_WORDS))
    if (stem === word || near(token, `${word}n`)) return n;
  return undefined;
}

export function numberOf(token: string): number | undefined {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return NUMBER_WORDS[token];
}

export const isAny = (token: string | undefined, ...words: string[]) =>
  token !== undefined && words.some((w) => near(token, w));

export interface Token {
  /** Normalised text. */
  t: string;
  /** Index of the whitespace-separated word it came from, to hand back the untouched rest. */
  word: number;
}

/** Splits one typed word into rhythm tokens: "18-20" -> 18 bis 20, "Juli/August" -> juli und august. */
function splitWord(raw: string): string[] {
  let w = fold(raw).replace(/[„“”"'()]/g, "");
  if (w === "-" || w === "–") return ["bis"];
  w = w.replace(
    /^(\d+|vierzehn|zwei|drei|vier)\s*-?\s*(taegig|taegl|woechentlich|woechig|monatlich)$/,
    "$1$2",
  );
  w = w.replace(/(\d)\s*[-–]\s*(\d)/g, "$1 bis $2");
  w = w.replace(/^([a-z]{2})\.?[-–]([a-z]{2})\.?$/, "$1 bis $2");
  w = w.replace(/[/&+]/g, " und ");
  w = w.replace(/^(\d{1,2})\.([a-z])/, "$1. $2");
  w = w.replace(/,/g, " , ");
  w = w.replace(/^(\d{1,2}(?:[:.]\d{2})?)(uhr|h)\.?$/, "$1 uhr");
  w = w.replace(/^(\d{1,2}[:.]\d{2})h$/, "$1 uhr");
  return w.split(/\s+/).filter(Boolean);
}

export interface Words {
  raw: string[];
  tokens: Token[];
}

export function tokenize(text: string): Words {
  const raw = text.split(/\s+/).filter(Boolean);
  const tokens: Token[] = [];
  raw.forEach((r, word) => {
    for (const t of splitWord(r)) tokens.push({ t, word });
  });
  return { raw, tokens };
}
