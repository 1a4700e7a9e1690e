import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Corpus } from "../model.js";
import type { Crosslinked } from "../crosslink.js";
import { markdownFile } from "../markdown.js";
import type { SiteData } from "./data.js";
import { writeSiteStore } from "../parallel/site-store.js";
import { BodyCache } from "./body-cache.js";
import { renderUnits } from "./render-plan.js";

async function writeIfChanged(file: string, content: string): Promise<boolean> {
  const old = await readFile(file, "utf8").catch(() => null);
  if (old === content) return false;
  await writeFile(file, content);
  return true;
}

/**
 * Writes one annotated markdown page per article and the site data file. Unchanged files are left
 * alone (so a watching dev server only rebuilds what moved) and pages of removed articles are deleted.
 */
export async function emitSource(corpus: Corpus, x: Crosslinked, data: SiteData, dirs: { briefings: string; data: string; bodies?: string }) {
  const bodies = dirs.bodies ? new BodyCache(dirs.bodies) : null;
  await mkdir(dirs.briefings, { recursive: true });
  await mkdir(dirs.data, { recursive: true });
  const views = new Map(x.articles.map((v) => [v.slug, v]));
  const wanted = new Set<string>();
  const markdown = new Map<string, string>();
  let written = 0;
  for (const a of corpus.articles) {
    const name = `${a.article.slug}.md`;
    wanted.add(name);
    const body = bodies ? await bodies.body(a) : undefined;
    const file = markdownFile(a, views.get(a.article.slug)!, body);
    // A digest, not the file: holding every page's markdown would grow with the corpus.
    markdown.set(a.article.slug, createHash("sha256").update(file).digest("hex"));
    if (await writeIfChanged(path.join(dirs.briefings, name), file)) written++;
  }
  for (const name of await readdir(dirs.briefings)) {
    if (name.endsWith(".md") && !wanted.has(name)) await rm(path.join(dirs.briefings, name));
  }
  await bodies?.prune();
  // Split so Eleventy holds only light data in memory and each entity page reads just its own part.
  const store = await writeSiteStore(data, dirs.data);
  return { pages: wanted.size, written, units: renderUnits(data, markdown, store.digests) };
}
