// Eleventy renders the annotated markdown that `npm run build` writes to content/briefings/ and the
// site data it writes to content/_dossier/ (see transforms/build/site-store.ts). Everything here is
// presentation wiring; the language work happens earlier, in transforms/.
import { HtmlBasePlugin } from "@11ty/eleventy";
import type { EleventyConfig } from "./transforms/eleventy/types.js";
import { unifiedMarkdown } from "./transforms/eleventy/markdown-extension.js";
import { siteStore } from "./transforms/eleventy/site-store-plugin.js";
import { dossierSite } from "./transforms/eleventy/plugin.js";
import { settings } from "./transforms/config.js";

const { pathPrefix } = settings().site;

export default function (eleventyConfig: EleventyConfig) {
  // The generated briefings are git-ignored build output, but they are Eleventy's input.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.ignores.add("content/raw/**");
  eleventyConfig.ignores.add("content/entities/**");

  // unified renders markdown; article text is never handed to a template engine (see the return below).
  eleventyConfig.addPlugin(unifiedMarkdown);
  // The `dossier` global, loaded so that each entity page reads only its own heavy data (a large corpus's data would not fit one global).
  eleventyConfig.addPlugin(siteStore);
  // Rewrites root-relative URLs for PATH_PREFIX deploys (e.g. GitHub Pages project sites).
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // Dates, absolute URLs for feeds and sitemap, JSON-LD: presentation filters over data built in TypeScript.
  eleventyConfig.addPlugin(dossierSite, { pathPrefix });

  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });

  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  eleventyConfig.setServerOptions({ domDiff: false });
  eleventyConfig.setQuietMode(true);
  // `npm start` serves straight from Eleventy, so search is re-indexed after each dev rebuild.
  const devOutput = settings().devIndex;
  // One edit rewrites a briefing and the site data a moment apart; rebuild once for both.
  eleventyConfig.setWatchThrottleWaitTime(150);
  // Imported there: a build's Eleventy processes never index, and loading it cost each of them.
  if (devOutput) eleventyConfig.on("eleventy.after", async () => void (await (await import("./transforms/search/index.js")).indexSite(devOutput)));

  return {
    // Output is not set here: `npm run build` writes to a temporary folder and swaps it in.
    dir: { input: "content", includes: "../layouts", data: "_data" },
    templateFormats: ["md", "njk"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    pathPrefix,
  };
}
