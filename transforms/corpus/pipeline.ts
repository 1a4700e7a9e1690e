// The corpus stages' own functions; transforms/build/pipeline.ts runs them in order with the rest.
import type { ArticleAnalysis, Corpus, Entity } from "../model.js";
import type { Recogniser } from "../ner/index.js";
import type { MentionSources } from "../entities/annotate.js";
import { indexRegistry } from "../entities/match-registry.js";
import { linkCorpus } from "../entities/link-corpus.js";
import { assembleCorpus } from "./assemble.js";
import { applyDecisions, type Applied } from "../entities/apply-decisions.js";
import type { Decisions } from "../entities/decision-files.js";

/** What finds the mentions in each article: the registry matcher, and the recogniser when given. */
export function mentionSources(registry: readonly Entity[], recogniser?: Recogniser): MentionSources {
  return { registry: indexRegistry(registry), ...(recogniser ? { recogniser } : {}) };
}

/** Analyses → corpus: entities linked across the corpus, which `analyseArticle` sees one article of. Pure. */
export function corpusFromAnalyses(analyses: readonly ArticleAnalysis[], registry: readonly Entity[]): Corpus {
  const linked = linkCorpus(analyses, registry);
  return assembleCorpus(linked.annotated, linked.entities);
}

/** `corpusFromAnalyses`, then the desk's decisions (merges, rejections) over what linking found. Pure. */
export function decidedCorpus(analyses: readonly ArticleAnalysis[], registry: readonly Entity[], decisions: Decisions): Applied {
  return applyDecisions(corpusFromAnalyses(analyses, registry), decisions);
}

/** The corpus as the site shows it: only entities with a page, and only mentions of those. */
export function publishedCorpus(corpus: Corpus): Corpus {
  const entities = new Map([...corpus.entities].filter(([, e]) => e.published));
  return {
    entities,
    articles: corpus.articles.map((a) => ({ ...a, mentions: a.mentions.filter((m) => entities.has(m.entityId)) })),
  };
}
