import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Corpus } from "../model.js";
import type { Crosslinked } from "../crosslink.js";
import { markdownFile } from "../markdown.js";
import type { SiteData } from "./data.js";
import { writeSiteStore } from "../parallel/site-store.js";
import type { Body, PrerenderedBody } from "./body-cache.js";
import { renderBodies } from "../parallel/bodies.js";
import { renderUnits } from "./render-plan.js";

async function writeIfChanged(file: string, content: string): Promise<boolean> {
  const old = await readFile(file, "utf8").catch(() => null);
  if (old === content) return false;
  await writeFile(file, content);
  return true;
}

/**
 * Writes one annotated markdown page per article and the site data, which carries each body's HTML
 * rendered ahead of Eleventy. Unchanged files are left alone (so a watching dev server only rebuilds
 * what moved) and pages of removed articles are deleted.
 */
export async function emitSource(corpus: Corpus, x: Crosslinked, data: SiteData, dirs: { briefings: string; data: string; bodies?: string }, rendered?: readonly Body[]) {
  // `rendered`: the bodies, when the caller had them made while it did other work (scripts/lib/generate.ts).
  const bodies = rendered ?? (await renderBodies(corpus.articles, data.links, { cacheDir: dirs.bodies ?? null })).bodies;
  await mkdir(dirs.briefings, { recursive: true });
  await mkdir(dirs.data, { recursive: true });
  const views = new Map(x.articles.map((v) => [v.slug, v]));
  const wanted = new Set<string>();
  const markdown = new Map<string, string>();
  const html = new Map<string, PrerenderedBody>();
  let written = 0;
  // A chunk at a time: file system calls overlap, and no more than a chunk of pages is held at once.
  for (let at = 0; at < corpus.articles.length; at += 256) {
    const chunk = corpus.articles.slice(at, at + 256).map((a, k) => {
      const body = bodies[at + k]!;
      const file = markdownFile(a, views.get(a.article.slug)!, body.markdown);
      if (body.html) html.set(a.article.slug, body.html);
      // A digest, not the file: holding every page's markdown would grow with the corpus.
      markdown.set(a.article.slug, createHash("sha256").update(file).digest("hex"));
      wanted.add(`${a.article.slug}.md`);
      return writeIfChanged(path.join(dirs.briefings, `${a.article.slug}.md`), file);
    });
    written += (await Promise.all(chunk)).filter(Boolean).length;
  }
  for (const name of await readdir(dirs.briefings)) {
    if (name.endsWith(".md") && !wanted.has(name)) await rm(path.join(dirs.briefings, name));
  }
  // Split so Eleventy holds only light data in memory and each entity page reads just its own part.
  const store = await writeSiteStore(data, dirs.data, html);
  return { pages: wanted.size, written, units: renderUnits(data, markdown, store.digests) };
}
