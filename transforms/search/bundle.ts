// Reading and rewriting a Pagefind bundle on disk, for the pure transforms that work on its bytes.
import { readFile, readdir, rm, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { parseEntry, type BundleFiles, type EntryFile } from "./format.js";
import { FILTER_FILE, stabilisePagefind } from "./stable.js";

/** Reads `names` (paths inside the bundle folder `dir`); a file that is missing or unreadable throws, naming it. */
export async function readBundleFiles(dir: string, names: readonly string[]): Promise<BundleFiles> {
  const out: BundleFiles = new Map();
  for (const name of names) {
    try {
      out.set(name, await readFile(path.join(dir, name)));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new Error(`${path.join(dir, name)}: ${code === "ENOENT" ? "missing" : err instanceof Error ? err.message : String(err)}`);
    }
  }
  return out;
}

async function listFolder(dir: string, sub: string): Promise<string[]> {
  try {
    return (await readdir(path.join(dir, sub))).map((n) => `${sub}/${n}`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
}

export async function readEntry(dir: string): Promise<EntryFile> {
  const files = await readBundleFiles(dir, ["pagefind-entry.json"]);
  try {
    return parseEntry(files.get("pagefind-entry.json"));
  } catch (err) {
    throw new Error(`${dir}/${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Writes `next` over the bundle in `dir` that held `previous`: files that are new or changed, the
 * entry file last (it names the rest), then removes the files `next` dropped.
 */
export async function applyBundleFiles(dir: string, previous: BundleFiles, next: BundleFiles): Promise<void> {
  const names = [...next.keys()].filter((n) => n !== "pagefind-entry.json").sort();
  for (const name of [...names, ...(next.has("pagefind-entry.json") ? ["pagefind-entry.json"] : [])]) {
    const bytes = next.get(name)!;
    const old = previous.get(name);
    if (old && Buffer.from(old).equals(bytes)) continue;
    const file = path.join(dir, name);
    if (!file.startsWith(`${dir}${path.sep}`)) throw new Error(`refusing to write ${name} outside ${dir}`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
  for (const name of previous.keys()) if (!next.has(name)) await rm(path.join(dir, name));
}

/** Makes the bundle Pagefind wrote in `dir` reproducible (see stabilisePagefind); returns its entry file. */
export async function stabiliseBundle(dir: string): Promise<EntryFile> {
  const entry = await readEntry(dir);
  const metas = Object.values(entry.languages).map((l) => `pagefind.${l.hash}.pf_meta`);
  const filters = (await listFolder(dir, "filter")).filter((n) => FILTER_FILE.test(n));
  const files = await readBundleFiles(dir, ["pagefind-entry.json", ...metas, ...filters]);
  let next: BundleFiles;
  try {
    next = stabilisePagefind(files);
  } catch (err) {
    throw new Error(`${dir}/${err instanceof Error ? err.message : String(err)}`);
  }
  await applyBundleFiles(dir, files, next);
  return parseEntry(next.get("pagefind-entry.json"));
}
