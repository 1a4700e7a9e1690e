// File-system helpers the build's caches share (transforms/cache.ts, the render cache and the
// kept search index). A published file is never the cache's: it is a copy (a reflink where the file
// system has them) or a link to the same file as the last build published it, once verified.
//
// The calls that place thousands of reused files are synchronous: on tmpfs and ext4, reading,
// digesting and writing 23,000 pages took 2.2 s through the thread pool and under 1 s here.
import { closeSync, constants, copyFileSync, fstatSync, linkSync, openSync, readSync, writeFileSync } from "node:fs";
import { copyFile, mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** Whether this file system clones files (btrfs, XFS, APFS…): learnt from the first copy, then assumed. */
let reflinks: boolean | undefined;

/**
 * Copies `from` to `to` (whose folder must exist) as a reflink where the file system has them: no
 * bytes are copied until one side is written. Elsewhere `bytes`, the caller's verified read of
 * `from`, are written, so the file is read once.
 */
export function copyReflinked(from: string, to: string, bytes: Uint8Array): void {
  if (reflinks !== false) {
    try {
      copyFileSync(from, to, constants.COPYFILE_FICLONE_FORCE);
      reflinks = true;
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Only "cannot clone here" means no reflinks; any other error is the copy's own.
      if (code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV" && code !== "EINVAL" && code !== "ENOSYS" && code !== "ENOTTY") throw err;
      reflinks = false;
    }
  }
  writeFileSync(to, bytes);
}

/**
 * A file's bytes and how many names it has, or the error code when it cannot be read. With `scratch`,
 * the bytes are read into it when they fit, and are valid only until its next use: fresh memory for
 * each of 23,000 pages was half of placing them.
 */
export function readLinked(file: string, scratch?: Buffer): { bytes: Buffer; links: number } | { error: string } {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code ?? "EIO" };
  }
  try {
    const { size, nlink } = fstatSync(fd);
    // One byte more than the size says, so a file that grew since is read whole enough to tell.
    const bytes = scratch && scratch.length > size ? scratch.subarray(0, size + 1) : Buffer.allocUnsafe(size + 1);
    let read = 0;
    let n: number;
    do {
      n = readSync(fd, bytes, read, bytes.length - read, read);
      read += n;
    } while (n > 0 && read < bytes.length);
    return { bytes: bytes.subarray(0, read), links: nlink };
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code ?? "EIO" };
  } finally {
    closeSync(fd);
  }
}

/** Where linkIfAccepted reads: a page of up to 1 MB needs no memory of its own. */
const linkScratch = Buffer.allocUnsafe(1 << 20);

/**
 * Links `to` to `from` when `from` has no other name and `accept` takes its bytes: a page the last
 * build published, unchanged since, is placed without copying it. Returns whether it linked. A file
 * with another name (a hard link someone made, or a site whose removal has not finished) is left alone,
 * so that the new site shares its files with nothing but the site it replaces.
 */
export function linkIfAccepted(from: string, to: string, accept: (bytes: Buffer) => boolean): boolean {
  // `accept` sees the bytes only while it runs, so they can be read into one reused buffer.
  const found = readLinked(from, linkScratch);
  if ("error" in found || found.links !== 1 || !accept(found.bytes)) return false;
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/** A copy of `from` at `to` (a reflink where the file system has them), making `to`'s folder first. */
export async function place(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await copyFile(from, to, constants.COPYFILE_FICLONE);
}

/** Runs `each` over `items`, `size` at a time: file calls overlap without opening thousands at once. */
export async function inChunks<T>(items: readonly T[], size: number, each: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
}

/** A JSON file's value, or null when it is missing or unreadable: for caches, which are rebuilt then. */
export async function readJsonOrNull<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return null;
  }
}

/**
 * Writes `content` unless the file already holds exactly it (`known`: its bytes, when the caller has
 * read them), so watchers only see real changes. Written beside and renamed, so no reader sees half.
 */
export async function writeIfChanged(file: string, content: string | Buffer, known?: Buffer | null): Promise<boolean> {
  const old = known ?? (await readFile(file).catch(() => null));
  if (old && old.equals(typeof content === "string" ? Buffer.from(content) : content)) return false;
  await writeFile(`${file}.tmp`, content);
  await rename(`${file}.tmp`, file);
  return true;
}

/** A file's size and modification time. The same stamp later means nothing wrote it since, as make and git judge. */
export type Stamp = [size: number, mtimeMs: number];

export async function stampOf(file: string): Promise<Stamp | null> {
  const s = await stat(file).catch(() => null);
  return s && [s.size, s.mtimeMs];
}

export const sameStamp = (a: Stamp | null | undefined, b: Stamp | null | undefined): boolean => !!a && !!b && a[0] === b[0] && a[1] === b[1];
