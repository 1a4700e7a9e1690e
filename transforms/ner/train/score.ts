import { LABELS, type EntityLabel } from "../types.js";

export interface ScoredSpan {
  start: number;
  end: number;
  label: EntityLabel;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type ScoreTable = Record<EntityLabel | "ALL", PRF>;

/** Precision, recall and F1 from counts; shared by every scorer in the project. */
export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const key = (s: ScoredSpan): string => `${s.start}:${s.end}:${s.label}`;

/**
 * Exact-span scoring: a prediction counts only if start, end and label all match
 * a gold span. Duplicates are counted once, so a recogniser cannot gain by repeating itself.
 */
export function scoreSpans(gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[]): ScoreTable {
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const counts = new Map<EntityLabel, { tp: number; fp: number; fn: number }>(
    LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]),
  );
  for (const k of predKeys) {
    const c = counts.get(k.split(":")[2] as EntityLabel);
    if (!c) continue;
    if (goldKeys.has(k)) c.tp++;
    else c.fp++;
  }
  for (const k of goldKeys) {
    const c = counts.get(k.split(":")[2] as EntityLabel);
    if (c && !predKeys.has(k)) c.fn++;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const table = {} as ScoreTable;
  for (const label of LABELS) {
    const c = counts.get(label)!;
    table[label] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  table.ALL = prf(tp, fp, fn);
  return table;
}

/** Fixed-width text table of a score, one row per label plus ALL. */
export function formatScoreTable(table: ScoreTable): string {
  const rows = [["type", "gold", "pred", "correct", "P", "R", "F1"]];
  for (const label of [...LABELS, "ALL"] as const) {
    const s = table[label];
    rows.push([
      label,
      String(s.tp + s.fn),
      String(s.tp + s.fp),
      String(s.tp),
      s.precision.toFixed(3),
      s.recall.toFixed(3),
      s.f1.toFixed(3),
    ]);
  }
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(5) : c.padStart(8))).join("")).join("\n");
}

/** One row per corpus: exact-span P/R/F1 per type and overall, plus the mean overall F1 of the rows. */
export function formatCorpusTable(rows: readonly { name: string; table: ScoreTable }[]): string {
  const head = ["corpus", "gold", ...[...LABELS, "ALL"].flatMap((l) => [`${l} P`, `${l} R`, `${l} F1`])];
  const lines = [head];
  for (const { name, table } of rows) {
    const cells = [name, String(table.ALL.tp + table.ALL.fn)];
    for (const label of [...LABELS, "ALL"] as const) {
      const s = table[label];
      cells.push(s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3));
    }
    lines.push(cells);
  }
  const width = Math.max(...lines.map((r) => r[0]!.length)) + 1;
  const text = lines.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(width) : c.padStart(i === 1 ? 6 : 7))).join("")).join("\n");
  return `${text}\nmean ALL F1 ${meanF1(rows.map((r) => r.table)).toFixed(3)}`;
}

/** Unweighted mean of overall F1 across corpora, so a small news set counts as much as a large one. */
export function meanF1(tables: readonly ScoreTable[]): number {
  return tables.length === 0 ? 0 : tables.reduce((a, t) => a + t.ALL.f1, 0) / tables.length;
}
