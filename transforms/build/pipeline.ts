// The pipeline, defined once: ingested articles and the registry → annotated corpus → crosslinked
// views → the site data the templates read. `buildCorpus` and `buildSite` run it in this thread,
// synchronously and purely; the build (`runPipeline`) runs the same stages with the per-article
// analysis cached and spread over worker threads, reporting each stage as it goes.
import type { Article, ArticleAnalysis, Corpus, Entity } from "../model.js";
import type { Recogniser } from "../ner/index.js";
import { analyseArticle } from "../entities/annotate.js";
import { decidedCorpus, mentionSources, publishedCorpus } from "../corpus/pipeline.js";
import type { Applied } from "../entities/apply-decisions.js";
import { NO_DECISIONS, type Decisions } from "../entities/decision-files.js";
import { redirectsFor, type Redirect } from "../site/redirects.js";
import { crosslink } from "../corpus/crosslink.js";
import type { Crosslinked } from "../corpus/views.js";
import type { ReadArticle } from "../corpus/dossier.js";
import { siteData, type SiteData, type SiteOptions } from "../site/data.js";

/** One stage as the pipeline asks for it: its name, its work and a one-line summary of the result. */
export interface Stage<T = unknown> {
  name: string;
  run: () => T | Promise<T>;
  describe?: (result: T) => string;
}

/** Reports stages as they run (the build prints names, counts and timings); runs each in turn. */
export interface StageProgress {
  stage<T>(name: string, run: () => T | Promise<T>, describe?: (result: T) => string): Promise<T>;
}

/** A pipeline: yields its stages in order, and is handed back each stage's result. */
type Stages<R> = Generator<Stage, R, unknown>;

function* stage<T>(name: string, run: () => T | Promise<T>, describe?: (result: T) => string): Stages<T> {
  return (yield { name, run, describe } as Stage) as T;
}

/** The per-article stage's result: every analysis, in input order, and how many were made afresh. */
export interface Analysed {
  analyses: readonly ArticleAnalysis[];
  analysed: number;
  cached: number;
}

/** How the per-article stage runs: in this thread (the default), or cached and threaded by the build. */
export type Analyse = (articles: readonly Article[]) => Analysed | Promise<Analysed>;

export interface PipelineOptions {
  /** The automatic recogniser; without it only registry entities are found. */
  recogniser?: Recogniser;
}

export const analyseHere =
  (registry: readonly Entity[], options: PipelineOptions = {}): Analyse =>
  (articles) => {
    const sources = mentionSources(registry, options.recogniser);
    return { analyses: articles.map((a) => analyseArticle(a, sources)), analysed: articles.length, cached: 0 };
  };

const describeCorpus = (c: Corpus) => `${c.articles.length} articles, ${c.articles.reduce((n, a) => n + a.mentions.length, 0)} mentions, ${c.entities.size} entities`;

/** What the pipeline starts from: the articles, the registry and the desk's decisions over them. */
export interface CorpusInput {
  articles: readonly Article[];
  registry: readonly Entity[];
  decisions?: Decisions;
}

/** Articles → corpus: each article analysed on its own, entities linked across the corpus, then the desk's decisions applied. */
function* corpusStages(input: CorpusInput, analyse: Analyse): Stages<Applied> {
  const { analyses } = yield* stage("annotate", () => analyse(input.articles), (r) => `${r.analysed} analysed, ${r.cached} from cache`);
  return yield* stage("link", () => decidedCorpus(analyses, input.registry, input.decisions ?? NO_DECISIONS), (a) => `${describeCorpus(a.corpus)}, ${a.moved.size} removed by decisions`);
}

export interface SiteInput extends CorpusInput {
  site: SiteOptions;
  /** Every entity id an earlier build published, so pages that went away can redirect. */
  published?: readonly string[];
}

/** A site, or the decisions that stopped it (the corpus stages ran; nothing after them did). */
export type Site =
  | { ok: false; applied: Applied }
  | {
      ok: true;
      applied: Applied;
      /** Only the published entities, and only mentions of those. */
      corpus: Corpus;
      linked: Crosslinked;
      data: SiteData;
      redirects: Redirect[];
    };

export interface SiteHooks {
  /** Told the published corpus before crosslinking, so the build can render bodies meanwhile. */
  published?: (corpus: Corpus) => void;
  /** Each article's roles and quotations, as the build keeps them between builds (default: read afresh). */
  readArticle?: ReadArticle;
}

/** The whole pipeline: corpus, then what the site shows of it, crosslinked, as the templates read it. */
function* siteStages(input: SiteInput, analyse: Analyse, hooks: SiteHooks): Stages<Site> {
  const applied = yield* corpusStages(input, analyse);
  if (applied.errors.length > 0) return { ok: false, applied };
  const corpus = publishedCorpus(applied.corpus);
  hooks.published?.(corpus);
  const redirects = redirectsFor(input.published ?? [], corpus, applied.corpus, applied.moved);
  const linked = yield* stage("crosslink", () => crosslink(corpus, hooks.readArticle), (x) => `${x.entities.length} entities`);
  const data = yield* stage("site data", () => siteData(linked, { ...input.site, redirects }), (d) => `${d.articles.length} briefings, ${d.entities.length} entities`);
  return { ok: true, applied, corpus, linked, data, redirects };
}

/** Runs every stage in this thread, synchronously. */
function runHere<R>(stages: Stages<R>): R {
  for (let next = stages.next(); ; ) {
    if (next.done) return next.value;
    const result = next.value.run();
    if (result instanceof Promise) throw new Error(`stage ${next.value.name} is asynchronous; run the pipeline with runPipeline`);
    next = stages.next(result);
  }
}

/** Articles + registry → corpus, every entity and mention included. Pure. */
export function buildCorpus(articles: readonly Article[], registry: readonly Entity[], options: PipelineOptions = {}): Corpus {
  return runHere(corpusStages({ articles, registry }, analyseHere(registry, options))).corpus;
}

/** Articles + registry → the site data, in this thread. Pure. */
export function buildSite(articles: readonly Article[], registry: readonly Entity[], site: SiteOptions, options: PipelineOptions = {}): Site {
  return runHere(siteStages({ articles, registry, site }, analyseHere(registry, options), {}));
}

/** Runs every stage in turn, reported through `progress` and awaited: how the build runs them. */
async function runReported<R>(stages: Stages<R>, progress: StageProgress): Promise<R> {
  for (let next = stages.next(); ; ) {
    if (next.done) return next.value;
    const { name, run, describe } = next.value;
    next = stages.next(await progress.stage(name, run, describe));
  }
}

/** Stages run in turn, unreported. */
export const unreported: StageProgress = { stage: async (_name, run) => run() };

/** Articles + registry + decisions → corpus, with the per-article stage run by `analyse`. */
export function runCorpus(input: CorpusInput, progress: StageProgress, analyse: Analyse): Promise<Applied> {
  return runReported(corpusStages(input, analyse), progress);
}

/** The whole pipeline, with the per-article stage run by `how.analyse`: how the build runs it. */
export function runPipeline(input: SiteInput, progress: StageProgress, how: { analyse: Analyse } & SiteHooks): Promise<Site> {
  return runReported(siteStages(input, how.analyse, how), progress);
}
