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

/** Checks what only the whole registry can show: duplicate ids. */
export function checkRegistry(entries: readonly { file: string; entity: Entity }[]): Entity[] {
  const seen = new Map<string, string>();
  for (const { file, entity } of entries) {
    const other = seen.get(entity.id);
    if (other) throw new InputError(file, `id '${entity.id}' is already used by ${other}`);
    seen.set(entity.id, file);
  }
  return entries.map((e) => e.entity);
}
