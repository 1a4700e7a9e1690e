import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { Entity } from "../../model.js";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/**
 * Everything an article's analysis depends on besides its own text: the code of the per-article
 * stage (ingest, entity matching, the recogniser and its data), the model file and the registry.
 * Hashing the sources rather than a version number means an edit can never serve a stale analysis.
 */
const CODE = [
  "transforms/model.ts",
  "transforms/ingest",
  "transforms/entities",
  "transforms/ner",
  "transforms/text",
  // mentionSources: which sources an analysis runs.
  "transforms/corpus/pipeline.ts",
  // Of the build machinery only what runs or stores the analysis: the site store and body rendering
  // beside it do not change an analysis, and editing them should not re-annotate the corpus.
  "transforms/build/analyse",
  "models",
];

async function filesUnder(rel: string): Promise<string[]> {
  const abs = path.join(ROOT, rel);
  try {
    const entries = await readdir(abs, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
  } catch {
    return [rel];
  }
}

/** Digest of the files under `rels` (paths from the project root, files or folders), by path and content. */
export async function sourcesDigest(rels: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  await hashSources(hash, rels);
  return hash.digest("hex").slice(0, 24);
}

async function hashSources(hash: ReturnType<typeof createHash>, rels: readonly string[]): Promise<void> {
  const files = (await Promise.all(rels.map(filesUnder))).flat().sort();
  for (const rel of files) {
    const bytes = await readFile(path.join(ROOT, rel)).catch(() => null);
    if (!bytes) continue;
    hash.update(`${rel}\0${bytes.length}\0`);
    hash.update(bytes);
  }
}

export async function analysisVersion(registry: readonly Entity[]): Promise<string> {
  const hash = createHash("sha256");
  await hashSources(hash, CODE);
  hash.update(JSON.stringify(registry));
  return hash.digest("hex").slice(0, 24);
}

/** The cache key of one article under a version: its text, which the ingest derives everything else from. */
export function articleKey(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}
