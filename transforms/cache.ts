// The one shape of every cache under `.cache/`: stored files, and a record beside them that says what
// they were made from (a key of inputs), what each file holds (its size and digest) and who wrote it
// (a stamp). The reuse rule: a file is reused only when the record's key is this build's key and the
// file's bytes match its entry. Anything else is a miss, and a damaged file or record is named in one
// warning line; the build then makes the file again, so a damaged cache costs time, never the site.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyReflinked, linkIfAccepted, readLinked } from "./files.js";
import { digest } from "./digest.js";
import { cachesIgnored } from "./config.js";

/** A stored file as the record knows it. */
export type FileEntry = [size: number, digest: string];

/** Who wrote a record: Dossier's version, the versions of any tool whose output is stored, and when. */
export type WrittenBy = { dossier: string; written: string } & Record<string, string>;

export interface CacheRecord<T> {
  key: string;
  stamp: WrittenBy;
  /** Path inside the cache folder, `/`-separated → what it holds. */
  files: Record<string, FileEntry>;
  /** What the cache keeps besides files (a manifest), read only when the key matches. */
  data: T;
}

export interface CacheSpec {
  /** Named in warnings: "ingested files", "analyses", "markdown bodies", "roles and quotes", "rendered pages", "site store", "search index". */
  name: string;
  /** The folder the stored files are in. */
  dir: string;
  /** The record file; `<dir>/record.json` unless the files live where others read them. */
  record?: string;
  /** What the files were made from besides their own inputs: code digests, settings. */
  inputs: readonly string[];
  /** Tools whose output is stored, name → version; part of the key and the stamp. */
  tools?: Readonly<Record<string, string>>;
  /** The names it stores, when `dir` holds other files too (a record missing beside them is reported). */
  only?: readonly string[];
}

/** Digest of a stored file's bytes. */
export const fileDigest = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex").slice(0, 32);

let version: string | undefined;
/** This Dossier's version, from its package.json: a cache written by another is a miss. */
export function dossierVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
  return version;
}

/** What is wrong with `bytes` as the file `entry` describes, or null when nothing is. */
const mismatch = (bytes: Uint8Array, [size, hash]: FileEntry): string | null =>
  bytes.length !== size ? `has ${bytes.length} bytes where its record says ${size}` : fileDigest(bytes) !== hash ? "does not match its record" : null;

/** One line on stderr, for a damaged cache; the build goes on without the damaged part. */
export function cacheWarning(cache: string, file: string, problem: string): void {
  process.stderr.write(`warning: ${cache} cache: ${file} ${problem}\n`);
}

export class FileCache<T> {
  readonly name: string;
  readonly dir: string;
  readonly recordFile: string;
  readonly key: string;
  private readonly tools: Readonly<Record<string, string>>;
  private readonly only: readonly string[] | undefined;
  private known: Record<string, FileEntry> = {};
  /** The entries the next record holds: files this build verified or wrote. */
  private readonly next = new Map<string, FileEntry>();

