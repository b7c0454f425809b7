// Known names (districts, partners) indexed once per list, and found in the text with or without a marker.
import { fold, type NameMatch, tolerance, typoDistance } from "./fold.js";
import type { Scan } from "./scan.js";

interface Entry {
  key: string;
  /** Where the item stands in the caller's list. */
  position: number;
  words: number;
  letters: Uint8Array;
}

const ALPHABET = 36;
/** How often each of a–z and 0–9 occurs: half the difference of two such counts is a lower bound of their distance. */
function letterCounts(key: string): Uint8Array {
  const counts = new Uint8Array(ALPHABET);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const slot = c >= 97 ? c - 97 : c - 48 + 26;
    if (slot >= 0 && slot < ALPHABET) counts[slot] = Math.min(255, (counts[slot] ?? 0) + 1);
  }
  return counts;
}

function surelyFarther(a: Uint8Array, b: Uint8Array, max: number): boolean {
  let diff = 0;
  for (let i = 0; i < ALPHABET; i++) diff += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return diff > 2 * max;
}

export interface NameIndex<T> {
  /** The caller's objects; entries point into this list by position. */
  items: T[];
  entries: Entry[];
  exact: Map<string, Entry[]>;
  /** First letter and length -> entries: typo candidates without scanning every name. */
  buckets: Map<string, Entry[]>;
  /** Length -> entries: a typo changes the length by at most the tolerance. */
  byLength: Map<number, Entry[]>;
  maxWords: number;
}

// The lists are loaded from the store on every request but rarely change: an index is kept per list content (the
// names and the objects' own values), for the last few lists, so a team's next entry does not fold every name again.
const CACHED_LISTS = 32;
const cache = new Map<string, NameIndex<unknown>>();

function contentKey<T extends object>(candidates: T[]): string {
  return candidates.map((c) => Object.values(c).join("\u0001")).join("\u0000");
}

export function indexNames<T extends object>(candidates: T[], nameOf: (c: T) => string): NameIndex<T> {
  const content = contentKey(candidates);
  const cached = cache.get(content) as NameIndex<T> | undefined;
  // Same names in the same order: the cached index, answering with this request's objects.
  const index = cached ? { ...cached, items: candidates } : buildIndex(candidates, nameOf);
  cache.delete(content);
  cache.set(content, index as NameIndex<unknown>);
  if (cache.size > CACHED_LISTS) cache.delete(cache.keys().next().value ?? "");
  return index;
}

function buildIndex<T extends object>(candidates: T[], nameOf: (c: T) => string): NameIndex<T> {
  const index: NameIndex<T> = {
    items: candidates,
    entries: [],
    exact: new Map(),
    buckets: new Map(),
    byLength: new Map(),
    maxWords: 1,
  };
  for (const [position, item] of candidates.entries()) {
    const name = nameOf(item);
    const key = fold(name);
    if (!key) continue;
    const entry = { key, position, words: name.trim().split(/\s+/u).length, letters: letterCounts(key) };
    index.entries.push(entry);
    index.exact.set(key, [...(index.exact.get(key) ?? []), entry]);
    const bucket = `${key[0]}:${key.length}`;
    index.buckets.set(bucket, [...(index.buckets.get(bucket) ?? []), entry]);
    index.byLength.set(key.length, [...(index.byLength.get(key.length) ?? []), entry]);
    index.maxWords = Math.max(index.maxWords, entry.words);
  }
  return index;
}

function found<T>(index: NameIndex<T>, e: Entry, kind: NameMatch<T>["kind"]): NameMatch<T> | undefined {
  const item = index.items[e.position];
  return item === undefined ? undefined : { item, kind };
}

/** Same answer as fold.matchName, on an index: exact, a unique nearest typo, or the start of exactly one name. */
export function matchKey<T>(key: string, index: NameIndex<T>, allowPrefix = true): NameMatch<T> | undefined {
  if (key.length === 0) return undefined;
  const exact = index.exact.get(key);
  if (exact?.[0]) return found(index, exact[0], "exact");
  const max = tolerance(key.length);
  if (max > 0) {
    let best: Entry | undefined;
    let bestD = max + 1;
    let tie = false;
    const letters = letterCounts(key);
    for (let len = key.length - max; len <= key.length + max; len++) {
      for (const e of index.byLength.get(len) ?? []) {
        if (surelyFarther(letters, e.letters, max)) continue;
        const d = typoDistance(key, e.key, max);
        if (d < bestD) {
          best = e;
          bestD = d;
          tie = false;
        } else if (d === bestD && d <= max) tie = true;
      }
    }
    if (best && bestD <= max) return tie ? undefined : found(index, best, "typo");
  }
  if (allowPrefix && key.length >= 5) {
    const prefixed = index.entries.filter((e) => e.key.startsWith(key));
    if (prefixed.length === 1 && prefixed[0]) return found(index, prefixed[0], "prefix");
  }
  return undefined;
}

/** Unmarked text is ordinary language: a typo counts only with the same first letter, one slip below 12 letters. */
function matchUnmarked<T>(key: string, words: number, index: NameIndex<T>): NameMatch<T> | undefined {
  const exact = index.exact.get(key);
  if (exact?.[0]) return found(index, exact[0], "exact");
  if (key.length < 6) return undefined;
  const max = key.length < 12 ? 1 : 2;
  let best: Entry | undefined;
  let bestD = max + 1;
  let tie = false;
  let letters: Uint8Array | undefined;
  for (let len = key.length - max; len <= key.length + max; len++) {
    for (const e of index.buckets.get(`${key[0]}:${len}`) ?? []) {
      if (e.words !== words) continue;
      letters ??= letterCounts(key);
      if (surelyFarther(letters, e.letters, max)) continue;
      const d = typoDistance(key, e.key, max);
      if (d < bestD) {
        best = e;
        bestD = d;
        tie = false;
      } else if (d === bestD) tie = true;
    }
  }
  return best && bestD <= max && !tie ? found(index, best, "typo") : undefined;
}

