import type { EleventyConfig } from "./types.js";
import type { SiteData } from "../site/data.js";
import type { LoadedSite } from "../build/site-store.js";
import { bodyHtml, linkResolver, markdownDigest } from "../render/prerendered.js";

type Render = (markdown: string) => Promise<string>;
type Links = SiteData["links"];

/** One renderer per site data: building a unified processor for every page cost more than some pages' rendering. */
const renderers = new WeakMap<Links, Render>();
async function rendererFor(links: Links): Promise<Render> {
  let render = renderers.get(links);
  if (!render) {
    // Loaded on first use: a build renders bodies ahead, so most Eleventy processes never need it.
    const { createRenderer } = await import("../render/html.js");
    render = createRenderer({ resolve: linkResolver(links) });
    renderers.set(links, render);
  }
  return render;
}

/**
 * The body the build already rendered for this page (transforms/render/body-cache.ts), if it was
 * rendered from exactly this markdown; anything else, such as a hand-edited file, is rendered here.
 */
function prerendered(data: Record<string, unknown>, markdown: string): string | undefined {
  const site = data.dossier as LoadedSite | undefined;
  const slug = typeof data.slug === "string" ? data.slug : undefined;
  if (!site?.articleIndex || slug === undefined || !Object.hasOwn(site.articleIndex, slug)) return undefined;
  const body = site.articles[site.articleIndex[slug]!]?.body;
  return body && body.of === markdownDigest(markdown) ? bodyHtml(body) : undefined;
}

/**
 * An Eleventy plugin that renders `.md` with unified instead of markdown-it. Combined with
 * `markdownTemplateEngine: false`, article text is never run through a template language.
 */
export function unifiedMarkdown(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension("md", {
    outputFileExtension: "html",
    compile: (inputContent) => async (data) => prerendered(data, inputContent) ?? (await rendererFor((data.dossier as SiteData | undefined)?.links ?? {}))(inputContent),
  });
}
