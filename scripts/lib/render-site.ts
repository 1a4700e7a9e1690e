// Renders the site into a build folder, re-rendering only pages whose inputs changed since the last
// build and rendering in batches so Eleventy's memory stays bounded.
//
// `.cache/render/site/` holds the last build's briefing and entity pages, `.cache/render/record.json`
// the digest each was rendered from (see transforms/build/render-plan.ts), each page's size and
// digest, and a key over everything site-wide (layouts, templates, config, site settings, code, Eleventy's version,
// PATH_PREFIX). A page whose digest and key match is reused: linked from the last published site when
// that file is still as recorded, else copied from the cache when the cache's file is (a reflink where
// the file system has them). The rest, and every hand-written page (home, archive, index, feeds,
// sitemap…), go to Eleventy. Pages of deleted articles or entities are not carried over.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rm, rmdir, stat, symlink, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { RenderUnit } from "../../transforms/build/render-plan.js";
import { runScript } from "./child.js";
import { settings } from "../../transforms/config.js";
import { inChunks } from "../../transforms/files.js";
import { FileCache } from "../../transforms/cache.js";

export const RENDER_CACHE = ".cache/render";
/** The templates that paginate over `dossier.entityPages`; every other template is a hand-written page. */
const ENTITY_TEMPLATES = new Set(["entity-pages.njk", "entity-feeds.njk"]);
/** Everything that shapes every page; a change to any of it re-renders the whole site. */
const SITE_INPUTS = ["content/site.yml", "eleventy.config.ts", "layouts", "content/pages", "transforms", "scripts/lib/eleventy-run.ts", "scripts/lib/render-site.ts", "node_modules/@11ty/eleventy/package.json"];
/**
 * Output files per Eleventy run. Eleventy holds every page it rendered until its run ends, so this
 * bounds its memory; each run's start-up (config, site data) stays small beside it. At 5,000
 * articles, runs of this size peak at 1.5 GB, below Pagefind's 1.7 GB; half the size took 1.1 GB
 * and twice the runs, 1.3 s more.
 */
const DEFAULT_BATCH = 5000;
/** Estimated milliseconds of work per run: small enough to share out evenly, large beside a run's start-up (~0.4 s). */
const BATCH_MS = 8000;

interface Manifest {
  /** Unit → the digest it was rendered from and its output files. */
  units: Record<string, [hash: string, outputs: string[]]>;
}

export interface RenderOptions {
  cacheDir?: string;
  /** The site the last build published: an unchanged page is linked from there when it is as recorded. */
  previous?: string;
  batchSize?: number;
  /** Eleventy processes run side by side (at most 2: each holds up to a batch in memory). */
  processes?: number;
  /** Whether the hand-written pages are rendered too (default): a build sharded by pages renders them once. */
  handWritten?: boolean;
}

export interface RenderResult {
  rendered: number;
  reused: number;
  batches: number;
  /** Each unit's output file → the digest of the bytes written to it (see transforms/cache.ts). */
  digests: Map<string, string>;
}

const unitKey = (u: RenderUnit) => `${u.kind}:${u.id}`;

async function filesUnder(rel: string): Promise<string[]> {
  if (!existsSync(rel)) return [];
  if (!(await stat(rel)).isDirectory()) return [rel];
  const names = await readdir(rel, { recursive: true, withFileTypes: true });
  return names.filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name)).sort();
}

/** Digest of every site-wide input, by path and content. */
export async function siteKey(): Promise<string> {
  const h = createHash("sha256").update(`PATH_PREFIX=${settings().site.pathPrefix}\0`);
  for (const root of SITE_INPUTS) {
    for (const file of await filesUnder(root)) h.update(file).update("\0").update(await readFile(file)).update("\0");
  }
  return h.digest("hex");
}

/** Makes the folders of `files` under `root`, each once: making one per file was most of placing 30,000 pages. */
async function makeFolders(root: string, files: readonly string[]): Promise<void> {
  const folders = [...new Set(files.map((f) => path.dirname(path.join(root, f))))].sort();
  await inChunks(folders, 256, (d) => mkdir(d, { recursive: true }));
}

/**
 * Splits stale units into Eleventy runs, briefings and entities apart, each of at most `files` output
 * files and about `cost` milliseconds of estimated work, so that no run is much longer than another.
 */
