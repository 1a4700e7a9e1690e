import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Element } from "domhandler";
import { buildSite, siteFiles, read, html, all, text, hasClass, parseXml, toSitePath, type BuiltSite } from "./site.js";
import { HOSTILE_ARTICLE } from "./hostile.js";
import { redirectPages } from "../helpers/html.js";

const ORIGIN = "https://example.org";

describe("acceptance: entity pages, feeds, JSON-LD and sitemap of the sample site", () => {
  let site: BuiltSite;
  const page = (p: string) => html(read(site.dir, p));
  /** Site path of a link found on a page. */
  const target = (href: string, from: string) => {
    const t = toSitePath(href, from, site);
    if (!t || t === "outside-prefix") throw new Error(`not internal: ${href}`);
    return t.path;
  };
  const articlePages = () => siteFiles(site.dir, ".html").filter((p) => p.startsWith("/briefings/"));

  beforeAll(async () => {
    site = await buildSite({ origin: ORIGIN, raw: HOSTILE_ARTICLE });
  });
  afterAll(() => site?.project.cleanup());

  describe("the Qatar page", () => {
    const QATAR = "/entities/qatar/";
    const groups = () => all(page(QATAR), (e) => e.name === "section" && hasClass(e, "mention-group"));

    it("quotes sentences mentioning Qatar, highlighted, from at least three briefings, each taken from that briefing", () => {
      const withQuotes = new Set<string>();
      for (const g of groups()) {
        const link = all({ children: [g] } as never, (e) => e.name === "h3")[0]!;
        const href = all({ children: [link] } as never, (e) => e.name === "a")[0]!.attribs.href!;
        const article = target(href, QATAR);
        // Headline and body: a derived headline is the article's first sentence.
        const articleText = text(all(page(article), (e) => e.name === "article")[0]!);
        const quotes = all({ children: [g] } as never, (e) => e.name === "li" && all({ children: [e] } as never, (m) => m.name === "mark").length > 0);
        for (const q of quotes) {
          expect(articleText, `quote from ${article}`).toContain(text(q));
          for (const m of all({ children: [q] } as never, (x) => x.name === "mark")) expect(text(m)).toMatch(/Qatar/u);
        }
        if (quotes.length > 0) withQuotes.add(article);
      }
      expect(withQuotes.size).toBeGreaterThanOrEqual(3);
    });

    it("lists co-mentioned entities, linked, with the number of briefings really shared", () => {
      const briefingsOf = (entityPath: string) =>
        new Set(all(page(entityPath), (e) => e.name === "section" && hasClass(e, "mention-group")).map((g) => all({ children: [g] } as never, (a) => a.name === "a")[0]!.attribs.href));
      const mine = briefingsOf(QATAR);
      const aside = all(page(QATAR), (e) => e.name === "aside" && hasClass(e, "co-mentions"))[0]!;
      const items = all({ children: [aside] } as never, (e) => e.name === "li");
      expect(items.length).toBeGreaterThan(3);
      for (const li of items) {
        const a = all({ children: [li] } as never, (e) => e.name === "a")[0]!;
        const other = target(a.attribs.href!, QATAR);
        const count = Number(text(all({ children: [li] } as never, (e) => hasClass(e, "count"))[0]!).match(/^\d+/u)![0]);
        const shared = [...briefingsOf(other)].filter((h) => mine.has(h)).length;
        expect(count, other).toBe(shared);
      }
      expect(all({ children: [aside] } as never, (e) => e.name === "svg" && e.attribs.role === "img")).toHaveLength(1);
    });

    it("links its own Atom feed: valid, one entry per briefing, each linking to a briefing that mentions Qatar", () => {
      const alt = all(page(QATAR), (e) => e.name === "link" && e.attribs.rel === "alternate" && e.attribs.type === "application/atom+xml" && (e.attribs.href ?? "").includes("/entities/qatar/"));
      expect(alt).toHaveLength(1);
      const feedPath = target(alt[0]!.attribs.href!, QATAR);
      const doc = parseXml(read(site.dir, feedPath)) as { feed: Record<string, unknown> };
      const feed = doc.feed as { "@xmlns": string; id: string; title: string; updated: string; link: { "@rel": string; "@href": string }[]; entry: Record<string, unknown>[] };
      expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
      expect(feed.title).toMatch(/Qatar/u);
      expect(feed.id).toMatch(/^https:\/\/example\.org\//u);
      expect(feed.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/u);
      expect(feed.link.find((l) => l["@rel"] === "self")!["@href"]).toBe(`${ORIGIN}/entities/qatar/feed.xml`);
      expect(feed.entry).toHaveLength(groups().length);
      for (const entry of feed.entry as { id: string; title: string; updated: string; link: { "@rel": string; "@href": string }[] }[]) {
        expect(entry.id).toBeTruthy();
        expect(entry.title).toBeTruthy();
        expect(entry.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/u);
        const href = entry.link.find((l) => l["@rel"] === "alternate")!["@href"];
        const article = target(href, feedPath);
        expect(article).toMatch(/^\/briefings\//u);
        const links = all(page(article), (e) => e.name === "a" && (e.attribs.href ?? "").endsWith("/entities/qatar/"));
        expect(links.length, article).toBeGreaterThan(0);
      }
    });
  });

  describe("JSON-LD", () => {
    const jsonLd = (p: string) => {
      const scripts = all(page(p), (e) => e.name === "script" && e.attribs.type === "application/ld+json");
      expect(scripts, p).toHaveLength(1);
      return JSON.parse(scripts[0]!.children.map((c) => ("data" in c ? c.data : "")).join("")) as Record<string, unknown>;
    };

    it("on every article: a NewsArticle whose mentions are the entities the page links, typed, with Wikidata sameAs", () => {
      const pages = articlePages();
      expect(pages.length).toBeGreaterThanOrEqual(5);
      for (const p of pages) {
        const ld = jsonLd(p);
        expect(ld["@context"]).toBe("https://schema.org");
        expect(ld["@type"]).toBe("NewsArticle");
        expect(ld.headline).toBe(text(all(page(p), (e) => e.name === "h1")[0]!));
        const mentions = ld.mentions as { "@type": string; name: string; url: string; sameAs?: string }[];
        expect(Array.isArray(mentions) && mentions.length > 0, p).toBe(true);
        const sidebar = new Set(all(page(p), (e) => e.name === "a" && hasClass(e, "entity-chip")).map((a) => target(a.attribs.href!, p)));
        expect(new Set(mentions.map((m) => target(m.url, p)))).toEqual(sidebar);
        for (const m of mentions) {
          expect(["Person", "Organization", "Place"]).toContain(m["@type"]);
          const entityPage = page(target(m.url, p));
          expect(text(all(entityPage, (e) => e.name === "h1")[0]!)).toBe(m.name);
          const wikidata = all(entityPage, (e) => e.name === "a" && (e.attribs.href ?? "").startsWith("https://www.wikidata.org/wiki/"))[0];
          expect(m.sameAs).toBe(wikidata?.attribs.href);
        }
        expect((ld.about as unknown[]).length).toBeGreaterThan(0);
      }
    });

    it("on entity pages: a ProfilePage with the entity as mainEntity", () => {
      const ld = jsonLd("/entities/qatar/");
      expect(ld["@type"]).toBe("ProfilePage");
      expect(ld.mainEntity).toMatchObject({ "@type": "Place", name: "Qatar", url: `${ORIGIN}/entities/qatar/` });
    });

    it("survives hostile article text: no script breaks out, and the JSON still reads back the text", () => {
      const p = articlePages().find((x) => x.includes("hostile") || x.includes("friends"))!;
      const source = read(site.dir, p);
      const doc = html(source);
      const scripts = all(doc, (e) => e.name === "script");
      // Only the theme snippet, the site script and the JSON-LD block: nothing from the article.
      expect(scripts.map((s) => s.attribs.type ?? s.attribs.src ?? "inline")).toEqual(["inline", `/assets/site.js`, "application/ld+json"]);
      expect(source).not.toMatch(/<script>alert/u);
      expect(source).not.toContain(">49<");
      const ld = jsonLd(p);
      expect(`${ld.headline as string} ${ld.description as string}`).toContain("</script><script>alert");
    });
  });

  describe("the sitemap", () => {
    it("lists every HTML page in _site (except noindex ones), as absolute URLs, and nothing else", () => {
      const doc = parseXml(read(site.dir, "/sitemap.xml")) as { urlset: { "@xmlns": string; url: { loc: string }[] } };
      expect(doc.urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
      const listed = doc.urlset.url.map((u) => {
        expect(u.loc.startsWith(`${ORIGIN}/`)).toBe(true);
        const p = target(u.loc, "/sitemap.xml");
        return p.endsWith("/") ? `${p}index.html` : p;
      });
      const pages = siteFiles(site.dir, ".html");
      const noindex = pages.filter((p) => all(page(p), (e) => e.name === "meta" && e.attribs.name === "robots" && (e.attribs.content ?? "").includes("noindex")).length > 0);
      expect(noindex).toEqual(["/404.html", ...redirectPages(site.dir)].sort());
      expect([...listed].sort()).toEqual(pages.filter((p) => !noindex.includes(p)));
    });

    it("is named in robots.txt", () => {
      expect(read(site.dir, "/robots.txt")).toMatch(new RegExp(`^Sitemap: ${ORIGIN}/sitemap\\.xml$`, "mu"));
    });
  });

  describe("every page", () => {
    it("has a canonical URL, Open Graph and Twitter meta, the feeds and the header search form", () => {
      const moved = redirectPages(site.dir);
      for (const p of siteFiles(site.dir, ".html").filter((f) => !moved.has(f))) {
        const doc = page(p);
        const meta = (attr: string, v: string) => all(doc, (e) => e.name === "meta" && e.attribs[attr] === v)[0]?.attribs.content;
        if (p !== "/404.html") expect(all(doc, (e) => e.name === "link" && e.attribs.rel === "canonical")[0]?.attribs.href, p).toBe(`${ORIGIN}${p.replace(/index\.html$/u, "")}`);
        for (const k of ["og:title", "og:description", "og:type", "og:site_name"]) expect(meta("property", k), `${p} ${k}`).toBeTruthy();
        for (const k of ["twitter:card", "twitter:title", "twitter:description"]) expect(meta("name", k), `${p} ${k}`).toBeTruthy();
        const form = all(doc, (e) => e.name === "form" && e.attribs.role === "search")[0]!;
        expect(form.attribs.action).toBe("/search/");
        expect((form.attribs.method ?? "get").toLowerCase()).toBe("get");
        expect(all({ children: [form] } as never, (e) => e.name === "input" && e.attribs.name === "q")).toHaveLength(1);
        expect(all(doc, (e) => e.name === "link" && e.attribs.type === "application/feed+json")).toHaveLength(1);
      }
    });

    it("tags briefings and entity pages for Pagefind: kind, type, entities, sort date", () => {
      for (const p of articlePages()) {
        const doc = page(p);
        const filters = all(doc, (e) => e.attribs["data-pagefind-filter"] !== undefined).map((e) => e.attribs["data-pagefind-filter"]!);
        expect(filters).toContain("kind:briefing");
        const names = all(doc, (e) => e.attribs["data-pagefind-filter"] === "entity").map(text);
        const chips = all(doc, (e) => e.name === "a" && hasClass(e, "entity-chip")).map(text);
        expect(names).toEqual(chips);
        const time = all(doc, (e) => e.name === "time")[0];
        const sort = all(doc, (e) => e.attribs["data-pagefind-sort"] !== undefined)[0];
        if (time) {
          expect(sort?.attribs["data-pagefind-sort"]).toBe(`date:${time.attribs.datetime}`);
          expect(filters).toContain(`year:${time.attribs.datetime!.slice(0, 4)}`);
        } else expect(sort).toBeUndefined();
      }
      const q = page("/entities/qatar/");
      const filters = all(q, (e) => e.attribs["data-pagefind-filter"] !== undefined).map((e) => e.attribs["data-pagefind-filter"]);
      expect(filters).toEqual(expect.arrayContaining(["kind:entity", "type:Place"]));
      expect(all(q, (e) => e.name === "h1")[0]!.attribs["data-pagefind-weight"]).toBeDefined();
    });
  });

  it("keeps its own JavaScript under 10 kB (files and inline, Pagefind's and JSON-LD aside)", () => {
    const files = siteFiles(site.dir, ".js").reduce((n, p) => n + readFileSync(path.join(site.dir, p)).length, 0);
    const inline = new Set<string>();
    for (const p of siteFiles(site.dir, ".html"))
      for (const s of all(page(p), (e: Element) => e.name === "script" && !e.attribs.src && e.attribs.type !== "application/ld+json"))
        inline.add(s.children.map((c) => ("data" in c ? c.data : "")).join(""));
    const total = files + [...inline].reduce((n, s) => n + Buffer.byteLength(s), 0);
    expect(files).toBeGreaterThan(0);
    expect(total).toBeLessThan(10 * 1024);
  });
});
