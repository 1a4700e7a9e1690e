// Every setting Dossier reads from its environment, named, defaulted and validated in one place.
// Other modules import the parsed values from here and never read `process.env` themselves.
//
// Settings are grouped by who uses them. The site's group comes from a desk's content/site.yml
// (transforms/settings.ts: its schema, defaults and checks), with SITE_URL, PATH_PREFIX,
// SITE_TITLE and SITE_DESCRIPTION laid over it; the rest of the code never notices where a value
// came from.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { InputError } from "./errors.js";
import { describeProblems, parseSettings, SETTINGS_FILE, type SiteSettings } from "./settings.js";

export type { SiteSettings } from "./settings.js";

/**
 * An unset variable means "use the default"; an empty one is kept, as a deliberate empty value.
 * The four site variables are the exception: an empty one leaves site.yml's value (CI templates
 * often declare them empty), so they can only ever override the file, never blank it.
 */
const optional = z.string().optional();

/** The environment variables Dossier reads. */
const Environment = z.object({
  SITE_TITLE: optional,
  SITE_DESCRIPTION: optional,
  SITE_URL: optional,
  PATH_PREFIX: optional,
  PORT: z.string().default("8080"),
  CI: z.string().default(""),
  DOSSIER_TIMINGS: optional,
  DOSSIER_DEV_INDEX: optional,
  DOSSIER_BENCH_CORPUS: optional,
  DOSSIER_BENCH_TMP: optional,
  NER_CORPORA: optional,
  PAGEFIND_EXTENDED_BINARY_PATH: optional,
  PAGEFIND_BINARY_PATH: optional,
  npm_config_arch: optional,
});

export interface Settings {
  site: SiteSettings;
  /** Port of the dev server and the preview server. */
  port: string;
  /** Builds refuse to skip a bad article (`CI=true` or `CI=1`, as CI services set it). */
  ci: boolean;
  /** File the build writes its stage timings to, for the benchmark. */
  timings?: string;
  /** Output folder the dev server asks Eleventy to index for search after each rebuild. */
  devIndex?: string;
  bench: { corpus?: string; tmp?: string };
  /** Folder of the training corpora for `npm run train` and `npm run eval:ner`. */
  nerCorpora?: string;
  pagefind: PagefindSettings;
}

/** How to find the Pagefind indexer, as the `pagefind` package's own bin wrapper looks for it. */
export interface PagefindSettings {
  /** Explicit binaries, by executable name: `pagefind_extended`, `pagefind`. */
  binaries: Partial<Record<"pagefind_extended" | "pagefind", string>>;
  /** npm's `--arch`, to pick another platform package than this machine's. */
  arch?: string;
}

/**
 * Parses an environment, and the text of content/site.yml (null when there is none), into settings;
 * throws naming the variable or the file's key and the reason when one is bad (an InputError for the
 * site's settings, which an editor fixes).
 */
export function readSettings(env: NodeJS.ProcessEnv, siteFile: string | null = null): Settings {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new Error(`invalid environment: ${problems}`);
  }
  const e = parsed.data;
  const site = parseSettings(siteFile, { SITE_TITLE: e.SITE_TITLE, SITE_DESCRIPTION: e.SITE_DESCRIPTION, SITE_URL: e.SITE_URL, PATH_PREFIX: e.PATH_PREFIX });
  if (!site.ok) throw new InputError(SETTINGS_FILE, describeProblems(site.problems).join("; "));
  return {
    site: site.settings,
    port: e.PORT,
    ci: /^(?:true|1)$/iu.test(e.CI),
    timings: e.DOSSIER_TIMINGS,
    devIndex: e.DOSSIER_DEV_INDEX,
    bench: { corpus: e.DOSSIER_BENCH_CORPUS, tmp: e.DOSSIER_BENCH_TMP },
    nerCorpora: e.NER_CORPORA,
    pagefind: {
      binaries: { pagefind_extended: e.PAGEFIND_EXTENDED_BINARY_PATH, pagefind: e.PAGEFIND_BINARY_PATH },
      arch: e.npm_config_arch,
    },
  };
}

let current: Settings | undefined;

/** content/site.yml's text under `root`, or null when the desk has none. */
export function readSiteFile(root = process.cwd()): string | null {
  try {
    return readFileSync(path.join(root, SETTINGS_FILE), "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new InputError(SETTINGS_FILE, `could not be read (${(err as Error).message})`);
  }
}

/** This process's settings, read from its environment and content/site.yml the first time they are asked for. */
export function settings(): Settings {
  current ??= readSettings(process.env, readSiteFile());
  return current;
}

/**
 * Names a JSON file `{ "entities": [ids] }` when a build renders only some entity pages (see
 * scripts/lib/render-site.ts); without it every entity gets its page and feed. Unlike the settings
 * above it changes between the Eleventy runs of one process (one per batch), so it is read when asked.
 */
const ENTITY_SELECTION_ENV = "DOSSIER_RENDER_ENTITIES";

export function entitySelectionFile(): string | undefined {
  return process.env[ENTITY_SELECTION_ENV] || undefined;
}

/** Hands the entity selection to the next Eleventy run in this process (or clears it). */
export function setEntitySelectionFile(file: string | undefined): void {
  if (file) process.env[ENTITY_SELECTION_ENV] = file;
  else delete process.env[ENTITY_SELECTION_ENV];
}

/**
 * `npm run build -- --fresh`: every cache is ignored, and written anew. Kept in the environment so
 * that the worker threads and Eleventy processes the build starts see it too.
 */
const FRESH_ENV = "DOSSIER_FRESH";

export function cachesIgnored(): boolean {
  return process.env[FRESH_ENV] === "1";
}

/** Makes every cache a miss for this process and those it starts (or, with false, undoes that). */
export function ignoreCaches(on = true): void {
  if (on) process.env[FRESH_ENV] = "1";
  else delete process.env[FRESH_ENV];
}