export function batchesOf(stale: readonly RenderUnit[], files: number, cost: number): RenderUnit[][] {
  const out: RenderUnit[][] = [];
  for (const kind of ["briefing", "entity"] as const) {
    const units = stale.filter((x) => x.kind === kind);
    const total = units.reduce((n, u) => n + u.cost, 0);
    // Each run takes an equal share of the work rather than filling up to the limit and leaving a sliver.
    const share = total / Math.max(1, Math.ceil(total / cost));
    let batch: RenderUnit[] = [];
    let load = 0;
    let outputs = 0;
    for (const u of units) {
      if (batch.length > 0 && (load + u.cost / 2 > share || outputs + u.outputs.length > files)) {
        out.push(batch);
        [batch, load, outputs] = [[], 0, 0];
      }
      batch.push(u);
      load += u.cost;
      outputs += u.outputs.length;
    }
    if (batch.length > 0) out.push(batch);
  }
  return out;
}

/** Estimated milliseconds of the hand-written pages (home, indexes, feeds, sitemap), as measured at 5,000 articles. */
const PAGES_MS = 600;
/** Estimated milliseconds of a run: its start-up (config, site data) and its pages. */
const cost = (run: Run) => 300 + (run.pages ? PAGES_MS : 0) + run.units.reduce((n, u) => n + u.cost, 0);

/** Deals batches to `lanes` processes, largest first to the least loaded, so they finish together. */
export function lanesOf<T extends { cost: number }>(batches: readonly T[], lanes: number): T[][] {
  const out = Array.from({ length: lanes }, () => ({ load: 0, items: [] as T[] }));
  for (const b of [...batches].sort((x, y) => y.cost - x.cost)) {
    const lane = out.reduce((min, l) => (l.load < min.load ? l : min));
    lane.items.push(b);
    lane.load += b.cost;
  }
  return out.map((l) => l.items).filter((l) => l.length > 0);
}

/** What one Eleventy run renders: some units, and perhaps the hand-written pages. */
interface Run {
  units: readonly RenderUnit[];
  pages: boolean;
}

/**
 * The runs for `stale`. A small change (one article added: tens of pages) is shared between the
 * `lanes` processes as one run each, the first also rendering the hand-written pages: each run
 * costs a start-up, and a run per kind of page plus one for the hand-written pages left one process
 * doing two runs while the other did one. Larger changes go in batches (`batchesOf`), plus a run of
 * hand-written pages.
 */
export function runsOf(stale: readonly RenderUnit[], lanes: number, files = DEFAULT_BATCH, handWritten = true): Run[] {
  const total = stale.reduce((n, u) => n + u.cost, 0);
  if (total > BATCH_MS || stale.reduce((n, u) => n + u.outputs.length, 0) > files) {
    return [...(handWritten ? [{ units: [], pages: true }] : []), ...batchesOf(stale, files, BATCH_MS).map((units) => ({ units, pages: false }))];
  }
  const first = (i: number) => handWritten && i === 0;
  const runs = Array.from({ length: Math.max(1, lanes) }, (_, i) => ({ units: [] as RenderUnit[], pages: first(i), load: first(i) ? PAGES_MS : 0 }));
  for (const u of [...stale].sort((x, y) => y.cost - x.cost)) {
    const run = runs.reduce((min, r) => (r.load < min.load ? r : min));
    run.units.push(u);
    run.load += u.cost;
  }
  return runs.filter((r) => r.pages || r.units.length > 0).map(({ units, pages }) => ({ units, pages }));
}

/**
 * One Eleventy input per run: symlinks to the templates and markdown files it renders, and the
 * layouts beside it where the config's `includes: "../layouts"` looks for them.
 */
async function stage(dir: string, run: Run): Promise<void> {
  const content = path.join(dir, "content");
  await mkdir(path.join(content, "pages"), { recursive: true });
  await symlink(path.resolve("layouts"), path.join(dir, "layouts"), "dir");
  const pages = await readdir("content/pages");
  const entities = run.units.filter((u) => u.kind === "entity").map((u) => u.id);
  const briefings = run.units.filter((u) => u.kind === "briefing").map((u) => u.id);
  for (const name of pages) {
    const wanted = ENTITY_TEMPLATES.has(name) ? entities.length > 0 : run.pages;
    if (wanted) await symlink(path.resolve("content/pages", name), path.join(content, "pages", name));
  }
  if (briefings.length > 0) {
    await mkdir(path.join(content, "briefings"));
    for (const slug of briefings) await symlink(path.resolve("content/briefings", `${slug}.md`), path.join(content, "briefings", `${slug}.md`));
  }
  await writeFile(path.join(dir, "entities.json"), JSON.stringify({ entities }));
}