export interface Found<T> {
  item: T;
  typed: string;
  kind: NameMatch<T>["kind"];
  at: number;
  /** Which of the lists it came from. */
  list: number;
}

const TRAILING = /[,.;:!?)]+$/u;
/**
 * Words for a committee, an association or an office, which a district's name after them is part of
 * ("Seniorenbeirat Oststadt", "Stadtteilbüro Weststadt"). A known partner after them stays that partner: the
 * "Elternbeirat Grundschule am Park" is the school's.
 */
const BODY =
  /(?:beirat|ausschuss|bezirksrat|ortschaftsrat|gemeinderat|stadtrat|vertretung|verein|verband|buero|(?<!ehren|ges)amt|dienst|revier)$/u;
/** Abbreviations social workers write for the first word of an institution ("GS am Park"). */
const SHORT: Record<string, string> = {
  gs: "grundschule",
  gms: "gemeinschaftsschule",
  fz: "familienzentrum",
};

/**
 * Finds known names in the words nobody took yet, longest first across all lists ("Jugendhaus Mitte" before the
 * district "Mitte"), and takes them out. A word with a digit never belongs to a name.
 */
export function takeUnmarkedNames<T>(
  scan: Scan,
  lists: NameIndex<T>[],
  partOfBody: number[] = [],
): Found<T>[] {
  const words = scan.words().map((w) => {
    const key = fold(w.word.replace(TRAILING, ""));
    return { ...w, key: Object.hasOwn(SHORT, key) ? (SHORT[key] ?? key) : key };
  });
  const maxWords = Math.max(1, ...lists.map((l) => l.maxWords));
  const found: Found<T>[] = [];
  const claims: { from: number; n: number; match: NameMatch<T>; list: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    let key = "";
    for (let n = 1; n <= maxWords && i + n - 1 < words.length; n++) {
      const w = words[i + n - 1];
      if (!w || /\d/u.test(w.word) || /^[#+@]/u.test(w.word) || !w.key) break;
      // A comma or full stop inside the span ends the name.
      if (n > 1 && TRAILING.test(words[i + n - 2]?.word ?? "")) break;
      key += w.key;
      for (let l = 0; l < lists.length; l++) {
        const list = lists[l];
        if (!list) continue;
        const match = matchUnmarked(key, n, list);
        if (match) claims.push({ from: i, n, match, list: l });
      }
    }
  }
  // A name right after a body's word belongs to that body ("Seniorenbeirat Oststadt", "Bezirksbeirat Weststadt"):
  // it names no district or partner of its own.
  for (let k = claims.length - 1; k >= 0; k--) {
    const before = words[(claims[k]?.from ?? 0) - 1];
    const claim = claims[k];
    if (
      claim &&
      partOfBody.includes(claim.list) &&
      before &&
      !TRAILING.test(before.word) &&
      BODY.test(before.key)
    )
      claims.splice(k, 1);
  }
  // Longest first, exact before typo; a claim overlapping an accepted one is dropped.
  claims.sort((a, b) => b.n - a.n || rank(a.match.kind) - rank(b.match.kind) || a.from - b.from);
  const used = new Set<number>();
  for (const c of claims) {
    const span = Array.from({ length: c.n }, (_, k) => c.from + k);
    if (span.some((k) => used.has(k))) continue;
    for (const k of span) used.add(k);
    const first = words[c.from];
    const last = words[c.from + c.n - 1];
    if (!first || !last) continue;
    const trailing = TRAILING.exec(last.word)?.[0].length ?? 0;
    // "in der Weststadt", "mit dem Jugendhaus Mitte": the little words that only led to the name go with it.
    const lead = leadingWords(words, c.from, used);
    if (lead) scan.remove(lead.start, first.start);
    found.push({
      item: c.match.item,
      typed: scan.original.slice(first.start, last.end - trailing),
      kind: c.match.kind,
      at: first.start,
      list: c.list,
    });
    scan.remove(first.start, last.end - trailing);
  }
  return found.sort((a, b) => a.at - b.at);
}

/** "in der", "im", "mit dem", "beim", "zusammen mit": one or two words right before a name, nothing else. */
const LEADS = new Set([
  "in",
  "im",
  "mit",
  "beim",
  "bei",
  "zusammen",
  "an",
  "am",
  "ans",
  "vom",
  "von",
  "zum",
  "zur",
  "für",
  "fuer",
]);
const ARTICLES = new Set(["der", "dem", "den", "die", "das"]);

function leadingWords(
  words: { word: string; start: number; key: string }[],
  from: number,
  used: Set<number>,
): { start: number } | undefined {
  const before = words[from - 1];
  if (!before || used.has(from - 1) || TRAILING.test(before.word)) return undefined;
  const w = before.word.toLowerCase();
  if (ARTICLES.has(w)) {
    const lead = words[from - 2];
    if (lead && !used.has(from - 2) && LEADS.has(lead.word.toLowerCase())) {
      const extra = words[from - 3];
      // "zusammen mit dem …"
      if (lead.word.toLowerCase() === "mit" && extra?.word.toLowerCase() === "zusammen")
        return { start: extra.start };
      return { start: lead.start };
    }
    return undefined;
  }
  if (LEADS.has(w)) {
    const extra = words[from - 2];
    if (w === "mit" && extra?.word.toLowerCase() === "zusammen") return { start: extra.start };
    return { start: before.start };
  }
  return undefined;
}

function rank(kind: NameMatch<unknown>["kind"]): number {
  return kind === "exact" ? 0 : kind === "typo" ? 1 : 2;
}
