/**
 * The desk's verbs (merge, reject, type, rename, undo) as pure functions from the registry folder and
 * the decided corpus to file changes and a one-line account. The CLI and the dev server's review page
 * both apply them; a verb that would leave the folder broken changes nothing and says why.
 */
import { Document, isMap, parseDocument, YAMLSeq } from "yaml";
import type { Corpus, Entity, EntityType } from "../model.js";
import { entityId } from "../model.js";
import { ENTITY_TYPES } from "../model.js";
import { isMergeOnly, REJECTED_FILE } from "../entities/decision-files.js";
import { loadFolder } from "../entities/folder.js";
import { registryYaml } from "./review.js";

/** The registry folder as files (name → text) and the corpus its decisions produce. */
export interface Desk {
  dir: string;
  files: ReadonlyMap<string, string>;
  corpus: Corpus;
}

/** A file to write (text) or delete (null), by name within the folder. */
export interface Change {
  name: string;
  text: string | null;
}

export interface Outcome {
  changes: Change[];
  message: string;
}

/** A request the desk refuses: a bad id or type, or a decision that would conflict with others. */
export class DeskError extends Error {}

export function entityOf(desk: Desk, id: string | undefined): Entity {
  const e = id ? desk.corpus.entities.get(entityId(id)) : undefined;
  if (!e) throw new DeskError(`'${id ?? ""}' is not an entity id (ids are as \`npm run annotate -- --json\` and \`npm run entities -- review\` print them)`);
  return e;
}

const fileOf = (id: string) => `${id}.yml`;

function firstTitle(corpus: Corpus, id: string): string | null {
  return corpus.articles.find((a) => a.mentions.some((m) => m.entityId === id))?.article.title ?? null;
}

/** The entity's registry file as an editable document; an automatic entity is accepted into one. */
function registryDoc(desk: Desk, e: Entity): Document {
  if (e.origin === "registry") {
    const text = desk.files.get(fileOf(e.id));
    if (text === undefined) throw new DeskError(`${desk.dir}/${fileOf(e.id)} is missing`);
    return parseDocument(text);
  }
  const doc = parseDocument(registryYaml(e, firstTitle(desk.corpus, e.id)));
  doc.set("was", { auto: true });
  return doc;
}

/** Records what a decision replaces, once: `undo` restores the first value, and an accepted entity has none. */
function remember(doc: Document, key: "name" | "type", value: string): void {
  const was = doc.get("was");
  const before = isMap(was) ? (was.toJSON() as Record<string, unknown>) : {};
  if (before.auto || key in before) return;
  doc.set("was", { ...before, [key]: value });
}

function aliasesOf(doc: Document): string[] {
  const list = doc.get("aliases");
  return list instanceof YAMLSeq ? (list.toJSON() as string[]) : [];
}

function setAliases(doc: Document, aliases: readonly string[]): void {
  doc.set("aliases", [...new Set(aliases)]);
}

/** Checks the folder as it would be after the changes; refuses if any file would fail the build. */
function checked(desk: Desk, changes: Change[], message: string): Outcome {
  const files = new Map(desk.files);
  for (const c of changes) {
    if (c.text === null) files.delete(c.name);
    else files.set(c.name, c.text);
  }
  const folder = loadFolder([...files].map(([name, text]) => ({ name, file: `${desk.dir}/${name}`, text })));
  if (folder.errors.length > 0) throw new DeskError(`refused, as it would break the build: ${folder.errors[0]!.message}`);
  return { changes, message };
}

const mentionCount = (corpus: Corpus, id: string) => corpus.articles.reduce((n, a) => n + a.mentions.filter((m) => m.entityId === id).length, 0);
const describe = (desk: Desk, e: Entity) => {
  const n = mentionCount(desk.corpus, e.id);
  return `${e.id} (${e.name}, ${e.type}, ${n} mention${n === 1 ? "" : "s"})`;
};
const written = (desk: Desk, changes: Change[]) => changes.map((c) => `${c.text === null ? "removed" : "wrote"} ${desk.dir}/${c.name}`).join(", ");
const withNote = (note: string | undefined) => (note ? { note } : {});

export function merge(desk: Desk, id: string, into: string, note?: string): Outcome {
  if (id === into) throw new DeskError(`cannot merge '${id}' into itself`);
  const source = entityOf(desk, id);
  const target = entityOf(desk, into);
  const changes: Change[] = [];
  if (target.origin === "auto") changes.push({ name: fileOf(target.id), text: registryDoc(desk, target).toString({ lineWidth: 0 }) });
  if (source.origin === "registry") {
    const doc = registryDoc(desk, source);
    doc.set("into", into);
    if (note) doc.set("note", note);
    changes.push({ name: fileOf(id), text: doc.toString({ lineWidth: 0 }) });
  } else {
    if (desk.files.has(fileOf(id))) throw new DeskError(`${desk.dir}/${fileOf(id)} already exists`);
    const doc = new Document({ id, name: source.name, into, aliases: source.aliases, ...withNote(note) });
    changes.push({ name: fileOf(id), text: doc.toString({ lineWidth: 0 }) });
  }
  return checked(desk, changes, `merged ${describe(desk, source)} into ${describe(desk, target)}: ${written(desk, changes)}`);
}

