// `npm run build [-- --strict] [-- --fresh]`: raw texts → annotated markdown → Eleventy → Pagefind →
// _site/, swapped in atomically. A file that cannot be read is skipped with its reason and the rest
// is published; with --strict (or CI=true) any skipped file fails the build before anything is
// written. With --fresh every cache under .cache/ is ignored, and written anew.
import { spawn } from "node:child_process";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { existsSync } from "node:fs";
import { indexSite, type IndexReport } from "../transforms/search/index.js";
import { generate, PATHS, type InputReport } from "./lib/generate.js";
import { isStrict, printNotices, settingsOr, tally } from "./lib/notices.js";
import { Progress } from "./lib/progress.js";
import { renderSite } from "./lib/render-site.js";
import { writeIfChanged } from "../transforms/files.js";
import { ignoreCaches } from "../transforms/config.js";
import { clearLeftovers } from "../transforms/build/leftovers.js";
import { writeApi } from "./lib/write-api.js";
import { API_DIR } from "../transforms/site/api.js";

const OUT = "_site";
/** Beside the site, not in the cache: the site it replaced may share files with the new one until it is gone. */
const TRASH = `${OUT}.trash`;
const progress = new Progress();
const config = settingsOr((message) => fail([message], { warnings: [], skipped: [] }));
const strict = isStrict(process.argv.slice(2), config.ci);
if (process.argv.includes("--fresh")) {
  ignoreCaches();
  progress.log("fresh build: every cache under .cache/ is ignored and made anew");
}

// Folders a killed build left: its site beside the live one, and its work folders in the caches. The
// site it replaced (`.old-`) is only a leftover beside a live site: without one, it is the live site.
const leftovers = await clearLeftovers(
  [
    { dir: ".", name: new RegExp(`^${OUT}\\.(?:tmp${existsSync(OUT) ? "|old" : ""})-(\\d+)$`, "u") },
    { dir: ".cache/render", name: /^stage-(\d+)$/u },
    { dir: ".cache/pagefind", name: /^work-(\d+)$/u },
  ],
  TRASH,
);
if (leftovers.length > 0) progress.log(`removed ${leftovers.length} ${leftovers.length === 1 ? "folder" : "folders"} a stopped build left: ${leftovers.join(", ")}`);

function fail(messages: readonly string[], report: InputReport, published = 0): never {
  for (const m of messages) process.stderr.write(`error: ${m}\n`);
  process.stderr.write(`✗ build failed (${tally(published, report)}); ${OUT}/ was left as it was\n`);
  process.exit(1);
}

const generated = await generate(progress, { strict, onInput: (report) => printNotices(report) });
if (!generated.ok) fail(generated.errors.map((e) => e.message), generated);

const count = (n: number, noun?: string) => `${n.toLocaleString("en-GB")}${noun ? ` ${noun}${n === 1 ? "" : "s"}` : ""}`;
/** The search index stage's line: which way it went, so a slow build can be told from a fast one. */
function describeIndex(r: IndexReport): string {
  if (r.mode === "full") return `full index of ${count(r.pages, "page")} (${r.reason})`;
  return `appended ${count(r.added, "new page")} to the full index of ${count(r.pages - r.added)}; ${count(r.changed, "changed page")} ${r.changed === 1 ? "indexes" : "index"} as before`;
}

/**
 * Removes the site that was just replaced, after this build has finished: deleting its 50,000 files
 * took most of a second of every 5,000-article build, and nothing waits on it. It is moved into the
 * trash folder first, and deleted there by a detached process, with any trash an earlier one left.
 */
async function discard(dir: string): Promise<void> {
  const trash = TRASH;
  try {
    await mkdir(trash, { recursive: true });
    await rename(dir, path.join(trash, path.basename(dir)));
  } catch {
    // Another file system, say: delete it here and now.
    await rm(dir, { recursive: true, force: true });
    return;
  }
  spawn(process.execPath, ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", trash], { detached: true, stdio: "ignore", windowsHide: true }).unref();
}

// Build beside the live site and swap only when everything succeeded: a failed build publishes nothing.
const tmp = `${OUT}.tmp-${process.pid}`;
const apiDir = `${tmp}.api`;
let stage = "eleventy";
try {
  // The API files are written while Eleventy renders in processes of its own and this one waits,
  // beside the build folder, and moved into it once Eleventy is done with it.
  const api = writeApi(apiDir, generated.api);
  api.catch(() => undefined);
  // A separate process: the annotation stages' memory is gone before Eleventy's peak.
  // Only pages whose inputs changed are rendered, in batches (scripts/lib/render-site.ts).
  const previous = existsSync(OUT) ? OUT : undefined;
  const rendered = await progress.stage("eleventy", () => renderSite(tmp, generated.units, { previous }), (r) => `${r.rendered} pages rendered, ${r.reused} reused, ${r.batches} runs`);
  stage = "api";
  await progress.stage(
    "api files",
    async () => {
      const n = await api;
      await rename(path.join(apiDir, API_DIR), path.join(tmp, API_DIR));
      await rm(apiDir, { recursive: true, force: true });
      return n;
    },
    (n) => `${n} files in ${OUT}/${API_DIR}/`,
  );
  stage = "pagefind";
  await progress.stage("pagefind", () => indexSite(tmp, { digests: rendered.digests, previous: previous && path.join(previous, "pagefind") }), describeIndex);
  stage = "publishing";
  const old = `${OUT}.old-${process.pid}`;
  if (existsSync(OUT)) await rename(OUT, old);
  await rename(tmp, OUT);
  await discard(old);
  // Every entity id now on the site joins the committed record, so its URL answers even after it goes.
  await mkdir(path.dirname(generated.published.file), { recursive: true });
  await writeIfChanged(generated.published.file, generated.published.text);
} catch (err) {
  await rm(tmp, { recursive: true, force: true });
  await rm(apiDir, { recursive: true, force: true });
  fail([`${stage} failed: ${err instanceof Error ? err.message : String(err)}`], generated);
}
// Machine-readable stage times for the benchmark (scripts/bench.ts); the log above is for people.
const { timings } = config;
if (timings) await writeFile(timings, JSON.stringify({ stages: progress.timings(), articles: generated.articles, entities: generated.entities }));
// Skips were printed as ingest found them; they are repeated beside the summary because on a long
// build the first lines have scrolled away, and a missing article is the one thing not to miss.
if (generated.skipped.length > 0) printNotices({ warnings: [], skipped: generated.skipped });
progress.log(`✓ ${tally(generated.articles, generated)}: ${generated.articles} briefings and ${generated.entities} entity pages${generated.redirects ? ` and ${generated.redirects} ${generated.redirects === 1 ? "redirect" : "redirects"}` : ""} from ${PATHS.raw}/ in ${OUT}/, ${progress.elapsed().toFixed(1)} s`);
