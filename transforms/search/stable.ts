import { contentHash, pack, parseEntry, unpack, type BundleFiles, type FilterFile, type MetaFile } from "./format.js";

export type { BundleFiles } from "./format.js";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const FILTER_FILE = /^filter\/[^/]+\.pf_filter$/u;

/**
 * Pagefind 1.5 writes its filter indexes in hash-map order, so two builds of the same site differ
 * there (upstream only made fragments stable). This sorts filter values and the filter list, then
 * renames the files by their new content hash and points the metadata and entry file at them, so the
 * whole bundle is byte-for-byte reproducible. The search results are unchanged.
 *
 * `files` needs only the entry file, the metadata files it names and the filter files; the result is
 * `files` with those replaced. A missing or unreadable one throws, naming it: a bundle that cannot be
 * read back whole must fail the build, not be published half-rewritten.
 */
export function stabilisePagefind(files: BundleFiles): BundleFiles {
  const out = new Map(files);
  const entry = parseEntry(files.get("pagefind-entry.json"));
  const renamed = new Map<string, string>();
  for (const name of [...files.keys()].filter((n) => FILTER_FILE.test(n)).sort()) {
    const [lang, oldHash] = name.slice("filter/".length).replace(/\.pf_filter$/u, "").split("_") as [string, string];
    const [filter, values] = unpack<FilterFile>(name, files.get(name)!);
    const data = pack([filter, [...values].sort((a, b) => byText(a[0], b[0]))]);
    const newHash = contentHash(data, 7);
    out.delete(name);
    out.set(`filter/${lang}_${newHash}.pf_filter`, data);
    renamed.set(`${lang}_${oldHash}`, `${lang}_${newHash}`);
  }
  for (const [lang, info] of Object.entries(entry.languages)) {
    const name = `pagefind.${info.hash}.pf_meta`;
    const bytes = files.get(name);
    if (!bytes) throw new Error(`${name}: missing (pagefind-entry.json names it)`);
    const meta = unpack<MetaFile>(name, bytes);
    meta[3] = meta[3].map(([filter, file]) => [filter, renamed.get(file) ?? file] as [string, string]).sort((a, b) => byText(a[0], b[0]));
    const data = pack(meta);
    const newHash = `${lang}_${contentHash(data, 10)}`;
    out.delete(name);
    out.set(`pagefind.${newHash}.pf_meta`, data);
    info.hash = newHash;
  }
  out.set("pagefind-entry.json", Buffer.from(JSON.stringify(entry)));
  return out;
}
