import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { decode, encode } from "cborg";

// Pagefind's files are gzip-compressed CBOR behind this signature.
const SIGNATURE = Buffer.from("pagefind_dcd");

type FilterFile = [string, [string, number[]][]];
type MetaFile = [string, unknown, unknown, [string, string][], ...unknown[]];
/** A Pagefind bundle in memory: path inside `pagefind/` → bytes. */
export type BundleFiles = Map<string, Uint8Array>;

function unpack<T>(name: string, bytes: Uint8Array): T {
  const raw = gunzipSync(bytes);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${name}: not a Pagefind data file`);
  return decode(raw.subarray(SIGNATURE.length)) as T;
}

function pack(value: unknown): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, encode(value)]), { level: 9 });
}

const hash = (data: Buffer, length: number) => createHash("sha256").update(data).digest("hex").slice(0, length);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Pagefind 1.5 writes its filter indexes in hash-map order, so two builds of the same site differ
 * there (upstream only made fragments stable). This sorts filter values and the filter list, then
 * renames the files by their new content hash and points the metadata and entry file at them, so the
 * whole bundle is byte-for-byte reproducible. The search results are unchanged. It works on the
 * bundle in memory (Pagefind's `getFiles`), before anything is on disk: reading files Pagefind had
 * just written sometimes found its entry file still empty on a busy machine.
 */
export function stabilisePagefind(files: BundleFiles): BundleFiles {
  const out = new Map(files);
  const entryBytes = files.get("pagefind-entry.json");
  if (!entryBytes) throw new Error("the Pagefind bundle has no pagefind-entry.json");
  const entry = JSON.parse(Buffer.from(entryBytes).toString("utf8")) as { languages: Record<string, { hash: string }> };
  const renamed = new Map<string, string>();
  for (const name of [...files.keys()].filter((n) => /^filter\/[^/]+\.pf_filter$/u.test(n)).sort()) {
    const [lang, oldHash] = name.slice("filter/".length).replace(/\.pf_filter$/u, "").split("_") as [string, string];
    const [filter, values] = unpack<FilterFile>(name, files.get(name)!);
    const data = pack([filter, [...values].sort((a, b) => byText(a[0], b[0]))]);
    const newHash = hash(data, 7);
    out.delete(name);
    out.set(`filter/${lang}_${newHash}.pf_filter`, data);
    renamed.set(`${lang}_${oldHash}`, `${lang}_${newHash}`);
  }
  for (const [lang, info] of Object.entries(entry.languages)) {
    const name = `pagefind.${info.hash}.pf_meta`;
    const bytes = files.get(name);
    if (!bytes) throw new Error(`the Pagefind bundle has no ${name}`);
    const meta = unpack<MetaFile>(name, bytes);
    meta[3] = meta[3].map(([filter, file]) => [filter, renamed.get(file) ?? file] as [string, string]).sort((a, b) => byText(a[0], b[0]));
    const data = pack(meta);
    const newHash = `${lang}_${hash(data, 10)}`;
    out.delete(name);
    out.set(`pagefind.${newHash}.pf_meta`, data);
    info.hash = newHash;
  }
  out.set("pagefind-entry.json", Buffer.from(JSON.stringify(entry)));
  return out;
}
