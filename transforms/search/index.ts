// The search index of a built site. Pagefind has no incremental mode, so a build either indexes the
// whole site (and keeps that bundle as the base, see base.ts) or, when the only change to
// what is searchable is new pages, indexes just those and appends them to the base (merge.ts).
import { mkdir, readFile, readdir, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { place } from "../files.js";
import path from "node:path";
import { baseFile, listFiles, loadBase, PAGEFIND_CACHE, publishBase, saveBase, saveVerified, type Base, type Manifest } from "./base.js";
import { readBundleFiles, readEntry } from "./bundle.js";
import { chunkRanges, chunkWords } from "./chunks.js";
import { runPagefind } from "./cli.js";
import { deflateAsync, inflate, parseEntry, unpack, type EntryFile, type MetaFile } from "./format.js";
import { appendIndex, CannotMerge } from "./merge.js";
import { scanSite, type PageRecord } from "./pages.js";
import { planIndex, summariseSorts } from "./plan.js";

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Pagefind numbers pages in the order its directory walk meets them, which is the order the file
 * system lists entries, and on tmpfs and small ext4 folders that is the order they were created. A
 * build that reuses unchanged pages creates them in another order than a cold build, and the index
 * must not differ for that; so each folder holding more than one page or subfolder has its entries
 * moved out and back in name order (renames only; the folder itself stays, a dev server may serve it).
 */
async function orderByName(dir: string): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort(byName);
  const subdirs = entries.filter((e) => e.isDirectory() && e.name !== "pagefind");
  if (subdirs.length + entries.filter((e) => e.name.endsWith(".html")).length > 1) {
    const aside = `${dir.replace(/\/+$/u, "")}.order-${process.pid}`;
    await mkdir(aside);
    for (const e of entries) await rename(path.join(dir, e.name), path.join(aside, e.name));
    for (const e of entries) await rename(path.join(aside, e.name), path.join(dir, e.name));
    await rmdir(aside);
  }
  for (const d of subdirs) await orderByName(path.join(dir, d.name));
}

export interface IndexReport {
  mode: "full" | "append";
  /** Pages in the published index. */
  pages: number;
  /** Why the site was indexed in full (append: undefined). */
  reason?: string;
  /** Append: indexed pages whose HTML changed but whose index entry did not, and pages appended. */
  changed: number;
  added: number;
}

export interface IndexOptions {
  cacheDir?: string;
  /** Page → digest of the bytes the build just wrote to it, so that unchanged pages are not read again (see scanSite). */
  digests?: ReadonlyMap<string, string>;
  /** The search bundle the last build published, whose files an append may link (see publishBase). */
  previous?: string;
}

const pageCount = (entry: EntryFile) => Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
const single = (entry: EntryFile): [string, string] => {
  const langs = Object.entries(entry.languages);
  return langs.length === 1 ? [langs[0]![0], langs[0]![1].hash] : ["", ""];
};

/** Copies `files` (paths inside `site`) into an empty `dir` in name order and indexes them there into `out`. */
async function indexPages(site: string, files: readonly string[], dir: string, out: string): Promise<void> {
  for (const f of files) await place(path.join(site, f), path.join(dir, f));
  await orderByName(dir);
  await runPagefind(dir, out);
}

async function fullIndex(root: string, cache: string, pages: readonly PageRecord[], reason: string): Promise<IndexReport> {
  await orderByName(root);
  const bundle = path.join(root, "pagefind");
  await runPagefind(root, bundle);
  // Pagefind writes its files in a stable order and names them by content: a bundle is reproducible as written.
  const entry = await readEntry(bundle);
  const [lang, metaHash] = single(entry);
  // The bounds of every chunk, for placing new words later; checked against Pagefind's own ranges,
  // since appending relies on computing them as it does.
  let bounds: Manifest["bounds"] = [];
  if (lang) {
    const meta = unpack<MetaFile>(`pagefind.${metaHash}.pf_meta`, await readFile(path.join(bundle, `pagefind.${metaHash}.pf_meta`)));
    bounds = await Promise.all(meta[2].map(async ([, , hash]) => chunkWords(inflate(`index/${hash}.pf_index`, await readFile(path.join(bundle, "index", `${hash}.pf_index`))))));
    const ranges = chunkRanges(bounds);
    if (ranges.some(([from, to], i) => from !== meta[2][i]![0] || to !== meta[2][i]![1])) bounds = [];
  }
  if (lang && bounds.length > 0) {
    await saveBase(cache, bundle, { lang, meta: metaHash, pages: pages.map((p) => [p.file, p.hash, p.extras]), sorts: summariseSorts(pages), bounds });
  } else {
    // Several languages, or chunks this cannot place words in: nothing to append to.
    await rm(cache, { recursive: true, force: true });
  }
  return { mode: "full", pages: pageCount(entry), reason, changed: 0, added: 0 };
}

