import { iobSpans, type GoldSentence } from "../conll.js";
import { scoreSpans, type ScoredSpan, type ScoreTable } from "./score.js";
import { TYPE_TO_LABEL, type Recogniser } from "../types.js";

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

/** Human-readable false negatives and false positives with context, for error analysis on the tune split. */
export function errorReport(recogniser: Recogniser, docs: readonly GoldDocument[]): string[] {
  const lines: string[] = [];
  const ctx = (text: string, start: number, end: number): string =>
    `${text.slice(Math.max(0, start - 50), start)}[${text.slice(start, end)}]${text.slice(end, end + 50)}`.replace(/\n/g, " ");
  for (const d of docs) {
    const pred = recogniser.recognise(d.text).filter((p) => !p.demonymOf);
    const key = (s: { start: number; end: number }, label: string): string => `${s.start}:${s.end}:${label}`;
    const goldKeys = new Set(d.gold.map((g) => key(g, g.label)));
    const predKeys = new Set(pred.map((p) => key(p, TYPE_TO_LABEL[p.type])));
    for (const g of d.gold) if (!predKeys.has(key(g, g.label))) lines.push(`FN ${g.label} ${ctx(d.text, g.start, g.end)}`);
    for (const p of pred) {
      const label = TYPE_TO_LABEL[p.type];
      if (!goldKeys.has(key(p, label))) lines.push(`FP ${label} ${ctx(d.text, p.start, p.end)}`);
    }
  }
  return lines;
}

/** Scores a recogniser on named gold corpora, one table each. */
export function evaluateParts(
  recogniser: Recogniser,
  parts: readonly { name: string; sentences: readonly GoldSentence[] }[],
  opts: EvalOptions = {},
): { name: string; table: ScoreTable }[] {
  return parts.map((p) => ({ name: p.name, table: evaluate(recogniser, goldDocuments(p.sentences), opts) }));
}
