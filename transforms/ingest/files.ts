import { readFileSync, statSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Article } from "../model.js";
import { InputError } from "../errors.js";
import { ingest, type IngestOutcome } from "./index.js";
import { digest } from "../digest.js";

/** A file that was published with a repair, or skipped: always the file and the reason, in words. */
export interface FileNotice {
  file: string;
  reason: string;
}

/**
 * Past this size a file is not an article (a log, a dump, a whole archive pasted in) and reading it
 * would only risk the build's memory; 10 MB articles still build (README, "Bad input").
 */
export const MAX_ARTICLE_BYTES = 32 * 1024 * 1024;
/** Past this size an article is published with a warning: it is very likely not one article. */
const LARGE_ARTICLE_BYTES = 1024 * 1024;

export interface FoundFiles {
  files: string[];
  /** Entries that are not read, with why: symbolic links leading out of the input folder. */
  skipped: FileNotice[];
}

/**
 * Every `.txt` under the given files or folders, folders walked recursively, in a stable order. A
 * symbolic link is followed only when it resolves inside the folder being walked: content/raw/ must
 * not become a way to publish /etc/passwd or another project's drafts.
 */
export async function findTextFiles(inputs: readonly string[]): Promise<FoundFiles> {
  const files: string[] = [];
  const skipped: FileNotice[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new InputError(input, "does not exist");
    }
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    const root = await realpath(input);
    const entries = await readdir(input, { recursive: true, withFileTypes: true });
    const found: string[] = [];
    for (const e of entries) {
      if (!e.name.toLowerCase().endsWith(".txt")) continue;
      const file = path.join(e.parentPath, e.name);
      if (e.isFile()) found.push(file);
      else if (e.isSymbolicLink()) {
        const target = await realpath(file).catch(() => null);
        if (target === null) skipped.push({ file, reason: "is a symbolic link to nothing (its target does not exist)" });
        else if (!isInside(root, target)) skipped.push({ file, reason: `is a symbolic link to a file outside ${input}/ (copy the file in instead)` });
        else if ((await stat(target)).isFile()) found.push(file);
      }
    }
    files.push(...found.sort());
  }
  return { files, skipped };
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  // "..dotted..name..txt" is inside; only a first path segment of exactly ".." leads out.
  return rel !== "" && rel.split(path.sep)[0] !== ".." && !path.isAbsolute(rel);
}

export interface Ingested {
  articles: Article[];
  /** Published with a repair or something ignored, one notice per repair. */
  warnings: FileNotice[];
  /** Not published. */
  skipped: FileNotice[];
}

/**
 * How a build keeps what a file ingested to between builds: the outcome kept under `key` (a digest
 * of the file's name and bytes, all ingest reads), or `make()`'s. Without one, every file is ingested.
 */
export type Remember = (key: string, make: () => IngestOutcome) => IngestOutcome;

/** Reads and ingests each file. A bad file is skipped or repaired, with a notice; the others carry on. */
export async function readArticles(files: readonly string[], remember?: Remember): Promise<Ingested> {
  const articles: Article[] = [];
  const warnings: FileNotice[] = [];
  const skipped: FileNotice[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      // Synchronous on purpose: fs.promises costs ~0.6 ms a file in event-loop round trips, three
      // quarters of the ingest stage on 5,000 small articles; nothing else runs meanwhile.
      const size = statSync(file).size;
      if (size > MAX_ARTICLE_BYTES) {
        skipped.push({ file, reason: `is ${megabytes(size)}, over the ${megabytes(MAX_ARTICLE_BYTES)} limit for one article` });
        continue;
      }
      bytes = readFileSync(file);
    } catch (err) {
      skipped.push({ file, reason: `could not be read (${err instanceof Error && "code" in err ? String(err.code) : String(err)})` });
      continue;
    }
    const outcome = remember ? remember(digest(file, bytes), () => ingest(file, bytes)) : ingest(file, bytes);
    if (!outcome.ok) {
      skipped.push({ file, reason: outcome.reason });
      continue;
    }
    articles.push(outcome.article);
    if (bytes.length > LARGE_ARTICLE_BYTES) warnings.push({ file, reason: `is ${megabytes(bytes.length)}, very long for one article; published it whole` });
    for (const reason of outcome.warnings) warnings.push({ file, reason });
  }
  return { articles, warnings, skipped };
}

/** Finds and reads every article under the inputs; symlinks that lead outside are among the skipped. */
export async function readInputs(inputs: readonly string[], remember?: Remember): Promise<Ingested> {
  const found = await findTextFiles(inputs);
  const read = await readArticles(found.files, remember);
  return { ...read, skipped: [...found.skipped, ...read.skipped].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
