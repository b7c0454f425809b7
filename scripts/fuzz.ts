// `npm run fuzz [count] [seed]`: random inputs over every command family, through the command layer (on an
// in-memory PGlite store) and both renderers; exits 1 on any crash or internal error.
import { createStore, openDatabase } from "../src/store/index.js";
import { type FuzzSummary, runFuzz } from "./fuzz/run.js";

function report(s: FuzzSummary): string {
  const lines = [
    "",
    `inputs:          ${s.inputs} (commands ${s.perType.command}, clicks ${s.perType.action}, submits ${s.perType.submit})`,
    `per family:      ${Object.entries(s.perFamily)
      .map(([f, n]) => `${f} ${n}`)
      .join(", ")}`,
    `replies:         ${Object.entries(s.perReply)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
    `crashes:         ${s.crashes}`,
    `internal errors: ${s.internalErrors}`,
    `English texts:   ${s.englishTexts}`,
    `time:            ${(s.milliseconds / 1000).toFixed(1)} s (${((s.milliseconds / Math.max(1, s.inputs)) * 1000).toFixed(0)} µs per input)`,
  ];
  for (const f of s.failures)
    lines.push(`  ${f.kind} in ${f.stage} (${f.family}): ${f.error}\n    ${f.input}`);
  return lines.join("\n");
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 20_000);
  const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
  if (!Number.isInteger(count) || count < 1) throw new Error("count: a positive whole number");
  process.stdout.write(`fuzzing ${count} inputs, seed ${seed} `);
  const database = await openDatabase({ dataDir: "memory://" });
  try {
    const summary = await runFuzz({
      store: createStore(database.db),
      count,
      seed,
      onProgress: () => process.stdout.write("."),
    });
    process.stdout.write(`${report(summary)}\n`);
    process.exitCode = summary.crashes + summary.internalErrors + summary.englishTexts === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`fuzz failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
