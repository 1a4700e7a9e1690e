import type { Article, ArticleAnalysis, Corpus, Entity } from "../model.js";
import type { Recogniser } from "../ner/index.js";
import { analyseArticle, type MentionSources } from "../entities/annotate.js";
import { indexRegistry } from "../entities/match-registry.js";
import { linkCorpus } from "../entities/link-corpus.js";
import { assembleCorpus } from "./assemble.js";

export interface PipelineOptions {
  /** The automatic recogniser; without it only registry entities are found. */
  recogniser?: Recogniser;
}

/** What finds the mentions in each article: the registry matcher, and the recogniser when given. */
export function mentionSources(registry: readonly Entity[], recogniser?: Recogniser): MentionSources {
  return { registry: indexRegistry(registry), ...(recogniser ? { recogniser } : {}) };
}

/**
 * Articles + registry → corpus: per-article analysis, then linking across the corpus. Pure.
 * The build runs the same stages, with the per-article half cached and spread over worker threads
 * (transforms/build/analyse), then `corpusFromAnalyses` and `publishedCorpus` from here.
 */
export function buildCorpus(articles: readonly Article[], registry: readonly Entity[], options: PipelineOptions = {}): Corpus {
  const sources = mentionSources(registry, options.recogniser);
  return corpusFromAnalyses(articles.map((a) => analyseArticle(a, sources)), registry);
}

/** The global half of `buildCorpus`, for analyses made elsewhere (worker threads, the cache). Pure. */
export function corpusFromAnalyses(analyses: readonly ArticleAnalysis[], registry: readonly Entity[]): Corpus {
  const linked = linkCorpus(analyses, registry);
  return assembleCorpus(linked.annotated, linked.entities);
}

/** The corpus as the site shows it: only entities with a page, and only mentions of those. */
export function publishedCorpus(corpus: Corpus): Corpus {
  const entities = new Map([...corpus.entities].filter(([, e]) => e.published));
  return {
    entities,
    articles: corpus.articles.map((a) => ({ ...a, mentions: a.mentions.filter((m) => entities.has(m.entityId)) })),
  };
}
