import { iobSpans, type GoldSentence } from "./conll.ts";
import { scoreSpans, type ScoredSpan, type ScoreTable } from "./score.ts";
import { TYPE_TO_LABEL, type Recogniser } from "./types.ts";

export interface GoldDocument {
  text: string;
  gold: ScoredSpan[];
}

/**
 * Rebuilds plain text from gold tokens (tokens joined by spaces, one sentence per
 * line, one text per document) and maps gold spans to character offsets in it.
 */
export function goldDocuments(sentences: readonly GoldSentence[]): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let current: (GoldDocument & { doc: string }) | null = null;
  for (const s of sentences) {
    if (!current || current.doc !== s.doc) {
      current = { doc: s.doc, text: "", gold: [] };
      docs.push(current);
    } else {
      current.text += "\n";
    }
    const offsets: number[] = [];
    s.tokens.forEach((tok, i) => {
      if (i > 0) current!.text += " ";
      offsets.push(current!.text.length);
      current!.text += tok;
    });
    for (const span of iobSpans(s.tags)) {
      const last = span.end - 1;
      current.gold.push({ start: offsets[span.start]!, end: offsets[last]! + s.tokens[last]!.length, label: span.label });
    }
  }
  return docs.map(({ text, gold }) => ({ text, gold }));
}

export interface EvalOptions {
  /** Gold corpora do not mark demonyms ("Israeli"), so by default those predictions are left out of the score. */
  countDemonyms?: boolean;
}

export function evaluate(recogniser: Recogniser, docs: readonly GoldDocument[], opts: EvalOptions = {}): ScoreTable {
  const gold: ScoredSpan[] = [];
  const predicted: ScoredSpan[] = [];
  let offset = 0;
  for (const d of docs) {
    for (const g of d.gold) gold.push({ start: g.start + offset, end: g.end + offset, label: g.label });
    for (const p of recogniser.recognise(d.text)) {
      if (p.demonymOf && !opts.countDemonyms) continue;
      predicted.push({ start: p.start + offset, end: p.end + offset, label: TYPE_TO_LABEL[p.type] });
    }
    offset += d.text.length + 1;
  }
  return scoreSpans(gold, predicted);
}
