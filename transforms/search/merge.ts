// Appends a small Pagefind index (the pages added since a full index) to that full index, giving one
// bundle that searches as Pagefind's own index of all those pages would: the added pages are numbered
// after the base's, their postings appended to the same words, their filter values and sort positions
// added, and the page count and lengths that ranking uses (BM25's page count, document frequencies,
// average page length) are those of the whole site. (Pagefind's `mergeIndex` would load the two as
// separate indexes in the browser, ranking each against its own statistics and sorting each by its
// own positions, so a merged result list would be neither in relevance nor in date order.)
import { decode } from "cborg";
import { chunkRanges, encodeLocations, spliceChunk, type Posting, type WordPostings } from "./chunks.js";
import { byBytes, contentHash, inflate, inflateAsync, pack, parseEntry, unpack, type BundleFiles, type EntryFile, type FilterFile, type MetaFile } from "./format.js";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The full index being appended to, with its files read on demand. */
export interface BaseIndex {
  entry: EntryFile;
  lang: string;
  meta: MetaFile;
  /** First and last word of each chunk in `meta[2]` order (their ranges are cut prefixes of these). */
  bounds: { first: string; last: string }[];
  /** A file of the base bundle, by its path inside the bundle. */
  file(name: string): Promise<Uint8Array>;
}

export interface MergeResult {
  /** Files that replace or add to the base's: the entry, metadata, changed chunks and filters. */
  files: BundleFiles;
  /** Base files the merged bundle no longer names. */
  replaced: Set<string>;
  pages: number;
}

/** A reason the small index cannot be appended, for the build log; the caller re-indexes in full. */
export class CannotMerge extends Error {}

type RawPosting = [number, number[], number[]];
type RawWord = [string, RawPosting[], [string, RawPosting[]][]];

function single<T>(values: Record<string, T>, what: string): [string, T] {
  const entries = Object.entries(values);
  if (entries.length !== 1) throw new CannotMerge(`${what} has ${entries.length} language indexes`);
  return entries[0]!;
}

/** The delta bundle's words with pages renumbered after the base's and meta field numbers made the base's. */
function deltaWords(chunks: readonly Uint8Array[], offset: number, fieldMap: readonly number[]): WordPostings[] {
  const remap = (metaLocs: readonly number[]) => metaLocs.map((n) => (n < 0 ? -(fieldMap[-n - 1]! + 1) : n));
  const postings = (list: readonly RawPosting[]): Posting[] => {
    let page = 0;
    return list.map(([delta, locs, metaLocs]) => {
      page += delta;
      return { page: offset + page, locations: encodeLocations(locs, remap(metaLocs ?? [])) };
    });
  };
  const words: WordPostings[] = [];
  for (const cbor of chunks) {
    for (const [word, pages, variants] of (decode(cbor) as [RawWord[]])[0]) {
      words.push({ word, pages: postings(pages), variants: (variants ?? []).map(([form, vp]) => ({ form, pages: postings(vp) })) });
    }
  }
  return words.sort((a, b) => byBytes(a.word, b.word));
}

/** Common prefix length in characters, as Pagefind's `get_prefixes` counts. */
function commonPrefix(a: string, b: string): number {
  const ac = [...a];
  const bc = [...b];
  let n = 0;
  while (n < ac.length && n < bc.length && ac[n] === bc[n]) n++;
  return n;
}

/**
 * Which chunk each new word goes to: the one whose words it sorts among. A word that falls between
 * two chunks could go to either; it goes to the side that keeps the two chunks' boundary words
 * sharing no longer a prefix than before. (Pagefind loads only the chunks whose range holds a query,
 * so a query that is a prefix of both boundary words finds only the first chunk's completions: a
 * boundary moved inside a prefix group would lose results for that prefix.)
 */
function placeWords(words: readonly WordPostings[], bounds: readonly { first: string; last: string }[]): Map<number, WordPostings[]> {
  const out = new Map<number, WordPostings[]>();
  const put = (c: number, w: WordPostings) => {
    const list = out.get(c);
    if (list) list.push(w);
    else out.set(c, [w]);
  };
  let c = 0;
  let gap: WordPostings[] = [];
  const flushGap = () => {
    if (gap.length === 0) return;
    // Split the run last(c), gap…, first(c+1) at its first weakest link: the smallest common prefix.
    const seq = [bounds[c]!.last, ...gap.map((w) => w.word), bounds[c + 1]!.first];
    let split = 0;
    let weakest = Infinity;
    for (let i = 0; i + 1 < seq.length; i++) {
      const n = commonPrefix(seq[i]!, seq[i + 1]!);
      if (n < weakest) [weakest, split] = [n, i];
    }
    gap.forEach((w, i) => put(i < split ? c : c + 1, w));
    gap = [];
  };
  for (const w of words) {
    while (c + 1 < bounds.length && byBytes(bounds[c + 1]!.first, w.word) <= 0) {
      flushGap();
      c++;
    }
    if (c + 1 < bounds.length && byBytes(w.word, bounds[c]!.last) > 0) gap.push(w);
    else put(c, w);
  }
  flushGap();
  return out;
}

/**
 * A name for a new file not already taken: its content hash, longer than Pagefind's 7 characters.
 * These files are served as immutable, and unlike a full index's they are made again on every
 * build, so a name must not come back with other content on a later deploy.
 */
