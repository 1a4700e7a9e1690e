/**
 * The desk's decisions as they live in `content/entities/`, next to the registry:
 * - a registry file may carry `into: <id>` (this entity was merged into that one), `note:` (why) and
 *   `was:` (what a decision replaced, for `undo`);
 * - a merged automatic entity is a small file with just its id, its names and `into:`;
 * - `_rejected.yml` lists names that are not entities, one flow-style line each.
 * Files starting with `_` are never registry entries.
 */
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { InputError } from "../errors.js";
import type { Entity } from "../model.js";
import { parseEntityFile, Slug, Text } from "./registry.js";

export const REJECTED_FILE = "_rejected.yml";
export const PUBLISHED_FILE = "_published.txt";

/** `<from>`'s mentions become mentions of `<into>`, which keeps `names` as aliases. */
export interface MergeDecision {
  file: string;
  from: string;
  into: string;
  names: string[];
  note?: string;
}

/** A rejected entity (by id, with the names that made it) or one rejected spelling. */
export interface RejectDecision {
  file: string;
  /** The entity rejected as a whole. */
  id?: string;
  /** For a single spelling: the entity it was taken from, so `undo <id>` finds it. */
  of?: string;
  names: string[];
  note?: string;
}

export interface Decisions {
  merges: MergeDecision[];
  rejections: RejectDecision[];
}

export const NO_DECISIONS: Decisions = { merges: [], rejections: [] };

const MergeFile = z
  .object({ id: Slug, name: Text, into: Slug, aliases: z.array(Text).default([]), note: Text.optional() })
  .strict();

const RejectLine = z
  .object({ id: Slug.optional(), of: Slug.optional(), name: Text.optional(), names: z.array(Text).optional(), note: Text.optional() })
  .strict()
  .refine((r) => r.id !== undefined || r.name !== undefined, "needs an 'id' or a 'name'");

function yamlOf(file: string, text: string): unknown {
  try {
    return parseYaml(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new InputError(file, `is not valid YAML: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
  }
}

function issue(file: string, error: z.ZodError, prefix = ""): InputError {
  const first = error.issues[0]!;
  const field = first.path.length ? `'${first.path.join(".")}'` : "the entry";
  return new InputError(file, `${prefix}${field} ${first.message}`);
}

/** Whether a parsed file is a merged automatic entity rather than a registry entry. */
export function isMergeOnly(raw: unknown): boolean {
  return typeof raw === "object" && raw !== null && "into" in raw && !("type" in raw);
}

/** One registry-folder file: a registry entity (maybe merged away) or a merged automatic entity. */
export function parseDeskFile(file: string, text: string): { entity?: Entity; merge?: MergeDecision } {
  const raw = yamlOf(file, text);
  if (!isMergeOnly(raw)) {
    const entity = parseEntityFile(file, text);
    const { into, note } = raw as { into?: string; note?: string };
    const names = [entity.name, ...entity.aliases];
    return { entity, ...(into ? { merge: { file, from: entity.id, into, names, ...(note ? { note } : {}) } } : {}) };
  }
  const parsed = MergeFile.safeParse(raw);
  if (!parsed.success) throw issue(file, parsed.error);
  const m = parsed.data;
  const base = file.replace(/\\/g, "/").split("/").pop()!.replace(/\.ya?ml$/i, "");
  if (base !== m.id) throw new InputError(file, `id '${m.id}' does not match the file name '${base}.yml'`);
  return { merge: { file, from: m.id, into: m.into, names: [m.name, ...m.aliases], ...(m.note ? { note: m.note } : {}) } };
}

/** `_rejected.yml`: a list of `{ id, names, note }` (a whole entity) or `{ name, of, note }` (one spelling). */
export function parseRejected(file: string, text: string): RejectDecision[] {
  const raw = yamlOf(file, text) ?? [];
  if (!Array.isArray(raw)) throw new InputError(file, "must be a list of rejections, one '- { … }' line each");
  return raw.map((item, i) => {
    const parsed = RejectLine.safeParse(item ?? {});
    if (!parsed.success) throw issue(file, parsed.error, `entry ${i + 1}: `);
    const r = parsed.data;
    const names = [...(r.name ? [r.name] : []), ...(r.names ?? [])];
    return { file, ...(r.id ? { id: r.id } : {}), ...(r.of ? { of: r.of } : {}), names, ...(r.note ? { note: r.note } : {}) };
  });
}

/**
 * What only all the decisions together can show, before any article is read: a merge cycle, a merge
 * into a rejected entity, one entity merged into two. Each error names the file that made it.
 */
export function checkDecisions(d: Decisions): InputError[] {
  const errors: InputError[] = [];
  const into = new Map<string, MergeDecision>();
  for (const m of d.merges) {
    const other = into.get(m.from);
    if (other) errors.push(new InputError(m.file, `'${m.from}' is already merged into '${other.into}' by ${other.file}`));
    else if (m.from === m.into) errors.push(new InputError(m.file, `'${m.from}' cannot be merged into itself`));
    else into.set(m.from, m);
  }
  const rejected = new Map(d.rejections.filter((r) => r.id).map((r) => [r.id!, r]));
  for (const m of into.values()) {
    const seen = new Set([m.from]);
    let at = m.into;
    for (let next = into.get(at); next; next = into.get(at)) {
      if (seen.has(at)) {
        errors.push(new InputError(m.file, `merge cycle: ${[...seen, at].join(" → ")}`));
        break;
      }
      seen.add(at);
      at = next.into;
    }
    const r = rejected.get(at);
    if (r && !errors.some((e) => e.file === m.file)) errors.push(new InputError(m.file, `merges '${m.from}' into '${at}', which ${r.file} rejects`));
  }
  return errors;
}
