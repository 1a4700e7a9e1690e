import { describe, expect, it } from "vitest";
import { absoluteUrl, feedId } from "../../transforms/site/urls.js";
import { archiveByMonth } from "../../transforms/site/archive.js";
import { byLetter, fileLetter } from "../../transforms/site/alphabet.js";
import { sharedReason } from "../../transforms/site/data.js";
import { sitemapEntries } from "../../transforms/site/sitemap.js";
import { feedDate } from "../../transforms/site/feeds.js";
import { escapeXml, truncate } from "../../transforms/site/escape.js";

describe("absoluteUrl", () => {
  it("joins origin, path prefix and path in every combination", () => {
    expect(absoluteUrl("/entities/x/", "https://example.org", "/briefing/")).toBe("https://example.org/briefing/entities/x/");
    expect(absoluteUrl("/entities/x/", "https://example.org/", "/")).toBe("https://example.org/entities/x/");
    expect(absoluteUrl("/", "https://example.org", "briefing")).toBe("https://example.org/briefing/");
    expect(absoluteUrl("/feed.xml", "", "/briefing/")).toBe("/briefing/feed.xml");
    expect(absoluteUrl("/feed.xml", "", "/")).toBe("/feed.xml");
    expect(absoluteUrl("https://www.wikidata.org/wiki/Q1", "https://example.org", "/p/")).toBe("https://www.wikidata.org/wiki/Q1");
  });

  it("gives feeds an absolute id even without an origin", () => {
    expect(feedId("/briefings/a/", "https://example.org", "/p/")).toBe("https://example.org/p/briefings/a/");
    expect(feedId("/briefings/a/", "", "/p/")).toBe("urn:dossier:p/briefings/a/");
  });
});

describe("archiveByMonth", () => {
  const item = (slug: string, date: string | null) => ({ slug, title: slug, date, titleDerived: false, readingMinutes: 1 });
  it("groups by month, newest first, with undated apart and a year index", () => {
    const a = archiveByMonth([item("u", null), item("a", "2025-05-02"), item("b", "2025-06-28"), item("c", "2025-06-03"), item("d", "2024-12-31")]);
    expect(a.months.map((m) => [m.key, m.label, m.articles.map((x) => x.slug)])).toEqual([
      ["2025-06", "June 2025", ["b", "c"]],
      ["2025-05", "May 2025", ["a"]],
      ["2024-12", "December 2024", ["d"]],
    ]);
    expect(a.undated.map((x) => x.slug)).toEqual(["u"]);
    expect(a.years.map((y) => [y.year, y.months.map((m) => m.count)])).toEqual([
      ["2025", [2, 1]],
      ["2024", [1]],
    ]);
  });
});

describe("byLetter", () => {
  it("files names A–Z with accents folded and anything else under #", () => {
    expect(fileLetter("Özil")).toBe("O");
    expect(fileLetter("60 Minutes")).toBe("#");
    const groups = byLetter([{ name: "Qatar" }, { name: "60 Minutes" }, { name: "al-Thani" }, { name: "Axios" }, { name: "Örebro" }], "place");
    expect(groups.map((g) => [g.letter, g.id, g.items.map((i) => i.name)])).toEqual([
      ["A", "place-a", ["al-Thani", "Axios"]],
      ["O", "place-o", ["Örebro"]],
      ["Q", "place-q", ["Qatar"]],
      ["#", "place-other", ["60 Minutes"]],
    ]);
  });
});

describe("sharedReason", () => {
  it("names up to three shared entities and counts the rest", () => {
    expect(sharedReason(["Qatar"])).toBe("shares Qatar");
    expect(sharedReason(["Qatar", "Hamas"])).toBe("shares Qatar and Hamas");
    expect(sharedReason(["Qatar", "Hamas", "Steve Witkoff"])).toBe("shares Qatar, Hamas and Steve Witkoff");
    expect(sharedReason(["Qatar", "Hamas", "Steve Witkoff", "Doha", "Iran"])).toBe("shares Qatar, Hamas, Steve Witkoff and 2 more");
    expect(sharedReason([])).toBe("");
  });
});

describe("sitemapEntries", () => {
  it("lists HTML pages only, not noindex ones, with absolute URLs and publication days", () => {
    const url = (p: string) => `https://example.org${p}`;
    const entries = sitemapEntries(
      [
        { url: "/b/", outputPath: "_site/b/index.html", data: { published: new Date("2025-06-28T00:00:00Z") } },
        { url: "/a/", outputPath: "_site/a/index.html", data: {} },
        { url: "/feed.xml", outputPath: "_site/feed.xml", data: {} },
        { url: "/404.html", outputPath: "_site/404.html", data: { noindex: true } },
        { url: false, outputPath: false, data: {} },
      ],
      { archive: { months: [], undated: [] }, entities: [] },
      url,
    );
    expect(entries).toEqual([
      { loc: "https://example.org/a/", lastmod: null },
      { loc: "https://example.org/b/", lastmod: "2025-06-28" },
    ]);
  });

  it("takes briefings and entity pages from the site data, whether or not this run rendered them", () => {
    const url = (p: string) => p;
    const data = { archive: { months: [{ articles: [{ slug: "b", date: "2025-06-28" }] }], undated: [{ slug: "u", date: null }] }, entities: [{ id: "qatar" }] };
    const rendered = [{ url: "/briefings/b/", outputPath: "_site/briefings/b/index.html", data: { published: "2025-06-28" } }, { url: "/", outputPath: "_site/index.html", data: {} }];
    expect(sitemapEntries(rendered, data, url)).toEqual([
      { loc: "/", lastmod: null },
      { loc: "/briefings/b/", lastmod: "2025-06-28" },
      { loc: "/briefings/u/", lastmod: null },
      { loc: "/entities/qatar/", lastmod: null },
    ]);
  });

  it("dates a corrected briefing by its update, not its publication", () => {
    const data = { archive: { months: [{ articles: [{ slug: "b", date: "2025-06-28" }, { slug: "c", date: "2025-06-20" }] }], undated: [] }, entities: [], articles: [{ slug: "b", updated: "2025-07-02" }, { slug: "c", updated: null }] };
    expect(sitemapEntries([], data, (p) => p)).toEqual([
      { loc: "/briefings/b/", lastmod: "2025-07-02" },
      { loc: "/briefings/c/", lastmod: "2025-06-20" },
    ]);
  });
});

describe("feedDate", () => {
  it("is the newest date, or a fixed epoch when nothing is dated", () => {
    expect(feedDate([{ date: null }, { date: "2025-01-02" }, { date: "2025-06-28" }])).toBe("2025-06-28");
    expect(feedDate([{ date: null }])).toBe("1970-01-01");
  });
});

describe("escapeXml and truncate", () => {
  it("escape markup and shorten on word boundaries", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(truncate("Mohammed bin Abdulrahman", 16)).toBe("Mohammed bin…");
    expect(truncate("Qatar", 16)).toBe("Qatar");
  });
});
