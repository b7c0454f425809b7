// Leave-one-corpus-out cross-validation of the learned focus model (npx tsx scripts/focus-cv.ts): for each spent
// corpus, the model is trained without it and measured on it, (a) alone, (b) the rules alone, (c) both combined.
// The rules were tuned on every one of these corpora, so (b) and (c) are optimistic; (a) is the honest figure.
// Then the "earlier rules" proxy: a corpus that was still blind to the rules of an earlier commit, measured with
// those rules (from git) combined with a model trained without it and without what was written from its misses.
// Only entries whose focus is inferred count (a tagged focus decides by itself). The blind set quick-holdout9 is never read.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type FocusInput, scoreFocus } from "../src/commands/aktivitaet/parse/focus.js";
import { COMBINE, type CombineParams, combineFocus } from "../src/commands/aktivitaet/parse/focus-combine.js";
import { type LinearModel, modelFocus, readModel } from "../src/commands/aktivitaet/parse/focus-learned.js";
import type { Focus } from "../src/store/index.js";
import { corpusExamples, type Example, guidelineExamples, TRAINING_CORPORA } from "./focus-data.js";
import { trainFocusModel, trainNaiveBayes } from "./focus-learn.js";

type Scorer = (input: FocusInput) => Record<Focus, number>;

interface Tally {
  n: number;
  model: number;
  rules: number;
  combined: number;
  /** The right focus is the guess or one of its buttons. */
  offered: number;
  /** Other focuses offered as buttons, summed (for their mean). */
  buttons: number;
}

const examplesByCorpus = new Map(TRAINING_CORPORA.map(([name, c]) => [name, corpusExamples(c)]));

const trained = new Map<string, LinearModel>();
function modelWithout(excluded: string[]): LinearModel {
  const key = excluded.join(",");
  const known = trained.get(key);
  if (known) return known;
  const train: Example[] = [
    ...TRAINING_CORPORA.filter(([name]) => !excluded.includes(name)).flatMap(
      ([name]) => examplesByCorpus.get(name) ?? [],
    ),
    ...guidelineExamples(),
  ];
  const o = process.env.FOCUS_TRAIN?.split(",").map(Number);
  const options = o
    ? { minCount: o[0] ?? 2, epochs: o[1] ?? 40, rate: o[2] ?? 0.2, l2: o[3] ?? 0.01 }
    : undefined;
  const model = readModel(
    process.argv.includes("--naive-bayes")
      ? trainNaiveBayes(train, "cv")
      : trainFocusModel(train, "cv", options),
  );
  trained.set(key, model);
  return model;
}

function measure(
  test: Example[],
  model: LinearModel,
  rules: Scorer,
  params: CombineParams,
  misses?: string[],
): Tally {
  const t: Tally = { n: 0, model: 0, rules: 0, combined: 0, offered: 0, buttons: 0 };
  for (const e of test) {
    const guess = modelFocus(e.input, model);
    const byModel = (Object.keys(guess.p) as Focus[]).sort((a, b) => guess.p[b] - guess.p[a])[0];
    const score = rules(e.input);
    const best = (Object.keys(score) as Focus[])
      .filter((f) => score[f] > 0)
      .sort((a, b) => score[b] - score[a])[0];
    const both = combineFocus(score, guess, params);
    t.n++;
    if (byModel === e.focus) t.model++;
    if (best === e.focus) t.rules++;
    if (both.focus === e.focus) t.combined++;
    else misses?.push(`${both.focus ?? "-"} (rules ${best ?? "-"}, model ${byModel}) want ${e.focus}`);
    if (both.focus === e.focus || both.alternatives.includes(e.focus)) t.offered++;
    t.buttons += both.alternatives.length;
  }
  return t;
}

const pct = (k: number, n: number) => `${((k / n) * 100).toFixed(1)} %`.padStart(8);
function row(name: string, t: Tally): string {
  return `${name.padEnd(22)} ${String(t.n).padStart(5)} ${pct(t.model, t.n)} ${pct(t.rules, t.n)} ${pct(t.combined, t.n)} ${pct(t.offered, t.n)} ${(t.buttons / t.n).toFixed(2).padStart(7)}`;
}
const HEAD = `${"held out".padEnd(22)} ${"n".padStart(5)} ${"(a)model".padStart(8)} ${"(b)rules".padStart(8)} ${"(c)both".padStart(8)} ${"offered".padStart(8)} ${"buttons".padStart(7)}`;

