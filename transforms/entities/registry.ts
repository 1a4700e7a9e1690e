import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { Entity } from "../model.js";
import { InputError } from "../errors.js";

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug: lowercase letters, digits and single hyphens");
const Text = z.string().trim().min(1);

const EntityFile = z
  .object({
    id: Slug,
    name: Text,
    type: z.enum(["person", "organization", "place"]),
    aliases: z.array(Text).default([]),
    demonyms: z.array(Text).default([]),
    description: Text.refine((d) => !d.includes("\n"), "must be one line"),
    wikidata: z.string().regex(/^Q\d+$/, "must be a Wikidata id such as Q846").nullable().optional(),
  })
  .strict();

/** Parses and validates one registry file. The file name (without .yml) must equal the id. */
export function parseEntityFile(file: string, text: string): Entity {
  let raw: unknown;
  try {
    raw = parseYaml(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new InputError(file, `is not valid YAML: ${msg}`);
  }
  const parsed = EntityFile.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? `'${issue.path.join(".")}'` : "the file";
    throw new InputError(file, `${field} ${issue.message}`);
  }
  const e = parsed.data;
  const base = file.replace(/\\/g, "/").split("/").pop()!.replace(/\.ya?ml$/i, "");
  if (base !== e.id) throw new InputError(file, `id '${e.id}' does not match the file name '${base}.yml'`);
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    demonyms: e.demonyms,
    description: e.description,
    wikidata: e.wikidata ?? null,
    origin: "registry",
    published: true,
  };
}

/** How two spellings of a name are compared for clashes: case, width and spacing do not count. */
function nameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/**
 * Checks what only the whole registry can show: duplicate ids, and one name or alias claimed by two
 * entities, which would make every mention of it ambiguous. The error names the later file.
 */
export function checkRegistry(entries: readonly { file: string; entity: Entity }[]): Entity[] {
  const ids = new Map<string, string>();
  const names = new Map<string, { id: string; file: string }>();
  for (const { file, entity } of entries) {
    const other = ids.get(entity.id);
    if (other) throw new InputError(file, `id '${entity.id}' is already used by ${other}`);
    ids.set(entity.id, file);
    for (const name of new Set([entity.name, ...entity.aliases, ...entity.demonyms].map(nameKey))) {
      const owner = names.get(name);
      if (owner && owner.id !== entity.id) throw new InputError(file, `name or alias '${name}' is already used by '${owner.id}' (${owner.file}); an alias must belong to one entity`);
      names.set(name, { id: entity.id, file });
    }
  }
  return entries.map((e) => e.entity);
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
