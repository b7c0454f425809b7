// A piece of free text from which recognised phrases are taken one by one; what remains becomes the title.

/** Start and end of a word: JavaScript's \b knows no umlauts. */
export const B = "(?<![\\p{L}\\p{N}_])";
export const E = "(?![\\p{L}\\p{N}_])";

// The patterns are fixed strings: compiled once, not on every entry (matchAll works on a copy, so sharing is safe).
const compiled = new Map<string, RegExp>();
function compile(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(pattern, "giu");
    compiled.set(pattern, re);
  }
  return re;
}

export class Scan {
  private rest: string;

  constructor(readonly original: string) {
    this.rest = original;
  }

  /**
   * Offers every match of `pattern` (global, unicode, case-insensitive) to `accept`; an accepted
   * match is removed from the text. Returns how many were accepted.
   */
  take(pattern: string, accept: (match: RegExpExecArray) => boolean): number {
    const re = compile(pattern);
    let taken = 0;
    const spans: [number, number][] = [];
    for (const match of this.rest.matchAll(re)) {
      if (match[0].length === 0) continue;
      if (accept(match as RegExpExecArray)) {
        spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
        taken++;
      }
    }
    for (const [from, to] of spans) {
      this.rest = `${this.rest.slice(0, from)}${" ".repeat(to - from)}${this.rest.slice(to)}`;
    }
    return taken;
  }

  /** The words not yet taken, in order, with their offsets. */
  words(): { word: string; start: number; end: number }[] {
    return [...this.rest.matchAll(/\S+/gu)].map((m) => ({
      word: m[0],
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }));
  }

  /** Removes a character range (used for multi-word names found word by word). */
  remove(start: number, end: number): void {
    this.rest = `${this.rest.slice(0, start)}${" ".repeat(end - start)}${this.rest.slice(end)}`;
  }

  /** What nobody took, tidied: single spaces, no dangling separators. */
  remainder(): string {
    return this.rest
      .replace(/\s+/gu, " ")
      .replace(/\s+([,.;:!?])/gu, "$1")
      .replace(/([,;:–-])(\s*[,;:–-])+/gu, "$1")
      .trim()
      .replace(/^[\s,.;:–-]+|[\s,;:–-]+$/gu, "")
      .trim();
  }
}
