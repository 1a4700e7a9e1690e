import { describe, expect, it } from "vitest";
import { formatScoreTable, scoreSpans, type ScoredSpan } from "../../transforms/ner/train/score.js";

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
