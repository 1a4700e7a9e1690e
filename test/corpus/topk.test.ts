import { describe, expect, it } from "vitest";
import { topK } from "../../transforms/corpus/top-k.js";

describe("topK", () => {
  it("equals sorting everything and taking the first k, ties at the cut included", () => {
    // Deterministic pseudo-random keys with many ties, as co-mention counts have.
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const items = Array.from({ length: 500 }, (_, i) => ({ id: `e${i}`, n: Math.floor(rand() * 6) }));
    const order = (a: { id: string; n: number }, b: { id: string; n: number }) => b.n - a.n || (a.id < b.id ? -1 : 1);
    for (const k of [1, 5, 24, 499, 500, 600]) expect(topK([...items], k, (x) => x.n, order)).toEqual([...items].sort(order).slice(0, k));
  });
});
