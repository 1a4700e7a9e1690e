import type { AnnotatedArticle, Corpus, Entity, EntityCount, EntityType, Mention, Range } from "./model.js";
import { ENTITY_TYPES } from "./model.js";
import { entityCounts } from "./entities/annotate.js";
import { sentenceRanges, squash } from "./text/sentences.js";
import { proseRanges } from "./text/ranges.js";
import { compareEnglish } from "./text/collate.js";
import { digest } from "./digest.js";
import { entityDossiers, type QuoteRef, type RoleSummary } from "./corpus/dossier.js";

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
  /** The roles the briefings give it, most often first (transforms/corpus/dossier.ts). */
  roles: RoleSummary[];
  /** What it said, newest briefing first. */
  quotes: QuoteRef[];
  /** Its first and latest dated briefings; null when none is dated. */
  firstSeen: ArticleRef | null;
  lastSeen: ArticleRef | null;
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
   * digests, equal views; the site store reuses what it wrote last time for those (issue #6).
   */
  inputs: ReadonlyMap<string, string>;
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
    // A plain loop: `Float64Array.from` with a map function takes V8's slow generic path.
    const keys = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) keys[i] = key(items[i]!);
    keys.sort();
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
function* sentencesWithMentions(
  a: AnnotatedArticle,
  mentions: readonly Mention[] = a.mentions,
  sentencesIn: (paragraph: Range) => readonly Range[] = (r) => sentenceRanges(a.article.text, r.start, r.end),
): Generator<{ start: number; end: number; marks: Mention[] }> {
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  let next = 0;
  for (const r of proseRanges(a.article.blocks, a.article.titleRange)) {
    while (next < sorted.length && sorted[next]!.start < r.start) next++;
    if (next >= sorted.length) return;
    if (sorted[next]!.start >= r.end) continue;
    for (const s of sentencesIn(r)) {
      while (next < sorted.length && sorted[next]!.start < s.start) next++;
      const marks: Mention[] = [];
      for (; next < sorted.length && sorted[next]!.start < s.end; next++) if (sorted[next]!.end <= s.end) marks.push(sorted[next]!);
      if (marks.length > 0) yield { start: s.start, end: s.end, marks };
    }
  }
}

/** Sentences of one article that mention `entityId`, each split into plain and highlighted runs. */
export function contextsFor(a: AnnotatedArticle, entityId: string): Context[] {
  return quotesFor(a, entityId).contexts;
}

type Quotes = { contexts: Context[]; more: number };

/** `contextsFor`, up to `cap` sentences and the rest counted, cutting paragraphs with `sentencesIn`. */
function quotesFor(a: AnnotatedArticle, entityId: string, cap = Infinity, sentencesIn?: (paragraph: Range) => readonly Range[]): Quotes {
  const own = a.mentions.filter((m) => m.entityId === entityId);
  const out: Quotes = { contexts: [], more: 0 };
  for (const s of sentencesWithMentions(a, own, sentencesIn)) {
    if (out.contexts.length < cap) out.contexts.push(runs(a.article.text, s.start, s.end, s.marks));
    else out.more++;
  }
  return out;
}

/**
 * One article's quotes per entity, each made when first asked for. Paragraphs are cut into sentences
 * once, for whichever entity asks first, and only those holding an asking entity's mentions: a full
 * build asks for every quoted entity, an incremental one mostly for those the new article names.
 */