/** Stages `runs` under `root` and renders them, in up to `processes` Eleventy processes side by side. */
async function renderRuns(out: string, runs: readonly Run[], root: string, processes: number): Promise<void> {
  const staged: { dir: string; cost: number }[] = [];
  for (const [i, run] of runs.entries()) {
    const dir = path.join(root, String(i));
    await stage(dir, run);
    staged.push({ dir, cost: cost(run) });
  }
  // Runs write disjoint files, so processes can render side by side, one per core.
  const lanes = lanesOf(staged, processes);
  await Promise.all(lanes.map((lane) => runScript("scripts/lib/eleventy-run.ts", [out, ...lane.map((b) => b.dir)])));
}

/** Renders `units` (and the hand-written pages) into `out`, reusing unchanged pages from the cache. */
export async function renderSite(out: string, units: readonly RenderUnit[], options: RenderOptions = {}): Promise<RenderResult> {
  const cacheDir = options.cacheDir ?? RENDER_CACHE;
  const cache = new FileCache<Manifest>({ name: "rendered pages", dir: path.join(cacheDir, "site"), record: path.join(cacheDir, "record.json"), inputs: [await siteKey()] });
  const manifest = await cache.open();
  const candidates = manifest ? units.filter((u) => manifest.units[unitKey(u)]?.[0] === u.hash && u.outputs.every((o) => cache.has(o))) : [];
  const candidateKeys = new Set(candidates.map(unitKey));
  const processes = Math.max(1, Math.min(options.processes ?? availableParallelism(), 2));
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const stageRoot = path.join(cacheDir, `stage-${process.pid}`);
  await rm(stageRoot, { recursive: true, force: true });

  // Changed pages go to Eleventy at once, and unchanged ones are verified and placed while it renders:
  // its processes leave this one idle, and on a daily build the placing is a second or two of reading
  // and hashing. A unit with a page that fails verification is rendered after, in a run of its own.
  const changed = units.filter((u) => !candidateKeys.has(unitKey(u)));
  const first = runsOf(changed, processes, batchSize, options.handWritten ?? true);
  const digests = new Map<string, string>();
  const damaged = new Set<string>();
  let retry: RenderUnit[] = [];
  let batches = first.length;
  try {
    const rendering = renderRuns(out, first, path.join(stageRoot, "changed"), processes);
    try {
      await makeFolders(out, candidates.flatMap((u) => u.outputs));
      for (const u of candidates) {
        for (const o of u.outputs) {
          const entry = await cache.publish(o, path.join(out, o), options.previous && path.join(options.previous, o));
          if (entry) digests.set(o, entry[1]);
          else damaged.add(unitKey(u));
        }
      }
    } finally {
      // Eleventy's processes read the stage folders: nothing goes on, or is removed, until they are done.
      await rendering.catch(() => undefined);
    }
    await rendering;
    retry = candidates.filter((u) => damaged.has(unitKey(u)));
    const again = runsOf(retry, processes, batchSize, false);
    batches += again.length;
    await renderRuns(out, again, path.join(stageRoot, "damaged"), processes);
  } finally {
    await rm(stageRoot, { recursive: true, force: true });
  }
  const stale = [...changed, ...retry];
  const reused = candidates.length - retry.length;

  // The cache becomes this build's pages, copies of what was rendered. The record goes first, so a
  // build stopped midway leaves no record naming pages that are not as it says.
  await cache.invalidate();
  if (!manifest) await rm(cache.dir, { recursive: true, force: true });
  const rendered = stale.flatMap((u) => u.outputs);
  await makeFolders(cache.dir, rendered);
  await inChunks(rendered, 256, async (o) => digests.set(o, (await cache.copyIn(path.join(out, o), o))[1]));
  if (manifest) {
    const current = new Set(units.map(unitKey));
    const gone = Object.entries(manifest.units).filter(([k]) => !current.has(k));
    await inChunks(gone.flatMap(([, [, outputs]]) => outputs), 256, (o) => cache.remove(o));
    // Each unit has a folder of its own (briefings/<slug>/, entities/<id>/): gone with its pages.
    await inChunks([...new Set(gone.flatMap(([, [, outputs]]) => outputs.map((o) => path.dirname(o))))], 256, (d) => rmdir(path.join(cache.dir, d)).catch(() => undefined));
  }
  await cache.save({ units: Object.fromEntries(units.map((u) => [unitKey(u), [u.hash, u.outputs]])) });
  return { rendered: stale.length, reused, batches, digests };
}