/**
 * Appends the plan's new pages to the base, after checking that the indexed pages whose HTML changed
 * index as before. Throws CannotMerge when that does not hold.
 */
async function appendPages(root: string, base: Base, changed: readonly PageRecord[], added: readonly PageRecord[], work: string, previous?: string): Promise<IndexReport> {
  if (changed.length > 0) {
    // Fragments are named by their content, URL included: a changed page whose fragment the base
    // already holds, byte for byte, has the same text, title, filters and metadata as before (its
    // sort and weight attributes were compared by planIndex).
    const out = path.join(work, "changed-index");
    await indexPages(root, changed.map((p) => p.file), path.join(work, "changed"), out);
    const fragments = (await listFiles(out)).filter((f) => f.startsWith("fragment/"));
    const fresh = await readBundleFiles(out, fragments);
    let differ = changed.length - fragments.length;
    for (const f of fragments) {
      const known = base.files.has(f) ? await baseFile(base, f) : null;
      if (!known?.equals(fresh.get(f)!)) differ++;
    }
    if (differ > 0) throw new CannotMerge(`${differ} indexed ${differ === 1 ? "page's" : "pages'"} search entry changed`);
    for (const p of changed) base.verified.set(p.file, p.hash);
  }
  const entry = parseEntry(await baseFile(base, "pagefind-entry.json"));
  let files = new Map<string, Uint8Array>();
  let replaced = new Set<string>();
  let total = pageCount(entry);
  if (added.length > 0) {
    const out = path.join(work, "added-index");
    await indexPages(root, added.map((p) => p.file), path.join(work, "added"), out);
    const delta = await readBundleFiles(out, await listFiles(out));
    const metaName = `pagefind.${base.manifest.meta}.pf_meta`;
    const merged = await appendIndex(
      {
        entry,
        lang: base.manifest.lang,
        meta: unpack<MetaFile>(metaName, await baseFile(base, metaName)),
        bounds: base.manifest.bounds,
        file: (name) => baseFile(base, name),
      },
      delta,
      (cbor) => deflateAsync(cbor),
    );
    if (merged.pages !== added.length) throw new CannotMerge(`Pagefind indexed ${merged.pages} of the ${added.length} new pages`);
    ({ files, replaced } = merged);
    total += merged.pages;
  }
  const bundle = path.join(root, "pagefind");
  await rm(bundle, { recursive: true, force: true });
  await publishBase(base, bundle, replaced, previous);
  for (const [name, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await mkdir(path.dirname(path.join(bundle, name)), { recursive: true });
    await writeFile(path.join(bundle, name), bytes);
  }
  await saveVerified(base, base.verified);
  return { mode: "append", pages: total, changed: changed.length, added: added.length };
}

/**
 * Indexes a built site folder with Pagefind into `<dir>/pagefind`: by appending the pages added since
 * the last full index when that is all that changed in what search sees, else in full. Any failure
 * to read or splice the kept index (a damaged cache, a format this does not know) is an index in full,
 * its reason in the report.
 */
export async function indexSite(dir: string, options: IndexOptions = {}): Promise<IndexReport> {
  const root = path.resolve(dir);
  const cache = path.resolve(options.cacheDir ?? PAGEFIND_CACHE);
  const base = await loadBase(cache);
  const pages = scanSite(root, base?.summary.pages, options.digests);
  const plan = planIndex(base?.summary ?? null, pages, base?.verified ?? new Map());
  let reason = plan.kind === "full" ? plan.reason : "";
  if (plan.kind === "append" && base) {
    const byFile = new Map(pages.map((p) => [p.file, p]));
    const work = path.join(cache, `work-${process.pid}`);
    await rm(work, { recursive: true, force: true });
    try {
      return await appendPages(root, base, plan.changed.map((f) => byFile.get(f)!), plan.added.map((f) => byFile.get(f)!), work, options.previous);
    } catch (err) {
      reason = err instanceof CannotMerge ? err.message : `the kept index could not be appended to: ${err instanceof Error ? err.message : String(err)}`;
      await rm(path.join(root, "pagefind"), { recursive: true, force: true });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  return fullIndex(root, cache, pages, reason);
}
