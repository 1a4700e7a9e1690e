import { createRenderer, type EntityLink } from "../render.js";
import type { EleventyConfig } from "./eleventy-types.js";
import type { SiteData } from "./data.js";

/**
 * An Eleventy plugin that renders `.md` with unified instead of markdown-it. Combined with
 * `markdownTemplateEngine: false`, article text is never run through a template language.
 */
export function unifiedMarkdown(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension("md", {
    outputFileExtension: "html",
    compile: (inputContent) => async (data) => {
      const site = data.dossier as SiteData | undefined;
      const links = site?.links ?? {};
      const render = createRenderer({
        resolve: (id): EntityLink | undefined => {
          const e = Object.hasOwn(links, id) ? links[id] : undefined;
          return e ? { ...e, href: `/entities/${id}/` } : undefined;
        },
      });
      return render(inputContent);
    },
  });
}
