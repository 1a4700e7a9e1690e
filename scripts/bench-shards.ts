// `npm run bench:shards -- --articles N --shards K [--json]`: a build split over K machines, as
// docs/scale.md plans it, simulated here one step after another, each step a process of its own with
// the whole machine (as a CI runner would have it), against a single cold build of the same corpus:
//   map      each shard ingests and analyses its range of articles, in a project of its own;
//   join     one project merges the K analysis caches and builds up to the markdown (the entity table);
//   render   each shard renders its share of the pages (shard 0 also the hand-written ones);
//   assemble the K page folders are put together and Pagefind indexes them once, in full.
import { cp, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureCorpus } from "./lib/bench/corpus.js";
import { runMeasured, succeeded, type RunResult } from "./lib/bench/run.js";
import { countPages, dossierProject, makeScratch, removeScratch } from "./lib/bench/scratch.js";
import { shardFolder } from "./lib/bench/shard-step.js";
import { settings } from "../transforms/config.js";
import type { CacheRecord } from "../transforms/cache.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    shards: { type: "string", default: "4" },
    seed: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    // Leave out the single build, when `npm run bench` has just timed the same corpus's full build.
    "skip-single": { type: "boolean", default: false },
  },
});
const articles = Number(values.articles);
const shards = Number(values.shards);
if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a positive integer, not ${values.articles}`);
if (!Number.isInteger(shards) || shards < 1) throw new Error(`--shards must be a positive integer, not ${values.shards}`);
const log = (m: string) => process.stderr.write(`${m}\n`);
const round = (x: number) => Math.round(x * 100) / 100;

const corpus = await ensureCorpus({
  articles,
  seed: Number(values.seed),
  source: path.resolve(ROOT, settings().bench.corpus ?? "../shared/corpora/wikinews"),
  cacheDir: path.join(ROOT, ".cache/bench"),
});
log(`bench:shards: ${articles} articles in ${shards} shards, ${corpus.words} words`);

const step = async (cwd: string, what: string, args: string[]): Promise<RunResult> => {
  const r = succeeded(await runMeasured(process.execPath, ["--import", "tsx", "scripts/lib/bench/shard-step.ts", ...args], { cwd, env: { CI: "" } }), what);
  // The step's own summary is its last line; Eleventy's runs print theirs before it.
  log(`bench:shards: ${what}: ${r.stdout.trim().split("\n").at(-1)} (${r.seconds.toFixed(1)} s, peak ${Math.round(r.peakRssMb)} MB)`);
  return r;
};
const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const value = await run();
  return [value, (performance.now() - t0) / 1000];
};

// Map: each shard's range of articles (by file name, so a day's new files land on the last shard).
const names = (await readdir(corpus.raw)).filter((n) => n.endsWith(".txt")).sort();
const joinDir = await dossierProject(ROOT, corpus.raw);
const maps: RunResult[] = [];
const records: CacheRecord<unknown>[] = [];
let copySeconds = 0;
for (let k = 0; k < shards; k++) {
  const raw = await makeScratch(`shard-raw-${k}`);
  for (const n of names.slice(Math.floor((k * names.length) / shards), Math.floor(((k + 1) * names.length) / shards))) await cp(path.join(corpus.raw, n), path.join(raw, n));
  const dir = await dossierProject(ROOT, raw);
  maps.push(await step(dir, `map ${k + 1}/${shards}`, ["map"]));
  // What the join runner downloads: the shard's analysis cache, files and record.
  const cache = path.join(dir, ".cache/annotate");
  records.push(JSON.parse(await readFile(path.join(cache, "record.json"), "utf8")) as CacheRecord<unknown>);
  copySeconds += (await timed(() => cp(cache, path.join(joinDir, ".cache/annotate"), { recursive: true, filter: (f) => path.basename(f) !== "record.json" })))[1];
  await removeScratch(dir);
  await removeScratch(raw);
}

// Join: the K records are one key over disjoint files, so the merged record is their union.
const [, mergeSeconds] = await timed(async () => {
  const keys = new Set(records.map((r) => r.key));
  if (keys.size !== 1) throw new Error(`the shards' analysis caches were written under ${keys.size} different keys`);
  const merged = { ...records[0]!, files: Object.assign({}, ...records.map((r) => r.files)) as CacheRecord<unknown>["files"] };
  await writeFile(path.join(joinDir, ".cache/annotate/record.json"), JSON.stringify(merged));
});
const join = await step(joinDir, "join (link, crosslink, site data, markdown)", ["join"]);

