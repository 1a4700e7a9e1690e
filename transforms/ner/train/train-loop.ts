import type { GoldSentence } from "../conll.js";
import type { Lexicons, TokenInfo } from "../features.js";
import { DocumentHistory } from "../history.js";
import { prepareDocument } from "../prepare.js";
import { AveragedPerceptron } from "./perceptron.js";
import { seededRandom, shuffleInPlace } from "./random.js";
import { tagIndex } from "../tags.js";
import { tagSentence } from "../tagger.js";

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Whether document-history features are filled in (see `DocumentHistory`). */
  history?: boolean;
  /** Called after each epoch with the averaged weights so far. */
  onEpoch?: (epoch: number, averaged: Float32Array) => void;
}

export interface WeightedSentence {
  sentence: GoldSentence;
  /** How many times the sentence is presented per epoch: news-like data is oversampled. */
  copies: number;
}

interface Example {
  info: TokenInfo[];
  gold: Uint8Array;
}

function prepareExamples(data: readonly WeightedSentence[], lex: Lexicons, useHistory: boolean): Example[] {
  const examples: Example[] = [];
  // Features use document-level casing evidence, so sentences are prepared per document.
  let i = 0;
  while (i < data.length) {
    let j = i;
    while (j < data.length && data[j]!.sentence.doc === data[i]!.sentence.doc) j++;
    const group = data.slice(i, j);
    const infos = prepareDocument(group.map((d) => d.sentence.tokens), lex);
    const history = new DocumentHistory();
    group.forEach((d, k) => {
      const gold = Uint8Array.from(d.sentence.tags, tagIndex);
      if (useHistory) {
        history.annotate(infos[k]!);
        history.record(infos[k]!, gold);
      }
      for (let c = 0; c < d.copies; c++) examples.push({ info: infos[k]!, gold });
    });
    i = j;
  }
  return examples;
}

/** Trains the greedy tagger with an averaged perceptron; returns averaged weights. */
export function trainTagger(data: readonly WeightedSentence[], lex: Lexicons, opts: TrainOptions): Float32Array {
  const examples = prepareExamples(data, lex, opts.history ?? true);
  const perceptron = new AveragedPerceptron(opts.bits);
  const random = seededRandom(opts.seed);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffleInPlace(examples, random);
    for (const ex of examples) {
      tagSentence(perceptron.model, ex.info, (feats, n, guess, i) => {
        perceptron.tick();
        perceptron.update(feats, n, ex.gold[i]!, guess);
        // Gold history (teacher forcing): measured better than predicted history on the tune split.
        return ex.gold[i]!;
      });
    }
    opts.onEpoch?.(epoch, perceptron.averaged());
  }
  return perceptron.averaged();
}

/**
 * Expands weighted corpus parts into per-sentence copies. A fractional weight subsamples: with
 * weight 1.5 every sentence comes once and a fixed, seeded half of them twice.
 */
export function weightSentences(parts: readonly { weight: number; sentences: readonly GoldSentence[] }[], seed: number): WeightedSentence[] {
  const random = seededRandom(seed);
  const out: WeightedSentence[] = [];
  for (const p of parts) {
    const whole = Math.floor(p.weight);
    const frac = p.weight - whole;
    for (const sentence of p.sentences) {
      const copies = whole + (frac > 0 && random() < frac ? 1 : 0);
      if (copies > 0) out.push({ sentence, copies });
    }
  }
  return out;
}