function add(a: Tally, b: Tally): Tally {
  return {
    n: a.n + b.n,
    model: a.model + b.model,
    rules: a.rules + b.rules,
    combined: a.combined + b.combined,
    offered: a.offered + b.offered,
    buttons: a.buttons + b.buttons,
  };
}

/** The rules' scoring function as it was at an earlier commit, read from git into a scratch copy of src. */
async function rulesAt(commit: string): Promise<Scorer> {
  const root = `/tmp/focus-cv-rules/${commit}`;
  const file = `${root}/src/commands/aktivitaet/parse/focus.ts`;
  if (!existsSync(file)) {
    mkdirSync(root, { recursive: true });
    execFileSync("sh", ["-c", `git archive ${commit} src | tar -x -C ${root}`]);
    const repo = fileURLToPath(new URL("..", import.meta.url));
    symlinkSync(`${repo}node_modules`, `${root}/node_modules`);
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("\nfunction scoreFocus(", "\nexport function scoreFocus("),
    );
  }
  const old = (await import(file)) as { scoreFocus: Scorer };
  return old.scoreFocus;
}

/**
 * Blind to the rules of `commit` (see the floors' history in quick-corpus.test.ts), and the corpora written from
 * its misses, which the model must not see either.
 */
const EARLIER: { corpus: string; commit: string; also: string[]; note: string }[] = [
  { corpus: "holdout3", commit: "e15e0e9", also: ["dev4"], note: "before the rules tuned on it" },
  { corpus: "holdout4", commit: "6c6dd20", also: [], note: "before round 4 (misses unseen)" },
  { corpus: "holdout5", commit: "6c6dd20", also: ["dev5"], note: "before round 4" },
  { corpus: "holdout6", commit: "d3cafc6", also: [], note: "after round 4, before round 5" },
];

export async function crossValidate(params: CombineParams = COMBINE, show = false): Promise<string[]> {
  const out = ["Leave-one-corpus-out (rules of today, tuned on all of these):", HEAD];
  let total: Tally = { n: 0, model: 0, rules: 0, combined: 0, offered: 0, buttons: 0 };
  for (const [name] of TRAINING_CORPORA) {
    const t = measure(examplesByCorpus.get(name) ?? [], modelWithout([name]), scoreFocus, params);
    total = add(total, t);
    out.push(row(name, t));
  }
  out.push(row("all", total));
  out.push("", "Earlier rules on a corpus still blind to them (model trained without it):", HEAD);
  let blind: Tally = { n: 0, model: 0, rules: 0, combined: 0, offered: 0, buttons: 0 };
  for (const e of EARLIER) {
    const misses: string[] = [];
    const t = measure(
      examplesByCorpus.get(e.corpus) ?? [],
      modelWithout([e.corpus, ...e.also]),
      await rulesAt(e.commit),
      params,
      misses,
    );
    blind = add(blind, t);
    out.push(`${row(`${e.corpus}@${e.commit}`, t)}  ${e.note}`);
    if (show) out.push(...misses.map((m) => `    ${m}`));
  }
  out.push(row("all", blind));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // "--try temperature=2,4" or "--try aloneFrom=0.6,0.8": the same tables for other combination settings.
  const tried = process.argv.indexOf("--try");
  const [key = "temperature", values = String(COMBINE.temperature)] = (process.argv[tried + 1] ?? "").split(
    "=",
  );
  for (const value of tried > 0 ? values.split(",").map(Number) : [undefined]) {
    if (value !== undefined) console.log(`\n${key} ${value}`);
    const params = value === undefined ? COMBINE : { ...COMBINE, [key]: value };
    const lines = await crossValidate(params, process.argv.includes("--misses"));
    for (const line of lines) console.log(line);
  }
}
