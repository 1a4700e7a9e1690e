import type { AnnotatedArticle, Corpus, Entity, EntityCount, EntityType, Mention } from "./model.js";
import { ENTITY_TYPES } from "./model.js";
import { entityCounts } from "./entities/annotate.js";
import { sentenceRanges, squash } from "./text/sentences.js";
import { proseRanges } from "./text/ranges.js";

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
}

const WORDS_PER_MINUTE = 230;
const RELATED = 5;
const COMMON_ENTITY = 50;
const SHORTLIST = 50;
const CO_MENTIONS = 24;
/**
 * An entity page quotes sentences from its latest briefings only; older ones are listed without
 * quotes. Quoting all of them made the largest pages grow with the corpus (MBs at 20k articles),
 * and they dominated build time and memory (issue #6).
 */
export const QUOTED_ARTICLES = 20;
/**
 * …and at most this many sentences from any one briefing: a 10 MB article names its main subjects
 * thousands of times, and quoting every sentence made their pages tens of MB (issue #7).
 */
export const QUOTED_PER_BRIEFING = 10;

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The first `k` of `items` in `order`, which must rank higher `key`s first. Only items whose key
 * reaches the k-th largest are sorted with `order`: popular entities have thousands of co-mentions
 * and articles thousands of related candidates, and sorting them all was most of crosslinking.
 */
export function topK<T>(items: T[], k: number, key: (item: T) => number, order: (a: T, b: T) => number): T[] {
  if (items.length > k) {
    const keys = Float64Array.from(items, key).sort();
    const threshold = keys[keys.length - k]!;
    items = items.filter((x) => key(x) >= threshold);
  }
  return items.sort(order).slice(0, k);
}

function ref(a: AnnotatedArticle): ArticleRef {
  return { slug: a.article.slug, title: a.article.title, date: a.article.date };
}

function countWords(a: AnnotatedArticle): number {
  let n = 0;
  for (const r of proseRanges(a.article.blocks, null)) n += a.article.text.slice(r.start, r.end).split(/\s+/u).filter(Boolean).length;
  return n;
}

function summaryOf(a: AnnotatedArticle, max = 220): string {
  const lede = a.article.blocks.find((b) => b.kind === "paragraph");
  if (!lede || lede.kind !== "paragraph") return "";
  const text = squash(a.article.text.slice(lede.start, lede.end));
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max);
  return `${text.slice(0, cut > 0 ? cut : max).replace(/[\s,;:]+$/u, "")}…`;
}

/**
 * Each sentence of an article's prose that holds mentions, with those mentions in order. One walk
 * over sentences and mentions together: filtering all mentions per paragraph and per sentence was
 * quadratic, minutes on a 10 MB article. A mention that crosses a sentence break belongs to none.
 */
function* sentencesWithMentions(a: AnnotatedArticle, mentions: readonly Mention[] = a.mentions): Generator<{ start: number; end: number; marks: Mention[] }> {
  const text = a.article.text;
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  let next = 0;
  for (const r of proseRanges(a.article.blocks, a.article.titleRange)) {
    while (next < sorted.length && sorted[next]!.start < r.start) next++;
    if (next >= sorted.length) return;
    if (sorted[next]!.start >= r.end) continue;
    for (const s of sentenceRanges(text, r.start, r.end)) {
      while (next < sorted.length && sorted[next]!.start < s.start) next++;
      const marks: Mention[] = [];
      for (; next < sorted.length && sorted[next]!.start < s.end; next++) if (sorted[next]!.end <= s.end) marks.push(sorted[next]!);
      if (marks.length > 0) yield { start: s.start, end: s.end, marks };
    }
  }
}

/** Sentences of one article that mention `entityId`, each split into plain and highlighted runs. */
export function contextsFor(a: AnnotatedArticle, entityId: string): Context[] {
  const own = a.mentions.filter((m) => m.entityId === entityId);
  return [...sentencesWithMentions(a, own)].map((s) => runs(a.article.text, s.start, s.end, s.marks));
}

/**
 * `contextsFor` for every entity of an article in one pass: the article's sentences are found once,
 * not once per entity it mentions (scale: issue #6). Same output, entity by entity, up to `cap`
 * sentences each; the rest are only counted.
 */
export function contextsByEntity(a: AnnotatedArticle, wanted?: ReadonlySet<string>, cap = Infinity): Map<string, { contexts: Context[]; more: number }> {
  const out = new Map<string, { contexts: Context[]; more: number }>();
  if (wanted?.size === 0) return out;
  const mentions = wanted ? a.mentions.filter((m) => wanted.has(m.entityId)) : a.mentions;
  for (const s of sentencesWithMentions(a, mentions)) {
    const byEntity = new Map<string, Mention[]>();
    for (const m of s.marks) {
      const list = byEntity.get(m.entityId);
      if (list) list.push(m);
      else byEntity.set(m.entityId, [m]);
    }
    for (const [id, marks] of byEntity) {
      const entry = out.get(id) ?? { contexts: [], more: 0 };
      out.set(id, entry);
      if (entry.contexts.length < cap) entry.contexts.push(runs(a.article.text, s.start, s.end, marks));
      else entry.more++;
    }
  }
  return out;
}

function runs(text: string, start: number, end: number, marks: readonly Mention[]): Context {
  const out: Context = [];
  let at = start;
  for (const m of marks) {
    if (m.start > at) out.push({ text: text.slice(at, m.start).replace(/\s+/gu, " "), mark: false });
    out.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < end) out.push({ text: text.slice(at, end).replace(/\s+/gu, " "), mark: false });
  return out;
}

