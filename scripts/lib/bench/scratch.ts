import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { settings } from "../../../transforms/config.js";

/** What a Dossier build needs from the project; content/raw comes from the benchmark corpus instead. */
const PROJECT_FILES = ["package.json", "eleventy.config.ts", "tsconfig.json", "layouts", "transforms", "scripts", "models", "content/pages", "content/entities"];

/** tmpfs when there is one: disk timings here vary 2–5× from run to run, memory does not. */
export function scratchRoot(): string {
  return settings().bench.tmp ?? (existsSync("/dev/shm") ? "/dev/shm" : tmpdir());
}

export async function makeScratch(prefix: string): Promise<string> {
  const root = scratchRoot();
  await mkdir(root, { recursive: true });
  return mkdtemp(path.join(root, `dossier-bench-${prefix}-`));
}

/** A copy of the Dossier project (node_modules linked) with `raw` as its articles. */
export async function dossierProject(projectRoot: string, raw: string): Promise<string> {
  const dir = await makeScratch("dossier");
  for (const rel of PROJECT_FILES) {
    if (existsSync(path.join(projectRoot, rel))) await cp(path.join(projectRoot, rel), path.join(dir, rel), { recursive: true });
  }
  await symlink(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  await cp(raw, path.join(dir, "content/raw"), { recursive: true });
  // The bench site has never been published: the sample site's record of published ids would only
  // add redirect pages for sample entities the corpus lacks.
  await rm(path.join(dir, "content/entities/_published.txt"), { force: true });
  return dir;
}

/** Every `index.html`-style page under a built site, counted by folder (`entities/` separately). */
export async function countPages(site: string): Promise<{ pages: number; entityPages: number }> {
  const files = await readdir(site, { recursive: true });
  const html = files.filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"));
  return { pages: html.length, entityPages: html.filter((f) => /^entities\/[^/]+\/index\.html$/.test(f)).length };
}

export async function removeScratch(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