  constructor(spec: CacheSpec) {
    this.name = spec.name;
    this.dir = spec.dir;
    this.recordFile = spec.record ?? path.join(spec.dir, "record.json");
    this.tools = spec.tools ?? {};
    this.only = spec.only;
    const tools = Object.entries(this.tools).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}@${v}`);
    this.key = digest(spec.name, `dossier@${dossierVersion()}`, ...tools, ...spec.inputs);
  }

  /**
   * Reads the record: its data when it was written under this key, else null (and every file a miss).
   * A record that is there but cannot be read is named in a warning; one under another key is not.
   */
  async open(): Promise<T | null> {
    this.known = {};
    if (cachesIgnored()) return null;
    const text = await readFile(this.recordFile, "utf8").catch((err: NodeJS.ErrnoException) => (err.code === "ENOENT" ? null : ""));
    if (text === null) {
      // Files without a record: it was deleted, or a build stopped between changing files and saving it.
      const names = await readdir(this.dir).catch(() => [] as string[]);
      const stored = names.some((n) => (this.only ? this.only.includes(n) : path.join(this.dir, n) !== this.recordFile));
      if (stored) cacheWarning(this.name, this.recordFile, "is missing; nothing in this cache is reused");
      return null;
    }
    let record: CacheRecord<T> | null = null;
    try {
      record = JSON.parse(text) as CacheRecord<T>;
    } catch {
      // reported below
    }
    if (!record || typeof record !== "object" || typeof record.files !== "object" || record.files === null) {
      cacheWarning(this.name, this.recordFile, "is unreadable; nothing in this cache is reused");
      return null;
    }
    if (record.key !== this.key) return null;
    this.known = record.files;
    return record.data;
  }

  /** Whether the record names `rel`: a later `read` of it either verifies or warns. */
  has(rel: string): boolean {
    return Object.hasOwn(this.known, rel);
  }

  /** Every file the record names. */
  recorded(): string[] {
    return Object.keys(this.known);
  }

  /** Carries every file the record names into the next record, as it is (for a save that changes only the data). */
  retain(): void {
    for (const [rel, e] of Object.entries(this.known)) if (!this.next.has(rel)) this.next.set(rel, e);
  }

  /** The record's entry for `rel`, for a caller that needs its digest without reading the file. */
  entry(rel: string): FileEntry | undefined {
    return this.next.get(rel) ?? (this.has(rel) ? this.known[rel] : undefined);
  }

  /**
   * A stored file's bytes, when the record names it and they match its entry; else null. A named file
   * that is missing, unreadable or changed is a warning, and its entry is dropped.
   */
  async read(rel: string): Promise<Buffer | null> {
    if (!this.has(rel)) return null;
    const entry = this.known[rel]!;
    const file = path.join(this.dir, rel);
    const found = readLinked(file);
    const problem = "error" in found ? (found.error === "ENOENT" ? "is missing" : "is unreadable") : mismatch(found.bytes, entry);
    if (problem !== null) {
      cacheWarning(this.name, file, `${problem}; not reused`);
      delete this.known[rel];
      return null;
    }
    this.next.set(rel, entry);
    return "bytes" in found ? found.bytes : null;
  }

  /**
   * Places a stored file at `to` (a path outside the cache), verified: `previous`, the same file as
   * the last build published it, is linked when its bytes are the record's (see linkIfAccepted);
   * otherwise the cache's own copy is verified and copied (a reflink where the file system has them).
   * Either way `to` shares no inode with the cache. Returns the file's entry, or null on a miss (see
   * `read`). A published file that differs from the record (a deploy step edited it) is no warning:
   * the cache's copy stands in for it.
   */
  async publish(rel: string, to: string, previous?: string): Promise<FileEntry | null> {
    const entry = this.has(rel) ? this.known[rel]! : undefined;
    if (entry && previous && linkIfAccepted(previous, to, (bytes) => mismatch(bytes, entry) === null)) {
      this.next.set(rel, entry);
      return entry;
    }
    const bytes = await this.read(rel);
    if (!bytes) return null;
    copyReflinked(path.join(this.dir, rel), to, bytes);
    return this.next.get(rel)!;
  }

  /** Stores `bytes` as `rel` (written beside and renamed, so no reader sees half) and records it. */
  async write(rel: string, bytes: Uint8Array): Promise<FileEntry> {
    const file = path.join(this.dir, rel);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, bytes);
    } catch (err) {
      // The folder is made only when missing: making it for every file was a large part of storing thousands.
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(tmp, bytes);
    }
    renameSync(tmp, file);
    const entry: FileEntry = [bytes.length, fileDigest(bytes)];
    this.next.set(rel, entry);
    return entry;
  }

  /** Stores a copy of the file `from` as `rel`. */
  async copyIn(from: string, rel: string): Promise<FileEntry> {
    return this.write(rel, readFileSync(from));
  }

  /** Entries verified or written elsewhere (worker threads with their own instance), for the next record. */
  adopt(entries: Readonly<Record<string, FileEntry>>): void {
    for (const [rel, e] of Object.entries(entries)) this.next.set(rel, e);
  }

  /** The entries of this build's files so far. */
  entries(): Record<string, FileEntry> {
    return Object.fromEntries(this.next);
  }

  /** Forgets `rel` and deletes it. */
  async remove(rel: string): Promise<void> {
    this.next.delete(rel);
    delete this.known[rel];
    await rm(path.join(this.dir, rel), { force: true });
  }

  /** Deletes the record, before the files it names are rewritten in place. */
  async invalidate(): Promise<void> {
    await rm(this.recordFile, { force: true });
  }

  /** Writes the record of this build's files, with `data`. Written beside and renamed, so it is whole or absent. */
  async save(data: T): Promise<void> {
    const record: CacheRecord<T> = {
      key: this.key,
      stamp: { ...this.tools, dossier: dossierVersion(), written: new Date().toISOString() },
      files: Object.fromEntries([...this.next].sort(([a], [b]) => (a < b ? -1 : 1))),
      data,
    };
    await mkdir(path.dirname(this.recordFile), { recursive: true });
    const tmp = `${this.recordFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(record));
    await rename(tmp, this.recordFile);
  }
}
