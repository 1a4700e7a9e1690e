// A desk's own site, built from test/fixtures/desk-site: its settings and every front matter key,
// as readers, feed readers and crawlers see them.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { DomUtils } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { all, buildDeskSite, html, parseXml, read, text, type BuiltSite } from "../quality/site.js";
import { makeProject } from "../helpers/project.js";
import { searchSite } from "../helpers/search.js";

const ARTICLE = "/briefings/council-approves-the-new-harbour-wall/";
const attr = (doc: ReturnType<typeof html>, selector: (e: { name: string; attribs: Record<string, string> }) => boolean, name: string) =>
  all(doc, selector).map((e) => e.attribs[name]);
const meta = (doc: ReturnType<typeof html>, key: string) => attr(doc, (e) => e.name === "meta" && (e.attribs.property === key || e.attribs.name === key), "content");

describe("a desk's site: content/site.yml and the desk's front matter keys", () => {
  let site: BuiltSite & { stderr: string };
  beforeAll(async () => {
    site = await buildDeskSite();
  });
  afterAll(() => site?.project.cleanup());

  it("names the site, its language and locale on every page and in the feeds", () => {
    for (const p of ["/", ARTICLE, "/authors/ana-perez/", "/sections/politics/", "/search/"]) {
      const doc = html(read(site.dir, p));
      expect(attr(doc, (e) => e.name === "html", "lang"), p).toEqual(["pt-PT"]);
      expect(meta(doc, "og:locale"), p).toEqual(["pt_PT"]);
      expect(meta(doc, "og:site_name"), p).toEqual(["Harbour Desk"]);
    }
    expect(read(site.dir, "/feed.xml")).toContain('xml:lang="pt-PT"');
    expect(JSON.parse(read(site.dir, "/feed.json")).language).toBe("pt-PT");
    // Dates in words follow the language.
    expect(read(site.dir, ARTICLE)).toContain("4 de março de 2025");
  });

  it("shows the logo, the navigation and the footer from site.yml", () => {
    const doc = html(read(site.dir, "/"));
    const logo = all(doc, (e) => e.name === "img" && (e.attribs.class ?? "").includes("logo"))[0]!;
    expect(logo.attribs).toMatchObject({ width: "40", height: "40", alt: "" });
    expect(existsSync(path.join(site.dir, logo.attribs.src!))).toBe(true);
    const nav = all(doc, (e) => e.name === "nav" && e.attribs["aria-label"] === "Site")[0]!;
    expect(all(html(DomUtils.getOuterHTML(nav)), (e) => e.name === "a").map((a) => [text(a), a.attribs.href])).toEqual([
      ["Briefings", "/"],
      ["Archive", "/archive/"],
      ["Entities", "/entities/"],
      ["Politics", "/sections/politics/"],
      ["About us", "/archive/"],
    ]);
    expect(read(site.dir, "/")).toContain("Harbour Desk is written by the newsroom of the Harbour Gazette.");
  });

  it("prints bylines with links to author pages, escaping names that look like templates or markup", () => {
    const page = read(site.dir, ARTICLE);
    const doc = html(page);
    const byline = all(doc, (e) => e.name === "a" && e.attribs.rel === "author");
    expect(byline.map((a) => [text(a), a.attribs.href])).toEqual([
      ["Ana Pérez", "/authors/ana-perez/"],
      ["Jo {{ 7*7 }} ‹b›Smith‹/b›", "/authors/jo-7-7-b-smith-b/"],
    ]);
    expect(page).not.toContain("<b>Smith");
    expect(page).not.toMatch(/Jo 49/u);
  });

  it("gives each author and section a page listing its briefings, and an Atom feed", () => {
    const author = html(read(site.dir, "/authors/ana-perez/"));
    expect(all(author, (e) => e.name === "h1").map(text)).toEqual(["Ana Pérez"]);
    expect(all(author, (e) => e.name === "h2").map(text)).toEqual(["Council approves the new harbour wall", "Fish market reopens after repairs", "Rowing club wins the harbour race"]);
    // Thumbnails: the first entries load with the page, those further down only when scrolled near.
    expect(all(author, (e) => e.name === "img" && (e.parent as { attribs?: Record<string, string> }).attribs?.class === "thumb").map((i) => i.attribs.loading)).toEqual(["eager", "eager", "lazy"]);
    const section = html(read(site.dir, "/sections/politics/"));
    // The ferry article's byline was a bad value, but its section still counts.
    expect(all(section, (e) => e.name === "h2").map(text)).toEqual(["Council approves the new harbour wall", "Winter ferry timetable published"]);
    expect(existsSync(path.join(site.dir, "sections/business-and-economy/index.html"))).toBe(true);
    for (const feed of ["/authors/ana-perez/feed.xml", "/sections/politics/feed.xml"]) {
      const atom = parseXml(read(site.dir, feed)) as { feed: { "@xml:lang": string; entry: { link: { "@href": string }[] }[] } };
      expect(atom.feed["@xml:lang"]).toBe("pt-PT");
      expect(atom.feed.entry[0]!.link[0]!["@href"]).toBe(`https://news.example.org${ARTICLE}`);
    }
    const sitemap = read(site.dir, "/sitemap.xml");
    expect(sitemap).toContain("https://news.example.org/authors/ana-perez/");
    expect(sitemap).toContain("https://news.example.org/sections/politics/");
  });

  it("renders the lead image in AVIF, WebP and JPEG with its size, and offers it as og:image and JSON-LD image", async () => {
    const doc = html(read(site.dir, ARTICLE));
    const img = all(doc, (e) => e.name === "img" && e.parent !== null && (e.parent as { name?: string }).name === "picture")[0]!;
    expect(img.attribs).toMatchObject({ width: "1440", height: "810", alt: "The harbour at dawn, with the old sea wall in the foreground." });
    expect(img.attribs.loading).toBeUndefined();
    const types = attr(doc, (e) => e.name === "source", "type");
    expect(types).toEqual(["image/avif", "image/webp"]);
    for (const srcset of [...attr(doc, (e) => e.name === "source", "srcset"), img.attribs.srcset].map(String)) {
      for (const candidate of srcset.split(", ")) {
        const file = path.join(site.dir, candidate.split(" ")[0]!);
        const { format, width } = await sharp(file).metadata();
        expect(candidate).toMatch(new RegExp(` ${width}w$`, "u"));
        expect(["heif", "webp", "jpeg"]).toContain(format);
      }
    }
    const og = meta(doc, "og:image")[0]!;
    expect(og).toMatch(/^https:\/\/news\.example\.org\/img\/.+-1440\.jpeg$/u);
    expect(meta(doc, "twitter:image")).toEqual([og]);
    expect(meta(doc, "twitter:card")).toEqual(["summary_large_image"]);
    const ld = JSON.parse(all(doc, (e) => e.name === "script" && e.attribs.type === "application/ld+json").map((s) => text(s))[0]!);
    expect(ld.image).toEqual({ "@type": "ImageObject", url: og, width: 1440, height: 810 });
    expect(ld.author).toEqual([
      { "@type": "Person", name: "Ana Pérez", url: "https://news.example.org/authors/ana-perez/" },
      { "@type": "Person", name: "Jo {{ 7*7 }} <b>Smith</b>", url: "https://news.example.org/authors/jo-7-7-b-smith-b/" },
    ]);
    // An image beside the article (content/raw/market.png) is found too.
    expect(read(site.dir, "/briefings/fish-market-reopens-after-repairs/")).toContain('alt="Stalls of the fish market under an orange awning."');
  });

  it("warns about a missing image, an image without alt text and bad values, and publishes those articles without them", () => {
    expect(site.stderr).toMatch(/warning: content\/raw\/ferry-timetable\.txt: front matter 'image': no file 'missing\.jpg'/u);
    expect(site.stderr).toMatch(/warning: content\/raw\/storm-warning\.txt: front matter 'image' needs 'image_alt'/u);
    expect(site.stderr).toMatch(/warning: content\/raw\/ferry-timetable\.txt: front matter 'author': must be a name or a list of names; ignored it/u);
    for (const p of ["/briefings/winter-ferry-timetable-published/", "/briefings/storm-warning-for-the-coast/"]) {
      const doc = html(read(site.dir, p));
      expect(all(doc, (e) => e.name === "picture"), p).toEqual([]);
      expect(meta(doc, "og:image"), p).toEqual([]);
    }
  });

  it("shows the update and correction at the foot, and carries the day modified into JSON-LD and the feeds", () => {
    const doc = html(read(site.dir, ARTICLE));
    const foot = all(doc, (e) => e.name === "p" && e.attribs.class === "correction").map(text);
    expect(foot).toEqual(["Updated 6 de março de 2025. An earlier version gave the wrong cost of the wall; it is 4 million euros."]);
    const ld = JSON.parse(all(doc, (e) => e.name === "script" && e.attribs.type === "application/ld+json").map((s) => text(s))[0]!);
    expect(ld).toMatchObject({ datePublished: "2025-03-04", dateModified: "2025-03-06", articleSection: "Politics", keywords: ["harbour", "council", "{% raw %}"] });
    const atom = parseXml(read(site.dir, "/feed.xml")) as { feed: { updated: string; entry: { updated: string; published: string }[] } };
    expect(atom.feed.updated).toBe("2025-03-06T00:00:00Z");
    expect(atom.feed.entry[0]).toMatchObject({ published: "2025-03-04T00:00:00Z", updated: "2025-03-06T00:00:00Z" });
    expect(JSON.parse(read(site.dir, "/feed.json")).items[0].date_modified).toBe("2025-03-06T00:00:00Z");
    expect(read(site.dir, "/sitemap.xml")).toMatch(new RegExp(`<loc>https://news\\.example\\.org${ARTICLE}</loc>\\s*<lastmod>2025-03-06</lastmod>`, "u"));
  });

  it("marks tags, sections and authors as search filters", () => {
    const page = read(site.dir, ARTICLE);
    expect(page).toContain('<span class="tag" data-pagefind-filter="tag">harbour</span>');
    expect(page).toMatch(/data-pagefind-filter="section">Politics</u);
    expect(page).toMatch(/data-pagefind-filter="author">Ana Pérez</u);
  });

  it("lets a reader filter search results by section, tag and author", async () => {
    const [r] = await searchSite(site.dir, [{ term: "council" }]);
    expect(r!.filters.section).toMatchObject({ Politics: 2, "Business & Economy": 1 });
    expect(r!.filters.tag).toMatchObject({ harbour: 1, council: 1, market: 1 });
    expect(r!.filters.author).toMatchObject({ "Ana Pérez": 2 });
  });

  it("serves robots.txt with an absolute Sitemap URL and a favicon made from the logo", async () => {
    expect(read(site.dir, "/robots.txt")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/sitemap.xml\n");
    const ico = readFileSync(path.join(site.dir, "favicon.ico"));
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    const png = await sharp(ico.subarray(22)).metadata();
    expect([png.format, png.width, png.height]).toEqual(["png", 32, 32]);
    // Made from the logo, not the default mark.
    expect(ico.equals(readFileSync("layouts/favicon.ico"))).toBe(false);
  });
});

describe("a site without content/site.yml or a url", () => {
  it("omits the Sitemap line, which would otherwise be relative, and serves the default favicon", async () => {
    const project = makeProject({ raw: { "a.txt": "---\ntitle: A storm\n---\nThe storm hit the coast on Friday.\n" }, entities: {} });
    try {
      const r = await project.run("build", [], { SITE_URL: "", PATH_PREFIX: "" });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(path.join(project.dir, "_site/robots.txt"), "utf8")).toBe("User-agent: *\nAllow: /\n");
      expect(readFileSync(path.join(project.dir, "_site/favicon.ico")).equals(readFileSync("layouts/favicon.ico"))).toBe(true);
      expect(existsSync(path.join(project.dir, "_site/authors"))).toBe(false);
    } finally {
      project.cleanup();
    }
  });

  it("fails the build on a bad site.yml, naming the key and the reason, and publishes nothing", async () => {
    const project = makeProject({ raw: { "a.txt": "The storm hit the coast on Friday.\n" }, entities: {} });
    try {
      project.write("content/site.yml", "title: Harbour\nlanguage: english\nlogo: nowhere.png\n");
      const r = await project.run("build", [], { SITE_URL: "", PATH_PREFIX: "" });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("error: content/site.yml: 'language' must be a BCP 47 language tag");
      expect(existsSync(path.join(project.dir, "_site"))).toBe(false);
      project.write("content/site.yml", "title: Harbour\nlogo: nowhere.png\n");
      const missing = await project.run("build", [], { SITE_URL: "", PATH_PREFIX: "" });
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain("error: content/site.yml: 'logo' names nowhere.png, which is not a file in content/");
      project.write("content/nowhere.png", "not an image");
      const unreadable = await project.run("build", [], { SITE_URL: "", PATH_PREFIX: "" });
      expect(unreadable.status).toBe(1);
      expect(unreadable.stderr).toMatch(/error: content\/site\.yml: 'logo' \(content\/nowhere\.png\) could not be read as an image/u);
      expect(existsSync(path.join(project.dir, "_site"))).toBe(false);
    } finally {
      project.cleanup();
    }
  });
});
