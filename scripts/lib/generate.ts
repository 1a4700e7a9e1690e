import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { imageUrls, pruneImages, siteImages, withLeadImages } from "../../transforms/build/images.js";
import { SETTINGS_FILE } from "../../transforms/settings.js";
import { SITE_STORE_DIR } from "../../transforms/build/site-store.js";
import { readInputs, type FileNotice, type Ingested } from "../../transforms/ingest/files.js";
import { readRegistry } from "../../transforms/entities/folder.js";
import { runPipeline } from "../../transforms/build/pipeline.js";
import { PUBLISHED_FILE } from "../../transforms/entities/decision-files.js";
import { formatPublished, parsePublished } from "../../transforms/site/redirects.js";
import type { Corpus } from "../../transforms/model.js";
import { analyseArticles } from "../../transforms/build/analyse/index.js";
import { linkRecords } from "../../transforms/site/data.js";
import { renderBodies } from "../../transforms/build/bodies/index.js";
import { emitSource } from "../../transforms/build/emit.js";
import { ReadingsCache } from "../../transforms/build/readings-cache.js";
import { IngestCache } from "../../transforms/build/ingest-cache.js";
import { apiFiles } from "../../transforms/site/api.js";
import { InputError } from "../../transforms/errors.js";
import { settings } from "../../transforms/config.js";
import type { Progress } from "./progress.js";
import type { RenderUnit } from "../../transforms/build/render-plan.js";

export const PATHS = { raw: "content/raw", entities: "content/entities", briefings: "content/briefings", data: SITE_STORE_DIR, cache: ".cache/annotate", bodies: ".cache/markdown", readings: ".cache/readings", ingested: ".cache/ingest", store: ".cache/store/record.json" };

/** An older layout's site data file; left in place, Eleventy would load it as a plain global that shadows the store. */
const LEGACY_DATA = "content/_data/dossier.json";

/** What became of the input files that were not simply published. */
export interface InputReport {
  warnings: FileNotice[];
  skipped: FileNotice[];
}

export type GenerateResult = (
  | { ok: true; articles: number; entities: number; changed: number; units: RenderUnit[]; redirects: number; published: { file: string; text: string }; corpus: Corpus; /** The API files by path under api/. */ api: Map<string, string> }
  | { ok: false; errors: InputError[] }
) &
  InputReport;

export interface GenerateOptions {
  /** Stop before writing anything when a file had to be skipped (`--strict`, CI). */
  strict?: boolean;
  /** Told about repaired and skipped files as soon as ingest knows, before the long stages. */
  onInput?: (report: InputReport) => void;
}

/** Every raw file ingested, each file's outcome kept for the next build (see transforms/build/ingest-cache.ts). */
async function ingestKept(): Promise<Ingested> {
  const cache = new IngestCache(PATHS.ingested);
  await cache.open();
  const ingested = await readInputs([PATHS.raw], cache.remember);
  await cache.save();
  return ingested;
}

/**
 * Raw texts + registry → annotated markdown and site data, Eleventy's input. Shared by the build
 * and the dev server. On any input error nothing is written, so the last good input stays in place.
 */
