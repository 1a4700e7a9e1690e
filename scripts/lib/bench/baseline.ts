// The yardstick: plain Eleventy (markdown-it, one layout, no annotation, no entity pages) plus
// Pagefind over the same article texts, built the same way in a scratch folder.
import { cp, mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { makeScratch } from "./scratch.js";

const CONFIG = `export default function (config) {
  config.setQuietMode(true);
  return { dir: { input: "src", includes: "_includes" }, templateFormats: ["md"], markdownTemplateEngine: false };
}
`;

const LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body>
</html>
`;

// Runs in the scratch folder with plain node, so the baseline pays no TypeScript loader.
const BUILD = `import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
const t0 = performance.now();
await new Eleventy("src", "_site", { configPath: "eleventy.config.mjs", quietMode: true }).write();
const t1 = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(errors.join("; "));
const added = await index.addDirectory({ path: "_site" });
await index.writeFiles({ outputPath: "_site/pagefind" });
await pagefind.close();
const t2 = performance.now();
console.log(JSON.stringify({ eleventy: (t1 - t0) / 1000, pagefind: (t2 - t1) / 1000, pages: added.page_count }));
`;

/** A scratch project holding the baseline site's sources; run `node build.mjs` in it. */
export async function baselineProject(projectRoot: string, raw: string): Promise<string> {
  const dir = await makeScratch("baseline");
  await symlink(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  await mkdir(path.join(dir, "src/_includes"), { recursive: true });
  await mkdir(path.join(dir, "src/articles"), { recursive: true });
  await writeFile(path.join(dir, "eleventy.config.mjs"), CONFIG);
  await writeFile(path.join(dir, "build.mjs"), BUILD);
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  await writeFile(path.join(dir, "src/_includes/article.njk"), LAYOUT);
  await writeFile(path.join(dir, "src/articles/articles.json"), JSON.stringify({ layout: "article.njk" }));
  // The benchmark's raw articles carry YAML front matter, so they are already valid markdown pages.
  for (const name of await readdir(raw)) {
    if (name.endsWith(".txt")) await cp(path.join(raw, name), path.join(dir, "src/articles", name.replace(/\.txt$/, ".md")));
  }
  return dir;
}
