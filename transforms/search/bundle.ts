// Reading a Pagefind bundle on disk, for the pure transforms that work on its bytes.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseEntry, type BundleFiles, type EntryFile } from "./format.js";

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

export async function readEntry(dir: string): Promise<EntryFile> {
  const files = await readBundleFiles(dir, ["pagefind-entry.json"]);
  try {
    return parseEntry(files.get("pagefind-entry.json"));
  } catch (err) {
    throw new Error(`${dir}/${err instanceof Error ? err.message : String(err)}`);
  }
}