export async function generate(progress: Progress, options: GenerateOptions = {}): Promise<GenerateResult> {
  const none: InputReport = { warnings: [], skipped: [] };
  let site;
  try {
    site = settings().site;
    if (site.logo && !existsSync(path.join("content", site.logo))) throw new InputError(SETTINGS_FILE, `'logo' names ${site.logo}, which is not a file in content/`);
  } catch (err) {
    if (err instanceof InputError) return { ok: false, errors: [err], ...none };
    throw err;
  }
  const registry = await progress.stage("registry", () => readRegistry(PATHS.entities), (r) => `${r.entities.length} entities`);
  let ingested: Ingested;
  try {
    ingested = await progress.stage("ingest", () => ingestKept(), (r) => `${r.articles.length} articles, ${r.warnings.length} warnings, ${r.skipped.length} skipped`);
  } catch (err) {
    return { ok: false, errors: [err as InputError], ...none };
  }
  const logoFile = site.logo ? path.join("content", site.logo) : null;
  let images;
  try {
    images = await progress.stage(
      "images",
      async () => ({ ...(await withLeadImages(ingested.articles, PATHS.raw)), ...(await siteImages(logoFile)) }),
      (r) => `${r.rendered} lead images, ${r.warnings.length} left out${r.logo ? ", logo" : ""}`,
    );
  } catch (err) {
    if (err instanceof InputError) return { ok: false, errors: [err], ...none };
    throw err;
  }
  ingested = { ...ingested, articles: images.articles, warnings: [...ingested.warnings, ...images.warnings] };
  const report: InputReport = { warnings: ingested.warnings, skipped: ingested.skipped };
  options.onInput?.(report);
  const errors = [...registry.errors];
  // Publishing an empty site over a good one is never what an editor meant.
  if (errors.length === 0 && ingested.articles.length === 0) errors.push(new InputError(PATHS.raw, ingested.skipped.length ? "has no article that could be published" : "has no .txt articles to publish"));
  if (options.strict && report.skipped.length > 0) errors.push(new InputError(PATHS.raw, `${report.skipped.length} file(s) could not be published, and strict mode (--strict or CI=true) allows none`));
  if (errors.length > 0) return { ok: false, errors, ...report };

  // The pipeline (transforms/build/pipeline.ts), with the per-article analysis cached by content and
  // spread over worker threads. Bodies need only the published corpus and each entity's link text:
  // they are rendered on worker threads while this thread crosslinks, and awaited in the markdown
  // stage, where their errors surface.
  let bodies: ReturnType<typeof renderBodies> = Promise.reject(new Error("the pipeline never published a corpus"));
  bodies.catch(() => undefined);
  const recordFile = path.join(PATHS.entities, PUBLISHED_FILE);
  const record = parsePublished(await readFile(recordFile, "utf8").catch(() => ""));
  const input = { articles: ingested.articles, registry: registry.entities, decisions: registry.decisions, site: { ...site, logo: images.logo }, published: record };
  const readings = new ReadingsCache(PATHS.readings);
  await readings.open();
  const built = await runPipeline(input, progress, {
    readArticle: readings.read,
    analyse: (articles) => analyseArticles(articles, { registry: registry.entities, recogniser: true, cacheDir: PATHS.cache, onProgress: progress.counter("annotate", "articles") }),
    published: (corpus) => {
      bodies = renderBodies(corpus.articles, linkRecords(corpus.entities.values()), { cacheDir: PATHS.bodies });
      bodies.catch(() => undefined);
    },
  });
  for (const w of built.applied.warnings) process.stderr.write(`warning: ${w.file}: ${w.reason}\n`);
  if (!built.ok) return { ok: false, errors: built.applied.errors, ...report };
  await readings.save();
  const { corpus, linked, data, redirects } = built;
  const api = await progress.stage(
    "api",
    () => apiFiles(linked, { origin: site.url, pathPrefix: site.pathPrefix }),
    (f) => `${f.size} files`,
  );
  await rm(LEGACY_DATA, { force: true });
  await pruneImages(imageUrls(images.articles.map((a) => a.image?.lead), images.logo));
  const emitted = await progress.stage(
    "markdown",
    async () => {
      const made = await bodies;
      return { ...(await emitSource(corpus, linked, data, PATHS, made.bodies)), rendered: made.rendered };
    },
    (r) => `${r.pages} pages, ${r.written} changed, ${r.rendered} bodies rendered`,
  );
  // Written by the build once the site is published (see `savePublished`), never by the dev server.
  const published = { file: recordFile, text: formatPublished([...record, ...corpus.entities.keys()]) };
  return { ok: true, redirects: redirects.length, published, corpus: built.applied.corpus, articles: linked.articles.length, entities: linked.entities.length, changed: emitted.written, units: emitted.units, api, ...report };
}
