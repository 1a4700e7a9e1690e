// Worker threads for the build's two pools (per-article analysis, briefing bodies). Each thread runs
// a TypeScript module and gets its whole share of the work up front, in `workerData`, so it needs
// nothing more from this thread until it is done: while the bodies render, this thread is busy
// crosslinking, and a pool that hands out tasks from this thread's event loop (as Piscina does)
// would leave its workers waiting for it. Shares of about equal weight keep the threads finishing
// together; a worker may post partial results on the way, for progress and caching.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker, parentPort, workerData } from "node:worker_threads";

/** What a worker posts: partial results as it goes, then its result or its error. */
type Message<P, R> = { part: P } | { done: R } | { failed: string };

/** Marks the `workerData` of a thread started here, so a module imported elsewhere never acts on it. */
const JOB = "dossierJob";

/**
 * Threads for `count` items: one per core (or `threads`), but 1 below `min`, where starting threads
 * (each loads its module and data) costs more than it saves.
 */
export function threadsFor(count: number, min: number, threads?: number): number {
  const n = Math.max(1, threads ?? availableParallelism());
  return n > 1 && count >= min ? n : 1;
}

/** Contiguous shares of about equal weight, at most `n`, none empty. */
export function sharesOf<T>(items: readonly T[], n: number, weight: (item: T) => number): T[][] {
  const total = items.reduce((sum, x) => sum + weight(x), 0);
  const out: T[][] = [[]];
  let load = 0;
  for (const x of items) {
    if (load >= (total / n) * out.length && out.length < n) out.push([]);
    out.at(-1)!.push(x);
    load += weight(x);
  }
  return out.filter((s) => s.length > 0);
}

/**
 * Runs `module` on one thread per job and resolves with each job's result, in order. The module
 * calls `serveJob`; `onPart` hears its partial results. `what` names the work in errors.
 */
export function runInWorkers<J, P, R>(module: URL, jobs: readonly J[], what: string, onPart?: (part: P, job: number) => void): Promise<R[]> {
  const file = fileURLToPath(module);
  return Promise.all(
    jobs.map(
      (job, i) =>
        new Promise<R>((resolve, reject) => {
          // A plain CommonJS entry registers tsx in the thread, which Node 20 does not pass on.
          const worker = new Worker(new URL("./worker-entry.cjs", import.meta.url), { workerData: { [JOB]: job, module: file } });
          let settled = false;
          worker.on("message", (m: Message<P, R>) => {
            if ("part" in m) return onPart?.(m.part, i);
            settled = true;
            if ("done" in m) resolve(m.done);
            else reject(new Error(`${what} failed: ${m.failed}`));
            void worker.terminate();
          });
          worker.once("error", (err) => {
            settled = true;
            reject(err);
          });
          worker.once("exit", (code) => {
            if (!settled) reject(new Error(`${what}: a worker thread exited with ${code}`));
          });
        }),
    ),
  );
}

/** In a worker module: runs the job this thread was started with and posts its result, or its error, back. */
export function serveJob<J, P, R>(run: (job: J, post: (part: P) => void) => Promise<R> | R): void {
  const data = workerData as Record<string, unknown> | null;
  if (!parentPort || !data || !(JOB in data)) return;
  const port = parentPort;
  const post = (m: Message<P, R>) => port.postMessage(m);
  Promise.resolve()
    .then(() => run(data[JOB] as J, (part) => post({ part })))
    .then(
      (done) => post({ done }),
      (err: unknown) => post({ failed: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
    );
}
