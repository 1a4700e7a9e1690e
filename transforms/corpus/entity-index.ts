// The corpus numbered for crosslinking: entities get small integer codes so that the hot loops
// (related-briefing scores, co-mention counts) count in typed arrays rather than string-keyed maps,
// which keeps them growing with the corpus rather than faster.
import type { AnnotatedArticle, Corpus, Entity, EntityCount } from "../model.js";
import { entityCounts } from "../entities/annotate.js";

export interface EntityIndex {
  articles: readonly AnnotatedArticle[];
  entities: ReadonlyMap<string, Entity>;
  /** Per article, its entities with their mention counts. */
  counts: EntityCount[][];
  /** Per article, the codes of `counts`, in the same order. */
  codes: Int32Array[];
  /** Entity code → entity id. */
  ids: string[];
  /** Entity id → code, for the entities some article names. */
  code: ReadonlyMap<string, number>;
  /** Per entity code, the articles that name it, in corpus order. */
  postings: number[][];
  /** Per entity code, its count in each article of its postings. */
  tallies: number[][];
  /** Inverse document frequency: rarer entities weigh more. */
  idf: (c: number) => number;
}

export function indexEntities(corpus: Corpus): EntityIndex {
  const { articles, entities } = corpus;
  const counts = articles.map((a) => entityCounts(a.mentions, entities));
  const code = new Map<string, number>();
  const codes = counts.map((list) => Int32Array.from(list, (c) => code.get(c.id) ?? code.set(c.id, code.size).size - 1));
  const postings: number[][] = Array.from({ length: code.size }, () => []);
  const tallies: number[][] = Array.from({ length: code.size }, () => []);
  codes.forEach((list, i) => {
    list.forEach((c, k) => {
      postings[c]!.push(i);
      tallies[c]!.push(counts[i]![k]!.count);
    });
  });
  const idf = (c: number) => Math.log((articles.length + 1) / postings[c]!.length);
  return { articles, entities, counts, codes, ids: [...code.keys()], code, postings, tallies, idf };
}
