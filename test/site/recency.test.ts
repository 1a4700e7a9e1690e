import { describe, expect, it } from "vitest";
import { recencyScores, recencyWeights } from "../../transforms/site/recency.js";

describe("recencyWeights", () => {
  it("halves an article's weight every half-life before the newest dated article", () => {
    const w = recencyWeights([{ date: "2025-06-30", entities: [] }, { date: "2025-05-31", entities: [] }, { date: "2025-05-01", entities: [] }], 30);
    expect(w[0]).toBe(1);
    expect(w[1]).toBeCloseTo(0.5, 10);
    expect(w[2]).toBeCloseTo(0.25, 1);
  });

  it("weighs undated articles below the oldest dated one, and all alike when nothing is dated", () => {
    const w = recencyWeights([{ date: "2025-06-30", entities: [] }, { date: "2025-01-01", entities: [] }, { date: null, entities: [] }]);
    expect(w[2]).toBeGreaterThan(0);
    expect(w[2]).toBeLessThan(w[1]!);
    expect(recencyWeights([{ date: null, entities: [] }, { date: null, entities: [] }])).toEqual([1, 1]);
  });
});

describe("recencyScores", () => {
  it("lets fewer recent mentions outrank more old ones", () => {
    const scores = recencyScores([
      { date: "2025-06-30", entities: [{ id: "new", count: 3 }] },
      { date: "2025-01-01", entities: [{ id: "old", count: 10 }] },
    ]);
    expect(scores.get("new")).toBeGreaterThan(scores.get("old")!);
  });

  it("is plain mention counts when no article is dated", () => {
    const scores = recencyScores([
      { date: null, entities: [{ id: "a", count: 3 }, { id: "b", count: 1 }] },
      { date: null, entities: [{ id: "b", count: 4 }] },
    ]);
    expect(scores.get("a")).toBe(3);
    expect(scores.get("b")).toBe(5);
  });
});
