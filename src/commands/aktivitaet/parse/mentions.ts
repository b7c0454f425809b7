// "+Partner" and "@Sozialraum" mentions: quoted, or matched word by word against known names.
import { matchName, type NameMatch } from "./fold.js";
import type { Scan } from "./scan.js";

export interface Mention<T> {
  /** The name as typed (underscores read as spaces). */
  typed: string;
  match?: NameMatch<T>;
}

const MAX_WORDS = 5;
const TRAILING = /[,.;:!?)]+$/u;

/** Takes every mention that starts with `sigil` out of the scan. */
export function takeMentions<T>(
  scan: Scan,
  sigil: "+" | "@",
  candidates: T[],
  nameOf: (c: T) => string,
): Mention<T>[] {
  const found: Mention<T>[] = [];
  scan.take(sigil === "+" ? `\\+[„"“]([^"“”„]{1,100})["“”]` : `@[„"“]([^"“”„]{1,100})["“”]`, (m) => {
    const typed = (m[1] ?? "").trim();
    if (!typed) return false;
    found.push({ typed, match: matchName(typed, candidates, nameOf) });
    return true;
  });

  const words = scan.words();
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (!first?.word.startsWith(sigil) || !/^[+@]\p{L}/u.test(first.word)) continue;
    const seq: string[] = [first.word.slice(1)];
    for (let j = i + 1; j < words.length && seq.length < MAX_WORDS; j++) {
      const w = words[j]?.word ?? "";
      if (/^[#+@]/.test(w)) break;
      seq.push(w);
    }
    let best: { n: number; match: NameMatch<T> } | undefined;
    for (let n = seq.length; n >= 1 && !best; n--) {
      const typed = seq.slice(0, n).join(" ").replace(TRAILING, "").replaceAll("_", " ");
      const match = matchName(typed, candidates, nameOf);
      if (match && (match.kind !== "prefix" || n === 1)) best = { n, match };
    }
    const n = best?.n ?? 1;
    const last = words[i + n - 1] ?? first;
    const typed = seq.slice(0, n).join(" ").replace(TRAILING, "").replaceAll("_", " ").trim();
    const trailing = TRAILING.exec(last.word)?.[0].length ?? 0;
    scan.remove(first.start, last.end - trailing);
    found.push({ typed, ...(best ? { match: best.match } : {}) });
    i += n - 1;
  }
  return found;
}
