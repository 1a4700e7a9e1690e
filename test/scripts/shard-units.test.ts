// How a build split over several runners shares out the pages (scripts/lib/bench/shard-step.ts).
import { describe, expect, it } from "vitest";
import { shardUnits } from "../../scripts/lib/bench/shard-step.js";
import type { RenderUnit } from "../../transforms/build/render-plan.js";

const unit = (kind: RenderUnit["kind"], id: string): RenderUnit => ({ kind, id, hash: "", outputs: [`${kind}/${id}/index.html`], cost: 1 });
const units = [...Array.from({ length: 103 }, (_, i) => unit("briefing", `b${i}`)), ...Array.from({ length: 500 }, (_, i) => unit("entity", `e${i}`))];

describe("shard units", () => {
  const shards = [0, 1, 2, 3].map((k) => shardUnits(units, k, 4));

  it("puts every unit in exactly one shard", () => {
    const ids = shards.flat().map((u) => `${u.kind}:${u.id}`);
    expect(ids).toHaveLength(units.length);
    expect(new Set(ids).size).toBe(units.length);
  });

  it("gives each shard a contiguous range of briefings, in order", () => {
    const ranges = shards.map((s) => s.filter((u) => u.kind === "briefing").map((u) => Number(u.id.slice(1))));
    expect(ranges.flat()).toEqual(Array.from({ length: 103 }, (_, i) => i));
    for (const r of ranges) expect(r.length).toBeGreaterThanOrEqual(25);
  });

  it("places an entity page by its id alone, and spreads them", () => {
    const fewer = shardUnits(units.filter((u) => u.id !== "e7"), 1, 4).filter((u) => u.kind === "entity").map((u) => u.id);
    expect(fewer).toEqual(shards[1]!.filter((u) => u.kind === "entity" && u.id !== "e7").map((u) => u.id));
    for (const s of shards) expect(s.filter((u) => u.kind === "entity").length).toBeGreaterThan(80);
  });
});