function freshName(data: Uint8Array, taken: Set<string>, lang: string, length: number): string {
  const full = contentHash(data, 64);
  for (let n = length; n <= full.length; n++) {
    const name = `${lang}_${full.slice(0, n)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error("content hash collision");
}

/**
 * Appends `delta` (a bundle as Pagefind wrote it, in memory) to `base`. `compress` turns chunk CBOR
 * into the file's bytes (async so that the many chunks can be compressed on several threads).
 */
export async function appendIndex(base: BaseIndex, delta: BundleFiles, compress: (cbor: Uint8Array) => Promise<Uint8Array>): Promise<MergeResult> {
  const deltaEntry = parseEntry(delta.get("pagefind-entry.json"));
  const [lang, deltaLang] = single(deltaEntry.languages, "the new pages' index");
  if (lang !== base.lang) throw new CannotMerge(`the new pages are in language "${lang}", the index in "${base.lang}"`);
  const metaName = `pagefind.${deltaLang.hash}.pf_meta`;
  const metaBytes = delta.get(metaName);
  if (!metaBytes) throw new Error(`${metaName}: missing from the new pages' index`);
  const dMeta = unpack<MetaFile>(metaName, metaBytes);
  const meta = structuredClone(base.meta);
  if (dMeta[0] !== meta[0]) throw new CannotMerge(`the new pages were indexed by Pagefind ${dMeta[0]}, the index by ${meta[0]}`);
  const fieldMap = dMeta[5].map((f) => meta[5].indexOf(f));
  if (fieldMap.some((i) => i < 0)) throw new CannotMerge(`the new pages have metadata fields the index lacks (${dMeta[5].filter((f) => !meta[5].includes(f)).join(", ")})`);
  const offset = meta[1].length;
  const files: BundleFiles = new Map();
  const replaced = new Set<string>([`pagefind.${base.entry.languages[lang]!.hash}.pf_meta`, "pagefind-entry.json"]);

  // Pages: numbered after the base's.
  meta[1].push(...dMeta[1]);

  // Words: each new word goes to the chunk whose words it sorts among.
  const chunkFile = (hash: string) => `index/${hash}.pf_index`;
  const words = deltaWords(
    dMeta[2].map(([, , hash]) => inflate(chunkFile(hash), delta.get(chunkFile(hash)) ?? new Uint8Array())),
    offset,
    fieldMap,
  );
  const perChunk = placeWords(words, base.bounds);
  const bounds = base.bounds.map((b) => ({ ...b }));
  const taken = new Set(meta[2].map(([, , hash]) => hash));
  const rewritten = await Promise.all(
    [...perChunk].map(async ([i, additions]) => {
      const name = chunkFile(meta[2][i]![2]);
      const spliced = spliceChunk(await inflateAsync(name, await base.file(name)), additions);
      bounds[i] = { first: spliced.first, last: spliced.last };
      return { i, name, data: await compress(spliced.cbor) };
    }),
  );
  for (const { i, name, data } of rewritten.sort((a, b) => a.i - b.i)) {
    const hash = freshName(data, taken, lang, 12);
    files.set(chunkFile(hash), data);
    replaced.add(name);
    meta[2][i]![2] = hash;
  }
  chunkRanges(bounds).forEach(([from, to], i) => {
    meta[2][i]![0] = from;
    meta[2][i]![1] = to;
  });

  // Filters: each value's pages extended, new values and filters added, sorted as stabilisePagefind sorts them.
  const filterFile = (hash: string) => `filter/${hash}.pf_filter`;
  const filterNames = new Set(meta[3].map(([, hash]) => hash));
  for (const [filter, dHash] of dMeta[3]) {
    const [, dValues] = unpack<FilterFile>(filterFile(dHash), delta.get(filterFile(dHash)) ?? new Uint8Array());
    const at = meta[3].findIndex(([name]) => name === filter);
    const values = new Map<string, number[]>();
    if (at >= 0) {
      const name = filterFile(meta[3][at]![1]);
      for (const [value, pages] of unpack<FilterFile>(name, await base.file(name))[1]) values.set(value, [...pages]);
      replaced.add(name);
    }
    for (const [value, pages] of dValues) values.set(value, [...(values.get(value) ?? []), ...pages.map((p) => p + offset)]);
    const data = pack([filter, [...values].sort((a, b) => byText(a[0], b[0]))]);
    const hash = freshName(data, filterNames, lang, 12);
    files.set(filterFile(hash), data);
    if (at >= 0) meta[3][at]![1] = hash;
    else meta[3].push([filter, hash]);
  }
  meta[3].sort((a, b) => byText(a[0], b[0]));

  // Sorts: the caller has checked that every new page sorts after the base's pages (see planIndex).
  for (const [key, order] of dMeta[4]) {
    const at = meta[4].findIndex(([name]) => name === key);
    const added = order.map((p) => p + offset);
    if (at >= 0) meta[4][at]![1].push(...added);
    else meta[4].push([key, added]);
  }
  meta[4].sort((a, b) => byBytes(a[0], b[0]));

  // Fragments are named by their content; one already in the base under another page would be a clash.
  for (const [name, bytes] of delta) {
    if (!name.startsWith("fragment/")) continue;
    const existing = await base.file(name).catch(() => null);
    if (!existing) files.set(name, bytes);
    else if (!Buffer.from(existing).equals(bytes)) throw new CannotMerge(`a new page's fragment name ${name} is taken by another page`);
  }

  const data = pack(meta);
  const newMeta = `${lang}_${contentHash(data, 10)}`;
  files.set(`pagefind.${newMeta}.pf_meta`, data);
  const entry = structuredClone(base.entry);
  entry.languages[lang] = { ...entry.languages[lang]!, hash: newMeta, page_count: meta[1].length };
  files.set("pagefind-entry.json", Buffer.from(JSON.stringify(entry)));
  return { files, replaced, pages: dMeta[1].length };
}
