// Durations in German: "2h", "1,5 Std.", "90 min", "1:30", "eine Stunde", "halber Tag" (= 4 h), "3/4 h", "2 1/2 Std", "ne Viertelstunde".
import { own } from "./fold.js";
import { SMALL_NUMBER_WORDS } from "./number-words.js";
import { COUNTED_PEOPLE } from "./participants.js";
import { B, E, Scan } from "./scan.js";

export const MAX_MINUTES = 24 * 60;

const NUMBER_WORDS: Record<string, number> = {
  ...SMALL_NUMBER_WORDS,
  ne: 1,
  ein: 1,
  eine: 1,
  einer: 1,
  einen: 1,
  vierzig: 40,
  fünfundvierzig: 45,
  fuenfundvierzig: 45,
  fünfzig: 50,
  fuenfzig: 50,
  sechzig: 60,
  neunzig: 90,
  // "fünfunddreißig", "zweiundzwanzig": every minute count from 21 to 59 spelled out.
  ...compoundNumberWords(),
};

function compoundNumberWords(): Record<string, number> {
  const units: [string, number][] = [
    ["ein", 1],
    ["zwei", 2],
    ["drei", 3],
    ["vier", 4],
    ["fünf", 5],
    ["fuenf", 5],
    ["sechs", 6],
    ["sieben", 7],
    ["acht", 8],
    ["neun", 9],
  ];
  const tens: [string, number][] = [
    ["zwanzig", 20],
    ["dreißig", 30],
    ["dreissig", 30],
    ["vierzig", 40],
    ["fünfzig", 50],
    ["fuenfzig", 50],
  ];
  return Object.fromEntries(units.flatMap(([u, n]) => tens.map(([t, m]) => [`${u}und${t}`, n + m])));
}

const FRACTION_WORDS: Record<string, number> = {
  anderthalb: 1.5,
  eineinhalb: 1.5,
  zweieinhalb: 2.5,
  dreieinhalb: 3.5,
  viereinhalb: 4.5,
  fuenfeinhalb: 5.5,
  fünfeinhalb: 5.5,
  einhalb: 1.5,
  dreiviertel: 0.75,
};

const VULGAR: Record<string, number> = { "½": 0.5, "¼": 0.25, "¾": 0.75 };
const NUM = "(\\d{1,3}(?:[.,]\\d{1,2})?)";
const HOURS = "(?:h|std\\.?|stdn?\\.?|stunden?)";
const MINUTES = "(?:min\\.?|minuten?|mins?)";
const WORD_NUM = `(${Object.keys(NUMBER_WORDS).join("|")})`;
/** "ca. 2h", "knapp 'ne Stunde": hedges belong to the duration, not the title. */
const ABOUT = "(?:(?:ca\\.?|circa|etwa|ungefähr|ungefaehr|knapp|rund|gut|fast)\\s*)?";
/** The spoken article: "eine", "ne", "'ne", "n". */
const A = "(?:(?:eine|ne|['’]ne|n|einer)\\s+)?";
/** Start of a number that is not the tail of another one ("1,5h 20.11." holds no "5h 20"). */
const N = `${B}(?<!\\d[.,])`;
const FRACTION = `(${Object.keys(FRACTION_WORDS).join("|")})`;

function number(raw: string): number {
  return Number(raw.replace(",", "."));
}

