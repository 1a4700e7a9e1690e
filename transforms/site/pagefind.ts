import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { stabilisePagefind } from "./pagefind-stable.js";

/**
 * Indexes a built site folder with Pagefind into `<dir>/pagefind`. Returns the number of pages indexed.
 * Pages are added one by one in path order rather than with `addDirectory`, which numbers pages in
 * the order the file system lists them: a build that reuses unchanged pages creates its files in a
 * different order than a cold build, and the index must not differ for that.
 */
export async function indexSite(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".html") && !f.split(path.sep).includes("pagefind")).sort();
    let next = files[0] === undefined ? null : readFile(path.join(dir, files[0]), "utf8");
    for (let i = 0; i < files.length; i++) {
      const content = await next!;
      // Read the next page while Pagefind parses this one.
      next = i + 1 < files.length ? readFile(path.join(dir, files[i + 1]!), "utf8") : null;
      const added = await index.addHTMLFile({ sourcePath: files[i]!.split(path.sep).join("/"), content });
      if (added.errors.length) throw new Error(`pagefind: ${files[i]}: ${added.errors.join("; ")}`);
    }
    // The bundle is taken in memory and written here: with `writeFiles`, a build under load once read
    // pagefind-entry.json before Pagefind had finished writing it.
    const bundle = await index.getFiles();
    if (bundle.errors.length) throw new Error(`pagefind: ${bundle.errors.join("; ")}`);
    const out = path.join(dir, "pagefind");
    for (const f of bundle.files) {
      await mkdir(path.dirname(path.join(out, f.path)), { recursive: true });
      await writeFile(path.join(out, f.path), f.content);
    }
    stabilisePagefind(out);
    return files.length;
  } finally {
    await pagefind.close();
  }
}
