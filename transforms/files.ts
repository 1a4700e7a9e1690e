// File-system helpers the build's caches share (transforms/cache.ts, the render cache and the
// kept search index). Files are copied, never hard-linked: a published file must not be the cache's.
import { constants } from "node:fs";
import { copyFile, mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** Whether this file system clones files (btrfs, XFS, APFS…): learnt from the first copy, then assumed. */
let reflinks: boolean | undefined;

/**
 * Copies `from` to `to` (whose folder must exist) as a reflink where the file system has them: no
 * bytes are copied until one side is written. Elsewhere `bytes`, the caller's verified read of
 * `from`, are written, so the file is read once.
 */
export async function copyReflinked(from: string, to: string, bytes: Uint8Array): Promise<void> {
  if (reflinks !== false) {
    try {
      await copyFile(from, to, constants.COPYFILE_FICLONE_FORCE);
      reflinks = true;
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Only "cannot clone here" means no reflinks; any other error is the copy's own.
      if (code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV" && code !== "EINVAL" && code !== "ENOSYS" && code !== "ENOTTY") throw err;
      reflinks = false;
    }
  }
  await writeFile(to, bytes);
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
