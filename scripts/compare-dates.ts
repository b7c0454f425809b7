// Dates only: the hand-written quick-entry date reading against chrono-node's German locale on the quick-entry
// corpora (`npx tsx scripts/compare-dates.ts`). Prints per-parser accuracy for the occurrence day.
import * as chrono from "chrono-node";
import { parseQuickEntry } from "../src/commands/aktivitaet/parse/quick.js";
import { QUICK_DEV } from "../tests/corpora/quick-dev.js";
import { QUICK_HOLDOUT } from "../tests/corpora/quick-holdout.js";
import { CORPUS_TODAY, corpusContext, percent } from "../tests/corpora/quick-score.js";

const ctx = corpusContext();
// Noon on the corpus day, so no time-zone shift moves the reference to another day.
const reference = new Date(`${CORPUS_TODAY}T12:00:00`);

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** chrono's reading of the text: the first date it finds, today when it finds none (as the quick entry does). */
function byChrono(text: string): { day: string; found: boolean } {
  const [first] = chrono.de.parse(text, reference);
  if (!first) return { day: CORPUS_TODAY, found: false };
  const s = first.start;
  return { day: iso(s.get("year") ?? 0, s.get("month") ?? 0, s.get("day") ?? 0), found: true };
}

/** Fairer to chrono: skip results that are only a clock time or duration ("10:15-12:00" carries today's day). */
function byChronoDay(text: string): string {
  const dated = chrono.de
    .parse(text, reference)
    .find((r) => r.start.isCertain("day") || r.start.isCertain("weekday") || r.text.match(/gestern|heute/i));
  if (!dated) return CORPUS_TODAY;
  const s = dated.start;
  return iso(s.get("year") ?? 0, s.get("month") ?? 0, s.get("day") ?? 0);
}

function byHand(text: string): { day: string; found: boolean } {
  const entry = parseQuickEntry(text, ctx);
  return { day: entry.occurredOn.value, found: entry.occurredOn.status !== "default" };
}

const PARSERS: [string, (text: string) => string][] = [
  ["hand-written", (t) => byHand(t).day],
  ["chrono-node de", (t) => byChrono(t).day],
  ["chrono-node de, first day-bearing", byChronoDay],
  [
    "hand-written, chrono as fallback",
    (t) => {
      const hand = byHand(t);
      return hand.found ? hand.day : byChrono(t).day;
    },
  ],
];

for (const [name, corpus] of [
  ["dev", QUICK_DEV],
  ["holdout", QUICK_HOLDOUT],
] as const) {
  console.log(
    `${name} (${corpus.length} cases, ${corpus.filter((c) => c.occurredOn !== CORPUS_TODAY).length} with a date other than today)`,
  );
  for (const [parser, read] of PARSERS) {
    const right = corpus.filter((c) => read(c.text) === c.occurredOn).length;
    console.log(`  ${parser.padEnd(34)} ${percent(right, corpus.length)} %  (${right}/${corpus.length})`);
  }
  if (process.env.SHOW) {
    for (const c of corpus) {
      const got = byChrono(c.text).day;
      if (got !== c.occurredOn) console.log(`    chrono ${got} ≠ ${c.occurredOn}: ${c.text}`);
    }
  }
}
