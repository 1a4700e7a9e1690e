// A worker thread for the markdown stage: one share of the articles' bodies, looked up in the cache
// or rendered and cached. A plain worker with its whole share in `workerData`, not a pool task: the
// main thread is busy crosslinking meanwhile, and a pool hands out tasks from the main thread's event
// loop, so its workers would wait for it.
import { parentPort, workerData } from "node:worker_threads";
import type { AnnotatedArticle } from "../../model.js";
import { BodyCache, linksOf, renderBody, type Body } from "../../render/body-cache.js";
import type { Links } from "../../render/prerendered.js";

export interface BodiesJob {
  articles: AnnotatedArticle[];
  /** At least the link records these articles' tags read. */
  links: Links;
  cacheDir: string | null;
}

export interface BodiesDone {
  bodies: Body[];
  rendered: number;
  /** Cache files read or written, for pruning the cache once every share is done. */
  used: string[];
}

export type BodiesMessage = ({ ok: true } & BodiesDone) | { ok: false; error: string };

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
  return { bodies, rendered, used: cache?.usedNames() ?? [] };
}

if (parentPort && workerData) {
  const port = parentPort;
  runBodiesJob(workerData as BodiesJob).then(
    (done) => port.postMessage({ ok: true, ...done } satisfies BodiesMessage),
    (err: unknown) => port.postMessage({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies BodiesMessage),
  );
}
