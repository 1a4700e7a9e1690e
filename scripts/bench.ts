// `npm run bench -- --articles N [--json]`: builds an N-article corpus with Dossier and with two plain
// Eleventy + Pagefind baselines (the article pages only, and the same pages Dossier built) in scratch
// folders, then times a desk's daily work on the built site. See docs/performance.md.
import { copyFile, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { articleFileName, ensureCorpus } from "./lib/bench/corpus.js";
import { baselineProject, samePagesProject } from "./lib/bench/baseline.js";
import { addBatch, editArticle, editRegistryDescription } from "./lib/bench/daily.js";
import { runMeasured, succeeded, type RunResult } from "./lib/bench/run.js";
import { countPages, dossierProject, removeScratch } from "./lib/bench/scratch.js";
import { formatReport, roundReport } from "./lib/bench/report.js";
import { settings } from "../transforms/config.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    corpus: { type: "string" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    // Archive sizes: the full build and one article added only. The baselines and the rest of the daily
    // work would take the better part of an hour at 50,000 articles; their fields are null.
    archive: { type: "boolean", default: false },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a positive integer, not ${values.articles}`);
const log = (m: string) => process.stderr.write(`${m}\n`);

const corpus = await ensureCorpus({
  articles,
  seed: Number(values.seed),
  source: path.resolve(ROOT, values.corpus ?? settings().bench.corpus ?? "../shared/corpora/wikinews"),
  cacheDir: path.join(ROOT, ".cache/bench"),
});
log(`bench: ${articles} articles, ${corpus.words} words, ${corpus.names} distinct names drawn`);


/** Builds a baseline scratch project with plain node; its stages come from its last stdout line. */
const baseline = async (dir: string, what: string) => {
  log(`bench: ${what}…`);
  const run = succeeded(await runMeasured(process.execPath, ["build.mjs"], { cwd: dir }), what);
  const stages = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { eleventy: number; pagefind: number };
  return { run, stages, pages: (await countPages(path.join(dir, "_site"))).pages };
};
const baseDir = values.archive ? undefined : await baselineProject(ROOT, corpus.raw);
const base = baseDir === undefined ? undefined : await baseline(baseDir, "baseline, article pages only (Eleventy + markdown-it + Pagefind)");

const dossierDir = await dossierProject(ROOT, corpus.raw);
const timings = path.join(dossierDir, "timings.json");
const build = async (what: string) => {
  log(`bench: ${what}…`);
  const r = succeeded(await runMeasured(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: dossierDir, env: { DOSSIER_TIMINGS: timings }, echo: !values.json }), what);
  return { run: r, stages: (JSON.parse(await readFile(timings, "utf8")) as { stages: Record<string, number> }).stages };
};
const full = await build("Dossier full build");
const pages = await countPages(path.join(dossierDir, "_site"));
const sameDir = values.archive ? undefined : await samePagesProject(ROOT, corpus.raw, path.join(dossierDir, "_site"));
const same = sameDir === undefined ? undefined : await baseline(sameDir, `baseline with the same pages (${pages.entityPages} entity listings from a data file)`);

await copyFile(corpus.extra, path.join(dossierDir, "content/raw", articleFileName(articles)));
const incremental = await build("Dossier incremental build (one article added)");
/** The rest of the desk's daily work, each step from the site the step before left. */
const rest = async () => {
  const batchSize = await addBatch(dossierDir, corpus.batch);
  const batch = await build(`Dossier incremental build (a day's batch of ${batchSize} added)`);
  const edited = await editArticle(dossierDir);
  const edit = await build(`Dossier incremental build (${edited} edited)`);
  const entity = await editRegistryDescription(dossierDir);
  const registryEdit = await build(`Dossier incremental build (registry description of ${entity} changed)`);
  return { batchSize, batch, edit, registryEdit };
};
const more = values.archive ? undefined : await rest();
const daily = [incremental, ...(more ? [more.batch, more.edit, more.registryEdit] : [])];

const sum = (s: Record<string, number>, keys: string[]) => keys.reduce((n, k) => n + (s[k] ?? 0), 0);
const stagesOf = (s: Record<string, number>, wall: number) => {
  const named = {
    annotate: sum(s, ["registry", "ingest", "annotate", "link"]),
    crosslink: sum(s, ["crosslink", "site data", "markdown"]),
    api: sum(s, ["api", "api files"]),
    eleventy: s.eleventy ?? 0,
    pagefind: s.pagefind ?? 0,
  };
  // Node start-up, TypeScript loading, the swap into _site/: whatever the stages do not cover.
  return { ...named, other: Math.max(0, wall - Object.values(named).reduce((a, b) => a + b, 0)) };
};
const stages = stagesOf(full.stages, full.run.seconds);
const perPage = base && (stages.eleventy + stages.pagefind) / pages.pages / ((base.stages.eleventy + base.stages.pagefind) / base.pages);
const seconds = (b: { run: RunResult } | undefined) => b?.run.seconds ?? null;
const report = roundReport({
  articles,
  pages: pages.pages,
  baseline_pages: base?.pages ?? null,
  stages,
  total_s: full.run.seconds,
  baseline_s: seconds(base),
  ratio: base ? full.run.seconds / base.run.seconds : null,
  // The largest process of any Dossier build in the run, the full one or a daily one.
  peak_rss_mb: Math.max(full.run.peakRssMb, ...daily.map((d) => d.run.peakRssMb)),
  incremental_s: incremental.run.seconds,
  entity_pages: pages.entityPages,
  same_pages_baseline_s: seconds(same),
  same_pages_baseline_pages: same?.pages ?? null,
  batch_s: seconds(more?.batch),
  edit_s: seconds(more?.edit),
  registry_edit_s: seconds(more?.registryEdit),
  same_pages_ratio: same ? full.run.seconds / same.run.seconds : null,
  batch_size: more?.batchSize ?? null,
  baseline_stages: base?.stages ?? null,
  same_pages_baseline_stages: same?.stages ?? null,
  baseline_peak_rss_mb: base && same ? Math.max(base.run.peakRssMb, same.run.peakRssMb) : null,
  per_page_ratio: perPage ?? null,
  words: corpus.words,
  annotate_words_per_s: corpus.words / Math.max(1e-9, stages.annotate),
  incremental_stages: stagesOf(incremental.stages, incremental.run.seconds),
  batch_stages: more ? stagesOf(more.batch.stages, more.batch.run.seconds) : null,
  edit_stages: more ? stagesOf(more.edit.stages, more.edit.run.seconds) : null,
  registry_edit_stages: more ? stagesOf(more.registryEdit.stages, more.registryEdit.run.seconds) : null,
});

const scratch = [baseDir, sameDir, dossierDir].filter((d) => d !== undefined);
if (values.keep) log(`bench: kept ${scratch.join(", ")}`);
else for (const dir of scratch) await removeScratch(dir);

process.stdout.write(`${formatReport(report)}\n`);
// The last stdout line is exactly this object, its keys in the documented order.
if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
