// Every setting Dossier reads from its environment, named, defaulted and validated in one place.
// Other modules import the parsed values from here and never read `process.env` themselves.
//
// Settings are grouped by who uses them. Each group is its own schema, so another source (a
// settings file in content/, say) can be parsed with the same schema and laid over the environment
// group by group, without the rest of the code noticing where a value came from.
import { z } from "zod";

/** An unset variable means "use the default"; an empty one is kept, as a deliberate empty value. */
const optional = z.string().optional();

/** What the site says about itself: its name, its one-line description and where it is served. */
export const SiteSettings = z.object({
  title: z.string().default("Dossier"),
  description: z.string().default("Briefings with every person, organisation and place linked."),
  /** The public address without a trailing slash; empty when unknown (links stay relative). */
  url: z.string().default("").transform((u) => u.replace(/\/+$/, "")),
  /** The folder the site is served under, as Eleventy's `pathPrefix`. */
  pathPrefix: z.string().default("/"),
});
export type SiteSettings = z.output<typeof SiteSettings>;

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

/** Parses an environment into settings; throws naming the variable and the reason when one is bad. */
export function readSettings(env: NodeJS.ProcessEnv): Settings {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new Error(`invalid environment: ${problems}`);
  }
  const e = parsed.data;
  const site = SiteSettings.parse({ title: e.SITE_TITLE, description: e.SITE_DESCRIPTION, url: e.SITE_URL, pathPrefix: e.PATH_PREFIX });
  return {
    site,
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

/** This process's settings, read from its environment the first time they are asked for. */
export function settings(): Settings {
  current ??= readSettings(process.env);
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
