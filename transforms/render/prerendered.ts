// What Eleventy needs to use a body the build rendered ahead (transforms/render/body-cache.ts), kept
// apart from the rendering code: every Eleventy process loads this, and the unified renderer only
// when a page was not rendered ahead, which spares each process loading it.
import { readFileSync } from "node:fs";
import type { EntityType } from "../model.js";
import type { EntityLink } from "./html.js";
import { digest } from "../digest.js";

/** What an entity tag's link shows; `SiteData["links"]` holds one per entity. */
export type LinkRecord = { name: string; type: EntityType; description: string };
export type Links = Readonly<Record<string, LinkRecord>>;

/**
 * A briefing body rendered before Eleventy runs, with the digest of the markdown it stands for: the
 * HTML itself, or the cache file that holds it. Naming the file keeps a hundred megabytes of HTML at
 * 5,000 articles out of the site data, which every build writes and compares whole.
 */
export type PrerenderedBody = { of: string } & ({ html: string } | { file: string });

/** The body's HTML, or undefined when its cache file is gone (the page then renders its markdown). */
export function bodyHtml(body: PrerenderedBody): string | undefined {
  if ("html" in body) return body.html;
  try {
    return readFileSync(body.file, "utf8");
  } catch {
    return undefined;
  }
}

/** Digest of a body's markdown, ignoring the blank lines around it that front matter parsers keep or drop. */
export const markdownDigest = (markdown: string) => digest(markdown.trim());

/** How Eleventy's markdown renderer resolves entity tags (transforms/eleventy/markdown-extension.ts). */
export function linkResolver(links: Links) {
  return (id: string): EntityLink | undefined => {
    const e = Object.hasOwn(links, id) ? links[id] : undefined;
    return e ? { ...e, href: `/entities/${id}/` } : undefined;
  };
}
