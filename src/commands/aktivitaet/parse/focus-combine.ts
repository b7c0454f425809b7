// How the hand-written cues (focus.ts) and the learned model (focus-learned.ts) decide the focus together.
// The cues' scores count as log-odds, the model's probabilities as its own: their sum ranks the focuses. So a
// strong, unambiguous cue (several points clear of the next) wins over the model, a weak or contested cue gives way
// to a confident model, and with no cue at all the model alone decides, if it is sure enough to say anything.
import { FOCUSES, type Focus } from "../../../store/index.js";
import type { ModelGuess } from "./focus-learned.js";

export interface CombineParams {
  /** Cue points per unit of log-odds: the higher, the more the model counts against the cues. */
  temperature: number;
  /** A cue this many points clear of every other focus decides alone: the guideline's own word, not a hint. */
  strongCue: number;
  /** With no cue, the model names a focus only from this probability on; below, the card asks with all six. */
  aloneFrom: number;
  /** A focus whose combined odds are within this factor of the best is offered as a button too. */
  closeFactor: number;
  /** At most this many other focuses as buttons, so the choice stays a choice. */
  maxAlternatives: number;
}

export const COMBINE: CombineParams = {
  temperature: 3,
  strongCue: 5,
  aloneFrom: 0.55,
  closeFactor: 3,
  maxAlternatives: 3,
};

export interface CombinedFocus {
  focus?: Focus;
  alternatives: Focus[];
}

export function combineFocus(
  score: Record<Focus, number>,
  model: ModelGuess,
  params: CombineParams = COMBINE,
): CombinedFocus {
  const cued = FOCUSES.filter((f) => score[f] > 0);
  const byModel = [...FOCUSES].sort((a, b) => model.p[b] - model.p[a]);
  if (cued.length === 0) {
    const [top] = byModel;
    if (!top || model.known === 0 || model.p[top] < params.aloneFrom) return { alternatives: [] };
    return {
      focus: top,
      alternatives: byModel
        .slice(1, 1 + params.maxAlternatives)
        .filter((f) => model.p[f] * params.closeFactor >= model.p[top]),
    };
  }
  const points = cued.map((f) => score[f]).sort((a, b) => b - a);
  const strong = (points[0] ?? 0) - (points[1] ?? 0) >= params.strongCue;
  const odds = (f: Focus) => Math.log(Math.max(model.p[f], 1e-6)) + score[f] / params.temperature;
  const bestCue = points[0] ?? 0;
  const ranked = [...FOCUSES].sort((a, b) => odds(b) - odds(a));
  // A strong cue goes first; the rest keep their combined order.
  if (strong) ranked.sort((a, b) => Number(score[b] === bestCue) - Number(score[a] === bestCue));
  const [best] = ranked as [Focus];
  const close = Math.log(params.closeFactor);
  // Offered: what the cues find at least half as strong as their best (the buttons so far), and what is close
  // to the winner by the combined odds.
  const alternatives = ranked
    .slice(1)
    .filter((f) => (score[f] > 0 && score[f] * 2 >= bestCue) || odds(best) - odds(f) <= close)
    .slice(0, params.maxAlternatives);
  return { focus: best, alternatives };
}
