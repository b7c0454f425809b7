// Forgiving partner lookup for the register: case and umlauts either way, the start of a name, a few of its
// words, or a typo. Exactly one candidate is the answer; several are a question back to the user.
import type { Partner } from "../../store/index.js";
import { distance, fold, tolerance } from "../aktivitaet/parse/fold.js";

export type Resolution<T = Partner> =
  | { kind: "one"; partner: T }
  | { kind: "many"; candidates: T[] }
  | { kind: "none" };

interface Named {
  id: number;
  name: string;
}

/** How many candidates a question offers. */
export const MAX_CANDIDATES = 5;

/** Abbreviations social workers write for an institution's first word ("GS am Park"). */
const SHORT: Record<string, string> = {
  gs: "grundschule",
  gms: "gemeinschaftsschule",
  fz: "familienzentrum",
};

const words = (name: string) =>
  name
    .split(/[\s\-–/.,]+/u)
    .map(fold)
    .filter((w) => w.length > 0)
    .map((w) => SHORT[w] ?? w);

/** A quoted name ("…", „…“) is meant exactly, with no guessing. */
export function unquote(typed: string): { name: string; exact: boolean } {
  const m = typed.trim().match(/^["„“”](.+)["“”]$/u);
  return m?.[1] ? { name: m[1].trim(), exact: true } : { name: typed.trim(), exact: false };
}

export function resolvePartner<T extends Named>(typed: string, partners: readonly T[]): Resolution<T> {
  const { name, exact: quoted } = unquote(typed);
  const key = fold(name);
  if (key.length === 0) return { kind: "none" };
  const keyed = partners.map((p) => ({ partner: p, key: fold(p.name), words: words(p.name) }));
  const exact = keyed.find((k) => k.key === key);
  if (exact) return { kind: "one", partner: exact.partner };
  if (quoted) return { kind: "none" };

  const max = tolerance(key.length);
  const typos = keyed
    .map((k) => ({ ...k, d: distance(key, k.key, max) }))
    .filter((k) => k.d <= max)
    .sort((a, b) => a.d - b.d);
  const typedWords = words(name);
  // Partial: the name starts with it, contains it, or every typed word starts one of the name's words.
  const partial = keyed.filter(
    (k) =>
      (key.length >= 3 && k.key.includes(key)) ||
      (typedWords.length > 0 && typedWords.every((w) => k.words.some((n) => n.startsWith(w)))),
  );
  const best = typos[0];
  // One clearly nearest typo wins over partial readings; a tie is a question.
  if (best && (typos[1]?.d ?? Number.POSITIVE_INFINITY) > best.d && partial.every((p) => p === best))
    return { kind: "one", partner: best.partner };
  const seen = new Set<number>();
  const candidates: T[] = [];
  for (const k of [...typos, ...partial]) {
    if (seen.has(k.partner.id)) continue;
    seen.add(k.partner.id);
    candidates.push(k.partner);
  }
  if (candidates.length === 1 && candidates[0]) return { kind: "one", partner: candidates[0] };
  if (candidates.length === 0) return { kind: "none" };
  return { kind: "many", candidates: candidates.slice(0, MAX_CANDIDATES) };
}

/**
 * Existing partners a newly typed name may mean ("GS am Park", "Kita Sonne", a typo the parser did not dare to
 * read), best first: what the quick entry offers before it creates a new partner.
 */
export function similarPartners<T extends Named>(typed: string, partners: readonly T[], max = 3): T[] {
  const r = resolvePartner(typed, partners);
  return r.kind === "one" ? [r.partner] : r.kind === "many" ? r.candidates.slice(0, max) : [];
}

/** Split points of "A B" where both sides read as partners: for two names written without a separator. */
export function splitTwo<T extends Named>(
  rest: string,
  partners: readonly T[],
): { left: string; right: string; a: Resolution<T>; b: Resolution<T> } | undefined {
  const quoted = [...rest.matchAll(/["„“]([^"„“”]+)["“”]/gu)].map((m) => m[0]);
  if (quoted.length === 2 && quoted[0] && quoted[1]) {
    return {
      left: quoted[0],
      right: quoted[1],
      a: resolvePartner(quoted[0], partners),
      b: resolvePartner(quoted[1], partners),
    };
  }
  const parts = rest.trim().split(/\s+/u);
  type Split = { left: string; right: string; a: Resolution<T>; b: Resolution<T> };
  let best: { split: Split; score: number } | undefined;
  let fallback: Split | undefined;
  const exactly = (typed: string, r: Resolution<T>) =>
    r.kind === "one" && fold(r.partner.name) === fold(typed) ? 1 : 0;
  for (let i = 1; i < parts.length; i++) {
    const left = parts.slice(0, i).join(" ");
    const right = parts.slice(i).join(" ");
    const a = resolvePartner(left, partners);
    const b = resolvePartner(right, partners);
    if (a.kind === "one" && b.kind === "one" && a.partner.id !== b.partner.id) {
      // Names read exactly beat names read with a typo or in part.
      const score = exactly(left, a) + exactly(right, b);
      if (!best || score > best.score) best = { split: { left, right, a, b }, score };
    } else if (!fallback && a.kind !== "none" && b.kind !== "none") fallback = { left, right, a, b };
  }
  return best?.split ?? fallback;
}
