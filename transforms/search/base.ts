// The last full Pagefind index, kept in `.cache/pagefind/` so that later builds can append to it:
//   base/          a copy of the bundle as the full index wrote it
//   record.json    its record (see cache.ts): the Pagefind version that wrote it, each file's size and
//                  digest, and what it was built from: every indexed page's digest, sort summary,
//                  chunk bounds, and the changed pages already checked to index as in the base
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { FileCache } from "../cache.js";
import { inChunks } from "../files.js";
import { pagefindVersion } from "./cli.js";
import { CannotMerge } from "./merge.js";
import type { PageRecord } from "./pages.js";
import type { BaseSummary } from "./plan.js";

export const PAGEFIND_CACHE = ".cache/pagefind";
/** Bumped when the manifest or the way pages are appended changes, so that older bases are not used. */
const FORMAT = 2;

export interface Manifest {
  lang: string;
  /** The metadata file's hash, naming this base. */
  meta: string;
  pages: [file: string, hash: string, extras: string][];
  sorts: BaseSummary["sorts"];
  /** First and last word of each index chunk, in the metadata's order. */
  bounds: { first: string; last: string }[];
  /** Changed pages whose index entry was found equal to the base's: file → that HTML's digest. */
  verified: Record<string, string>;
}

export interface Base {
  files: FileCache<Manifest>;
  manifest: Manifest;
  summary: BaseSummary;
  verified: Map<string, string>;
}

const baseCache = (cache: string) =>
  new FileCache<Manifest>({ name: "search index", dir: path.join(cache, "base"), record: path.join(cache, "record.json"), inputs: [`format ${FORMAT}`], tools: { pagefind: pagefindVersion() } });

/** The kept base, or null when there is none or it was made by another Pagefind, Dossier or format. */
export async function loadBase(cache: string): Promise<Base | null> {
  const files = baseCache(cache);
  const manifest = await files.open();
  if (!manifest) return null;
  const pages = new Map(manifest.pages.map(([file, hash, extras]) => [file, { file, hash, extras }] as [string, PageRecord]));
  return { files, manifest, summary: { pages, sorts: manifest.sorts }, verified: new Map(Object.entries(manifest.verified)) };
}

/** Every file under `dir`, as `/`-separated paths inside it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/")).sort();
}

/** A file of the base, verified against its record; a miss throws CannotMerge naming it. */
export async function baseFile(base: Base, name: string): Promise<Buffer> {
  const bytes = await base.files.read(name);
  if (!bytes) throw new CannotMerge(`the kept index's ${name} is ${base.files.has(name) ? "damaged" : "not in its record"}`);
  return bytes;
}

/**
 * Places every file the base's record names in `to`, except `skip`, each verified first: linked from
 * `previous` (the bundle the last build published) when that file is as recorded, else copied from
 * the cache (see FileCache.publish).
 */
export async function publishBase(base: Base, to: string, skip: ReadonlySet<string>, previous?: string): Promise<void> {
  const files = base.files.recorded().filter((f) => !skip.has(f));
  for (const d of new Set(files.map((f) => path.dirname(path.join(to, f))))) await mkdir(d, { recursive: true });
  const damaged: string[] = [];
  for (const f of files) if (!(await base.files.publish(f, path.join(to, f), previous && path.join(previous, f)))) damaged.push(f);
  if (damaged.length > 0) throw new CannotMerge(`the kept index's ${damaged.sort()[0]} is damaged`);
}

/**
 * Keeps the full index just written to `bundle` as the new base: a copy, so the published bundle is
 * never the cache's. The old record goes first and the new one last, so an interrupted save leaves
 * no record naming files that are not as it says.
 */
export async function saveBase(cache: string, bundle: string, manifest: Omit<Manifest, "verified">): Promise<void> {
  const files = baseCache(cache);
  await files.invalidate();
  await rm(files.dir, { recursive: true, force: true });
  const names = await listFiles(bundle);
  await inChunks(names, 256, (f) => files.copyIn(path.join(bundle, f), f));
  await files.save({ ...manifest, verified: {} });
}

/** Records the changed pages found to index as in the base; the base's files stay as recorded. */
export async function saveVerified(base: Base, verified: ReadonlyMap<string, string>): Promise<void> {
  base.files.retain();
  await base.files.save({ ...base.manifest, verified: Object.fromEntries([...verified].sort()) });
}
