// How the build shares stale pages out between Eleventy runs and processes (scripts/lib/render-site.ts).
import { describe, expect, it } from "vitest";
import { batchesOf, lanesOf, runsOf } from "../../scripts/lib/render-site.js";
import type { RenderUnit } from "../../transforms/build/render-plan.js";

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

describe("render runs", () => {
  it("shares a small change between the processes, one run each, the hand-written pages in the first", () => {
    // One article added: its briefing, two neighbours', and the entities it names, a few of them heavy.
    const stale = [briefing(1), briefing(2), briefing(3), entity(1, 120), entity(2, 90), entity(3, 2), entity(4, 1.1)];
    const runs = runsOf(stale, 2);
    expect(runs).toHaveLength(2);
    expect(runs.map((r) => r.pages)).toEqual([true, false]);
    expect(runs.flatMap((r) => r.units.map((u) => u.id)).sort()).toEqual(stale.map((u) => u.id).sort());
    // The hand-written pages (600 ms) outweigh all the units here, so those all go to the other run.
    expect(runs[0]!.units).toHaveLength(0);
    // With one process, one run does everything.
    expect(runsOf(stale, 1)).toEqual([{ units: expect.arrayContaining(stale) as RenderUnit[], pages: true }]);
  });

  it("renders only the hand-written pages when nothing else changed", () => {
    expect(runsOf([], 2)).toEqual([{ units: [], pages: true }]);
  });

  it("goes back to batches, and a run of hand-written pages, for a large change", () => {
    const stale = Array.from({ length: 4000 }, (_, i) => briefing(i));
    const runs = runsOf(stale, 2);
    expect(runs[0]).toEqual({ units: [], pages: true });
    expect(runs.length).toBeGreaterThan(2);
    expect(runs.slice(1).every((r) => !r.pages && r.units.length > 0)).toBe(true);
    expect(runs.flatMap((r) => r.units).length).toBe(4000);
  });

  it("leaves the hand-written pages out when told, for a build sharded by pages", () => {
    const small = [briefing(1), entity(1, 2)];
    const large = Array.from({ length: 4000 }, (_, i) => briefing(i));
    for (const stale of [small, large]) {
      const runs = runsOf(stale, 2, undefined, false);
      expect(runs.some((r) => r.pages)).toBe(false);
      expect(runs.flatMap((r) => r.units).length).toBe(stale.length);
    }
    expect(runsOf([], 2, undefined, false)).toEqual([]);
  });
});
