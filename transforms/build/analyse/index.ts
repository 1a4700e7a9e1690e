import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { Article, ArticleAnalysis, Entity } from "../../model.js";
import { analyseArticle } from "../../entities/annotate.js";
import { mentionSources } from "../../corpus/pipeline.js";
import { loadRecogniser } from "../../ner/index.js";
import { AnalysisCache, type CachedAnalysis } from "./cache.js";
import { analysisVersion, articleKey } from "./fingerprint.js";
import type { WorkerSetup } from "./worker.js";

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
const POOL_MIN = 48;
const BATCH = 8;

function inThisThread(articles: readonly Article[], options: AnalyseOptions): CachedAnalysis[] {
  const sources = mentionSources(options.registry, options.recogniser ? loadRecogniser() : undefined);
  return articles.map((a, i) => {
    const { mentions, locals } = analyseArticle(a, sources);
    options.onProgress?.(i + 1, articles.length);
    return { mentions, locals };
  });
}

async function inWorkers(articles: readonly Article[], options: AnalyseOptions, threads: number, done: (i: number, r: CachedAnalysis) => Promise<void>): Promise<void> {
  const workerData: WorkerSetup = { registry: [...options.registry], recogniser: options.recogniser };
  // Workers inherit this process's execArgv, so under tsx they load the TypeScript worker as it is.
  const pool = new Piscina({ filename: new URL("./worker.ts", import.meta.url).href, minThreads: threads, maxThreads: threads, workerData, idleTimeout: 1000 });
  try {
    const batches: Promise<void>[] = [];
    for (let at = 0; at < articles.length; at += BATCH) {
      const slice = articles.slice(at, at + BATCH);
      batches.push(
        (pool.run(slice) as Promise<CachedAnalysis[]>).then(async (results) => {
          for (let k = 0; k < results.length; k++) await done(at + k, results[k]!);
        }),
      );
    }
    await Promise.all(batches);
  } finally {
    await pool.destroy();
  }
}

/**
 * The per-article stage for a whole corpus: each article's analysis comes from the cache when its
 * text, the registry and the analysis code are unchanged, otherwise from worker threads (one per core).
 * Results are in input order, exactly what `analyseArticle` returns for each.
 */
export async function analyseArticles(articles: readonly Article[], options: AnalyseOptions): Promise<AnalyseResult> {
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
  const threads = Math.max(1, options.threads ?? availableParallelism());
  if (threads > 1 && todo.length >= POOL_MIN) await inWorkers(todo, options, threads, store);
  else {
    const local = inThisThread(todo, { ...options, onProgress: undefined });
    for (let k = 0; k < local.length; k++) await store(k, local[k]!);
  }
  await cache?.prune(new Set(keys));
  return {
    analyses: articles.map((article, i) => ({ article, ...results[i]! })),
    cached,
    analysed: todo.length,
  };
}
