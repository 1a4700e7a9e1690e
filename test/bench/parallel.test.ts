// The cache/parallel layer must be invisible: same analyses as the in-process stage, same site data.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestText } from "../../transforms/ingest/index.js";
import { analyseArticle } from "../../transforms/entities/annotate.js";
import { indexRegistry } from "../../transforms/entities/match-registry.js";
import { analyseArticles } from "../../transforms/build/analyse/index.js";
import { articleKey } from "../../transforms/build/analyse/fingerprint.js";
import { loadSiteStore, writeSiteStore } from "../../transforms/build/site-store.js";
import { defineDrawn, linkRecords, type SiteData } from "../../transforms/site/data.js";
import { renderBodies } from "../../transforms/build/bodies/index.js";
import { buildCorpus } from "../../transforms/build/pipeline.js";
import type { Entity } from "../../transforms/model.js";
import type { Body } from "../../transforms/render/body-cache.js";
import { bodyHtml } from "../../transforms/render/prerendered.js";
import { tempDirs } from "../helpers/temp.js";
import { entityId } from "../../transforms/model.js";

const registry: Entity[] = [
  { id: entityId("qatar"), name: "Qatar", type: "place", aliases: [], demonyms: ["Qatari"], description: "Country.", wikidata: null, origin: "registry", published: true },
];
const articles = ["Qatar hosts talks\n\nQatar met envoys in Doha.\n", "Aid arrives\n\nQatari aid arrived on Monday.\n"].map((t, i) => ingestText(`a${i}.txt`, t));
const temp = tempDirs("parallel");

describe("analyseArticles", () => {
  it("matches analyseArticle, then serves the same result from the cache", async () => {
    const cacheDir = temp();
    const expected = articles.map((a) => analyseArticle(a, { registry: indexRegistry(registry) }));
    const first = await analyseArticles(articles, { registry, recogniser: false, cacheDir, threads: 1 });
    expect(first).toMatchObject({ cached: 0, analysed: 2 });
    expect(first.analyses).toEqual(expected);
    const second = await analyseArticles(articles, { registry, recogniser: false, cacheDir, threads: 1 });
    expect(second).toMatchObject({ cached: 2, analysed: 0 });
    expect(second.analyses).toEqual(expected);
  });

  it("re-analyses only a changed article and drops the stale entry", async () => {
    const cacheDir = temp();
    await analyseArticles(articles, { registry, recogniser: false, cacheDir, threads: 1 });
    const edited = [articles[0]!, ingestText("a1.txt", "Aid arrives\n\nQatar sent aid.\n")];
    const r = await analyseArticles(edited, { registry, recogniser: false, cacheDir, threads: 1 });
    expect(r).toMatchObject({ cached: 1, analysed: 1 });
    // The two current entries and their record.
    expect(readdirSync(cacheDir).sort()).toEqual([...r.analyses.map((a) => `${articleKey(a.article.text)}.json`)].sort().concat("record.json").sort());
  });

  it("keeps every analysis when only a description or Wikidata id changes, and none when an alias does", async () => {
    const cacheDir = temp();
    await analyseArticles(articles, { registry, recogniser: false, cacheDir, threads: 1 });
    const described = [{ ...registry[0]!, description: "Emirate on the Persian Gulf.", wikidata: "Q846" }];
    expect(await analyseArticles(articles, { registry: described, recogniser: false, cacheDir, threads: 1 })).toMatchObject({ cached: 2, analysed: 0 });
    const aliased = [{ ...registry[0]!, aliases: ["Doha"] }];
    const r = await analyseArticles(articles, { registry: aliased, recogniser: false, cacheDir, threads: 1 });
    expect(r).toMatchObject({ cached: 0, analysed: 2 });
    expect(r.analyses[0]!.mentions.map((m) => m.text)).toContain("Doha");
  });
});