/**
 * Everything the site shows beyond one article's own text: related briefings ranked by shared
 * entities (rarer entities weigh more), co-mentions, mention contexts and timelines.
 */
export function crosslink(corpus: Corpus): Crosslinked {
  const { articles, entities } = corpus;
  const counts = articles.map((a) => entityCounts(a.mentions, entities));
  const df = new Map<string, number>();
  for (const list of counts) for (const c of list) df.set(c.id, (df.get(c.id) ?? 0) + 1);
  const idf = (id: string) => Math.log((articles.length + 1) / (df.get(id) ?? 1));

  // Inverted index, so related-article scoring touches only articles that share something.
  const byEntity = new Map<string, number[]>();
  counts.forEach((list, i) => {
    for (const c of list) {
      const at = byEntity.get(c.id);
      if (at) at.push(i);
      else byEntity.set(c.id, [i]);
    }
  });

  // Entities in more articles than this (the "United States" of a corpus) would make scoring
  // quadratic; they only add their small weight to candidates the rarer entities already found.
  const walkLimit = Math.max(COMMON_ENTITY, Math.ceil(Math.sqrt(articles.length) * 2));
  const idsOf = counts.map((list) => new Set(list.map((c) => c.id)));
  const views: ArticleView[] = articles.map((a, i) => {
    const scores = new Map<number, { score: number; shared: { name: string; w: number }[] }>();
    const common: EntityCount[] = [];
    for (const c of counts[i]!) {
      const postings = byEntity.get(c.id) ?? [];
      if (postings.length > walkLimit) {
        common.push(c);
        continue;
      }
      const w = idf(c.id);
      for (const j of postings) {
        if (j === i) continue;
        const s = scores.get(j) ?? { score: 0, shared: [] };
        s.score += w;
        s.shared.push({ name: c.name, w });
        scores.set(j, s);
      }
    }
    // Common entities only reorder the strongest candidates; touching every candidate was quadratic.
    const shortlist = topK([...scores.entries()], SHORTLIST, (x) => x[1].score, (x, y) => y[1].score - x[1].score || x[0] - y[0]);
    for (const c of common) {
      const w = idf(c.id);
      for (const [j, s] of shortlist) {
        if (!idsOf[j]!.has(c.id)) continue;
        s.score += w;
        s.shared.push({ name: c.name, w });
      }
    }
    const related = shortlist
      .sort((x, y) => y[1].score - x[1].score || x[0] - y[0])
      .slice(0, RELATED)
      .map(([j, s]) => ({
        ...ref(articles[j]!),
        shared: s.shared.sort((x, y) => y.w - x.w || x.name.localeCompare(y.name, "en")).map((x) => x.name),
      }));
    const words = countWords(a);
    return {
      ...ref(a),
      titleDerived: a.article.titleDerived,
      source: a.article.source,
      url: a.article.url,
      summary: summaryOf(a),
      words,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      entities: counts[i]!,
      groups: ENTITY_TYPES.map((type) => ({ type, entities: counts[i]!.filter((c) => c.type === type) })).filter((g) => g.entities.length > 0),
      related,
      // Articles are newest first: "previous" is the older neighbour, "next" the newer one.
      prev: articles[i + 1] && a.article.date ? ref(articles[i + 1]!) : null,
      next: i > 0 ? ref(articles[i - 1]!) : null,
    };
  });

  // Sentences are cut only for the (article, entity) pairs a page quotes: each entity's latest briefings.
  const quoted = articles.map(() => new Set<string>());
  for (const [id, idxs] of byEntity) for (const i of idxs.slice(0, QUOTED_ARTICLES)) quoted[i]!.add(id);
  const contexts = articles.map((a, i) => contextsByEntity(a, quoted[i], QUOTED_PER_BRIEFING));
  // An article can name thousands of entities; finding each one's count by scanning was quadratic.
  const countOf = counts.map((list) => new Map(list.map((c) => [c.id, c.count])));
  const entityViews: EntityView[] = [];
  for (const e of entities.values()) {
    const idxs = byEntity.get(e.id) ?? [];
    const co = new Map<string, number>();
    const timeline = new Map<string, number>();
    let mentions = 0;
    const list: EntityArticle[] = idxs.map((i) => {
      const a = articles[i]!;
      const count = countOf[i]!.get(e.id)!;
      mentions += count;
      if (a.article.date) timeline.set(a.article.date, (timeline.get(a.article.date) ?? 0) + count);
      for (const c of counts[i]!) if (c.id !== e.id) co.set(c.id, (co.get(c.id) ?? 0) + 1);
      const quotes = contexts[i]!.get(e.id);
      return { ...ref(a), count, contexts: quotes?.contexts ?? [], moreContexts: quotes?.more ?? 0 };
    });
    const coMentions = topK([...co.entries()], CO_MENTIONS, (x) => x[1], (x, y) => y[1] - x[1] || byName(entities.get(x[0])!.name, entities.get(y[0])!.name))
      .map(([id, n]) => {
        const other = entities.get(id)!;
        return { id, name: other.name, type: other.type as EntityType, count: n, articles: n };
      })
      // Plain code-unit order breaks ties: localeCompare over tens of thousands of co-mentions per
      // popular entity was one of the build's largest costs.
      .sort((x, y) => y.count - x.count || byName(x.name, y.name));
    entityViews.push({
      ...e,
      mentions,
      articles: list,
      coMentions,
      timeline: [...timeline.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([date, count]) => ({ date, count })),
    });
  }
  entityViews.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, "en"));
  return { articles: views, entities: entityViews };
}