/** `_rejected.yml` as a list of one-line entries, with `entry` appended. */
function rejectedWith(desk: Desk, entry: Record<string, unknown>): string {
  const text = desk.files.get(REJECTED_FILE);
  const doc = text ? parseDocument(text) : new Document([]);
  if (!doc.contents) doc.contents = doc.createNode([]) as never;
  const node = doc.createNode(entry);
  if (isMap(node)) node.flow = true;
  (doc.contents as YAMLSeq).add(node);
  if (!text) doc.commentBefore = " Names that are not entities: no page, no mention, no link. `npm run entities -- undo <id>` takes one back.";
  return doc.toString({ lineWidth: 0 });
}

export function reject(desk: Desk, id: string | undefined, name: string | undefined, note?: string): Outcome {
  if (name !== undefined) {
    const spelling = name.trim();
    const e = id ? entityOf(desk, id) : undefined;
    const seen = desk.corpus.articles.some((a) => a.mentions.some((m) => m.text === spelling && (!e || m.entityId === e.id)));
    if (!spelling || !seen) throw new DeskError(`no mention${e ? ` of '${e.id}'` : ""} reads '${name}'`);
    const changes = [{ name: REJECTED_FILE, text: rejectedWith(desk, { name: spelling, ...(e ? { of: e.id } : {}), ...withNote(note) }) }];
    return checked(desk, changes, `rejected the spelling '${spelling}'${e ? ` of ${e.id}` : ""}: ${written(desk, changes)}`);
  }
  const e = entityOf(desk, id);
  const names = [...new Set([e.name, ...e.aliases])];
  const changes = [{ name: REJECTED_FILE, text: rejectedWith(desk, { id: e.id, names, ...withNote(note) }) }];
  return checked(desk, changes, `rejected ${describe(desk, e)} and its names ${names.map((n) => `'${n}'`).join(", ")}: ${written(desk, changes)}`);
}

export function retype(desk: Desk, id: string, type: string, note?: string): Outcome {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new DeskError(`unknown type '${type}': use person, organization or place`);
  const e = entityOf(desk, id);
  if (e.type === type) throw new DeskError(`'${id}' is already a ${type}`);
  // An accepted entity's description names its type, so it is written with the new one.
  const doc = registryDoc(desk, e.origin === "auto" ? { ...e, type: type as EntityType } : e);
  remember(doc, "type", e.type);
  doc.set("type", type as EntityType);
  if (note) doc.set("note", note);
  const changes = [{ name: fileOf(id), text: doc.toString({ lineWidth: 0 }) }];
  return checked(desk, changes, `typed ${e.id} (${e.name}) as ${type}, was ${e.type}: ${written(desk, changes)}`);
}

export function rename(desk: Desk, id: string, name: string, note?: string): Outcome {
  const e = entityOf(desk, id);
  const next = name.trim().replace(/\s+/gu, " ");
  if (!next || next.includes("\n")) throw new DeskError("the new name must be one line of text");
  if (next === e.name) throw new DeskError(`'${id}' is already named '${next}'`);
  const doc = registryDoc(desk, e);
  remember(doc, "name", e.name);
  doc.set("name", next);
  setAliases(doc, [...aliasesOf(doc), e.name].filter((a) => a !== next));
  if (note) doc.set("note", note);
  const changes = [{ name: fileOf(id), text: doc.toString({ lineWidth: 0 }) }];
  return checked(desk, changes, `renamed ${e.id} from '${e.name}' to '${next}' (the old name is an alias; id and URL stay): ${written(desk, changes)}`);
}

/** A registry file with the decisions about it taken back, or null when the file was a decision itself. */
function undone(text: string): string | null {
  const doc = parseDocument(text);
  if (isMergeOnly(doc.toJSON()) || doc.getIn(["was", "auto"])) return null;
  const was = doc.get("was");
  const before = isMap(was) ? (was.toJSON() as { name?: string; type?: string }) : {};
  if (before.name) {
    const current = String(doc.get("name"));
    doc.set("name", before.name);
    setAliases(doc, aliasesOf(doc).filter((a) => a !== before.name && a !== current));
  }
  if (before.type) doc.set("type", before.type);
  for (const key of ["was", "into", "note"]) doc.delete(key);
  return doc.toString({ lineWidth: 0 });
}

export function undo(desk: Desk, id: string): Outcome {
  const changes: Change[] = [];
  for (const [name, text] of desk.files) {
    if (name.startsWith("_") || !/\.ya?ml$/iu.test(name)) continue;
    const raw = parseDocument(text).toJSON() as { id?: string; into?: string; was?: unknown } | null;
    const own = raw?.id === id && (raw.into !== undefined || raw.was !== undefined);
    if (own || raw?.into === id) changes.push({ name, text: own ? undone(text) : undoneMerge(text) });
  }
  const rejected = desk.files.get(REJECTED_FILE);
  if (rejected) {
    const doc = parseDocument(rejected);
    const list = doc.contents instanceof YAMLSeq ? doc.contents : null;
    const kept = list?.items.filter((item) => {
      const r = isMap(item) ? (item.toJSON() as { id?: string; of?: string }) : {};
      return r.id !== id && r.of !== id;
    });
    if (list && kept && kept.length !== list.items.length) {
      list.items = kept;
      changes.push({ name: REJECTED_FILE, text: doc.toString({ lineWidth: 0 }) });
    }
  }
  if (changes.length === 0) throw new DeskError(`no decision names '${id}'`);
  return checked(desk, changes, `undid the decisions naming ${id}: ${written(desk, changes)}`);
}

/** A file merged into an entity whose decisions are undone: it is merged no more. */
function undoneMerge(text: string): string | null {
  const doc = parseDocument(text);
  if (isMergeOnly(doc.toJSON())) return null;
  doc.delete("into");
  doc.delete("note");
  return doc.toString({ lineWidth: 0 });
}
