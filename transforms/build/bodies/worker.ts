// A worker thread for the markdown stage: one share of the articles' bodies, looked up in the cache
// or rendered and cached. Its whole share comes up front (see ../workers.ts): the main thread is busy
// crosslinking meanwhile.
import type { AnnotatedArticle } from "../../model.js";
import { BodyCache, linksOf, renderBody, type Body } from "../../render/body-cache.js";
import type { Links } from "../../render/prerendered.js";
import type { FileEntry } from "../../cache.js";
import { serveJob } from "../workers.js";

export interface BodiesJob {
  articles: AnnotatedArticle[];
  /** At least the link records these articles' tags read. */
  links: Links;
  cacheDir: string | null;
}

export interface BodiesDone {
  bodies: Body[];
  rendered: number;
  /** Cache files verified or written, for the cache's record once every share is done. */
  used: Record<string, FileEntry>;
}

const CHUNK = 64;

/** Every article's body, from the cache where it has it. Runs in a worker or, for few articles, in the caller's thread. */
export async function runBodiesJob(job: BodiesJob): Promise<BodiesDone> {
  const cache = job.cacheDir ? new BodyCache(job.cacheDir) : null;
  const bodies: Body[] = [];
  let rendered = 0;
  for (let at = 0; at < job.articles.length; at += CHUNK) {
    const chunk = job.articles.slice(at, at + CHUNK);
    const hits = cache ? await Promise.all(chunk.map((a) => cache.get(a, job.links))) : chunk.map(() => null);
    let made = chunk.map((a, k) => hits[k] ?? renderBody(a, linksOf(a, job.links)));
    // Cached bodies travel by file name, so the HTML is not copied back to the main thread.
    if (cache) made = await Promise.all(chunk.map((a, k) => (hits[k] ? made[k]! : cache.put(a, job.links, made[k]!))));
    rendered += hits.filter((h) => !h).length;
    bodies.push(...made);
  }
  return { bodies, rendered, used: cache?.used() ?? {} };
}

serveJob(runBodiesJob);
