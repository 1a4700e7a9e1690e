import type { TokenInfo } from "./features.js";

/**
 * What a document has already said about each capitalised word: the set of labels its earlier
 * sentences gave it (bit 0: not a name, bits 1-3: PER, ORG, LOC). A name keeps one type through an
 * article, so "Yukos" tagged ORG in the lead is evidence for the "Yukos" of a later sentence.
 * Training fills it from gold tags, tagging from the tagger's own earlier decisions.
 */
export class DocumentHistory {
  private readonly seen = new Map<string, number>();

  /** Sets each token's `hist` from the sentences recorded so far. */
  annotate(sentence: readonly TokenInfo[]): void {
    for (const t of sentence) t.hist = t.word.capitalised ? (this.seen.get(t.word.raw) ?? 0) : 0;
  }

  /** Records a tagged sentence; `tags` are tag indices (0 = O, then B/I pairs of PER, ORG, LOC). */
  record(sentence: readonly TokenInfo[], tags: ArrayLike<number>): void {
    for (let i = 0; i < sentence.length; i++) {
      const t = sentence[i]!;
      if (!t.word.capitalised || !t.word.hasLetter) continue;
      const label = (tags[i]! + 1) >> 1;
      // A capitalised first word that is no name says nothing: sentences start with capitals.
      if (label === 0 && t.initial) continue;
      this.seen.set(t.word.raw, (this.seen.get(t.word.raw) ?? 0) | (1 << label));
    }
  }
}
