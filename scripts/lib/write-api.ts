import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { inChunks } from "../../transforms/files.js";
import { API_DIR } from "../../transforms/site/api.js";

/** Writes the API files (transforms/site/api.ts) under `site/api/`, a chunk of files at a time. */
export async function writeApi(site: string, files: ReadonlyMap<string, string>): Promise<number> {
  const root = path.join(site, API_DIR);
  await mkdir(path.join(root, "entities"), { recursive: true });
  await inChunks([...files.entries()], 256, ([rel, body]) => writeFile(path.join(root, rel), body));
  return files.size;
}
