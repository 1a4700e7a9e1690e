import { createRenderer, type EntityLink } from "../render.js";
import type { EleventyConfig } from "./eleventy-types.js";
import type { SiteData } from "./data.js";

type Render = (markdown: string) => Promise<string>;
type Links = SiteData["links"];

/** One renderer per site data: building a unified processor for every page cost more than some pages' rendering. */
const renderers = new WeakMap<Links, Render>();
function rendererFor(links: Links): Render {
  let render = renderers.get(links);
  if (!render) {
    render = createRenderer({
      resolve: (id): EntityLink | undefined => {
        const e = Object.hasOwn(links, id) ? links[id] : undefined;
        return e ? { ...e, href: `/entities/${id}/` } : undefined;
      },
    });
    renderers.set(links, render);
  }
  return render;
}

/**
 * An Eleventy plugin that renders `.md` with unified instead of markdown-it. Combined with
 * `markdownTemplateEngine: false`, article text is never run through a template language.
 */
export function unifiedMarkdown(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension("md", {
    outputFileExtension: "html",
    compile: (inputContent) => async (data) => {
      const site = data.dossier as SiteData | undefined;
      return rendererFor(site?.links ?? {})(inputContent);
    },
  });
}