/** One pattern per phrasing, most specific first; each turns its match into minutes. */
const PATTERNS: [string, (m: RegExpExecArray) => number][] = [
  [`${B}${ABOUT}(?:ein(?:en)?\\s+)?halbe[nr]?\\s+(?:arbeits)?tag${E}`, () => 240],
  [`${B}${ABOUT}(?:ein(?:en)?\\s+)?ganze[nr]?\\s+(?:arbeits)?tag${E}`, () => 480],
  [`${B}${ABOUT}${A}drei\\s*viertel\\s*(?:stunde|std\\.?)(?=$|[\\s,;!?)])`, () => 45],
  [`${B}${ABOUT}${A}viertel\\s*(?:stunde|std\\.?)(?=$|[\\s,;!?)])`, () => 15],
  [`${B}${ABOUT}${A}halben?\\s*(?:stunde|std\\.?)(?=$|[\\s,;!?)])`, () => 30],
  [
    `${B}${ABOUT}(\\d{1,2})\\s+(?:und\\s+)?([13])/([24])\\s*${HOURS}(?=$|[\\s,.;!?)])`,
    (m) => (Number(m[1]) + Number(m[2]) / Number(m[3])) * 60,
  ],
  [`${B}${ABOUT}([13])/([24])\\s*${HOURS}(?=$|[\\s,.;!?)])`, (m) => (Number(m[1]) / Number(m[2])) * 60],
  [
    `${B}${ABOUT}${FRACTION}\\s*${HOURS}(?=$|[\\s,.;!?)])`,
    (m) => (own(FRACTION_WORDS, foldKey(m[1])) ?? 0) * 60,
  ],
  [
    `${B}${ABOUT}${WORD_NUM}\\s+(?:und\\s+eine\\s+halbe\\s+|einhalb\\s+)stunden?${E}`,
    (m) => ((own(NUMBER_WORDS, foldKey(m[1])) ?? 0) + 0.5) * 60,
  ],
  [
    `${B}${ABOUT}${WORD_NUM}\\s+stunden?\\s+(?:und\\s+)?(\\d{1,2})\\s*${MINUTES}(?=$|[\\s,.;!?)])`,
    (m) => (own(NUMBER_WORDS, foldKey(m[1])) ?? 0) * 60 + Number(m[2]),
  ],
  [
    `${B}${ABOUT}${WORD_NUM}\\s+(?:std\\.?|stunden?)(?=$|[\\s,.;!?)])`,
    (m) => (own(NUMBER_WORDS, foldKey(m[1])) ?? 0) * 60,
  ],
  [`${B}${ABOUT}${WORD_NUM}\\s+${MINUTES}(?=$|[\\s,.;!?)])`, (m) => own(NUMBER_WORDS, foldKey(m[1])) ?? 0],
  // "1½ h", "½ Std", "¾ Stunde".
  [
    `${N}${ABOUT}(\\d{1,2})?\\s*([½¼¾])\\s*${HOURS}(?=$|[\\s,.;!?)])`,
    (m) => (Number(m[1] ?? 0) + (own(VULGAR, m[2] ?? "") ?? 0)) * 60,
  ],
  [
    `${B}${ABOUT}(\\d{1,2})\\s*${HOURS}\\s*(?:und\\s+)?(\\d{1,2})\\s*${MINUTES}(?=$|[\\s,.;!?)])`,
    (m) => Number(m[1]) * 60 + Number(m[2]),
  ],
  // "1h15", "1h 30", "1 Std 30": hours, then minutes without their unit; a number of people after the hours
  // is a count ("2h 12 Mädchen"), a clock time or a date is something else.
  [
    `${N}${ABOUT}(\\d{1,2})\\s?h\\s?([0-5]\\d)${E}(?![.:]\\d|\\s*${MINUTES}|${COUNTED_PEOPLE})`,
    (m) => Number(m[1]) * 60 + Number(m[2]),
  ],
  [
    `${N}${ABOUT}(\\d{1,2})\\s*(?:std\\.?|stdn?\\.?|stunden?)\\s+([134]5|[0-5]0)${E}(?![.:]\\d|\\s*${MINUTES}|\\s*uhr|${COUNTED_PEOPLE})`,
    (m) => Number(m[1]) * 60 + Number(m[2]),
  ],
  [`${B}${ABOUT}(0?\\d):([0-5]\\d)(?:\\s*${HOURS})?${E}(?!\\s*uhr)`, (m) => Number(m[1]) * 60 + Number(m[2])],
  [`${N}${ABOUT}${NUM}\\s*${HOURS}(?=$|[\\s,.;!?)])`, (m) => number(m[1] ?? "") * 60],
  [`${N}${ABOUT}${NUM}\\s*${MINUTES}(?=$|[\\s,.;!?)])`, (m) => number(m[1] ?? "")],
];

function foldKey(raw: string | undefined): string {
  return (raw ?? "").toLowerCase().replace(/\s+/g, "");
}

export interface FoundDuration {
  minutes: number;
  /** How many duration phrases the text held (more than one is ambiguous). */
  count: number;
}

/** Takes every duration phrase out of the scan; the first one counts. */
export function takeDurations(scan: Scan): FoundDuration | undefined {
  const found: { at: number; minutes: number }[] = [];
  for (const [pattern, toMinutes] of PATTERNS) {
    scan.take(pattern, (m) => {
      found.push({ at: m.index ?? 0, minutes: Math.round(toMinutes(m)) });
      return true;
    });
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.at - b.at);
  return { minutes: found[0]?.minutes ?? 0, count: found.length };
}

/** A whole form input as a duration: a phrase above, or a bare number of minutes. */
export function parseDuration(raw: string): number | undefined {
  const value = raw.trim();
  if (/^\d{1,4}$/.test(value)) return Number(value);
  const scan = new Scan(value);
  const found = takeDurations(scan);
  if (found?.count !== 1 || scan.remainder() !== "") return undefined;
  return found.minutes;
}

export const isPlausibleDuration = (minutes: number) =>
  Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES;
