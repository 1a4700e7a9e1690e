import type { Article, Corpus, Entity } from "./model.js";
import { annotate } from "./entities/annotate.js";
import { registrySource } from "./entities/match-registry.js";
import type { MentionSource } from "./entities/source.js";
import { assembleCorpus } from "./corpus.js";

export interface PipelineOptions {
  /** Further mention sources after the registry (the automatic recogniser plugs in here). */
  extraSources?: readonly MentionSource[];
}

/** Articles + registry → corpus. Pure: every input is already in memory. */
export function buildCorpus(articles: readonly Article[], registry: readonly Entity[], options: PipelineOptions = {}): Corpus {
  const sources = [registrySource(registry), ...(options.extraSources ?? [])];
  const annotated = articles.map((a) => annotate(a, sources));
  return assembleCorpus(annotated, registry);
}
