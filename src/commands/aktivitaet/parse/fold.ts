// Folding and fuzzy comparison of names: case, umlauts written as ae/oe/ue, punctuation and small typos.
import { spellOutUmlauts } from "../../text.js";

/** "Grundschule Süd-Ost" -> "grundschulesuedost": what a name is compared by. */
export function fold(value: string): string {
  return foldWord(value).replace(/[^a-z0-9]/g, "");
}

/** Lower case with umlauts spelled out, spaces kept: for keyword lookups. */
export function foldWord(value: string): string {
  return spellOutUmlauts(value)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function distance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  return editDistance(a, b, max, false);
}

/**
 * Like `distance`, but swapping two neighbouring letters is one slip ("nrod" for "nord", "Nordstdat"): the commonest
 * typo in a hurried name. Stops early once every alignment exceeds `max` (a swap can only continue a row that did not).
 */
export function typoDistance(a: string, b: string, max: number): number {
  return editDistance(a, b, max, true);
}

function editDistance(a: string, b: string, max: number, swaps: boolean): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Edit distance where swapping two neighbouring letters is one edit (optimal string alignment). */
export function osa(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((d[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (d[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (d[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = v;
    }
  }
  return d[a.length]?.[b.length] ?? 0;
}

/** How many typos a name of this (folded) length tolerates. */
export function tolerance(length: number): number {
  if (length < 5) return 0;
  if (length < 10) return 1;
  return 2;
}

export interface NameMatch<T> {
  item: T;
  /** exact: equal after folding; typo: within the tolerance; prefix: the start of exactly one name. */
  kind: "exact" | "typo" | "prefix";
}

/** Finds the one candidate a typed name means; ambiguous or distant names match nothing. */
export function matchName<T>(
  typed: string,
  candidates: T[],
  nameOf: (c: T) => string,
): NameMatch<T> | undefined {
  const key = fold(typed);
  if (key.length === 0) return undefined;
  const folded = candidates.map((c) => ({ item: c, key: fold(nameOf(c)) }));
  const exact = folded.find((c) => c.key === key);
  if (exact) return { item: exact.item, kind: "exact" };
  const max = tolerance(key.length);
  if (max > 0) {
    const scored = folded
      .map((c) => ({ ...c, d: distance(key, c.key, max) }))
      .filter((c) => c.d <= max)
      .sort((a, b) => a.d - b.d);
    const [best, second] = scored;
    if (best && (!second || second.d > best.d)) return { item: best.item, kind: "typo" };
    if (best) return undefined;
  }
  if (key.length >= 5) {
    const prefixed = folded.filter((c) => c.key.startsWith(key));
    if (prefixed.length === 1 && prefixed[0]) return { item: prefixed[0].item, kind: "prefix" };
  }
  return undefined;
}

// Shared by every family's word tables; re-exported so the parsers keep importing it from here.
export { own } from "../../text.js";
