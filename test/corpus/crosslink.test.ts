// Crosslinking counts in typed arrays for speed; this pins it to the plain reading of its
// rules, written here with maps and full sorts, on a corpus with rare, common and tied entities.
import { describe, expect, it } from "vitest";
import { ingestText } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/corpus/pipeline.js";
import { crosslink } from "../../transforms/corpus/crosslink.js";
import { entityCounts } from "../../transforms/entities/annotate.js";
import type { Corpus, Entity } from "../../transforms/model.js";

const PLACES = ["Amberly", "Brisktown", "Corvale", "Dunmere", "Elsworth", "Fenwick", "Galloway", "Harrowgate", "Islington Cross", "Jarrow", "Kelso", "Lanark", "Morwen", "Norbury", "Oakridge", "Penrith", "Quarry Bay", "Redcastle", "Stanmore", "Thornbury"];
// "Everton" appears in every article: more than the walk limit (50), so it takes the common path.
const registry: Entity[] = [...PLACES, "Everton"].map((name) => ({
  id: name.toLowerCase().replace(/ /g, "-"),
  name,
  type: "place",
  aliases: [],
  demonyms: [],
  description: "",
  wikidata: null,
  origin: "registry",
  published: true,
}));

function corpus(n: number): Corpus {
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const texts = Array.from({ length: n }, (_, i) => {
    // Skewed choice, so some places are in many articles and some in few, and scores tie often.
    const named = new Set(Array.from({ length: 2 + Math.floor(rand() * 5) }, () => PLACES[Math.floor(rand() ** 2 * PLACES.length)]!));
    const sentences = [...named, "Everton"].map((p) => `Officials in ${p} met on day ${i}.`);
    return ingestText(`a${String(i).padStart(3, "0")}.txt`, `date 2025-01-${String((i % 28) + 1).padStart(2, "0")}\n\nReport ${i}\n\n${sentences.join(" ")}\n`);
  });
  return buildCorpus(texts, registry);
}

/** The rules as documented in crosslink.ts, computed the slow, obvious way. */
function reference(c: Corpus) {
  const counts = c.articles.map((a) => entityCounts(a.mentions, c.entities));
  const has = counts.map((list) => new Set(list.map((x) => x.id)));
  const df = new Map<string, number>();
  for (const list of counts) for (const x of list) df.set(x.id, (df.get(x.id) ?? 0) + 1);
  const idf = (id: string) => Math.log((c.articles.length + 1) / df.get(id)!);
  const walkLimit = Math.max(50, Math.ceil(Math.sqrt(c.articles.length) * 2));
  const related = counts.map((list, i) => {
    const rare = list.filter((x) => df.get(x.id)! <= walkLimit);
    const common = list.filter((x) => df.get(x.id)! > walkLimit);
    const score = (j: number, among: typeof list) => among.filter((x) => has[j]!.has(x.id)).reduce((s, x) => s + idf(x.id), 0);
    const candidates = counts.map((_, j) => j).filter((j) => j !== i && rare.some((x) => has[j]!.has(x.id)));
    const order = (s: (j: number) => number) => (x: number, y: number) => s(y) - s(x) || x - y;
    const shortlist = candidates.sort(order((j) => score(j, rare))).slice(0, 50);
    const total = (j: number) => score(j, rare) + score(j, common);
    return shortlist.sort(order(total)).slice(0, 5).map((j) => ({
      slug: c.articles[j]!.article.slug,
      shared: [...rare, ...common].filter((x) => has[j]!.has(x.id)).sort((x, y) => idf(y.id) - idf(x.id) || x.name.localeCompare(y.name, "en")).map((x) => x.name),
    }));
  });
  const coMentions = [...c.entities.values()].map((e) => {
    const co = new Map<string, number>();
    counts.forEach((list, i) => {
      if (has[i]!.has(e.id)) for (const x of list) if (x.id !== e.id) co.set(x.name, (co.get(x.name) ?? 0) + 1);
    });
    return { id: e.id, top: [...co].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 24) };
  });
  return { related, coMentions };
}

describe("crosslink", () => {
  const c = corpus(70);
  const x = crosslink(c);
  const expected = reference(c);

  it("has a corpus that exercises rare and common entities", () => {
    expect(c.articles).toHaveLength(70);
    expect(x.entities.find((e) => e.id === "everton")?.articles).toHaveLength(70);
    expect(x.articles.every((a) => a.related.length === 5)).toBe(true);
  });

  it("ranks related briefings and what they share as the rules say", () => {
    expect(x.articles.map((a) => a.related.map((r) => ({ slug: r.slug, shared: r.shared })))).toEqual(expected.related);
  });

  it("counts co-mentions as the rules say", () => {
    const got = x.entities.map((e) => ({ id: e.id, top: e.coMentions.map((m) => [m.name, m.count]) }));
    expect(got.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(expected.coMentions.sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it("lists each entity's briefings with their mention counts", () => {
    for (const e of x.entities) {
      for (const a of e.articles) {
        const article = c.articles.find((b) => b.article.slug === a.slug)!;
        expect(a.count).toBe(article.mentions.filter((m) => m.entityId === e.id).length);
      }
    }
  });
});
