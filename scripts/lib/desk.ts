// The desk's file side, shared by `npm run entities` and the dev server's review page: read the
// registry folder and the corpus its decisions produce, and write what a verb decided.
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { readInputs } from "../../transforms/ingest/files.js";
import { readRegistry } from "../../transforms/entities/folder.js";
import { analyseArticles } from "../../transforms/build/analyse/index.js";
import { decidedCorpus } from "../../transforms/corpus/pipeline.js";
import { writeIfChanged } from "../../transforms/files.js";
import type { Corpus } from "../../transforms/model.js";
import type { Change, Desk } from "../../transforms/corpus/desk.js";
import { PATHS } from "./generate.js";

/** The registry folder's YAML files by name. */
export async function readFolder(dir: string): Promise<Map<string, string>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = new Map<string, string>();
  for (const name of names.filter((n) => /\.ya?ml$/iu.test(n)).sort()) files.set(name, await readFile(path.join(dir, name), "utf8"));
  return files;
}

/**
 * The corpus as a build would show it before the evidence threshold, with the decisions applied.
 * Problems are returned, not thrown: `undo` must still work on a folder whose decisions conflict.
 */
export async function loadCorpus(): Promise<{ corpus: Corpus; problems: string[] }> {
  const registry = await readRegistry(PATHS.entities);
  const { articles, skipped } = await readInputs([PATHS.raw]);
  const { analyses } = await analyseArticles(articles, { registry: registry.entities, recogniser: true, cacheDir: PATHS.cache });
  const decided = decidedCorpus(analyses, registry.entities, registry.decisions);
  const problems = [...registry.errors, ...decided.errors].map((e) => `error: ${e.message}`);
  for (const s of skipped) problems.push(`skipped: ${s.file}: ${s.reason}`);
  for (const w of decided.warnings) problems.push(`warning: ${w.file}: ${w.reason}`);
  return { corpus: decided.corpus, problems };
}

export async function loadDesk(corpus: Corpus): Promise<Desk> {
  return { dir: PATHS.entities, files: await readFolder(PATHS.entities), corpus };
}

/** Writes (or removes) what a verb decided. */
export async function applyChanges(dir: string, changes: readonly Change[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const c of changes) {
    const file = path.join(dir, c.name);
    if (c.text === null) await rm(file, { force: true });
    else await writeIfChanged(file, c.text);
  }
}
