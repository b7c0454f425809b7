// Durations in German: "2h", "1,5 Std.", "90 min", "1:30", "eine Stunde", "halber Tag" (= 4 h).
import { own } from "./fold.js";
import { B, E, Scan } from "./scan.js";

export const MAX_MINUTES = 24 * 60;

const NUMBER_WORDS: Record<string, number> = {
  ein: 1,
  eine: 1,
  einer: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwoelf: 12,
  fünfzehn: 15,
  fuenfzehn: 15,
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfundvierzig: 45,
  fuenfundvierzig: 45,
  fünfzig: 50,
  fuenfzig: 50,
  sechzig: 60,
  neunzig: 90,
};

const FRACTION_WORDS: Record<string, number> = {
  anderthalb: 1.5,
  eineinhalb: 1.5,
  zweieinhalb: 2.5,
  dreieinhalb: 3.5,
  viereinhalb: 4.5,
};

const NUM = "(\\d{1,3}(?:[.,]\\d{1,2})?)";
const HOURS = "(?:h|std\\.?|stdn?\\.?|stunden?)";
const MINUTES = "(?:min\\.?|minuten?|mins?)";
const WORD_NUM = `(${Object.keys(NUMBER_WORDS).join("|")})`;
const FRACTION = `(${Object.keys(FRACTION_WORDS).join("|")})`;

function number(raw: string): number {
  return Number(raw.replace(",", "."));
}

/** One pattern per phrasing, most specific first; each turns its match into minutes. */
const PATTERNS: [string, (m: RegExpExecArray) => number][] = [
  [`${B}(?:ein(?:en)?\\s+)?halbe[nr]?\\s+(?:arbeits)?tag${E}`, () => 240],
  [`${B}(?:ein(?:en)?\\s+)?ganze[nr]?\\s+(?:arbeits)?tag${E}`, () => 480],
  [`${B}(?:eine\\s+)?dreiviertel\\s*stunde${E}`, () => 45],
  [`${B}(?:eine\\s+)?viertel\\s*stunde${E}`, () => 15],
  [`${B}(?:eine\\s+)?halbe\\s+stunde${E}`, () => 30],
  [`${B}${FRACTION}\\s+stunden?${E}`, (m) => (own(FRACTION_WORDS, (m[1] ?? "").toLowerCase()) ?? 0) * 60],
  [
    `${B}${WORD_NUM}\\s+(?:und\\s+eine\\s+halbe\\s+|einhalb\\s+)stunden?${E}`,
    (m) => ((own(NUMBER_WORDS, (m[1] ?? "").toLowerCase()) ?? 0) + 0.5) * 60,
  ],
  [`${B}${WORD_NUM}\\s+stunden?${E}`, (m) => (own(NUMBER_WORDS, (m[1] ?? "").toLowerCase()) ?? 0) * 60],
  [`${B}${WORD_NUM}\\s+minuten${E}`, (m) => own(NUMBER_WORDS, (m[1] ?? "").toLowerCase()) ?? 0],
  [
    `${B}(\\d{1,2})\\s*${HOURS}\\s*(\\d{1,2})\\s*${MINUTES}(?=$|[\\s,.;!?)])`,
    (m) => Number(m[1]) * 60 + Number(m[2]),
  ],
  [`${B}(\\d{1,2})h([0-5]\\d)${E}`, (m) => Number(m[1]) * 60 + Number(m[2])],
  [`${B}(0?\\d):([0-5]\\d)(?:\\s*${HOURS})?${E}(?!\\s*uhr)`, (m) => Number(m[1]) * 60 + Number(m[2])],
  [`${B}${NUM}\\s*${HOURS}(?=$|[\\s,.;!?)])`, (m) => number(m[1] ?? "") * 60],
  [`${B}${NUM}\\s*${MINUTES}(?=$|[\\s,.;!?)])`, (m) => number(m[1] ?? "")],
];

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
