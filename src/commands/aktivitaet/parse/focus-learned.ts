// The learned focus model: a linear model over the entry's features (focus-features.ts), trained by
// scripts/train-focus.ts on the team's written corpora and the guideline's own wording. It reads what the hand-written
// cues miss (new wording, typos, unseen compounds); focus.ts decides when its word counts against the cues.
import { FOCUSES, type Focus } from "../../../store/index.js";
import { type FeatureInput, focusFeatures, saysWhat } from "./focus-features.js";
import { FOCUS_MODEL } from "./focus-model.js";

/** Weights are stored as integers in hundredths. */
export const WEIGHT_SCALE = 100;

export interface LinearModel {
  header: string;
  bias: number[];
  weights: Map<string, number[]>;
}

/** The text form written by the training script: a header line, the bias, then one feature and its weights a line. */
export function readModel(text: string): LinearModel {
  const [header = "", biasLine = "", ...lines] = text.split("\n");
  const numbers = (s: string) => s.split(" ").map((v) => Number(v) / WEIGHT_SCALE);
  const weights = new Map<string, number[]>();
  for (const line of lines) {
    const space = line.indexOf(" ");
    weights.set(line.slice(0, space), numbers(line.slice(space + 1)));
  }
  return { header, bias: numbers(biasLine.replace(/^bias /, "")), weights };
}

let shipped: LinearModel | undefined;
function model(): LinearModel {
  shipped ??= readModel(FOCUS_MODEL);
  return shipped;
}

export interface ModelGuess {
  /** Probability of each focus. */
  p: Record<Focus, number>;
  /**
   * How many of the entry's features the model knows: with none, it only repeats the corpora's proportions. Nought
   * also when the entry names only the form of the work ("Besprechung"), which says nothing of its focus.
   */
  known: number;
}

/** The model's probabilities for one entry (a softmax over the summed weights of its known features). */
export function modelFocus(input: FeatureInput, m: LinearModel = model()): ModelGuess {
  const sums = [...m.bias];
  let known = 0;
  for (const f of focusFeatures(input)) {
    const w = m.weights.get(f);
    if (!w) continue;
    if (!f.startsWith("l:")) known++;
    for (let c = 0; c < sums.length; c++) sums[c] = (sums[c] ?? 0) + (w[c] ?? 0);
  }
  const top = Math.max(...sums);
  const exp = sums.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, b) => a + b, 0);
  const p = Object.fromEntries(FOCUSES.map((f, c) => [f, (exp[c] ?? 0) / total])) as Record<Focus, number>;
  return { p, known: saysWhat(input) ? known : 0 };
}
