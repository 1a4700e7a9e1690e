// How the build shares stale pages out between Eleventy runs and processes (scripts/lib/render-site.ts).
import { describe, expect, it } from "vitest";
import { batchesOf, lanesOf } from "../../scripts/lib/render-site.js";
import type { RenderUnit } from "../../transforms/site/render-plan.js";

const briefing = (i: number): RenderUnit => ({ kind: "briefing", id: `b${i}`, hash: "", outputs: [`briefings/b${i}/index.html`], cost: 3 });
const entity = (i: number, cost: number): RenderUnit => ({ kind: "entity", id: `e${i}`, hash: "", outputs: [`entities/e${i}/index.html`, `entities/e${i}/feed.xml`], cost });
const sum = (units: readonly RenderUnit[]) => units.reduce((n, u) => n + u.cost, 0);

describe("render batches", () => {
  // Like a real corpus: a few entities list thousands of briefings, most list one.
  const units = [...Array.from({ length: 3000 }, (_, i) => briefing(i)), ...Array.from({ length: 6000 }, (_, i) => entity(i, i < 60 ? 150 : 1.1))];
  const batches = batchesOf(units, 2500, 4000);

  it("renders every unit exactly once, briefings and entities in separate runs", () => {
    expect(batches.flat().map((u) => u.id).sort()).toEqual(units.map((u) => u.id).sort());
    for (const b of batches) expect(new Set(b.map((u) => u.kind)).size).toBe(1);
  });

  it("keeps runs within the file limit and splits the heavy entities over several runs", () => {
    for (const b of batches) expect(b.reduce((n, u) => n + u.outputs.length, 0)).toBeLessThanOrEqual(2500);
    // The 60 heavy entities weigh 9,000 ms: more than two runs' worth, so not all in the first.
    expect(batches.filter((b) => b.some((u) => u.cost === 150)).length).toBeGreaterThan(1);
    const costs = batches.map(sum);
    expect(Math.max(...costs)).toBeLessThan(4000 * 1.5);
  });

  it("deals runs to processes so that they finish close together", () => {
    const lanes = lanesOf(batches.map((b) => ({ cost: sum(b) })), 2);
    const loads = lanes.map((l) => l.reduce((n, b) => n + b.cost, 0));
    expect(lanes).toHaveLength(2);
    expect(Math.abs(loads[0]! - loads[1]!)).toBeLessThan(Math.max(...batches.map(sum)));
  });
});
