import { describe, expect, it } from "vitest";
import { readInputs } from "../../transforms/ingest/files.js";
import { readRegistry } from "../../transforms/entities/folder.js";
import { analyseHere, buildCorpus, buildSite, runPipeline } from "../../transforms/build/pipeline.js";
import { publishedCorpus } from "../../transforms/corpus/pipeline.js";
import { articlePageSchema, entityPageSchema } from "../../transforms/eleventy/site-schema.js";
import { ROOT } from "../helpers/project.js";
import path from "node:path";

const { articles } = await readInputs([path.join(ROOT, "content/raw")]);
const registry = (await readRegistry(path.join(ROOT, "content/entities"))).entities;
const site = { title: "Dossier", description: "Briefings.", url: "https://example.org" };

describe("the pipeline", () => {
  const site0 = buildSite(articles, registry, site);
  if (!site0.ok) throw new Error("the sample registry's decisions stopped the site");
  const here = site0;

  it("runs the same stages in this thread and as the build runs them, reporting each in order", async () => {
    const names: string[] = [];
    let published = -1;
    const built = await runPipeline({ articles, registry, site }, { stage: async (name, run) => (names.push(name), run()) }, {
      analyse: async (all) => analyseHere(registry)(all),
      published: (corpus) => (published = corpus.articles.length),
    });
    expect(names).toEqual(["annotate", "link", "crosslink", "site data"]);
    if (!built.ok) throw new Error("the sample registry's decisions stopped the site");
    expect(published).toBe(articles.length);
    expect(JSON.stringify(built.data)).toBe(JSON.stringify(here.data));
  });

  it("publishes the corpus buildCorpus makes, without the entities that get no page", () => {
    const full = buildCorpus(articles, registry);
    expect(here.corpus).toEqual(publishedCorpus(full));
    expect(here.corpus.entities.size).toBeLessThanOrEqual(full.entities.size);
  });

  it("makes site data of the shape the templates read", () => {
    expect(here.data.articles.length).toBe(articles.length);
    for (const a of here.data.articles) expect(articlePageSchema.safeParse(a).error).toBeUndefined();
    for (const e of here.data.entities) expect(entityPageSchema.safeParse(e).error).toBeUndefined();
  });
});
