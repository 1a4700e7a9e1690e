import { historyFeatures, MAX_FEATURES, staticFeatures, type TokenInfo } from "./features.js";
import { allowed as importedAllowed, NUM_TAGS as IMPORTED_NUM_TAGS } from "./tags.js";

// Imported functions used per token are read into module constants once: in worker threads tsx
// loads these modules as CommonJS, where each use of an imported name is a getter call that also
// keeps V8 from inlining the callee.
const allowed = importedAllowed;
const NUM_TAGS = IMPORTED_NUM_TAGS;

/** Hashed linear model: one row of NUM_TAGS weights per feature bucket. */
export interface LinearModel {
  weights: Float32Array;
  mask: number;
}

/**
 * Greedy left-to-right tagging. `onToken`, used only in training, sees each token's
 * features and guess before the next token is tagged, so history features during
 * training come from the model's own predictions just as they do at run time.
 */
export function tagSentence(
  model: LinearModel,
  sent: readonly TokenInfo[],
  onToken?: (features: Uint32Array, count: number, guess: number, i: number) => number,
): Uint8Array {
  const tags = new Uint8Array(sent.length);
  const feats = new Uint32Array(MAX_FEATURES);
  const scores = new Float64Array(NUM_TAGS);
  const { weights, mask } = model;
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < sent.length; i++) {
    let n = staticFeatures(sent, i, feats);
    n = historyFeatures(sent[i]!, prev, prev2, feats, n);
    scores.fill(0);
    for (let f = 0; f < n; f++) {
      const row = (feats[f]! & mask) * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) scores[t] = scores[t]! + weights[row + t]!;
    }
    const best = bestTag(scores, prev, sent[i]!.word.barred);
    // Training may substitute the gold tag as history (teacher forcing) via the callback's return value.
    const chosen = onToken ? onToken(feats, n, best, i) : best;
    tags[i] = best;
    prev2 = prev;
    prev = chosen;
  }
  return tags;
}

/** The highest-scoring tag that may follow `prev` and is not in the `barred` bit set; ties go to the lower tag. */
export function bestTag(scores: Float64Array, prev: number, barred = 0): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < NUM_TAGS; t++) {
    if (scores[t]! > bestScore && allowed(prev, t) && (barred & (1 << t)) === 0) {
      best = t;
      bestScore = scores[t]!;
    }
  }
  return best;
}
