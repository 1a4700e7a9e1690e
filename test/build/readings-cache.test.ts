// Each article's roles and quotations are kept between builds; what is kept must be what reading the
// article afresh gives, so the entity views are the same with a warm cache as with none.
import { describe, expect, it } from "vitest";
import { ingestText } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/build/pipeline.js";
import { readArticle } from "../../transforms/corpus/dossier.js";
import { crosslink } from "../../transforms/corpus/crosslink.js";
import { ReadingsCache } from "../../transforms/build/readings-cache.js";
import { entityId, type Entity } from "../../transforms/model.js";
import { tempDirs } from "../helpers/temp.js";

const person = (name: string): Entity => ({ id: entityId(name.toLowerCase().replace(/ /gu, "-")), name, type: "person", aliases: [], demonyms: [], description: "", wikidata: null, origin: "registry", published: true });
const registry = [person("Steve Witkoff"), person("Maria Lopez")];
const texts = [
  `date 2025-03-10\n\nTalks\n\nUS envoy Steve Witkoff said: "We are closer to a deal than ever before." Maria Lopez, the mayor, disagreed.\n`,
  `date 2025-03-11\n\nMore talks\n\n"Nothing has been agreed yet, and nothing will be," said Maria Lopez. The envoy Steve Witkoff left.\n`,
];
const temp = tempDirs("readings");

describe("the kept roles and quotations", () => {
  it("are what reading afresh gives, on the build that keeps them and the next, and give the same entity views", async () => {
    const dir = temp();
    const c = buildCorpus(texts.map((t, i) => ingestText(`a${i}.txt`, t)), registry);
    expect(c.articles.some((a) => readArticle(a).quotes.length > 0 && readArticle(a).roles.length > 0)).toBe(true);
    for (const round of [1, 2]) {
      const cache = new ReadingsCache(dir);
      await cache.open();
      for (const a of c.articles) expect(cache.read(a), `build ${round}`).toEqual(readArticle(a));
      expect(crosslink(c, cache.read)).toEqual(crosslink(c));
      await cache.save();
    }
  });
});
