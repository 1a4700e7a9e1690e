import { describe, expect, it } from "vitest";
import { parseDocument, DomUtils } from "htmlparser2";
import { articleJsonLd, entityJsonLd, serialiseJsonLd, type JsonLdEntity } from "../../transforms/site/jsonld.js";

const entities = new Map<string, JsonLdEntity>([
  ["qatar", { id: "qatar", name: "Qatar", type: "place", description: "Country.", aliases: ["State of Qatar"], wikidata: "Q846" }],
  ["hamas", { id: "hamas", name: "Hamas", type: "organization", description: "Group.", aliases: [], wikidata: "Q38799" }],
  ["witkoff", { id: "witkoff", name: "Steve Witkoff", type: "person", description: "Envoy.", aliases: [], wikidata: null }],
]);
const url = (p: string) => `https://example.org/briefing${p}`;
const site = { title: "Dossier", lang: "en" };
const article = {
  slug: "a",
  title: "Talks </script><script>alert(1)</script> & more",
  summary: "Summary \u2028 line",
  date: "2025-06-28",
  source: "Axios",
  url: "https://axios.com/x",
  words: 400,
  entities: [
    { id: "qatar", count: 10 },
    { id: "hamas", count: 6 },
    { id: "witkoff", count: 1 },
    { id: "unknown", count: 3 },
  ],
};

describe("articleJsonLd", () => {
  const ld = articleJsonLd(article, entities, site, url);

  it("is a NewsArticle with every known entity under mentions, typed and linked to Wikidata", () => {
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.url).toBe("https://example.org/briefing/briefings/a/");
    expect(ld.datePublished).toBe("2025-06-28");
    const mentions = ld.mentions as { "@type": string; name: string; sameAs?: string; url: string }[];
    expect(mentions.map((m) => [m["@type"], m.name])).toEqual([
      ["Place", "Qatar"],
      ["Organization", "Hamas"],
      ["Person", "Steve Witkoff"],
    ]);
    expect(mentions[0]!.sameAs).toBe("https://www.wikidata.org/wiki/Q846");
    expect(mentions[2]!.sameAs).toBeUndefined();
    expect(mentions[0]!.url).toBe("https://example.org/briefing/entities/qatar/");
  });

  it("is about the entities mentioned at least half as often as the top one", () => {
    expect((ld.about as { name: string }[]).map((a) => a.name)).toEqual(["Qatar", "Hamas"]);
  });

  it("leaves out what is unknown instead of inventing it", () => {
    const bare = articleJsonLd({ ...article, date: null, source: null, url: null }, entities, site, url);
    expect(bare).not.toHaveProperty("datePublished");
    expect(bare).not.toHaveProperty("sourceOrganization");
    expect(bare).not.toHaveProperty("isBasedOn");
  });
});

describe("entityJsonLd", () => {
  it("is a ProfilePage whose mainEntity is the typed entity with aliases and sameAs", () => {
    const ld = entityJsonLd(entities.get("qatar")!, site, url);
    expect(ld["@type"]).toBe("ProfilePage");
    const main = ld.mainEntity as Record<string, unknown>;
    expect(main["@type"]).toBe("Place");
    expect(main.alternateName).toEqual(["State of Qatar"]);
    expect(main.sameAs).toBe("https://www.wikidata.org/wiki/Q846");
    expect(entityJsonLd(entities.get("witkoff")!, site, url).mainEntity).toMatchObject({ "@type": "Person" });
  });
});

describe("serialiseJsonLd", () => {
  it("cannot close its script element, yet parses back to the same value", () => {
    const ld = articleJsonLd(article, entities, site, url);
    const json = serialiseJsonLd(ld);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(JSON.parse(json)).toEqual(ld);
    const html = `<script type="application/ld+json">${json}</script><p>after</p>`;
    const doc = parseDocument(html);
    const scripts = DomUtils.findAll((e) => e.name === "script", doc.children);
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(DomUtils.textContent(scripts[0]!)).headline).toBe(article.title);
  });
});
