import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AnnotatedArticle } from "../../model.js";
import { BodyCache, linksOf, type Body } from "../../render/body-cache.js";
import type { Links } from "../../render/prerendered.js";
import { runBodiesJob, type BodiesDone, type BodiesJob, type BodiesMessage } from "./worker.js";

export interface BodiesOptions {
  /** Folder for cached bodies; null renders everything afresh and stores nothing. */
  cacheDir: string | null;
  /** Worker threads; defaults to the machine's cores. 1 works in this thread. */
  threads?: number;
}

// Below this many articles, starting threads (each loads the renderer) costs more than it saves.
const THREADS_MIN = 64;

/**
 * Every article's body, markdown and HTML (see body-cache.ts), in input order: from the cache where
 * the article, its tags' link records and the rendering code are unchanged, the rest rendered.
 * Rendering the HTML here, spread over the cores, spares Eleventy parsing the markdown again for
 * every briefing, which would be most of its time per page. The work starts at once on worker
 * threads, each with its share of the articles, and needs nothing more from this thread until it is
 * done, so the caller can crosslink meanwhile.
 */
export async function renderBodies(articles: readonly AnnotatedArticle[], links: Links, options: BodiesOptions): Promise<{ bodies: Body[]; rendered: number }> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const shares = threads > 1 && articles.length >= THREADS_MIN ? sharesOf(articles, threads) : [articles];
  const jobs = shares.map((share): BodiesJob => ({ articles: [...share], links: linksFor(share, links), cacheDir: options.cacheDir }));
  const done = shares.length > 1 ? await Promise.all(jobs.map(inWorker)) : [await runBodiesJob(jobs[0]!)];
  if (options.cacheDir) await new BodyCache(options.cacheDir).prune(done.flatMap((d) => d.used));
  return { bodies: done.flatMap((d) => d.bodies), rendered: done.reduce((n, d) => n + d.rendered, 0) };
}

/** Contiguous shares of about equal text, so the threads finish together. */
function sharesOf(articles: readonly AnnotatedArticle[], n: number): AnnotatedArticle[][] {
  const total = articles.reduce((sum, a) => sum + a.article.text.length, 0);
  const out: AnnotatedArticle[][] = [[]];
  let load = 0;
  for (const a of articles) {
    if (load >= (total / n) * out.length && out.length < n) out.push([]);
    out.at(-1)!.push(a);
    load += a.article.text.length;
  }
  return out.filter((s) => s.length > 0);
}

function linksFor(articles: readonly AnnotatedArticle[], links: Links): Links {
  return Object.assign({}, ...articles.map((a) => linksOf(a, links))) as Links;
}

function inWorker(job: BodiesJob): Promise<BodiesDone> {
  return new Promise((resolve, reject) => {
    const module = fileURLToPath(new URL("./worker.ts", import.meta.url));
    const worker = new Worker(new URL("./worker-entry.cjs", import.meta.url), { workerData: { ...job, module } });
    let settled = false;
    worker.once("message", (m: BodiesMessage) => {
      settled = true;
      if (m.ok) resolve(m);
      else reject(new Error(`rendering briefing bodies failed: ${m.error}`));
      void worker.terminate();
    });
    worker.once("error", (err) => {
      settled = true;
      reject(err);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`the body rendering thread exited with ${code}`));
    });
  });
}
