import { readFileSync } from "node:fs";
import type { EleventyConfig } from "./types.js";
import { loadSiteStore, SITE_STORE_DIR } from "../build/site-store.js";
import { entitySelectionFile } from "../config.js";

function selection(): ReadonlySet<string> | undefined {
  const file = entitySelectionFile();
  if (!file) return undefined;
  return new Set((JSON.parse(readFileSync(file, "utf8")) as { entities: string[] }).entities);
}

/** Hands the site store to Eleventy as the `dossier` global, re-read on every (dev) rebuild. */
export function siteStore(eleventyConfig: EleventyConfig, options: { dir?: string } = {}): void {
  const dir = options.dir ?? SITE_STORE_DIR;
  // Read when the config is, so each Eleventy run in a batched build sees its own selection.
  const entityPages = selection();
  eleventyConfig.addGlobalData("dossier", () => loadSiteStore(dir, entityPages ? { entityPages } : {}));
  // Not a template or `_data` file, so the dev server would otherwise miss a regenerated store.
  eleventyConfig.addWatchTarget(dir);
}
