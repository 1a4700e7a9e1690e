// An entity page's one-line description: the registry's when it has one, otherwise what the
// briefings most often call the entity, and the stock line only when they call it nothing.
import { describe as group, expect, it } from "vitest";
import { ingestText } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/build/pipeline.js";
import { crosslink } from "../../transforms/corpus/crosslink.js";
import { describe } from "../../transforms/corpus/entity-views.js";
import { entityId, type Entity } from "../../transforms/model.js";
import { fixedRecogniser } from "../helpers/desk.js";

const recogniser = fixedRecogniser([["Jane Roe", "person"], ["Max Mustermann", "person"], ["Ada Lovel", "person"]]);
const registry: Entity[] = [
  { id: entityId("ada-lovel"), name: "Ada Lovel", type: "person", aliases: [], demonyms: [], description: "Engineer and author.", wikidata: null, origin: "registry", published: true },
];
const texts = [
  "Budget\n\nFinance minister Jane Roe said the budget was final. Max Mustermann and Jane Roe met. Opposition leader Ada Lovel watched.\n",
  "Talks\n\nThe finance minister Jane Roe will travel on Monday. Max Mustermann stayed home with Ada Lovel.\n",
  "Vote\n\nOpposition leader Jane Roe lost the vote, said Max Mustermann.\n",
];
const views = new Map(crosslink(buildCorpus(texts.map((t, i) => ingestText(`a${i}.txt`, t)), registry, { recogniser })).entities.map((v) => [String(v.id), v]));

group("an entity's description", () => {
  it("is the role the briefings most often give an automatic entity, capitalised", () => {
    expect(views.get("jane-roe")?.roles.map((r) => [r.text, r.count])).toEqual([["finance minister", 2], ["opposition leader", 1]]);
    expect(views.get("jane-roe")?.description).toBe("Finance minister");
  });

  it("keeps the stock line for an automatic entity the briefings give no role", () => {
    expect(views.get("max-mustermann")?.roles).toEqual([]);
    expect(views.get("max-mustermann")?.description).toBe("Person found automatically in the briefings.");
  });

  it("keeps the registry's description over any role", () => {
    expect(views.get("ada-lovel")?.roles.map((r) => r.text)).toEqual(["opposition leader"]);
    expect(views.get("ada-lovel")?.description).toBe("Engineer and author.");
  });

  it("leaves a first word with capitals of its own as written, and a registry entity without one takes its role", () => {
    expect(describe({ description: "Person found automatically in the briefings.", origin: "auto" }, "iPhone designer")).toBe("iPhone designer");
    expect(describe({ description: "", origin: "registry" }, "US envoy")).toBe("US envoy");
    expect(describe({ description: "", origin: "registry" }, undefined)).toBe("");
  });
});
