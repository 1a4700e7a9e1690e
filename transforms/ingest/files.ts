import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Article, Entity } from "../model.js";
import { InputError } from "../errors.js";
import { checkRegistry, parseEntityFile } from "../entities/registry.js";
import { ingestBytes } from "./index.js";

/** Every `.txt` under the given files or folders, folders walked recursively, in a stable order. */
export async function findTextFiles(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new InputError(input, "does not exist");
    }
    if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".txt"))
        .map((e) => path.join(e.parentPath, e.name))
        .sort();
      out.push(...files);
    } else out.push(input);
  }
  return out;
}

export interface Ingested {
  articles: Article[];
  errors: InputError[];
}

/** Reads and ingests each file; a bad file becomes an error naming it and the others carry on. */
export async function readArticles(files: readonly string[]): Promise<Ingested> {
  const articles: Article[] = [];
  const errors: InputError[] = [];
  for (const file of files) {
    try {
      articles.push(ingestBytes(file, await readFile(file)));
    } catch (err) {
      errors.push(err instanceof InputError ? err : new InputError(file, err instanceof Error ? err.message : String(err)));
    }
  }
  return { articles, errors };
}

/** Loads `dir/*.yml`; a missing or empty folder is an empty registry. All file errors are collected. */
export async function readRegistry(dir: string): Promise<{ entities: Entity[]; errors: InputError[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch {
    return { entities: [], errors: [] };
  }
  const entries: { file: string; entity: Entity }[] = [];
  const errors: InputError[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      entries.push({ file, entity: parseEntityFile(file, await readFile(file, "utf8")) });
    } catch (err) {
      errors.push(err instanceof InputError ? err : new InputError(file, String(err)));
    }
  }
  try {
    return { entities: checkRegistry(entries), errors };
  } catch (err) {
    return { entities: [], errors: [...errors, err as InputError] };
  }
}
