import type { EleventyConfig } from "../site/eleventy-types.js";
import { loadSiteStore, SITE_STORE_DIR } from "./site-store.js";

/** Hands the site store to Eleventy as the `dossier` global, re-read on every (dev) rebuild. */
export function siteStore(eleventyConfig: EleventyConfig, options: { dir?: string } = {}): void {
  const dir = options.dir ?? SITE_STORE_DIR;
  eleventyConfig.addGlobalData("dossier", () => loadSiteStore(dir));
  // Not a template or `_data` file, so the dev server would otherwise miss a regenerated store.
  eleventyConfig.addWatchTarget(dir);
}
