import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { AnnotatedArticle } from "../model.js";
import { BodyCache, linksOf, renderBody, type Body, type Links } from "../site/body-cache.js";
import type { BodyTask } from "./bodies-worker.js";

export interface BodiesOptions {
  /** Folder for cached bodies; null renders everything afresh and stores nothing. */
  cacheDir: string | null;
  /** Worker threads; defaults to the machine's cores. 1 renders in this thread. */
  threads?: number;
}

// Below this many bodies to render, starting threads costs more than it saves.
const POOL_MIN = 64;
const BATCH = 16;

/**
 * Every article's body, markdown and HTML (see body-cache.ts), in input order: from the cache where
 * the article, its tags' link records and the rendering code are unchanged, the rest rendered on
 * worker threads. Rendering the HTML here, spread over the cores, spares Eleventy parsing the markdown
 * again for every briefing, which was most of its time per page (issue #6).
 */
export async function renderBodies(articles: readonly AnnotatedArticle[], links: Links, options: BodiesOptions): Promise<{ bodies: Body[]; rendered: number }> {
  const cache = options.cacheDir ? new BodyCache(options.cacheDir) : null;
  const bodies: (Body | null)[] = cache ? await inChunks(articles, (a) => cache.get(a, links)) : articles.map(() => null);
  const missing = bodies.flatMap((b, i) => (b ? [] : [i]));
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const made = threads > 1 && missing.length >= POOL_MIN ? await inWorkers(missing.map((i) => articles[i]!), links, threads) : missing.map((i) => renderBody(articles[i]!, linksOf(articles[i]!, links)));
  for (const [k, i] of missing.entries()) bodies[i] = made[k]!;
  if (cache) await inChunks(missing, (i) => cache.put(articles[i]!, links, bodies[i]!));
  await cache?.prune();
  return { bodies: bodies as Body[], rendered: missing.length };
}

async function inChunks<T, R>(items: readonly T[], each: (item: T) => Promise<R>, size = 256): Promise<R[]> {
  const out: R[] = [];
  for (let at = 0; at < items.length; at += size) out.push(...(await Promise.all(items.slice(at, at + size).map(each))));
  return out;
}

async function inWorkers(articles: readonly AnnotatedArticle[], links: Links, threads: number): Promise<Body[]> {
  // Workers inherit this process's execArgv, so under tsx they load the TypeScript worker as it is.
  const pool = new Piscina({ filename: new URL("./bodies-worker.ts", import.meta.url).href, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  try {
    const batches: Promise<Body[]>[] = [];
    for (let at = 0; at < articles.length; at += BATCH) {
      const tasks: BodyTask[] = articles.slice(at, at + BATCH).map((annotated) => ({ annotated, links: linksOf(annotated, links) }));
      batches.push(pool.run(tasks) as Promise<Body[]>);
    }
    return (await Promise.all(batches)).flat();
  } finally {
    await pool.destroy();
  }
}
