import type { WordClusters } from "./clusters.js";
import { mix as importedMix } from "./hash.js";
import type { Gazetteer, PhraseNode } from "./gazetteer.js";

// Imported functions used per token are read into module constants once: in worker threads tsx
// loads these modules as CommonJS, where each use of an imported name is a getter call that also
// keeps V8 from inlining the callee.
const mix = importedMix;

/** How a word is usually cased mid-sentence, learned from text at train time. */
export const CASE_LOWER = 1;
export const CASE_UPPER = 2;
export const CASE_BOTH = 3;
/** Word flags beyond casing: usual last word of multi-word ORG / LOC names ("Association", "River"). */
export const HEAD_ORG = 4;
export const HEAD_LOC = 8;
export const HEAD_PER = 16;
/**
 * Set for words seen at least twice in training. Other words are hashed as "unknown",
 * in training too, so the weights learn how to treat a never-seen name ("Trump" is
 * absent from the 2000s training text) from shape, context and gazetteers.
 */
export const IN_VOCAB = 32;

export interface Lexicons {
  gazetteer: Gazetteer;
  /** Lower-cased word → CASE_* in bits 0-1 plus HEAD_* bits. */
  wordFlags: ReadonlyMap<string, number>;
  /** Distributional word clusters learned at train time; without them every word is in cluster 0. */
  clusters?: WordClusters;
}

/** Word-level values, hashed once per distinct word and shared by all feature templates. */
export interface WordInfo {
  lower: string;
  lw: number;
  w: number;
  shape: number;
  pre3: number;
  suf2: number;
  suf3: number;
  suf4: number;
  /** Fine and coarse distributional cluster ids (0: none). */
  cf: number;
  cc: number;
  /** Bit set of tag indices this word may not take (see `barredTags` in prepare.ts). */
  barred: number;
  caseClass: number;
  /** Name-list and title bits; phrase gazetteer bits are added per token. */
  gaz: number;
  title: boolean;
  capitalised: boolean;
  /**
   * The rest answers, once per distinct word, questions the document preparation would otherwise ask of
   * every token, each a lookup in a large map or set.
   */
  raw: string;
  rawLower: string;
  hasLower: boolean;
  hasUpper: boolean;
  hasLetter: boolean;
  /** The phrase gazetteer's trie node for phrases starting with this word. */
  phrase: PhraseNode | undefined;
  /** Organisation names starting with this word, if it is capitalised as a name's first word must be. */
  orgs: readonly (readonly string[])[] | undefined;
  /** HEAD_* bits of the word as written (lower-cased, not normalised). */
  head: number;
  /**
   * The tag scores of this word's `wordFeatures` for the model in `priorOf`, filled in by the
   * compact tagger: a cache slot here saves a second per-token map lookup.
   */
  prior: Float64Array | null;
  priorOf: object | null;
}

/** Per-token values: the word plus what depends on its position and document. */
export interface TokenInfo {
  word: WordInfo;
  gaz: number;
  initial: boolean;
  /** Whether the same word appears capitalised / lower-case mid-sentence elsewhere in the document. */
  docCase: number;
  /** Position in a run of capitalised words plus what the run's first and last words suggest. */
  run: number;
  /** Labels the document gave this word in earlier sentences (see `DocumentHistory`). */
  hist: number;
}

const PAD_WORD: WordInfo = {
  lower: "", lw: 1, w: 1, shape: 1, pre3: 1, suf2: 1, suf3: 1, suf4: 1, cf: 0, cc: 0, barred: 0, caseClass: 0, gaz: 0, title: false, capitalised: false,
  raw: "", rawLower: "", hasLower: false, hasUpper: false, hasLetter: false, phrase: undefined, orgs: undefined, head: 0,
  prior: null, priorOf: null,
};
const PAD: TokenInfo = { word: PAD_WORD, gaz: 0, initial: false, docCase: 0, run: 0, hist: 0 };
const PAD_END: TokenInfo = { ...PAD, word: { ...PAD_WORD, lw: 2, w: 2, shape: 2 } };

/**
 * Writes the hashed ids of the features that do not depend on predicted tags into `out`
 * and returns how many were written. Template ids are the first argument of `mix`.
 */
