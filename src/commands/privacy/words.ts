// The words of a text as the name checks see them: each with its folded form, capitals and what follows.
import { foldName } from "./names.js";

export interface Word {
  text: string;
  folded: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Inside a sentence: neither the first word nor after a full stop, colon, "!" or "?". */
  mid: boolean;
  /** Index in the text, and what follows the word up to the next word. */
  index: number;
  after: string;
  /** Whether the word is a role or an institution word, worked out once per word (see isRole in not-clients.ts). */
  role?: boolean;
  institution?: boolean;
}

const WORD = /[\p{L}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*\.?/gu;

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const matches = [...text.matchAll(WORD)];
  for (const [i, m] of matches.entries()) {
    const raw = m[0];
    const index = m.index ?? 0;
    const next = matches[i + 1];
    const end = index + raw.length;
    out.push({
      text: raw,
      folded: foldName(raw.replace(/\.$/, "")),
      cap: /^\p{Lu}/u.test(raw),
      mid: i > 0 && !/[.!?:;]\s*$/u.test(out[i - 1]?.after ?? ""),
      index,
      after: text.slice(end, next ? next.index : text.length),
    });
  }
  return out;
}

export const set = (words: string) => new Set(words.split(/\s+/).map(foldName));

/**
 * Only within the phrase: in "Elterncafé, Anna bringt Kuchen" the comma ends the café's name, in "Runder
 * Tisch Schule – Jonas Maier" the dash.
 */
export const CLAUSE_BREAK = /[,;.:!?–]|\s-\s/u;
