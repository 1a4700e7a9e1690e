// `npm run bench -- --articles N [--json]`: builds an N-article corpus with Dossier and with a plain
// Eleventy + Pagefind baseline in scratch folders, then adds one article and rebuilds. See docs/performance.md.
import { copyFile, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { articleFileName, ensureCorpus } from "./lib/bench/corpus.js";
import { baselineProject } from "./lib/bench/baseline.js";
import { runMeasured, type RunResult } from "./lib/bench/run.js";
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

function check(r: RunResult, what: string): RunResult {
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stderr.slice(-4000)}`);
  return r;
}

log("bench: baseline (Eleventy + markdown-it + Pagefind)…");
const baseDir = await baselineProject(ROOT, corpus.raw);
const base = check(await runMeasured(process.execPath, ["build.mjs"], { cwd: baseDir }), "baseline build");
const baseStages = JSON.parse(base.stdout.trim().split("\n").at(-1)!) as { eleventy: number; pagefind: number; pages: number };
const basePages = await countPages(path.join(baseDir, "_site"));

const dossierDir = await dossierProject(ROOT, corpus.raw);
const timings = path.join(dossierDir, "timings.json");
const build = async (what: string) => {
  log(`bench: ${what}…`);
  const r = check(await runMeasured(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: dossierDir, env: { DOSSIER_TIMINGS: timings }, echo: !values.json }), what);
  return { run: r, stages: (JSON.parse(await readFile(timings, "utf8")) as { stages: Record<string, number> }).stages };
};
const full = await build("Dossier full build");
const pages = await countPages(path.join(dossierDir, "_site"));
await copyFile(corpus.extra, path.join(dossierDir, "content/raw", articleFileName(articles)));
const incremental = await build("Dossier incremental build (one article added)");

const sum = (s: Record<string, number>, keys: string[]) => keys.reduce((n, k) => n + (s[k] ?? 0), 0);
const stagesOf = (s: Record<string, number>, wall: number) => {
  const named = {
    annotate: sum(s, ["registry", "ingest", "annotate", "link"]),
    crosslink: sum(s, ["crosslink", "site data", "markdown"]),
    eleventy: s.eleventy ?? 0,
    pagefind: s.pagefind ?? 0,
  };
  // Node start-up, TypeScript loading, the swap into _site/: whatever the stages do not cover.
  return { ...named, other: Math.max(0, wall - Object.values(named).reduce((a, b) => a + b, 0)) };
};
const stages = stagesOf(full.stages, full.run.seconds);
const perPage = (stages.eleventy + stages.pagefind) / pages.pages / ((baseStages.eleventy + baseStages.pagefind) / basePages.pages);
const report = roundReport({
  articles,
  pages: pages.pages,
  baseline_pages: basePages.pages,
  stages,
  total_s: full.run.seconds,
  baseline_s: base.seconds,
  ratio: full.run.seconds / base.seconds,
  peak_rss_mb: full.run.peakRssMb,
  incremental_s: incremental.run.seconds,
  entity_pages: pages.entityPages,
  baseline_stages: { eleventy: baseStages.eleventy, pagefind: baseStages.pagefind },
  baseline_peak_rss_mb: base.peakRssMb,
  per_page_ratio: perPage,
  words: corpus.words,
  annotate_words_per_s: corpus.words / Math.max(1e-9, stages.annotate),
  incremental_stages: stagesOf(incremental.stages, incremental.run.seconds),
});
report.peak_rss_mb = Math.round(Math.max(full.run.peakRssMb, incremental.run.peakRssMb));

if (!values.keep) {
  await removeScratch(baseDir);
  await removeScratch(dossierDir);
} else log(`bench: kept ${baseDir} and ${dossierDir}`);

process.stdout.write(`${formatReport(report)}\n`);
if (values.json) {
  const { articles: a, pages: p, baseline_pages, stages: st, total_s, baseline_s, ratio, peak_rss_mb, incremental_s, entity_pages, ...extra } = report;
  // The contract's keys first, in the documented order; the last stdout line is exactly this object.
  process.stdout.write(`${JSON.stringify({ articles: a, pages: p, baseline_pages, stages: st, total_s, baseline_s, ratio, peak_rss_mb, incremental_s, entity_pages, ...extra })}\n`);
}
