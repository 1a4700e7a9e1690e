import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smallest } from "../../transforms/util/top.js";

describe("smallest", () => {
  it("equals a stable sort then slice, ties included", () => {
    const byCount = (a: { n: number }, b: { n: number }) => a.n - b.n;
    fc.assert(
      fc.property(fc.array(fc.record({ n: fc.integer({ min: 0, max: 5 }), tag: fc.nat() })), fc.integer({ min: 0, max: 12 }), (items, k) => {
        expect(smallest(items, k, byCount)).toEqual([...items].sort(byCount).slice(0, k));
      }),
      { seed: 3 },
    );
  });
});
