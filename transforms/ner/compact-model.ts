import {
  contextFeatures as importedContext,
  historyFeatures as importedHistory,
  MAX_FEATURES,
  wordFeatures as importedWord,
  type TokenInfo,
  type WordInfo,
} from "./features.js";
import { NUM_TAGS } from "./tags.js";
import { bestTag as importedBestTag, type LinearModel } from "./tagger.js";

// Imported functions used per token are read into module constants once: in worker threads tsx
// loads these modules as CommonJS, where each use of an imported name is a getter call that also
// keeps V8 from inlining the callee.
const wordFeatures = importedWord;
const contextFeatures = importedContext;
const historyFeatures = importedHistory;
const bestTag = importedBestTag;

/**
 * Inference-only form of a `LinearModel`. The hashed table has 2^20 rows × 7 tags (29 MB) but only
 * about 6% of rows were ever updated in training, so nearly every lookup was a cache miss into
 * zeros. Here a 256 KB bitmap with per-block ranks says whether a row exists and where its weights
 * sit in a dense table of the non-zero rows. Skipping an all-zero row adds +0 to a score that can
 * never be -0, so scores are bit-identical to the dense model's.
 */
export interface CompactModel {
  /** Per block of 32 rows: the bitmap of non-zero rows, then how many non-zero rows precede the block. */
  index: Int32Array;
  /** Weights of the non-zero rows in row order, ROW_STRIDE floats per row so no row straddles a cache line. */
  weights: Float32Array;
  mask: number;
}

const ROW_STRIDE = 8;

export function compactModel(model: LinearModel): CompactModel {
  // The tagging loop below keeps one local per tag.
  if (NUM_TAGS !== 7) throw new Error(`compact tagger expects 7 tags, not ${NUM_TAGS}`);
  const rows = model.mask + 1;
  const dense = model.weights;
  const index = new Int32Array(2 * Math.ceil(rows / 32));
  let kept = 0;
  for (let r = 0; r < rows; r++) {
    if ((r & 31) === 0) index[(r >>> 5) * 2 + 1] = kept;
    let nonZero = false;
    for (let t = 0; t < NUM_TAGS && !nonZero; t++) nonZero = dense[r * NUM_TAGS + t] !== 0;
    if (!nonZero) continue;
    index[(r >>> 5) * 2] = index[(r >>> 5) * 2]! | (1 << (r & 31));
    kept++;
  }
  const weights = new Float32Array(kept * ROW_STRIDE);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    if ((index[(r >>> 5) * 2]! & (1 << (r & 31))) === 0) continue;
    for (let t = 0; t < NUM_TAGS; t++) weights[at + t] = dense[r * NUM_TAGS + t]!;
    at += ROW_STRIDE;
  }
  return { index, weights, mask: model.mask };
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

// Scratch space shared by all calls: tagging is synchronous, so calls never overlap.
const FEATS = new Uint32Array(MAX_FEATURES);
const SCORES = new Float64Array(NUM_TAGS);

/**
 * Adds the weights of feats[from..to) to `scores` in feature order. Skipping an all-zero row adds
 * +0 to a sum that can never be -0, so it changes nothing.
 */
function addScores(model: CompactModel, feats: Uint32Array, from: number, to: number, scores: Float64Array): void {
  const { index, weights, mask } = model;
  let s0 = scores[0]!, s1 = scores[1]!, s2 = scores[2]!, s3 = scores[3]!, s4 = scores[4]!, s5 = scores[5]!, s6 = scores[6]!;
  for (let f = from; f < to; f++) {
    const h = feats[f]! & mask;
    const block = (h >>> 5) << 1;
    const bits = index[block]!;
    const bit = 1 << (h & 31);
    if ((bits & bit) === 0) continue;
    const row = (index[block + 1]! + popcount(bits & (bit - 1))) * ROW_STRIDE;
    s0 += weights[row]!;
    s1 += weights[row + 1]!;
    s2 += weights[row + 2]!;
    s3 += weights[row + 3]!;
    s4 += weights[row + 4]!;
    s5 += weights[row + 5]!;
    s6 += weights[row + 6]!;
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
  scores[3] = s3;
  scores[4] = s4;
  scores[5] = s5;
  scores[6] = s6;
}

/**
 * The scores of a word's own features, summed from zero exactly as the full sum starts, so
 * continuing from them gives the same floats. Words repeat, so this is cached on the word.
 */
function wordPrior(model: CompactModel, word: WordInfo): Float64Array {
  if (word.priorOf === model && word.prior) return word.prior;
  const prior = new Float64Array(NUM_TAGS);
  addScores(model, FEATS, 0, wordFeatures(word, FEATS), prior);
  word.prior = prior;
  word.priorOf = model;
  return prior;
}

/**
 * `tagSentence` for a compacted model; same tags, without the training hook. Each score is summed
 * in feature order, which is what keeps the float sums, and so ties and tags, identical.
 */
export function tagSentenceCompact(model: CompactModel, sent: readonly TokenInfo[]): Uint8Array {
  const tags = new Uint8Array(sent.length);
  const feats = FEATS;
  const scores = SCORES;
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < sent.length; i++) {
    scores.set(wordPrior(model, sent[i]!.word));
    let n = contextFeatures(sent, i, feats, 0);
    n = historyFeatures(sent[i]!, prev, prev2, feats, n);
    addScores(model, feats, 0, n, scores);
    const best = bestTag(scores, prev, sent[i]!.word.barred);
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
  return tags;
}
