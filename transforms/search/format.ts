// Pagefind 1.5's bundle files: JSON for the entry file and fragments, gzip-compressed CBOR behind a
// signature for the metadata, word index chunks and filter indexes. The shapes below are the ones
// its search code decodes (pagefind_web/src/metadata.rs, index.rs, filter_index.rs).
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gunzip, gzip, gunzipSync, gzipSync } from "node:zlib";
import { decode, encode } from "cborg";

const SIGNATURE = Buffer.from("pagefind_dcd");

/** A Pagefind bundle in memory: path inside the bundle folder → bytes. */
export type BundleFiles = Map<string, Uint8Array>;

export interface EntryFile {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}
/** [filter name, [value, page numbers][]] */
export type FilterFile = [string, [string, number[]][]];
/** [page fragment hash, word count] */
export type MetaPage = [string, number];
/** [first word, last word, chunk hash]: the words as trimmed prefixes (see chunkRanges) */
export type MetaChunk = [string, string, string];
/** [version, pages, index chunks, [filter, file hash][], [sort key, page numbers in order][], meta fields] */
export type MetaFile = [string, MetaPage[], MetaChunk[], [string, string][], [string, number[]][], string[]];

function unsigned(name: string, raw: Buffer): Buffer {
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${name}: not a Pagefind data file (no signature)`);
  return raw.subarray(SIGNATURE.length);
}

const unreadable = (name: string, bytes: Uint8Array, err: unknown) =>
  new Error(`${name}: not a Pagefind data file (${bytes.length === 0 ? "empty" : err instanceof Error ? err.message : String(err)})`);

/** The uncompressed CBOR of a Pagefind data file; `name` is only for the error. */
export function inflate(name: string, bytes: Uint8Array): Buffer {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch (err) {
    throw unreadable(name, bytes, err);
  }
  return unsigned(name, raw);
}

const gunzipAsync = promisify(gunzip);

/** `inflate` on libuv's thread pool, so that many files decompress on several cores. */
export async function inflateAsync(name: string, bytes: Uint8Array): Promise<Buffer> {
  let raw: Buffer;
  try {
    raw = await gunzipAsync(bytes);
  } catch (err) {
    throw unreadable(name, bytes, err);
  }
  return unsigned(name, raw);
}

export function unpack<T>(name: string, bytes: Uint8Array): T {
  return decode(inflate(name, bytes)) as T;
}

/** Compresses CBOR bytes as a Pagefind data file. zlib's output is a function of input and level. */
export function deflate(cbor: Uint8Array, level = 9): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, cbor]), { level });
}

const gzipAsync = promisify(gzip);

/** `deflate` on libuv's thread pool, so that many files compress on several cores. */
export async function deflateAsync(cbor: Uint8Array, level = 6): Promise<Buffer> {
  return gzipAsync(Buffer.concat([SIGNATURE, cbor]), { level });
}

export function pack(value: unknown, level = 9): Buffer {
  return deflate(encode(value), level);
}

export function parseEntry(bytes: Uint8Array | undefined): EntryFile {
  if (!bytes) throw new Error("pagefind-entry.json: missing");
  if (bytes.length === 0) throw new Error("pagefind-entry.json: empty");
  try {
    return JSON.parse(Buffer.from(bytes).toString("utf8")) as EntryFile;
  } catch (err) {
    throw new Error(`pagefind-entry.json: not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

export const contentHash = (data: Uint8Array, length: number) => createHash("sha256").update(data).digest("hex").slice(0, length);

/** Pagefind orders strings by their UTF-8 bytes (Rust's `str` order); JavaScript's `<` compares UTF-16 units. */
export function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
