/**
 * The registry folder, `content/entities/`, read as one: registry entries and the desk's decisions
 * beside them (transforms/entities/decision-files.ts), checked together.
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../errors.js";
import type { Entity } from "../model.js";
import { checkDecisions, NO_DECISIONS, parseDeskFile, parseRejected, REJECTED_FILE, type Decisions } from "./decision-files.js";
import { checkRegistry } from "./registry.js";

export interface Folder {
  entities: Entity[];
  decisions: Decisions;
  errors: InputError[];
}

/** The registry folder's `.yml` files (name, path, text), parsed and checked together. Pure. */
export function loadFolder(files: readonly { name: string; file: string; text: string }[]): Folder {
  const entries: { file: string; entity: Entity }[] = [];
  const decisions: Decisions = { merges: [], rejections: [] };
  const errors: InputError[] = [];
  for (const { name, file, text } of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    try {
      if (name === REJECTED_FILE) decisions.rejections.push(...parseRejected(file, text));
      else if (!name.startsWith("_")) {
        const { entity, merge } = parseDeskFile(file, text);
        if (entity) entries.push({ file, entity });
        if (merge) decisions.merges.push(merge);
      }
    } catch (err) {
      errors.push(err instanceof InputError ? err : new InputError(file, String(err)));
    }
  }
  errors.push(...checkDecisions(decisions));
  try {
    return { entities: checkRegistry(entries), decisions, errors };
  } catch (err) {
    return { entities: [], decisions, errors: [...errors, err as InputError] };
  }
}

/** Loads `dir/*.yml`; a missing or empty folder is an empty registry. All file errors are collected. */
export async function readRegistry(dir: string): Promise<Folder> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n));
  } catch {
    return { entities: [], decisions: NO_DECISIONS, errors: [] };
  }
  const files: { name: string; file: string; text: string }[] = [];
  const errors: InputError[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      files.push({ name, file, text: await readFile(file, "utf8") });
    } catch (err) {
      errors.push(new InputError(file, `cannot be read: ${err instanceof Error ? err.message : String(err)}`));
    }
  }
  const folder = loadFolder(files);
  return { ...folder, errors: [...errors, ...folder.errors] };
}
