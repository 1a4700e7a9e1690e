import * as pagefind from "pagefind";
import { stabilisePagefind } from "./pagefind-stable.js";

/** Indexes a built site folder with Pagefind into `<dir>/pagefind`. Returns the number of pages indexed. */
export async function indexSite(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    stabilisePagefind(`${dir}/pagefind`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
