// One step of a build split over several machines, as docs/scale.md plans it, run in a project folder
// by `npm run bench:shards` (scripts/bench-shards.ts), which times each step as its own process:
//   map          ingest content/raw and analyse it into .cache/annotate; nothing else is written
//   join         the build up to the site store and the markdown; the render units go to units.json
//   render K N   shard K of N of units.json into _shard-K: briefings by article range, entity pages by
//                id; shard 0 also renders the hand-written pages
//   index DIR    one Pagefind index in full over an assembled site folder
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { analyseArticles } from "../../../transforms/build/analyse/index.js";
import type { RenderUnit } from "../../../transforms/build/render-plan.js";
import { readRegistry } from "../../../transforms/entities/folder.js";
import { readInputs } from "../../../transforms/ingest/files.js";
import { indexSite } from "../../../transforms/search/index.js";
import { generate, PATHS } from "../generate.js";
import { Progress } from "../progress.js";
import { renderSite } from "../render-site.js";

export const UNITS_FILE = "units.json";
export const shardFolder = (k: number) => `_shard-${k}`;

/** Shard of an entity page: by its id, so a page stays on one runner whatever else changes. */
const entityShard = (id: string, shards: number) => createHash("sha256").update(id).digest().readUInt32BE(0) % shards;

/** Shard `k` of `shards`: a contiguous range of the briefings, and the entity pages whose id falls to it. */
export function shardUnits(units: readonly RenderUnit[], k: number, shards: number): RenderUnit[] {
  const briefings = units.filter((u) => u.kind === "briefing");
  const from = Math.floor((k * briefings.length) / shards);
  const to = Math.floor(((k + 1) * briefings.length) / shards);
  return [...briefings.slice(from, to), ...units.filter((u) => u.kind === "entity" && entityShard(u.id, shards) === k)];
}

async function main(step: string | undefined, args: string[]): Promise<string> {
  if (step === "map") {
    const registry = await readRegistry(PATHS.entities);
    const ingested = await readInputs([PATHS.raw]);
    const r = await analyseArticles(ingested.articles, { registry: registry.entities, recogniser: true, cacheDir: PATHS.cache });
    return `${r.analysed} articles analysed, ${r.cached} cached`;
  }
  if (step === "join") {
    const progress = new Progress(true);
    const made = await generate(progress);
    if (!made.ok) throw new Error(made.errors.map((e) => e.message).join("\n"));
    await writeFile(UNITS_FILE, JSON.stringify(made.units));
    const stages = Object.entries(progress.timings()).map(([name, s]) => `${name} ${s.toFixed(1)} s`);
    return `${made.articles} briefings, ${made.entities} entity pages; ${stages.join(", ")}`;
  }
  if (step === "render") {
    const [k, shards] = args.map(Number);
    if (!Number.isInteger(k) || !Number.isInteger(shards) || k! < 0 || k! >= shards!) throw new Error("render needs K and N, 0 ≤ K < N");
    const units = JSON.parse(await readFile(UNITS_FILE, "utf8")) as RenderUnit[];
    const mine = shardUnits(units, k!, shards!);
    const r = await renderSite(shardFolder(k!), mine, { cacheDir: `.cache/render-${shardFolder(k!)}`, handWritten: k === 0 });
    return `${r.rendered} units rendered in ${r.batches} runs`;
  }
  if (step === "index" && args[0]) {
    const r = await indexSite(args[0], { cacheDir: ".cache/pagefind-assembled" });
    return `${r.pages} pages indexed (${r.mode})`;
  }
  throw new Error("usage: shard-step.ts map | join | render K N | index DIR");
}

if (import.meta.filename === process.argv[1]) {
  const [step, ...args] = process.argv.slice(2);
  process.stdout.write(`${await main(step, args)}\n`);
}
