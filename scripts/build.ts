// `npm run build`: raw texts → annotated markdown → Eleventy → Pagefind → _site/, swapped in atomically.
import { rename, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { findTextFiles, readArticles, readRegistry } from "../transforms/ingest/files.js";
import { buildCorpus } from "../transforms/pipeline.js";
import { crosslink } from "../transforms/crosslink.js";
import { siteData } from "../transforms/site/data.js";
import { emitSource } from "../transforms/site/emit.js";
import { Progress } from "./lib/progress.js";
import { InputError } from "../transforms/errors.js";

const OUT = "_site";
const progress = new Progress();

function fail(errors: readonly InputError[]): never {
  for (const e of errors) process.stderr.write(`error: ${e.message}\n`);
  process.stderr.write(`✗ build failed with ${errors.length} error(s); ${OUT}/ was left as it was\n`);
  process.exit(1);
}

const registry = await progress.stage("registry", () => readRegistry("content/entities"), (r) => `${r.entities.length} entities`);
const files = await findTextFiles(["content/raw"]);
const ingested = await progress.stage("ingest", () => readArticles(files), (r) => `${r.articles.length} articles`);
const errors = [...registry.errors, ...ingested.errors];
if (errors.length > 0) fail(errors);
if (ingested.articles.length === 0) fail([new InputError("content/raw", "has no .txt articles to publish")]);

const corpus = await progress.stage("annotate", () => buildCorpus(ingested.articles, registry.entities), (c) => {
  const mentions = c.articles.reduce((n, a) => n + a.mentions.length, 0);
  return `${mentions} mentions`;
});
const linked = await progress.stage("crosslink", () => crosslink(corpus), (x) => `${x.entities.length} entity pages`);
const data = siteData(linked, {
  title: process.env.SITE_TITLE ?? "Dossier",
  description: process.env.SITE_DESCRIPTION ?? "Briefings with every person, organisation and place linked.",
  url: (process.env.SITE_URL ?? "").replace(/\/+$/, ""),
});
await progress.stage("markdown", () => emitSource(corpus, linked, data, { briefings: "content/briefings", data: "content/_data" }), (r) => `${r.pages} pages, ${r.written} changed`);

// Build beside the live site and swap only when everything succeeded: a failed build publishes nothing.
const tmp = `${OUT}.tmp-${process.pid}`;
try {
  await progress.stage("eleventy", async () => {
    const eleventy = new Eleventy("content", tmp, { configPath: "eleventy.config.ts", quietMode: true });
    await eleventy.write();
  });
  await progress.stage("pagefind", async () => {
    const { index, errors: e1 } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind: ${e1.join("; ")}`);
    const added = await index.addDirectory({ path: tmp });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${tmp}/pagefind` });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    await pagefind.close();
    return added.page_count;
  }, (n) => `${n} pages indexed`);
  const old = `${OUT}.old-${process.pid}`;
  if (existsSync(OUT)) await rename(OUT, old);
  await rename(tmp, OUT);
  await rm(old, { recursive: true, force: true });
} catch (err) {
  await rm(tmp, { recursive: true, force: true });
  process.stderr.write(`✗ build failed: ${err instanceof Error ? err.message : String(err)}; ${OUT}/ was left as it was\n`);
  process.exit(1);
}
progress.log(`✓ built ${linked.articles.length} briefings and ${linked.entities.length} entity pages into ${OUT}/ in ${progress.elapsed().toFixed(1)} s`);
