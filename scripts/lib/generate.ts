import { rm } from "node:fs/promises";
import { SITE_STORE_DIR } from "../../transforms/build/site-store.js";
import { readInputs, type FileNotice } from "../../transforms/ingest/files.js";
import { readRegistry } from "../../transforms/entities/registry.js";
import { corpusFromAnalyses, publishedCorpus } from "../../transforms/corpus/pipeline.js";
import { analyseArticles } from "../../transforms/build/analyse/index.js";
import { crosslink } from "../../transforms/corpus/crosslink.js";
import { linkRecords, siteData } from "../../transforms/site/data.js";
import { renderBodies } from "../../transforms/build/bodies/index.js";
import { emitSource } from "../../transforms/build/emit.js";
import { InputError } from "../../transforms/errors.js";
import { settings } from "../../transforms/config.js";
import type { Progress } from "./progress.js";
import type { RenderUnit } from "../../transforms/build/render-plan.js";

export const PATHS = { raw: "content/raw", entities: "content/entities", briefings: "content/briefings", data: SITE_STORE_DIR, cache: ".cache/annotate", bodies: ".cache/markdown" };

/** An older layout's site data file; left in place, Eleventy would load it as a plain global that shadows the store. */
const LEGACY_DATA = "content/_data/dossier.json";

/** What became of the input files that were not simply published. */
export interface InputReport {
  warnings: FileNotice[];
  skipped: FileNotice[];
}

export type GenerateResult = ({ ok: true; articles: number; entities: number; changed: number; units: RenderUnit[] } | { ok: false; errors: InputError[] }) & InputReport;

export interface GenerateOptions {
  /** Stop before writing anything when a file had to be skipped (`--strict`, CI). */
  strict?: boolean;
  /** Told about repaired and skipped files as soon as ingest knows, before the long stages. */
  onInput?: (report: InputReport) => void;
}

/**
 * Raw texts + registry → annotated markdown and site data, Eleventy's input. Shared by the build
 * and the dev server. On any input error nothing is written, so the last good input stays in place.
 */
export async function generate(progress: Progress, options: GenerateOptions = {}): Promise<GenerateResult> {
  const registry = await progress.stage("registry", () => readRegistry(PATHS.entities), (r) => `${r.entities.length} entities`);
  const none: InputReport = { warnings: [], skipped: [] };
  let ingested;
  try {
    ingested = await progress.stage("ingest", () => readInputs([PATHS.raw]), (r) => `${r.articles.length} articles, ${r.warnings.length} warnings, ${r.skipped.length} skipped`);
  } catch (err) {
    return { ok: false, errors: [err as InputError], ...none };
  }
  const report: InputReport = { warnings: ingested.warnings, skipped: ingested.skipped };
  options.onInput?.(report);
  const errors = [...registry.errors];
  // Publishing an empty site over a good one is never what an editor meant.
  if (errors.length === 0 && ingested.articles.length === 0) errors.push(new InputError(PATHS.raw, ingested.skipped.length ? "has no article that could be published" : "has no .txt articles to publish"));
  if (options.strict && report.skipped.length > 0) errors.push(new InputError(PATHS.raw, `${report.skipped.length} file(s) could not be published, and strict mode (--strict or CI=true) allows none`));
  if (errors.length > 0) return { ok: false, errors, ...report };

  // Per-article analysis is cached by content and spread over worker threads; linking is global.
  const analysed = await progress.stage(
    "annotate",
    () => analyseArticles(ingested.articles, { registry: registry.entities, recogniser: true, cacheDir: PATHS.cache, onProgress: progress.counter("annotate", "articles") }),
    (r) => `${r.analysed} analysed, ${r.cached} from cache`,
  );
  const full = await progress.stage("link", () => corpusFromAnalyses(analysed.analyses, registry.entities), (c) => {
    const mentions = c.articles.reduce((n, a) => n + a.mentions.length, 0);
    return `${c.articles.length} articles, ${mentions} mentions, ${c.entities.size} entities`;
  });
  const corpus = publishedCorpus(full);
  // Bodies need only the corpus and each entity's link text: they are rendered on worker threads
  // while this thread crosslinks. Awaited in the markdown stage, where errors surface.
  const bodies = renderBodies(corpus.articles, linkRecords(corpus.entities.values()), { cacheDir: PATHS.bodies });
  bodies.catch(() => undefined);
  const linked = await progress.stage("crosslink", () => crosslink(corpus), (x) => `${x.entities.length} entities`);
  const data = await progress.stage(
    "site data",
    () =>
      siteData(linked, settings().site),
    (d) => `${d.articles.length} briefings, ${d.entities.length} entities`,
  );
  await rm(LEGACY_DATA, { force: true });
  const emitted = await progress.stage(
    "markdown",
    async () => {
      const made = await bodies;
      return { ...(await emitSource(corpus, linked, data, PATHS, made.bodies)), rendered: made.rendered };
    },
    (r) => `${r.pages} pages, ${r.written} changed, ${r.rendered} bodies rendered`,
  );
  return { ok: true, articles: linked.articles.length, entities: linked.entities.length, changed: emitted.written, units: emitted.units, ...report };
}
