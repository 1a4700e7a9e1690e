import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { stabilisePagefind } from "./pagefind-stable.js";

/** Indexes a built site folder with Pagefind into `<dir>/pagefind`. Returns the number of pages indexed. */
export async function indexSite(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  let files;
  let pages: number;
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    pages = added.page_count;
    const bundle = await index.getFiles();
    if (bundle.errors.length) throw new Error(`pagefind: ${bundle.errors.join("; ")}`);
    files = stabilisePagefind(new Map(bundle.files.map((f) => [f.path, f.content])));
  } finally {
    await pagefind.close();
  }
  // The bundle is written here, whole, once Pagefind is done: nothing half-written is ever read back.
  const out = path.join(dir, "pagefind");
  for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = path.join(out, name);
    if (!file.startsWith(`${out}${path.sep}`)) throw new Error(`pagefind: refusing to write ${name} outside ${out}`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return pages;
}
