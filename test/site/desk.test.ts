import { slug as asSlug } from "../../transforms/model.js";
import { describe, expect, it } from "vitest";
import sharp from "sharp";
import type { ArticleView } from "../../transforms/corpus/views.js";
import { listings } from "../../transforms/site/desk.js";
import { listingPath } from "../../transforms/settings.js";
import { feedCard } from "../../transforms/site/feeds.js";
import { articleJsonLd } from "../../transforms/site/jsonld.js";
import { dateInWords } from "../../transforms/eleventy/plugin.js";
import { icoFromPng } from "../../transforms/build/images.js";

const view = (slug: string, date: string, extra: Partial<ArticleView> = {}): ArticleView => ({
  slug: asSlug(slug),
  title: `Title ${slug}`,
  date,
  titleDerived: false,
  source: null,
  url: null,
  authors: [],
  section: null,
  tags: [],
  image: null,
  updated: null,
  correction: null,
  summary: `Summary ${slug}`,
  words: 100,
  readingMinutes: 1,
  entities: [],
  groups: [],
  related: [],
  prev: null,
  next: null,
  ...extra,
});

describe("author and section listings", () => {
  const articles = [
    view("c", "2025-03-04", { authors: ["Ana Pérez", "Jo {{ 7*7 }}"], section: "Politics", updated: "2025-03-06" }),
    view("b", "2025-03-02", { authors: ["Ana Perez"], section: "Business & Economy" }),
    view("a", "2025-02-27", { section: "Politics" }),
  ];
  const cards = Object.fromEntries(articles.map((a) => [a.slug, feedCard(a, "2025-03-04")]));

  it("gives each author a page and feed with their briefings, newest first; names with one slug share a page", () => {
    const authors = listings("authors", articles, cards, "Desk");
    expect(authors.map((l) => [l.path, l.name, l.articles.map((a) => a.slug)])).toEqual([
      ["/authors/ana-perez/", "Ana Pérez", ["c", "b"]],
      ["/authors/jo-7-7/", "Jo {{ 7*7 }}", ["c"]],
    ]);
    const feed = authors[0]!.feed;
    expect(feed).toMatchObject({ title: "Ana Pérez · Desk", atomPath: "/authors/ana-perez/feed.xml", updated: "2025-03-06" });
    expect(feed.entries.map((e) => [e.path, e.updated])).toEqual([
      ["/briefings/c/", "2025-03-06"],
      ["/briefings/b/", "2025-03-02"],
    ]);
  });

  it("gives each section a page and feed", () => {
    const sections = listings("sections", articles, cards, "Desk");
    expect(sections.map((l) => [l.slug, l.articles.length])).toEqual([
      ["business-and-economy", 1],
      ["politics", 2],
    ]);
    expect(sections[1]!.feed.subtitle).toBe("Briefings in Politics.");
  });

  it("makes a slug for a name with nothing to spell in ASCII", () => {
    expect(listingPath("authors", "关羽")).toMatch(/^\/authors\/[a-z0-9-]+\/$/u);
    expect(listingPath("sections", "🚀")).toBe("/sections/section/");
  });
});

describe("JSON-LD for a desk's keys", () => {
  const url = (p: string) => `https://example.org${p}`;
  const base = { slug: "a", title: "T", summary: "S", date: "2025-03-04", source: null, url: null, words: 10, entities: [] };
  it("names authors as Persons, the day modified, the section, the tags and the image", () => {
    const ld = articleJsonLd(
      {
        ...base,
        byline: [{ name: "Ana Pérez", path: "/authors/ana-perez/" }],
        updated: "2025-03-06",
        section: "Politics",
        tags: ["harbour"],
        image: { lead: { og: { url: "/img/x-1440.jpeg", width: 1440, height: 810 } } },
      },
      new Map(),
      { title: "Desk", lang: "pt-PT" },
      url,
    );
    expect(ld).toMatchObject({
      author: [{ "@type": "Person", name: "Ana Pérez", url: "https://example.org/authors/ana-perez/" }],
      dateModified: "2025-03-06",
      articleSection: "Politics",
      keywords: ["harbour"],
      image: { "@type": "ImageObject", url: "https://example.org/img/x-1440.jpeg", width: 1440, height: 810 },
      inLanguage: "pt-PT",
    });
  });
  it("leaves them out when the article has none", () => {
    const ld = articleJsonLd(base, new Map(), { title: "Desk", lang: "en" }, url);
    for (const key of ["author", "dateModified", "articleSection", "keywords", "image"]) expect(ld).not.toHaveProperty(key);
  });
});

describe("dates in the site's language", () => {
  const day = new Date(2025, 2, 4);
  it("keeps the house style for plain English and uses the language's own words otherwise", () => {
    expect(dateInWords("en")(day)).toBe("4 March 2025");
    expect(dateInWords("en-US")(day)).toBe("March 4, 2025");
    expect(dateInWords("pt-PT")(day)).toBe("4 de março de 2025");
  });
});

describe("favicon", () => {
  it("wraps a PNG in a one-image .ico: header, one directory entry, then the PNG", async () => {
    const png = await sharp({ create: { width: 32, height: 32, channels: 4, background: "#8a2c0d" } }).png().toBuffer();
    const ico = icoFromPng(png, 32);
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect(ico.readUInt32LE(18)).toBe(22);
    expect(ico.subarray(22).equals(png)).toBe(true);
  });
});