// Render, then assemble: the page folders are disjoint, so putting them together is a copy.
const renders: RunResult[] = [];
for (let k = 0; k < shards; k++) renders.push(await step(joinDir, `render ${k + 1}/${shards}`, ["render", String(k), String(shards)]));
const assembled = path.join(joinDir, "_assembled");
const [, assembleCopy] = await timed(async () => {
  await mkdir(assembled, { recursive: true });
  for (let k = 0; k < shards; k++) await cp(path.join(joinDir, shardFolder(k)), assembled, { recursive: true });
});
const index = await step(joinDir, "assemble: one Pagefind index over every shard's pages", ["index", "_assembled"]);
const sharded = await countPages(assembled);

// The single build it stands against: the same corpus, cold, on this machine.
const singleDir = values["skip-single"] ? undefined : await dossierProject(ROOT, corpus.raw);
let single: RunResult | undefined;
let singlePages: number | null = null;
if (singleDir) {
  log("bench:shards: single cold build…");
  single = succeeded(await runMeasured(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: singleDir, env: { CI: "" } }), "single build");
  singlePages = (await countPages(path.join(singleDir, "_site"))).pages;
}

const mapS = maps.map((r) => r.seconds);
const renderS = renders.map((r) => r.seconds);
const joinS = copySeconds + mergeSeconds + join.seconds;
const assembleS = assembleCopy + index.seconds;
// On K runners the map and render steps run side by side: the slowest shard sets the pace.
const critical = Math.max(...mapS) + joinS + Math.max(...renderS) + assembleS;
const report = {
  articles,
  shards,
  map_s: mapS.map(round),
  join_s: round(joinS),
  render_s: renderS.map(round),
  assemble_s: round(assembleS),
  sharded_wall_s: round(critical),
  sharded_work_s: round(mapS.reduce((a, b) => a + b, 0) + joinS + renderS.reduce((a, b) => a + b, 0) + assembleS),
  single_s: single ? round(single.seconds) : null,
  speedup: single ? round(single.seconds / critical) : null,
  sharded_pages: sharded.pages,
  single_pages: singlePages,
  peak_rss_mb: { map: Math.round(Math.max(...maps.map((r) => r.peakRssMb))), join: Math.round(join.peakRssMb), render: Math.round(Math.max(...renders.map((r) => r.peakRssMb))), index: Math.round(index.peakRssMb), single: single ? Math.round(single.peakRssMb) : null },
  join_parts_s: { download_and_merge: round(copySeconds + mergeSeconds), build_to_markdown: round(join.seconds) },
  assemble_parts_s: { copy: round(assembleCopy), pagefind: round(index.seconds) },
};

const scratch = [joinDir, ...(singleDir ? [singleDir] : [])];
if (values.keep) log(`bench:shards: kept ${scratch.join(", ")}`);
else for (const dir of scratch) await removeScratch(dir);

const list = (xs: number[]) => xs.map((x) => `${x.toFixed(1)} s`).join(", ");
process.stdout.write(
  [
    `map (analysis), per shard:  ${list(report.map_s)}`,
    `join (merge ${report.join_parts_s.download_and_merge.toFixed(1)} s, build to markdown ${report.join_parts_s.build_to_markdown.toFixed(1)} s): ${report.join_s.toFixed(1)} s`,
    `render, per shard:          ${list(report.render_s)}`,
    `assemble (copy ${report.assemble_parts_s.copy.toFixed(1)} s, Pagefind ${report.assemble_parts_s.pagefind.toFixed(1)} s): ${report.assemble_s.toFixed(1)} s`,
    `${shards} runners: ${report.sharded_wall_s.toFixed(1)} s from start to site (${report.sharded_work_s.toFixed(1)} s of work)` +
      (single ? `, against ${single.seconds.toFixed(1)} s for one build (${(single.seconds / critical).toFixed(2)}× faster)` : "; the single build was skipped"),
    `pages: ${report.sharded_pages} sharded${singlePages === null ? "" : `, ${singlePages} single (the single build also writes api/)`}`,
  ].join("\n") + "\n",
);
if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
