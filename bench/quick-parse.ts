// Quick-entry parser speed: the dev corpus parsed against 300 partners and 50 districts (issue #15: < 1 ms per entry).
import { parseQuickEntry, type QuickContext } from "../src/commands/aktivitaet/parse/quick.js";
import { QUICK_DEV } from "../tests/corpora/quick-dev.js";
import { corpusContext } from "../tests/corpora/quick-score.js";
import type { Benchmark } from "./run.js";

const PARTNERS = 300;
const DISTRICTS = 50;
const ROUNDS = 20;
const LIMIT_US = 1000;

/** µs per entry, and the 99th percentile of single entries. */
function measure(contextFor: () => QuickContext): { mean: number; p99: number; max: number } {
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const c of QUICK_DEV) {
      const ctx = contextFor();
      const started = performance.now();
      parseQuickEntry(c.text, ctx);
      times.push((performance.now() - started) * 1000);
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  return { mean, p99: times[Math.floor(times.length * 0.99)] ?? 0, max: times.at(-1) ?? 0 };
}

export const quickParseBench: Benchmark = {
  name: "quick-parse",
  description: `quick-entry parser on the dev corpus (${QUICK_DEV.length} entries) with ${PARTNERS} partners and ${DISTRICTS} districts`,
  async run() {
    const base = corpusContext(PARTNERS - 10, DISTRICTS - 6);
    if (base.partners.length !== PARTNERS || base.districts.length !== DISTRICTS)
      throw new Error("context size");
    measure(() => base); // warm-up: JIT and the name index
    // Warm: the name lists reused (their folded index is cached per list).
    const warm = measure(() => base);
    // Cold: fresh objects for every entry, as when each request loads the lists from the store.
    const cold = measure(() => ({
      ...base,
      districts: base.districts.map((d) => ({ ...d })),
      partners: base.partners.map((p) => ({ ...p })),
    }));
    for (const [label, m] of [
      ["warm (lists reused)", warm],
      ["cold (lists loaded per entry)", cold],
    ] as const) {
      console.log(
        `${label.padEnd(30)} mean ${m.mean.toFixed(1)} µs/entry, p99 ${m.p99.toFixed(1)} µs, max ${m.max.toFixed(0)} µs`,
      );
    }
    const worst = Math.max(warm.mean, cold.mean);
    console.log(
      worst < LIMIT_US ? `OK: under ${LIMIT_US} µs per entry` : `TOO SLOW: over ${LIMIT_US} µs per entry`,
    );
    if (worst >= LIMIT_US) process.exitCode = 1;
  },
};
