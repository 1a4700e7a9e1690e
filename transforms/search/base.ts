// The last full Pagefind index, kept in `.cache/pagefind/` so that later builds can append to it:
//   base/          the bundle as the full index wrote it (hard links to the published files)
//   base.json      what it was built from: every indexed page's digest, sort summary, chunk bounds
//   verified.json  changed pages already checked to have the same index entry as in the base
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { inChunks, linkOrCopy, readJsonOrNull } from "../files.js";
import path from "node:path";
import type { PageRecord } from "./pages.js";
import type { BaseSummary } from "./plan.js";

export const PAGEFIND_CACHE = ".cache/pagefind";

export interface Manifest {
  /** Pagefind's version and this format's: a base from another is not appended to. */
  key: string;
  lang: string;
  /** The metadata file's hash, naming this base (verified.json belongs to one base). */
  meta: string;
  pages: [file: string, hash: string, extras: string, stat: string][];
  sorts: BaseSummary["sorts"];
  /** First and last word of each index chunk, in the metadata's order. */
  bounds: { first: string; last: string }[];
  /** How many files the bundle has, to notice a cache that lost some. */
  files: number;
}

export interface Base {
  bundle: string;
  manifest: Manifest;
  summary: BaseSummary;
  /** file → the HTML digest whose index entry was found equal to the base's. */
  verified: Map<string, string>;
}

/** The cached base, or null when there is none or it was made by another Pagefind or format. */
export async function loadBase(cache: string, key: string): Promise<Base | null> {
  const manifest = await readJsonOrNull<Manifest>(path.join(cache, "base.json"));
  const bundle = path.join(cache, "base");
  if (!manifest || manifest.key !== key || !existsSync(bundle)) return null;
  const pages = new Map(manifest.pages.map(([file, hash, extras, stat]) => [file, { file, hash, extras, stat }] as [string, PageRecord]));
  const verified = await readJsonOrNull<{ meta: string; files: Record<string, string> }>(path.join(cache, "verified.json"));
  return {
    bundle,
    manifest,
    summary: { pages, sorts: manifest.sorts },
    verified: new Map(verified?.meta === manifest.meta ? Object.entries(verified.files) : []),
  };
}

/** Every file under `dir`, as `/`-separated paths inside it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/")).sort();
}

/** Hard-links (or, across file systems, copies) the bundle in `from` into `to`, except `skip`; returns how many files `from` holds. */
export async function linkBundle(from: string, to: string, skip: ReadonlySet<string> = new Set()): Promise<number> {
  const all = await listFiles(from);
  const files = all.filter((f) => !skip.has(f));
  const dirs = [...new Set(files.map((f) => path.dirname(f)))];
  for (const d of dirs) await mkdir(path.join(to, d), { recursive: true });
  await inChunks(files, 256, (f) => linkOrCopy(path.join(from, f), path.join(to, f)));
  return all.length;
}

/**
 * Keeps the full index just written to `bundle` as the new base. The manifest goes last and the old
 * one first, so an interrupted save leaves no manifest naming files that are not there.
 */
export async function saveBase(cache: string, bundle: string, manifest: Omit<Manifest, "files">): Promise<void> {
  await mkdir(cache, { recursive: true });
  const next = path.join(cache, `base.next-${process.pid}`);
  await rm(next, { recursive: true, force: true });
  const files = await linkBundle(bundle, next);
  await rm(path.join(cache, "base.json"), { force: true });
  await rm(path.join(cache, "verified.json"), { force: true });
  await rm(path.join(cache, "base"), { recursive: true, force: true });
  await rename(next, path.join(cache, "base"));
  await writeFile(path.join(cache, "base.json"), JSON.stringify({ ...manifest, files } satisfies Manifest));
}

export async function saveVerified(cache: string, meta: string, verified: ReadonlyMap<string, string>): Promise<void> {
  await writeFile(path.join(cache, "verified.json"), JSON.stringify({ meta, files: Object.fromEntries([...verified].sort()) }));
}
