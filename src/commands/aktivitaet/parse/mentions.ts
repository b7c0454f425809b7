// "+Partner" and "@Sozialraum" mentions: quoted, or matched word by word against known names, longest first.
import { fold, type NameMatch } from "./fold.js";
import { endsLowerName, isInnerLower, MAX_LOWER_WORDS } from "./lower-names.js";
import { matchKey, type NameIndex } from "./names.js";
import type { Scan } from "./scan.js";

export interface Mention<T> {
  /** The name as typed (underscores read as spaces). */
  typed: string;
  match?: NameMatch<T>;
}

const MAX_WORDS = 5;
const TRAILING = /[,.;:!?)]+$/u;
/** "Dr.", "St.", "e.V.": a dot that abbreviates, not one that ends the name. */
const ABBREVIATION = /^(?:\p{Lu}\p{Ll}{0,3}|dr|st|prof|e\.\s?v|e\.\s?V|gGmbH|GmbH)\.$/u;
const ends = (word: string) => TRAILING.test(word) && !ABBREVIATION.test(word);

/**
 * Words that end an unknown name written without quotes: "+Förderverein Altstadt am Montag 2h" is
 * „Förderverein Altstadt“. A name goes on over capitalised words and the small words inside names
 * ("Grundschule am Park", "Verein für Jugendarbeit") and stops at a number, a marker, a comma, a lower-case word,
 * "mit"/"und", a date or duration word, or a word that describes the activity rather than the partner.
 */
const STOP = new Set(
  [
    "mit",
    "und",
    "sowie",
    "zum",
    "zur",
    "wegen",
    "heute",
    "gestern",
    "vorgestern",
    "letzte",
    "letzten",
    "vorletzte",
    "vorletzten",
    "diese",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
    "std",
    "stunde",
    "stunden",
    "min",
    "minuten",
    "uhr",
    "tn",
    "ca",
    "treffen",
    "sitzung",
    "besprechung",
    "austausch",
    "planung",
    "gespraech",
    "termin",
    "vorbereitung",
    "nachbereitung",
    "absprache",
    "kooperation",
    "projekt",
    "workshop",
    "infoabend",
    "elternabend",
    "fachgespraech",
    "kooperationsgespraech",
    "kooperationstreffen",
    "abstimmung",
    "teilnahme",
    "beratung",
    "fortbildung",
    "eltern",
    "kinder",
    "kindern",
    "jugendliche",
    "jugendlichen",
    "familien",
    "halbe",
    "halber",
    "viertelstunde",
    "anderthalb",
    "eineinhalb",
    "zwei",
    "drei",
    "vier",
    "eine",
    "ne",
  ].map(fold),
);
/** Small words that may sit inside a name, when a capitalised word follows. */
const INNER = new Set([
  "am",
  "im",
  "an",
  "der",
  "die",
  "das",
  "des",
  "für",
  "fuer",
  "vom",
  "von",
  "e.v.",
  "ev",
  "in",
  "st.",
]);

function endsName(word: string): boolean {
  return /^[#+@\d]/u.test(word) || STOP.has(fold(word));
}

/** Takes every mention that starts with `sigil` out of the scan. */
export function takeMentions<T>(scan: Scan, sigil: "+" | "@", index: NameIndex<T>): Mention<T>[] {
  const found: Mention<T>[] = [];
  scan.take(sigil === "+" ? `\\+[„"“]([^"“”„]{1,100})["“”]` : `@[„"“]([^"“”„]{1,100})["“”]`, (m) => {
    const typed = (m[1] ?? "").trim();
    if (!typed) return false;
    const match = matchKey(fold(typed), index);
    found.push({ typed, ...(match ? { match } : {}) });
    return true;
  });

  const words = scan.words();
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (!first?.word.startsWith(sigil) || !/^[+@]\p{L}/u.test(first.word)) continue;
    // The candidate words: a number, another marker or a comma ends them ("@Weststadt 15 TN" keeps its 15).
    const seq: string[] = [first.word.slice(1)];
    for (let j = i + 1; j < words.length && seq.length < MAX_WORDS; j++) {
      // The last word taken, without its marker: "+Ev. Kirchengemeinde" goes on past its abbreviation.
      if (ends(seq[seq.length - 1] ?? "")) break;
      const w = words[j]?.word ?? "";
      if (/^[#+@\d]/u.test(w)) break;
      seq.push(w);
    }
    // Longest first, but an exact name wins over a longer typo: in "@Oststadt Do" or "@Westviertel ab 17:30"
    // the weekday or "ab" is no slip inside the district's name.
    let best: { n: number; match: NameMatch<T> } | undefined;
    for (let n = seq.length; n >= 1 && best?.match.kind !== "exact"; n--) {
      const typed = seq.slice(0, n).join(" ").replace(TRAILING, "").replaceAll("_", " ");
      const match = matchKey(fold(typed), index, n === 1);
      if (!match || (best && match.kind !== "exact")) continue;
      if (match.kind !== "exact" && n > 1 && endsName(seq[n - 1] ?? "")) continue;
      best = { n, match };
    }
    // "+Grundschule Am Berg" only starts like "Grundschule am Park": where the typed name goes on past the
    // known start, it is another, new partner.
    if (best?.match.kind === "prefix" && unknownNameLength(seq, sigil) > best.n) best = undefined;
    const n = best?.n ?? unknownNameLength(seq, sigil);
    const last = words[i + n - 1] ?? first;
    const typed = seq.slice(0, n).join(" ").replace(TRAILING, "").replaceAll("_", " ").trim();
    const trailing = ABBREVIATION.test(last.word) ? 0 : (TRAILING.exec(last.word)?.[0].length ?? 0);
    scan.remove(first.start, last.end - trailing);
    found.push({ typed, ...(best ? { match: best.match } : {}) });
    i += n - 1;
  }
  return found;
}

/** How many of the words an unknown name spans; districts are single words unless quoted. */
function unknownNameLength(seq: string[], sigil: "+" | "@"): number {
  if (sigil === "@") return 1;
  if (!/\p{Lu}/u.test(seq[0] ?? "")) return lowerNameLength(seq);
  let n = 1;
  while (n < seq.length) {
    if (ends(seq[n - 1] ?? "")) break;
    const w = seq[n] ?? "";
    if (endsName(w)) break;
    if (INNER.has(w.toLowerCase())) {
      const next = seq[n + 1] ?? "";
      if (!/^\p{Lu}/u.test(next) || endsName(next)) break;
      n += 2;
      continue;
    }
    if (!/^\p{Lu}/u.test(w) && !/^\p{Lu}{2,}/u.test(w)) break;
    n++;
  }
  return n;
}

/** A name typed all in lower case runs over plain words up to a stop word, a verb or a new phrase. */
function lowerNameLength(seq: string[]): number {
  let n = 1;
  let plain = 1;
  while (n < seq.length && plain < MAX_LOWER_WORDS) {
    if (ends(seq[n - 1] ?? "")) break;
    const w = seq[n] ?? "";
    if (/\p{Lu}/u.test(w) || endsLowerName(w, seq[n + 1], endsName)) break;
    if (isInnerLower(w)) {
      n += 2;
      plain++;
      continue;
    }
    n++;
    plain++;
  }
  return n;
}