export function staticFeatures(sent: readonly TokenInfo[], i: number, out: Uint32Array): number {
  return contextFeatures(sent, i, out, wordFeatures(sent[i]!.word, out));
}

/** The first static features, bias included: they depend on the token's word alone, so the tagger can score them once per distinct word. */
export function wordFeatures(t: WordInfo, out: Uint32Array): number {
  let k = 0;
  out[k++] = 1;
  out[k++] = mix(2, t.lw);
  out[k++] = mix(3, t.w);
  out[k++] = mix(4, t.shape);
  out[k++] = mix(5, t.pre3);
  out[k++] = mix(6, t.suf3);
  out[k++] = mix(7, t.suf4);
  out[k++] = mix(8, t.suf2);
  out[k++] = mix(mix(35, t.cf), t.capitalised ? 1 : 0);
  out[k++] = mix(mix(36, t.cc), t.capitalised ? 1 : 0);
  return k;
}

/** The static features after the word's own, written from `out[k]` on; returns the new count. */
export function contextFeatures(sent: readonly TokenInfo[], i: number, out: Uint32Array, k: number): number {
  const tt = sent[i]!;
  const pt = i > 0 ? sent[i - 1]! : PAD;
  const nt = i + 1 < sent.length ? sent[i + 1]! : PAD_END;
  const t = tt.word;
  const p1 = pt.word;
  const n1 = nt.word;
  const p2 = (i > 1 ? sent[i - 2]! : PAD).word;
  const n2 = (i + 2 < sent.length ? sent[i + 2]! : PAD_END).word;
  const cap = t.capitalised ? 1 : 0;
  out[k++] = mix(9, p1.lw);
  out[k++] = mix(10, n1.lw);
  out[k++] = mix(11, p2.lw);
  out[k++] = mix(12, n2.lw);
  out[k++] = mix(mix(13, p1.shape), t.shape);
  out[k++] = mix(mix(14, t.shape), n1.shape);
  out[k++] = mix(mix(15, p1.lw), t.lw);
  out[k++] = mix(mix(16, t.lw), n1.lw);
  out[k++] = mix(mix(17, t.shape), (tt.initial ? 8 : 0) | t.caseClass);
  out[k++] = mix(mix(18, t.caseClass), cap | (tt.initial ? 2 : 0) | (tt.docCase << 2));
  out[k++] = mix(mix(19, tt.gaz), cap);
  out[k++] = mix(20, pt.gaz);
  out[k++] = mix(21, nt.gaz);
  out[k++] = mix(mix(22, p1.title ? 1 : 0), (t.title ? 2 : 0) | cap);
  out[k++] = mix(mix(mix(23, p1.shape), t.shape), n1.shape);
  out[k++] = mix(mix(24, p1.lw), t.shape);
  out[k++] = mix(mix(25, t.shape), n1.lw);
  out[k++] = mix(mix(26, t.lw), p1.shape);
  out[k++] = mix(27, n1.w);
  out[k++] = mix(28, p1.w);
  out[k++] = mix(mix(29, n1.caseClass), n1.capitalised ? 1 : 0);
  out[k++] = mix(mix(30, p1.caseClass), p1.capitalised ? 1 : 0);
  out[k++] = mix(31, tt.run);
  out[k++] = mix(mix(32, tt.run), t.shape);
  out[k++] = mix(mix(33, tt.gaz), pt.gaz);
  out[k++] = mix(mix(34, tt.gaz), nt.gaz);
  out[k++] = mix(mix(37, p1.cc), t.cc);
  out[k++] = mix(mix(38, t.cc), n1.cc);
  out[k++] = mix(mix(39, t.cf), tt.run);
  out[k++] = mix(mix(40, tt.hist), cap | (tt.initial ? 2 : 0));
  out[k++] = mix(mix(41, tt.hist), pt.hist);
  return k;
}

export const MAX_FEATURES = 48;

/** Features conjoining the tagger's own previous decisions with the current token. */
export function historyFeatures(t: TokenInfo, prev: number, prev2: number, out: Uint32Array, k: number): number {
  out[k++] = mix(100, prev);
  out[k++] = mix(101, prev * 16 + prev2);
  out[k++] = mix(mix(102, prev), t.word.lw);
  out[k++] = mix(mix(103, prev), t.word.shape);
  out[k++] = mix(mix(104, prev), t.gaz);
  return k;
}
