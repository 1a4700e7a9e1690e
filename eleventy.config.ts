// Eleventy renders the annotated markdown that `npm run build` writes to content/briefings/ and the
// site data it writes to content/_dossier/ (see transforms/build/site-store.ts). Everything here is
// presentation wiring; the language work happens earlier, in transforms/.
import { HtmlBasePlugin } from "@11ty/eleventy";
import type { EleventyConfig } from "./transforms/eleventy/types.js";
import { unifiedMarkdown } from "./transforms/eleventy/markdown-extension.js";
import { siteStore } from "./transforms/eleventy/site-store-plugin.js";
import { dossierSite } from "./transforms/eleventy/plugin.js";
import { settings } from "./transforms/config.js";
import { IMAGE_DIR, IMAGE_URL } from "./transforms/build/images.js";

// content/site.yml with its environment overrides (transforms/config.ts); `npm run build` has already checked it.
const { pathPrefix, lang } = settings().site;

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
  eleventyConfig.addPlugin(dossierSite, { pathPrefix, lang });

  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });

  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  // Lead images, the logo and the favicon, made by the build's images stage (transforms/build/images.ts).
  eleventyConfig.addPassthroughCopy({ [`${IMAGE_DIR}/img`]: IMAGE_URL.slice(1, -1), [`${IMAGE_DIR}/favicon.ico`]: "favicon.ico" });
  eleventyConfig.setServerOptions({ domDiff: false });
  eleventyConfig.setQuietMode(true);
  // `npm start` serves straight from Eleventy, so search is re-indexed after each dev rebuild.
  const devOutput = settings().devIndex;
  // One edit rewrites a briefing and the site data a moment apart; rebuild once for both.
  eleventyConfig.setWatchThrottleWaitTime(150);
  // Imported there: a build's Eleventy processes never index, and loading it cost each of them.
  if (devOutput) {
    eleventyConfig.on("eleventy.after", async () => {
      await (await import("./transforms/search/index.js")).indexSite(devOutput);
      // `npm start` (scripts/dev.ts) reloads open pages when told.
      process.send?.("built");
    });
    // Pages served by `npm start` load the desk's controls and live reload; a build's never do.
    eleventyConfig.addGlobalData("deskControls", true);
  }

  return {
    // Output is not set here: `npm run build` writes to a temporary folder and swaps it in.
    dir: { input: "content", includes: "../layouts", data: "_data" },
    templateFormats: ["md", "njk"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    pathPrefix,
  };
}
