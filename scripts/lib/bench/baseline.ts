// The yardsticks: plain Eleventy (markdown-it, one layout, no annotation) plus Pagefind, built the
// same way in a scratch folder. One builds the article pages only; the other builds the same pages
// Dossier built: every article, and one page per entity page listing that entity's articles, from a
// data file, as an Eleventy site builds tag pages.
import { cp, mkdir, readFile, readdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { makeScratch } from "./scratch.js";

const CONFIG = `export default function (config) {
  config.setQuietMode(true);
  return { dir: { input: "src", includes: "_includes" }, templateFormats: ["md", "njk"], markdownTemplateEngine: false };
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

const ENTITY_PAGE = `---
layout: entity.njk
pagination: { data: entities, size: 1, alias: entity }
permalink: "entities/{{ entity.id }}/"
eleventyComputed: { title: "{{ entity.name }}" }
---
<h1>{{ entity.name }}</h1>
<p>{{ entity.type }}</p>
<ul>{% for a in entity.articles %}<li><a href="{{ a.url }}">{{ a.title }}</a> <time>{{ a.date }}</time></li>{% endfor %}</ul>
`;

const ENTITY_LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main>{{ content | safe }}</main></body>
</html>
`;

interface EntityListing {
  id: string;
  name: string;
  type: string;
  articles: { title: string; date: string; url: string }[];
}

/** The entity pages a built Dossier site has, read from its public `api/entities/<id>.json` files. */
async function entityListings(site: string): Promise<EntityListing[]> {
  const dir = path.join(site, "api/entities");
  const out: EntityListing[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(".json")).sort()) {
    const e = JSON.parse(await readFile(path.join(dir, name), "utf8")) as EntityListing;
    out.push({ id: e.id, name: e.name, type: e.type, articles: e.articles.map(({ title, date, url }) => ({ title, date, url })) });
  }
  return out;
}

/** The baseline with Dossier's pages: the article pages plus one listing page per entity page of `dossierSite`. */
export async function samePagesProject(projectRoot: string, raw: string, dossierSite: string): Promise<string> {
  const dir = await baselineProject(projectRoot, raw, "same-pages");
  await mkdir(path.join(dir, "src/_data"), { recursive: true });
  await writeFile(path.join(dir, "src/_data/entities.json"), JSON.stringify(await entityListings(dossierSite)));
  await writeFile(path.join(dir, "src/_includes/entity.njk"), ENTITY_LAYOUT);
  await writeFile(path.join(dir, "src/entities.njk"), ENTITY_PAGE);
  return dir;
}

/** A scratch project holding the baseline site's sources; run `node build.mjs` in it. */
export async function baselineProject(projectRoot: string, raw: string, name = "baseline"): Promise<string> {
  const dir = await makeScratch(name);
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