function quoteMaker(a: AnnotatedArticle): (entityId: string) => Quotes {
  const paragraphs = new Map<number, readonly Range[]>();
  const sentencesIn = (r: Range) => {
    let found = paragraphs.get(r.start);
    if (!found) paragraphs.set(r.start, (found = sentenceRanges(a.article.text, r.start, r.end)));
    return found;
  };
  const made = new Map<string, Quotes>();
  return (id) => {
    let q = made.get(id);
    if (!q) made.set(id, (q = quotesFor(a, id, QUOTED_PER_BRIEFING, sentencesIn)));
    return q;
  };
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
 * An entity's entry for one briefing. Its quoted sentences are cut when first read, for all the
 * entities the briefing quotes at once: an incremental build reuses most entities' stored views and
 * never reads theirs, which spares cutting sentences across the corpus.
 */
class BriefingEntry implements EntityArticle {
  readonly #quotes: ((entityId: string) => Quotes) | null;
  readonly #id: string;
  constructor(
    readonly slug: string,
    readonly title: string,
    readonly date: string | null,
    readonly count: number,
    id: string,
    /** Null when the entity's page lists this briefing without quoting it. */
    quotes: ((entityId: string) => Quotes) | null,
  ) {
    this.#id = id;
    this.#quotes = quotes;
  }
  get contexts(): Context[] {
    return this.#quotes?.(this.#id).contexts ?? [];
  }
  get moreContexts(): number {
    return this.#quotes?.(this.#id).more ?? 0;
  }
  /** The plain record, fields in their stored order. */
  toJSON(): EntityArticle {
    return { slug: this.slug, title: this.title, date: this.date, count: this.count, contexts: this.contexts, moreContexts: this.moreContexts };
  }
}

/** Digest of what an article contributes to the views of the entities it names. */
function articleInput(a: AnnotatedArticle, counts: readonly EntityCount[]): string {
  const { slug, title, date, text, blocks, titleRange } = a.article;
  return digest(slug, title, date ?? "", text, JSON.stringify([blocks, titleRange]), JSON.stringify(a.mentions.map((m) => [m.start, m.end, m.entityId])), JSON.stringify(counts));
}

/**
 * Everything the site shows beyond one article's own text: related briefings ranked by shared
 * entities (rarer entities weigh more), co-mentions, mention contexts and timelines.
 */
export function crosslink(corpus: Corpus): Crosslinked {
  const { articles, entities } = corpus;
  const counts = articles.map((a) => entityCounts(a.mentions, entities));
  // Entities are numbered so that the hot loops below count in typed arrays, not string-keyed maps:
  // scoring and co-mention counting were most of crosslinking, and grew faster than the corpus (issue #6).
  const number = new Map<string, number>();
  const codes = counts.map((list) => Int32Array.from(list, (c) => number.get(c.id) ?? number.set(c.id, number.size).size - 1));
  const ids = [...number.keys()];
  const names = ids.map((id) => entities.get(id)!.name);
  const postings: number[][] = Array.from({ length: number.size }, () => []);
  /** Per entity, its count in each article of its postings. */
  const tallies: number[][] = Array.from({ length: number.size }, () => []);
  codes.forEach((list, i) => {
    list.forEach((c, k) => {
      postings[c]!.push(i);
      tallies[c]!.push(counts[i]![k]!.count);
    });
  });
  const idf = (c: number) => Math.log((articles.length + 1) / postings[c]!.length);

  // Entities in more articles than this (the "United States" of a corpus) would make scoring
  // quadratic; they only add their small weight to candidates the rarer entities already found.
  const walkLimit = Math.max(COMMON_ENTITY, Math.ceil(Math.sqrt(articles.length) * 2));
  // Which articles name each common entity, one byte an article, made when first needed.
  const members = new Map<number, Uint8Array>();
  const membersOf = (c: number) => {
    let m = members.get(c);
    if (!m) {
      members.set(c, (m = new Uint8Array(articles.length)));
      for (const i of postings[c]!) m[i] = 1;
    }
    return m;
  };
  // Marks the entities of one article, to tell which of another's it shares.
  const mark = new Int32Array(number.size).fill(-1);
  const scores = new Float64Array(articles.length);
  const seenBy = new Int32Array(articles.length).fill(-1);
  const views: ArticleView[] = articles.map((a, i) => {
    const touched: number[] = [];
    const common: number[] = [];
    const list = codes[i]!;
    for (const c of list) {
      const at = postings[c]!;
      if (at.length > walkLimit) {
        common.push(c);
        continue;
      }
      const w = idf(c);
      for (const j of at) {
        if (j === i) continue;
        if (seenBy[j] !== i) {
          seenBy[j] = i;
          scores[j] = 0;
          touched.push(j);
        }
        scores[j] = scores[j]! + w;
      }
    }
    // Common entities only reorder the strongest candidates; touching every candidate was quadratic.
    const byScore = (x: number, y: number) => scores[y]! - scores[x]! || x - y;
    const shortlist = topK(touched, SHORTLIST, (j) => scores[j]!, byScore);
    for (const c of common) {
      const w = idf(c);
      const has = membersOf(c);
      for (const j of shortlist) if (has[j]) scores[j] = scores[j]! + w;
    }
    const related = shortlist
      .sort(byScore)
      .slice(0, RELATED)
      .map((j) => {
        // What the two share, rarer (weightier) entities first. Equal weights mean equal article
        // counts, so ties never mix common and rare entities.
        for (const c of codes[j]!) mark[c] = j;
        const shared = [...counts[i]!.entries()]
          .filter(([k]) => mark[list[k]!] === j)
          .map(([k, c]) => ({ name: c.name, w: idf(list[k]!) }))
          .sort((x, y) => y.w - x.w || compareEnglish(x.name, y.name));
        return { ...ref(articles[j]!), shared: shared.map((x) => x.name) };
      });
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
  const quotes = articles.map(quoteMaker);
  const articleInputs = articles.map((a, i) => articleInput(a, counts[i]!));
  const inputs = new Map<string, string>();
  const co = new Int32Array(number.size);
  const entityViews: EntityView[] = [];
  const dossiers = entityDossiers(articles, entities);
  for (const e of entities.values()) {
    const self = number.get(e.id);
    const idxs = self === undefined ? [] : postings[self]!;
    // Co-mentioned entities in the order first met, which breaks ties between equal names as before.
    const met: number[] = [];
    const timeline = new Map<string, number>();
    let mentions = 0;
    const list: EntityArticle[] = idxs.map((i, k) => {
      const a = articles[i]!;
      const count = tallies[self!]![k]!;
      mentions += count;
      if (a.article.date) timeline.set(a.article.date, (timeline.get(a.article.date) ?? 0) + count);
      for (const c of codes[i]!) if (c !== self && (co[c] = co[c]! + 1) === 1) met.push(c);
      return new BriefingEntry(a.article.slug, a.article.title, a.article.date, count, e.id, k < QUOTED_ARTICLES ? quotes[i]! : null);
    });
    // Joined, not spread: the commonest entities are in tens of thousands of briefings.
    inputs.set(e.id, digest(JSON.stringify(e), String(QUOTED_ARTICLES), String(QUOTED_PER_BRIEFING), idxs.map((i) => articleInputs[i]!).join(",")));
    const top = topK(met, CO_MENTIONS, (c) => co[c]!, (x, y) => co[y]! - co[x]! || byName(names[x]!, names[y]!));
    const coMentions = top
      .map((c) => {
        const other = entities.get(ids[c]!)!;
        return { id: other.id, name: other.name, type: other.type as EntityType, count: co[c]!, articles: co[c]! };
      })
      // Plain code-unit order breaks ties: localeCompare over tens of thousands of co-mentions per
      // popular entity was one of the build's largest costs.
      .sort((x, y) => y.count - x.count || byName(x.name, y.name));
    for (const c of met) co[c] = 0;
    const dossier = dossiers.get(e.id);
    const dated = idxs.filter((i) => articles[i]!.article.date !== null);
    const roles = dossier?.roles ?? [];
    entityViews.push({
      ...e,
      // An entity the registry does not describe is described as the briefings most often call it.
      description: e.description || (roles[0]?.text ?? ""),
      mentions,
      roles,
      quotes: dossier?.quotes ?? [],
      // Articles are newest first: the last dated one is the first appearance.
      firstSeen: dated.length ? ref(articles[dated.at(-1)!]!) : null,
      lastSeen: dated.length ? ref(articles[dated[0]!]!) : null,
      articles: list,
      coMentions,
      timeline: [...timeline.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([date, count]) => ({ date, count })),
    });
  }
  entityViews.sort((a, b) => b.mentions - a.mentions || compareEnglish(a.name, b.name));
  return { articles: views, entities: entityViews, inputs };
}
