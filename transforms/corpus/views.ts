// What crosslinking makes of a corpus: one view per article and per entity, the shapes the site
// data and the markdown are built from.
import type { Entity, EntityCount, EntityType } from "../model.js";

export interface ArticleRef {
  slug: string;
  title: string;
  date: string | null;
}

export interface RelatedArticle extends ArticleRef {
  /** Names of the entities the two articles share, most telling first. */
  shared: string[];
  // No score: it moves with every article added (idf), so publishing it would change every briefing.
}

/** A sentence cut into runs, with the entity's own mentions flagged for highlighting. */
export type Context = { text: string; mark: boolean }[];

export interface ArticleView extends ArticleRef {
  titleDerived: boolean;
  source: string | null;
  url: string | null;
  summary: string;
  words: number;
  readingMinutes: number;
  entities: EntityCount[];
  /** The same entities grouped by type (people, organisations, places), for the sidebar. */
  groups: { type: EntityType; entities: EntityCount[] }[];
  related: RelatedArticle[];
  prev: ArticleRef | null;
  next: ArticleRef | null;
}

export interface EntityArticle extends ArticleRef {
  count: number;
  contexts: Context[];
  /** Sentences mentioning the entity in this briefing beyond those quoted (QUOTED_PER_BRIEFING). */
  moreContexts: number;
}

export interface EntityView extends Entity {
  mentions: number;
  articles: EntityArticle[];
  coMentions: (EntityCount & { articles: number })[];
  timeline: { date: string; count: number }[];
}

export interface Crosslinked {
  articles: ArticleView[];
  entities: EntityView[];
  /**
   * Entity id → digest of everything its view's briefings, co-mentions and timeline are computed
   * from: the entity, and each of its briefings whole (text, mentions, the entities it names). Equal
   * digests, equal views; the site store reuses what it wrote last time for those.
   */
  inputs: ReadonlyMap<string, string>;
}
