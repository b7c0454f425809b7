// Benchmark runner: `npm run bench [name…]` runs the named benchmarks (all when none is named) one after another.
import { digestBench } from "./digest.js";
import { digestSqlBench } from "./digest-sql.js";
import { quickParseBench } from "./quick-parse.js";
import { reportBench } from "./report.js";
import { reportSqlBench } from "./report-sql.js";
import { schedulerBench } from "./scheduler.js";
import { slackAck } from "./slack-ack.js";
import { slackReply } from "./slack-reply.js";

export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<void>;
}

/** Add new benchmarks here. */
const BENCHMARKS: Benchmark[] = [
  slackAck,
  slackReply,
  digestBench,
  digestSqlBench,
  quickParseBench,
  reportBench,
  reportSqlBench,
  schedulerBench,
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !BENCHMARKS.some((b) => b.name === w));
  if (unknown.length > 0) {
    console.error(
      `Unknown benchmark(s): ${unknown.join(", ")}. Known: ${BENCHMARKS.map((b) => b.name).join(", ")}`,
    );
    process.exit(2);
  }
  const selected = wanted.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => wanted.includes(b.name));
  for (const bench of selected) {
    const started = performance.now();
    console.log(`\n== ${bench.name}: ${bench.description}`);
    await bench.run();
    console.log(`== ${bench.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
