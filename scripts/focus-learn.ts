// Training of the learned focus model: multinomial logistic regression (softmax) over the binary features of
// focus-features.ts, by plain stochastic gradient descent in a fixed order, so the same data give the same file.
import { FEATURES_VERSION, focusFeatures } from "../src/commands/aktivitaet/parse/focus-features.js";
import { WEIGHT_SCALE } from "../src/commands/aktivitaet/parse/focus-learned.js";
import { FOCUSES } from "../src/store/index.js";
import type { Example } from "./focus-data.js";

export interface TrainOptions {
  /** A feature seen in fewer training entries is left out (noise, and it keeps the file small). */
  minCount: number;
  epochs: number;
  rate: number;
  /** L2 shrinkage per epoch. */
  l2: number;
}

export const DEFAULT_OPTIONS: TrainOptions = { minCount: 2, epochs: 40, rate: 0.2, l2: 0.01 };

/** Trains on the examples and returns the model in its text form (see readModel in focus-learned.ts). */
export function trainFocusModel(examples: Example[], hash: string, options = DEFAULT_OPTIONS): string {
  const classes = FOCUSES.length;
  const rows = examples.map((e) => ({ features: focusFeatures(e.input), y: FOCUSES.indexOf(e.focus) }));
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= options.minCount).sort();
  const index = new Map(vocabulary.map((f, k) => [f, k]));
  const w = new Float64Array(vocabulary.length * classes);
  const bias = new Float64Array(classes);
  const encoded = rows.map((r) => ({
    ids: r.features.map((f) => index.get(f)).filter((k): k is number => k !== undefined),
    y: r.y,
  }));
  const p = new Float64Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch * 0.1);
    for (const r of encoded) {
      for (let c = 0; c < classes; c++) {
        let s = bias[c] ?? 0;
        for (const k of r.ids) s += w[k * classes + c] ?? 0;
        p[c] = s;
      }
      const top = Math.max(...p);
      let total = 0;
      for (let c = 0; c < classes; c++) {
        p[c] = Math.exp((p[c] ?? 0) - top);
        total += p[c] ?? 0;
      }
      for (let c = 0; c < classes; c++) {
        const g = (p[c] ?? 0) / total - (c === r.y ? 1 : 0);
        bias[c] = (bias[c] ?? 0) - rate * g * 0.1;
        for (const k of r.ids) w[k * classes + c] = (w[k * classes + c] ?? 0) - rate * g;
      }
    }
    const keep = 1 - options.l2;
    for (let k = 0; k < w.length; k++) w[k] = (w[k] ?? 0) * keep;
  }
  return serialise(vocabulary, w, bias, hash);
}

function serialise(vocabulary: string[], w: Float64Array, bias: Float64Array, hash: string): string {
  const classes = bias.length;
  const int = (v: number) => {
    const r = Math.round(v * WEIGHT_SCALE);
    return r === 0 ? 0 : r; // no "-0"
  };
  const lines = [
    `focus-model features:${FEATURES_VERSION} data:${hash}`,
    `bias ${[...bias].map(int).join(" ")}`,
  ];
  vocabulary.forEach((f, k) => {
    const ws = Array.from({ length: classes }, (_, c) => int(w[k * classes + c] ?? 0));
    if (ws.some((v) => v !== 0)) lines.push(`${f} ${ws.join(" ")}`);
  });
  return lines.join("\n");
}

/**
 * The simpler alternative, for comparison in scripts/focus-cv.ts only: multinomial naive Bayes over the same
 * features (Laplace smoothing `alpha`), written as the same linear model (log-probabilities, centred per feature).
 */
export function trainNaiveBayes(examples: Example[], hash: string, minCount = 2, alpha = 0.5): string {
  const classes = FOCUSES.length;
  const rows = examples.map((e) => ({ features: focusFeatures(e.input), y: FOCUSES.indexOf(e.focus) }));
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= minCount).sort();
  const index = new Map(vocabulary.map((f, k) => [f, k]));
  const n = new Float64Array(vocabulary.length * classes);
  const perClass = new Float64Array(classes);
  const docs = new Float64Array(classes);
  for (const r of rows) {
    docs[r.y] = (docs[r.y] ?? 0) + 1;
    for (const f of r.features) {
      const k = index.get(f);
      if (k === undefined) continue;
      n[k * classes + r.y] = (n[k * classes + r.y] ?? 0) + 1;
      perClass[r.y] = (perClass[r.y] ?? 0) + 1;
    }
  }
  const w = new Float64Array(vocabulary.length * classes);
  for (let k = 0; k < vocabulary.length; k++) {
    let mean = 0;
    for (let c = 0; c < classes; c++) {
      const v = Math.log(
        ((n[k * classes + c] ?? 0) + alpha) / ((perClass[c] ?? 0) + alpha * vocabulary.length),
      );
      w[k * classes + c] = v;
      mean += v / classes;
    }
    for (let c = 0; c < classes; c++) w[k * classes + c] = (w[k * classes + c] ?? 0) - mean;
  }
  const bias = Float64Array.from(docs, (d) => Math.log((d + 1) / (rows.length + classes)));
  return serialise(vocabulary, w, bias, hash);
}
