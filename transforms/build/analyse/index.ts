import type { Article, ArticleAnalysis, Entity } from "../../model.js";
import { AnalysisCache, type CachedAnalysis } from "./cache.js";
import { analysisVersion, articleKey } from "./fingerprint.js";
import { runInWorkers, sharesOf, threadsFor } from "../workers.js";
import { analyseShare, type AnalyseJob, type AnalysedPart } from "./worker.js";

export interface AnalyseOptions {
  registry: readonly Entity[];
  /** Run the automatic recogniser as well as the registry matcher. */
  recogniser: boolean;
  /** Folder for cached analyses; null analyses everything afresh and stores nothing. */
  cacheDir: string | null;
  /** Worker threads; defaults to the machine's cores. 1 runs in this thread. */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface AnalyseResult {
  analyses: ArticleAnalysis[];
  cached: number;
  analysed: number;
}

// Below this many uncached articles, starting threads (each loads the model) costs more than it saves.
const THREADS_MIN = 48;

/** The articles on one thread per share, each result handed to `done` with its index in `articles`. */
async function inWorkers(articles: readonly Article[], options: AnalyseOptions, threads: number, done: (i: number, r: CachedAnalysis) => Promise<void>): Promise<void> {
  const indexed = articles.map((article, i) => ({ article, i }));
  const shares = sharesOf(indexed, threads, (x) => x.article.text.length);
  const jobs = shares.map((share): AnalyseJob => ({ articles: share.map((x) => x.article), registry: [...options.registry], recogniser: options.recogniser }));
  const stored: Promise<void>[] = [];
  await runInWorkers<AnalyseJob, AnalysedPart, null>(new URL("./worker.ts", import.meta.url), jobs, "annotating articles", (part, job) => {
    for (const [k, r] of part.results.entries()) {
      const put = done(shares[job]![part.at + k]!.i, r);
      put.catch(() => undefined); // surfaces below, once every thread is done
      stored.push(put);
    }
  });
  await Promise.all(stored);
}

/**
 * The registry as the per-article stage sees it: what finds mentions (ids, names, aliases, demonyms,
 * types), without the descriptions and Wikidata ids that only pages show. Analyses are keyed on this,
 * so a desk rewriting a description re-analyses nothing, and no analysis can come to depend on one.
 */
export function matchingRegistry(registry: readonly Entity[]): Entity[] {
  return registry.map((e) => ({ ...e, description: "", wikidata: null }));
}

/**
 * The per-article stage for a whole corpus: each article's analysis comes from the cache when its
 * text, the registry's matching fields and the analysis code are unchanged, otherwise from worker
 * threads (one per core). Results are in input order, exactly what `analyseArticle` returns for each.
 */
export async function analyseArticles(articles: readonly Article[], given: AnalyseOptions): Promise<AnalyseResult> {
  const options = { ...given, registry: matchingRegistry(given.registry) };
  const cache = options.cacheDir ? new AnalysisCache(options.cacheDir, `${await analysisVersion(options.registry)}-${options.recogniser ? "ner" : "reg"}`) : null;
  await cache?.open();
  const keys = articles.map((a) => articleKey(a.text));
  const results: (CachedAnalysis | null)[] = new Array(articles.length).fill(null);
  if (cache) {
    const CHUNK = 256;
    for (let at = 0; at < articles.length; at += CHUNK) {
      const got = await Promise.all(keys.slice(at, at + CHUNK).map((k) => cache.get(k)));
      got.forEach((r, k) => (results[at + k] = r));
    }
  }
  const missing = results.flatMap((r, i) => (r ? [] : [i]));
  const cached = articles.length - missing.length;
  const todo = missing.map((i) => articles[i]!);
  let finished = cached;
  options.onProgress?.(finished, articles.length);
  const store = async (k: number, r: CachedAnalysis) => {
    const i = missing[k]!;
    results[i] = r;
    await cache?.put(keys[i]!, r);
    options.onProgress?.(++finished, articles.length);
  };
  const threads = threadsFor(todo.length, THREADS_MIN, options.threads);
  if (threads > 1) await inWorkers(todo, options, threads, store);
  else {
    const local: CachedAnalysis[] = [];
    analyseShare({ articles: [...todo], registry: [...options.registry], recogniser: options.recogniser }, (part) => local.push(...part.results));
    for (let k = 0; k < local.length; k++) await store(k, local[k]!);
  }
  await cache?.save();
  return {
    analyses: articles.map((article, i) => ({ article, ...results[i]! })),
    cached,
    analysed: todo.length,
  };
}
