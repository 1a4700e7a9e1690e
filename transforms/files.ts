// File-system helpers the build's caches share: the render cache (scripts/lib/render-site.ts) and
// the kept search index (transforms/search/) both place many files by hard link.
import { copyFile, link, mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** Hard link, or a copy where the two folders are on different file systems. `to`'s folder must exist. */
export function linkOrCopy(from: string, to: string): Promise<void> {
  return link(from, to).catch(() => copyFile(from, to));
}

/** `linkOrCopy`, making `to`'s folder first. */
export async function place(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await linkOrCopy(from, to);
}

/**
 * `place` for many files: each target folder is made once, then the files linked. Making the folder
 * again for every file would be most of placing the 30,000 unchanged pages of a 5,000-article site.
 */
export async function placeAll(from: string, to: string, files: readonly string[]): Promise<void> {
  const folders = [...new Set(files.map((f) => path.dirname(path.join(to, f))))].sort();
  await inChunks(folders, 256, (d) => mkdir(d, { recursive: true }));
  await inChunks(files, 256, (f) => linkOrCopy(path.join(from, f), path.join(to, f)));
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
