// Eleventy renders the annotated markdown that `npm run build` writes to content/briefings/ and the
// site data it writes to content/_data/dossier.json. Everything here is presentation wiring; the
// language work happens earlier, in transforms/.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { format, parseISO } from "date-fns";
import type { EleventyConfig } from "./transforms/site/eleventy-types.js";
import { unifiedMarkdown } from "./transforms/site/markdown-extension.js";
import { indexSite } from "./transforms/site/pagefind.js";

export default function (eleventyConfig: EleventyConfig) {
  // The generated briefings are git-ignored build output, but they are Eleventy's input.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.ignores.add("content/raw/**");
  eleventyConfig.ignores.add("content/entities/**");

  // unified renders markdown; article text is never handed to a template engine (see the return below).
  eleventyConfig.addPlugin(unifiedMarkdown);
  // Rewrites root-relative URLs for PATH_PREFIX deploys (e.g. GitHub Pages project sites).
  eleventyConfig.addPlugin(HtmlBasePlugin);

  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  // Front matter YAML turns bare dates into Date objects; both forms are read as the calendar day written.
  const day = (value: string | Date) => parseISO(value instanceof Date ? value.toISOString().slice(0, 10) : value);
  eleventyConfig.addFilter("readableDate", (value: string | Date | null) => (value ? format(day(value), "d MMMM yyyy") : "Undated"));
  eleventyConfig.addFilter("isoDate", (value: string | Date) => format(day(value), "yyyy-MM-dd"));

  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  eleventyConfig.setServerOptions({ domDiff: false });
  eleventyConfig.setQuietMode(true);
  // `npm start` serves straight from Eleventy, so search is re-indexed after each dev rebuild.
  if (process.env.DOSSIER_DEV_INDEX) {
    eleventyConfig.on("eleventy.after", async ({ dir }: { dir: { output: string } }) => {
      await indexSite(dir.output);
    });
  }

  return {
    // Output is not set here: `npm run build` writes to a temporary folder and swaps it in.
    dir: { input: "content", includes: "../layouts", data: "_data" },
    templateFormats: ["md", "njk"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    pathPrefix: process.env.PATH_PREFIX ?? "/",
  };
}
