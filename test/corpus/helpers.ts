import { ingestText } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/build/pipeline.js";
import { entityId, type AnnotatedArticle, type Corpus, type Entity, type EntityType } from "../../transforms/model.js";

/** A registry entity: the tests name their people and organisations, so mention spans are exact. */
export function entity(name: string, type: EntityType, aliases: string[] = []): Entity {
  return { id: entityId(name.toLowerCase().replace(/[^a-z]+/gu, "-")), name, type, aliases, demonyms: [], description: "", wikidata: null, origin: "registry", published: true };
}

/** The people and organisations the sentences under test name. */
export const REGISTRY: Entity[] = [
  entity("Steve Witkoff", "person", ["Witkoff"]),
  entity("Majed al-Ansari", "person", ["Ansari"]),
  entity("Mohammed bin Abdulrahman Al Thani", "person", ["Al Thani"]),
  entity("Khalil al-Hayya", "person", ["al-Hayya"]),
  entity("David Barnea", "person", ["Barnea"]),
  entity("Bezalel Smotrich", "person", ["Smotrich"]),
  entity("Sadiq Khan", "person", ["Khan"]),
  entity("Andrzej Duda", "person", ["Duda"]),
  entity("Leisha Riddell", "person", ["Riddell"]),
  entity("Arba Agung", "person"),
  entity("Ken Gude", "person"),
  entity("Hamas", "organization"),
  entity("Mossad", "organization"),
  entity("Qatar foreign ministry", "organization"),
  entity("The Jakarta Post", "organization"),
  entity("The New York Times", "organization"),
  { ...entity("Qatar", "place"), demonyms: ["Qatari"] },
];

/** One article made of `paragraphs`, annotated with the test registry alone. */
export function article(...paragraphs: string[]): AnnotatedArticle {
  return corpusOf([paragraphs]).articles[0]!;
}

/** Articles, each `[paragraphs…]`, dated in order when `dates` are given. */
export function corpusOf(articles: string[][], dates: (string | null)[] = []): Corpus {
  const texts = articles.map((paragraphs, i) => {
    const date = dates[i] ? `date ${dates[i]}\n\n` : "";
    return ingestText(`a${i}.txt`, `${date}Briefing ${i}\n\n${paragraphs.join("\n\n")}\n`);
  });
  return buildCorpus(texts, REGISTRY);
}

export const nameOf = (id: string) => REGISTRY.find((e) => e.id === id)?.name ?? id;
