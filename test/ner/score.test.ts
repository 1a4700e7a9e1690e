import { describe, expect, it } from "vitest";
import { formatCorpusTable, formatScoreTable, meanF1, scoreSpans, type ScoredSpan } from "../../transforms/ner/train/score.js";

const gold: ScoredSpan[] = [
  { start: 0, end: 5, label: "PER" },
  { start: 10, end: 15, label: "ORG" },
  { start: 20, end: 25, label: "LOC" },
  { start: 30, end: 40, label: "LOC" },
];

describe("exact-span scoring", () => {
  it("counts only exact boundary and type matches", () => {
    const predicted: ScoredSpan[] = [
      { start: 0, end: 5, label: "PER" }, // correct
      { start: 10, end: 15, label: "LOC" }, // wrong type
      { start: 20, end: 24, label: "LOC" }, // wrong boundary
      { start: 30, end: 40, label: "LOC" }, // correct
      { start: 50, end: 55, label: "PER" }, // spurious
    ];
    const t = scoreSpans(gold, predicted);
    expect(t.PER).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(t.ORG).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(t.LOC).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(t.ALL).toMatchObject({ tp: 2, fp: 3, fn: 2 });
    expect(t.ALL.precision).toBeCloseTo(2 / 5);
    expect(t.ALL.recall).toBeCloseTo(2 / 4);
    expect(t.ALL.f1).toBeCloseTo((2 * 0.4 * 0.5) / 0.9);
  });

  it("is perfect on identical input and zero (not NaN) on empty predictions", () => {
    expect(scoreSpans(gold, gold).ALL.f1).toBe(1);
    const empty = scoreSpans(gold, []);
    expect(empty.ALL).toMatchObject({ precision: 0, recall: 0, f1: 0, fn: 4 });
  });

  it("does not reward duplicate predictions", () => {
    const t = scoreSpans(gold, [gold[0]!, gold[0]!]);
    expect(t.PER).toMatchObject({ tp: 1, fp: 0 });
  });

  it("formats a table with a row per type and overall", () => {
    const lines = formatScoreTable(scoreSpans(gold, gold)).split("\n");
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(["type", "PER", "ORG", "LOC", "ALL"]);
    expect(lines[4]).toContain("1.000");
  });
});

describe("per-corpus table", () => {
  it("prints one row per corpus and the unweighted mean of their overall F1", () => {
    const perfect = scoreSpans(gold, gold);
    const half = scoreSpans(gold, gold.slice(0, 2));
    const text = formatCorpusTable([
      { name: "news", table: perfect },
      { name: "tweets", table: half },
    ]);
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^corpus\s+gold\s+PER P/);
    expect(lines[1]).toMatch(/^news\s+4\s/);
    expect(lines[1]!.trim().endsWith("1.000")).toBe(true);
    expect(lines[2]!.trim().endsWith(half.ALL.f1.toFixed(3))).toBe(true);
    expect(meanF1([perfect, half])).toBeCloseTo((1 + half.ALL.f1) / 2);
    expect(lines.at(-1)).toBe(`mean ALL F1 ${((1 + half.ALL.f1) / 2).toFixed(3)}`);
  });
});
