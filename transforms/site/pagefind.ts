import { mkdir, readdir, rename, rmdir } from "node:fs/promises";
import path from "node:path";
import { stabiliseBundle } from "./pagefind-bundle.js";
import { runPagefind } from "./pagefind-cli.js";

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Pagefind numbers pages in the order its directory walk meets them, which is the order the file
 * system lists entries, and on tmpfs and small ext4 folders that is the order they were created. A
 * build that reuses unchanged pages creates them in another order than a cold build, and the index
 * must not differ for that; so each folder holding more than one page or subfolder has its entries
 * moved out and back in name order (renames only; the folder itself stays, a dev server may serve it).
 */
async function orderByName(dir: string): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort(byName);
  const subdirs = entries.filter((e) => e.isDirectory() && e.name !== "pagefind");
  if (subdirs.length + entries.filter((e) => e.name.endsWith(".html")).length > 1) {
    const aside = `${dir.replace(/\/+$/u, "")}.order-${process.pid}`;
    await mkdir(aside);
    for (const e of entries) await rename(path.join(dir, e.name), path.join(aside, e.name));
    for (const e of entries) await rename(path.join(aside, e.name), path.join(dir, e.name));
    await rmdir(aside);
  }
  for (const d of subdirs) await orderByName(path.join(dir, d.name));
}

/** Indexes a built site folder with Pagefind into `<dir>/pagefind`. Returns the number of pages indexed. */
export async function indexSite(dir: string): Promise<number> {
  const root = path.resolve(dir);
  await orderByName(root);
  const out = path.join(root, "pagefind");
  await runPagefind(root, out);
  const entry = await stabiliseBundle(out);
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}
