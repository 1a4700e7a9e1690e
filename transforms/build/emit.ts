import { createHash } from "node:crypto";
import { mkdir, readdir, rm } from "node:fs/promises";
import { readJsonOrNull, sameStamp, stampOf, writeIfChanged, type Stamp } from "../files.js";
import path from "node:path";
import type { Corpus } from "../model.js";
import type { Crosslinked } from "../corpus/views.js";
import { markdownFile } from "../render/markdown.js";
import type { SiteData } from "../site/data.js";
import { writeSiteStore } from "./site-store.js";
import type { Body } from "../render/body-cache.js";
import type { PrerenderedBody } from "../render/prerendered.js";
import { renderBodies } from "./bodies/index.js";
import { renderUnits } from "./render-plan.js";

/** Each page written by the last build: its digest, and the size and time of the file as written. */
type Written = Record<string, [digest: string, ...stamp: Stamp]>;
const WRITTEN = "markdown.json";

/**
 * Writes a page unless the last build wrote these very bytes and the file is still as it left it
 * (size and time, as make and git judge). Reading every page back to compare would cost a second of each
 * 5,000-article build; a hand-edited page is still caught and rewritten.
 */
async function writePage(file: string, content: string, hash: string, last: Written[string] | undefined): Promise<{ changed: boolean; entry: Written[string] }> {
  if (last?.[0] === hash && sameStamp(await stampOf(file), [last[1], last[2]])) return { changed: false, entry: last };
  const changed = await writeIfChanged(file, content);
  return { changed, entry: [hash, ...(await stampOf(file))!] };
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
  const last = (await readJsonOrNull<Written>(path.join(dirs.data, WRITTEN))) ?? {};
  const now: Written = {};
  let written = 0;
  // A chunk at a time: file system calls overlap, and no more than a chunk of pages is held at once.
  for (let at = 0; at < corpus.articles.length; at += 256) {
    const chunk = corpus.articles.slice(at, at + 256).map((a, k) => {
      const body = bodies[at + k]!;
      const file = markdownFile(a, views.get(a.article.slug)!, body.markdown);
      if (body.html) html.set(a.article.slug, body.html);
      // A digest, not the file: holding every page's markdown would grow with the corpus.
      const hash = createHash("sha256").update(file).digest("hex");
      markdown.set(a.article.slug, hash);
      wanted.add(`${a.article.slug}.md`);
      return writePage(path.join(dirs.briefings, `${a.article.slug}.md`), file, hash, Object.hasOwn(last, a.article.slug) ? last[a.article.slug] : undefined).then((r) => {
        now[a.article.slug] = r.entry;
        return r.changed;
      });
    });
    written += (await Promise.all(chunk)).filter(Boolean).length;
  }
  // Rewritten only when it changed: the dev server watches this folder.
  await writeIfChanged(path.join(dirs.data, WRITTEN), JSON.stringify(now));
  for (const name of await readdir(dirs.briefings)) {
    if (name.endsWith(".md") && !wanted.has(name)) await rm(path.join(dirs.briefings, name));
  }
  // Split so Eleventy holds only light data in memory and each entity page reads just its own part.
  const store = await writeSiteStore(data, dirs.data, html, x.inputs);
  return { pages: wanted.size, written, units: renderUnits(data, markdown, store.digests) };
}
