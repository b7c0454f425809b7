// The team's own earlier choice: the focus of the most similar recent title. Each title's words are worked out
// once and kept (bounded), since the same recent titles are compared with every new entry.
import type { Focus } from "../../../store/index.js";
import { fold, foldWord } from "./fold.js";

const MINOR = new Set([
  "der",
  "die",
  "das",
  "den",
  "dem",
  "mit",
  "und",
  "im",
  "am",
  "zum",
  "zur",
  "fuer",
  "von",
  "vom",
]);

interface TitleKey {
  folded: string;
  tokens: Set<string>;
}

const MAX_KEPT = 5_000;
const kept = new Map<string, TitleKey>();

function keyOf(title: string): TitleKey {
  const known = kept.get(title);
  if (known) return known;
  const key = {
    folded: fold(title),
    tokens: new Set(
      foldWord(title)
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 1 && !MINOR.has(w)),
    ),
  };
  // A crude bound: past it start afresh, the working set of recent titles is refilled within an entry or two.
  if (kept.size >= MAX_KEPT) kept.clear();
  kept.set(title, key);
  return key;
}

/** The focus of the most similar earlier title (at least half the words shared), the most recent on a tie. */
export function similarEarlier(title: string, history: { title: string; focus: Focus }[]): Focus | undefined {
  const mine = keyOf(title);
  if (mine.tokens.size === 0) return undefined;
  let best: { focus: Focus; sim: number } | undefined;
  for (const h of history) {
    const theirs = keyOf(h.title);
    if (theirs.folded === mine.folded) return h.focus;
    let shared = 0;
    for (const t of mine.tokens) if (theirs.tokens.has(t)) shared++;
    const sim = shared / (mine.tokens.size + theirs.tokens.size - shared);
    if (sim >= 0.5 && (!best || sim > best.sim)) best = { focus: h.focus, sim };
  }
  return best?.focus;
}
