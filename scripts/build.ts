// `npm run build`: raw texts → annotated markdown → Eleventy → Pagefind → _site/, swapped in atomically.
import { rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { indexSite } from "../transforms/site/pagefind.js";
import { generate, PATHS } from "./lib/generate.js";
import { Progress } from "./lib/progress.js";
import { renderSite } from "./lib/render-site.js";

const OUT = "_site";
const progress = new Progress();

function fail(messages: readonly string[]): never {
  for (const m of messages) process.stderr.write(`error: ${m}\n`);
  process.stderr.write(`✗ build failed with ${messages.length} error(s); ${OUT}/ was left as it was\n`);
  process.exit(1);
}

const generated = await generate(progress);
if (!generated.ok) fail(generated.errors.map((e) => e.message));

// Build beside the live site and swap only when everything succeeded: a failed build publishes nothing.
const tmp = `${OUT}.tmp-${process.pid}`;
try {
  // A separate process: the annotation stages' memory is gone before Eleventy's peak (issue #6).
  // Only pages whose inputs changed are rendered, in batches (scripts/lib/render-site.ts).
  await progress.stage("eleventy", () => renderSite(tmp, generated.units), (r) => `${r.rendered} pages rendered, ${r.reused} reused, ${r.batches} runs`);
  await progress.stage("pagefind", () => indexSite(tmp), (n) => `${n} pages indexed`);
  const old = `${OUT}.old-${process.pid}`;
  if (existsSync(OUT)) await rename(OUT, old);
  await rename(tmp, OUT);
  await rm(old, { recursive: true, force: true });
} catch (err) {
  await rm(tmp, { recursive: true, force: true });
  fail([err instanceof Error ? err.message : String(err)]);
}
// Machine-readable stage times for the benchmark (scripts/bench.ts); the log above is for people.
if (process.env.DOSSIER_TIMINGS) await writeFile(process.env.DOSSIER_TIMINGS, JSON.stringify({ stages: progress.timings(), articles: generated.articles, entities: generated.entities }));
progress.log(`✓ built ${generated.articles} briefings and ${generated.entities} entity pages from ${PATHS.raw}/ into ${OUT}/ in ${progress.elapsed().toFixed(1)} s`);
