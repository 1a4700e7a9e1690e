import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import { makeProject, ROOT, type Project } from "../helpers/project.js";
import { htmlPages, readPage } from "../helpers/html.js";
import { nameKey } from "../../transforms/entities/normalise.js";
import { loadSiteStore } from "../../transforms/build/site-store.js";
import { markdownDigest } from "../../transforms/render/prerendered.js";
import { articlePageSchema, siteDataSchema } from "../../transforms/eleventy/site-schema.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

function elements(root: Node, pred: (e: Element) => boolean, out: Element[] = []): Element[] {
  if ("tagName" in root && pred(root)) out.push(root);
  if ("childNodes" in root) for (const c of root.childNodes) elements(c, pred, out);
  if ("content" in root && root.content) elements(root.content as Node, pred, out);
  return out;
}
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const text = (n: Node): string => ("value" in n && n.nodeName === "#text" ? n.value : "childNodes" in n ? n.childNodes.map(text).join("") : "");

const HOSTILE = "Hostile {{ 7 * 7 }} headline\n\nQatar said {{ 7 * 7 }} and {% raw %} and <script>alert(1)</script> and {% include 'x' %}.\n";

describe("the sample site, built from a clean copy", () => {
  let project: Project;
  let site: string;
  let build: Awaited<ReturnType<Project["run"]>>;
  const gold = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/seed-entities.json"), "utf8")) as {
    articles: { required: { name: string }[] }[];
  };

  beforeAll(async () => {
    project = makeProject();
    project.write("content/raw/zz-hostile.txt", HOSTILE);
    build = await project.run("build");
    site = path.join(project.dir, "_site");
  });
  afterAll(() => project.cleanup());

  it("hands Eleventy every briefing body already rendered, from the markdown on its page", async () => {
    const store = await loadSiteStore(path.join(project.dir, "content/_dossier"));
    expect(store.articles.length).toBe(6);
    for (const view of store.articles) {
      const md = readFileSync(path.join(project.dir, "content/briefings", `${view.slug}.md`), "utf8");
      const body = md.slice(md.indexOf("\n---\n", 4) + 5);
      expect(view.body?.of, view.slug).toBe(markdownDigest(body));
      // The page shows that HTML: its first paragraph, tags and all.
      // By the name of its cache file, relative to the project the build ran in.
      const pre = view.body!;
      const html = "html" in pre ? pre.html : readFileSync(path.join(project.dir, pre.file), "utf8");
      const first = /<p[^>]*>.*?<\/p>/su.exec(html)![0];
      expect(readFileSync(path.join(site, "briefings", view.slug, "index.html"), "utf8")).toContain(first);
    }
  });

  it("builds, reporting stage counts and a one-line summary", () => {
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/✓ ingest: 6 articles/);
    expect(build.stderr.trim().split("\n").at(-1)).toMatch(/^✓ 6 published, 0 warnings, 0 skipped: 6 briefings and \d+ entity pages(?: and \d+ redirects?)? from content\/raw\/ in _site\/, [\d.]+ s$/);
  });

  it("has the article pages, home, entity index, search page and a Pagefind bundle", () => {
    const pages = htmlPages(site);
    expect(pages.filter((p) => p.startsWith("/briefings/"))).toHaveLength(6);
    for (const p of ["/index.html", "/entities/index.html", "/search/index.html", "/404.html"]) expect(pages).toContain(p);
    expect(existsSync(path.join(site, "pagefind/pagefind.js"))).toBe(true);
  });

  it("has a page for every required entity of every sample article", () => {
    const index = readPage(site, "/entities/");
    const names = new Set(elements(parse(index), (e) => e.tagName === "a" && (attr(e, "href") ?? "").startsWith("/entities/")).map((a) => nameKey(text(a))));
    for (const a of gold.articles) for (const r of a.required) expect(names.has(nameKey(r.name)), r.name).toBe(true);
  });

  it("links each entity once per article (first mention) and every entity link resolves to a page that lists the article back", () => {
    const articles = htmlPages(site).filter((p) => p.startsWith("/briefings/"));
    for (const p of articles) {
      const doc = parse(readPage(site, p));
      const prose = elements(doc, (e) => e.tagName === "div" && attr(e, "class") === "prose")[0]!;
      const links = elements(prose, (e) => e.tagName === "a" && (attr(e, "class") ?? "").includes("entity--first"));
      const ids = links.map((l) => attr(l, "data-entity"));
      expect(new Set(ids).size).toBe(ids.length);
      for (const l of links) {
        const href = attr(l, "href")!;
        const entityPage = readPage(site, href);
        expect(entityPage).toContain(`href="${p.replace("index.html", "")}"`);
      }
      const repeats = elements(prose, (e) => e.tagName === "span" && (attr(e, "class") ?? "").includes("entity--repeat"));
      for (const r of repeats) expect(ids).toContain(attr(r, "data-entity"));
    }
  });

  it("lists related briefings and the entity sidebar on an article", () => {
    const html = readPage(site, htmlPages(site).find((p) => p.includes("gaza-mediators"))!.replace("index.html", ""));
    expect(html).toMatch(/Related briefings/);
    expect(html).toMatch(/shares [A-Z]/);
    expect(html).toMatch(/<h3>People<\/h3>/);
  });

  it("shows an entity's articles newest first with date, title and mention count, and its co-mentions", () => {
    const html = readPage(site, "/entities/qatar/");
    const doc = parse(html);
    const groups = elements(doc, (e) => e.tagName === "section" && attr(e, "class") === "mention-group");
    expect(groups.length).toBeGreaterThanOrEqual(5);
    expect(html).toContain("Mentioned alongside");
    expect(text(groups[0]!)).toMatch(/28 June 2025/);
  });

  it("publishes template and script text from a raw article literally, executing nothing", () => {
    const page = htmlPages(site).find((p) => p.includes("hostile"))!;
    const html = readPage(site, page);
    expect(html).toContain("{{ 7 * 7 }}");
    expect(html).toContain("{% raw %}");
    expect(html).toContain("{% include 'x' %}");
    expect(html).not.toContain(">49<");
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
  });

  it("hands the templates site data that matches the schema they are written against", async () => {
    const store = await loadSiteStore(path.join(project.dir, "content/_dossier"));
    const checked = siteDataSchema.safeParse(store);
    expect(checked.success, checked.error?.message).toBe(true);
    // Every entity page, with its packed and drawn fields, and every briefing page.
    expect(store.entityPages.length).toBeGreaterThan(0);
    expect(store.articles.every((a) => a.body !== undefined)).toBe(true);
    // A renamed field fails, naming it.
    const { summary, ...renamed } = { ...store.articles[0]!, lede: store.articles[0]!.summary };
    expect(summary).toBeTypeOf("string");
    expect(articlePageSchema.safeParse(renamed).error?.issues.map((i) => i.path.join(".") || i.message).join(" ")).toMatch(/summary.*lede|lede.*summary/su);
  });
});
