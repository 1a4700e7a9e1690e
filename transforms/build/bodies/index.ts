import type { AnnotatedArticle } from "../../model.js";
import { BodyCache, linksOf, type Body } from "../../render/body-cache.js";
import type { Links } from "../../render/prerendered.js";
import { runInWorkers, sharesOf, threadsFor } from "../workers.js";
import { runBodiesJob, type BodiesDone, type BodiesJob } from "./worker.js";

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
 * threads, each with its share of the articles (see ../workers.ts), and needs nothing more from this
 * thread until it is done, so the caller can crosslink meanwhile.
 */
export async function renderBodies(articles: readonly AnnotatedArticle[], links: Links, options: BodiesOptions): Promise<{ bodies: Body[]; rendered: number }> {
  const threads = threadsFor(articles.length, THREADS_MIN, options.threads);
  const shares = threads > 1 ? sharesOf(articles, threads, (a) => a.article.text.length) : [articles];
  const jobs = shares.map((share): BodiesJob => ({ articles: [...share], links: linksFor(share, links), cacheDir: options.cacheDir }));
  const done = shares.length > 1 ? await runInWorkers<BodiesJob, never, BodiesDone>(new URL("./worker.ts", import.meta.url), jobs, "rendering briefing bodies") : [await runBodiesJob(jobs[0]!)];
  if (options.cacheDir) await new BodyCache(options.cacheDir).save(done.map((d) => d.used));
  return { bodies: done.flatMap((d) => d.bodies), rendered: done.reduce((n, d) => n + d.rendered, 0) };
}

function linksFor(articles: readonly AnnotatedArticle[], links: Links): Links {
  return Object.assign({}, ...articles.map((a) => linksOf(a, links))) as Links;
}