describe("site store", () => {
  it("round-trips site data, entity details and article pages read on demand", async () => {
    const dir = temp();
    const entity = { id: entityId("qatar"), name: "Qatar", type: "place", mentions: 2, articles: [{ slug: "a", title: "A", date: "2025-06-28", count: 2, contexts: [[{ text: "Qatar", mark: true }]] }], timeline: [{ date: "2025-06-28", count: 2 }], coMentions: [{ id: "doha", name: "Doha", type: "place", count: 1, articles: 1 }] };
    const views = [{ slug: "a", title: "A", related: [] }, { slug: "b", title: "B", related: [] }];
    const feedCards = { a: { title: "A", path: "/briefings/a/", published: "2025-06-28", updated: "2025-06-28", summary: "Qatar said so.", tags: ["Qatar"] } };
    const drawn = (e: typeof entity) => defineDrawn(e as unknown as Parameters<typeof defineDrawn>[0], { cards: feedCards, siteTitle: "T" });
    const data = { site: { title: "T" }, articles: views, feedCards, entities: [drawn(entity), drawn({ ...entity, id: entityId("doha"), name: "Doha" })] } as unknown as SiteData;
    expect(await writeSiteStore(data, dir)).toMatchObject({ changed: true });
    expect(await writeSiteStore(data, dir)).toMatchObject({ changed: false });
    const loaded = await loadSiteStore(dir);
    const { entityPages, ...site } = loaded;
    expect(JSON.parse(JSON.stringify(site))).toEqual(JSON.parse(JSON.stringify(data)));
    expect(entityPages.map((e) => e.id)).toEqual(["qatar", "doha"]);
    const only = await loadSiteStore(dir, { entityPages: new Set(["doha"]) });
    expect(only.entityPages.map((e) => e.id)).toEqual(["doha"]);
    expect(only.entities).toHaveLength(2);
    expect(loaded.entities[1]!.name).toBe("Doha");
    // Charts and feed are not stored but drawn again on reading, the same as before writing.
    expect(readFileSync(path.join(dir, "entities.ndjson"), "utf8")).not.toContain("<svg");
    expect(loaded.entities[0]!.timelineChart.svg).toContain("<svg");
    expect(loaded.entities[0]!.feed.entries[0]!.contentHtml).toBe("<p>Qatar said so.</p><blockquote><p><mark>Qatar</mark></p></blockquote>");
    expect(loaded.articles).toHaveLength(2);
    expect(loaded.articles[1]!.title).toBe("B");
    expect(Object.getPrototypeOf(loaded)).not.toBe(Object.prototype);
  });
});

describe("renderBodies", () => {
  // Enough articles that the work goes to worker threads (below 64 it stays in this thread).
  const many = Array.from({ length: 80 }, (_, i) => ingestText(`b${i}.txt`, `Talks ${i} in Doha\n\nQatar hosted round ${i} of talks; Qatari officials *said* <b>little</b>.\n`));
  const corpus = buildCorpus(many, registry);
  const links = linkRecords(corpus.entities.values());

  it("gives the same bodies on worker threads as in this thread, then serves them from the cache", async () => {
    const here = await renderBodies(corpus.articles, links, { cacheDir: null, threads: 1 });
    const cacheDir = temp();
    const threaded = await renderBodies(corpus.articles, links, { cacheDir, threads: 2 });
    expect(threaded.rendered).toBe(80);
    // With a cache, the HTML comes back as the name of the file holding it.
    const resolved = (bodies: Body[]) => bodies.map((b) => ({ markdown: b.markdown, of: b.html?.of, html: b.html && bodyHtml(b.html) }));
    expect(threaded.bodies.every((b) => b.html && "file" in b.html)).toBe(true);
    expect(resolved(threaded.bodies)).toEqual(resolved(here.bodies));
    expect(resolved(here.bodies)[3]!.html).toContain('href="/entities/qatar/"');
    const again = await renderBodies(corpus.articles, links, { cacheDir, threads: 2 });
    expect(again.rendered).toBe(0);
    expect(again.bodies).toEqual(threaded.bodies);
    expect(resolved(again.bodies)).toEqual(resolved(here.bodies));
    // One article fewer: its cached files are pruned, the others kept.
    await renderBodies(corpus.articles.slice(1), links, { cacheDir, threads: 2 });
    expect(readdirSync(cacheDir).filter((n) => n !== "record.json")).toHaveLength(79 * 2);
  });
});
