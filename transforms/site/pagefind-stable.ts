import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { decode, encode } from "cborg";

// Pagefind's files are gzip-compressed CBOR behind this signature.
const SIGNATURE = Buffer.from("pagefind_dcd");

type FilterFile = [string, [string, number[]][]];
type MetaFile = [string, unknown, unknown, [string, string][], ...unknown[]];

function read<T>(file: string): T {
  const raw = gunzipSync(readFileSync(file));
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${file}: not a Pagefind data file`);
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
 * whole bundle is byte-for-byte reproducible. The search results are unchanged.
 */
export function stabilisePagefind(bundle: string): void {
  const entryFile = path.join(bundle, "pagefind-entry.json");
  const entry = JSON.parse(readFileSync(entryFile, "utf8")) as { languages: Record<string, { hash: string }> };
  const renamed = new Map<string, string>();
  const filterDir = path.join(bundle, "filter");
  // A site without filter values (no sources, no dates) gets no filter folder at all.
  const filterNames = existsSync(filterDir) ? readdirSync(filterDir).sort() : [];
  for (const name of filterNames) {
    const [lang, oldHash] = name.replace(/\.pf_filter$/, "").split("_") as [string, string];
    const [filter, values] = read<FilterFile>(path.join(filterDir, name));
    const data = pack([filter, [...values].sort((a, b) => byText(a[0], b[0]))]);
    const newHash = hash(data, 7);
    rmSync(path.join(filterDir, name));
    writeFileSync(path.join(filterDir, `${lang}_${newHash}.pf_filter`), data);
    renamed.set(`${lang}_${oldHash}`, `${lang}_${newHash}`);
  }
  for (const [lang, info] of Object.entries(entry.languages)) {
    const metaFile = path.join(bundle, `pagefind.${info.hash}.pf_meta`);
    const meta = read<MetaFile>(metaFile);
    meta[3] = meta[3].map(([filter, file]) => [filter, renamed.get(file) ?? file] as [string, string]).sort((a, b) => byText(a[0], b[0]));
    const data = pack(meta);
    const newHash = `${lang}_${hash(data, 10)}`;
    rmSync(metaFile);
    writeFileSync(path.join(bundle, `pagefind.${newHash}.pf_meta`), data);
    info.hash = newHash;
  }
  const tmp = `${entryFile}.tmp`;
  writeFileSync(tmp, JSON.stringify(entry));
  renameSync(tmp, entryFile);
}
