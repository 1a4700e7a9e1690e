// One view per entity: the briefings that name it (the latest quoted), the entities named beside it,
// its timeline, and a digest of its inputs so an unchanged view can be reused.
import type { AnnotatedArticle, EntityCount, EntityType, Slug } from "../model.js";
import { compareEnglish } from "../text/collate.js";
import { digest } from "../digest.js";
import type { EntityIndex } from "./entity-index.js";
import { QUOTED_ARTICLES, QUOTED_PER_BRIEFING, quoteMaker, type Quotes } from "./quotes.js";
import { topK } from "./top-k.js";
import { entityDossiers, type ReadArticle } from "./dossier.js";
import type { Context, EntityArticle, EntityView } from "./views.js";

const CO_MENTIONS = 24;

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An entity's entry for one briefing. Its quoted sentences are cut when first read, for all the
 * entities the briefing quotes at once: an incremental build reuses most entities' stored views and
 * never reads theirs, which spares cutting sentences across the corpus.
 */
class BriefingEntry implements EntityArticle {
  readonly #quotes: ((entityId: string) => Quotes) | null;
  readonly #id: string;
  constructor(
    readonly slug: Slug,
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
 * An entity the registry does not describe is described as the briefings most often call it ("Former
 * vice president"); an automatic entity's stock line ("Person found automatically…") is only for one
 * the briefings give no role.
 */
export function describe(e: Pick<EntityView, "description" | "origin">, topRole: string | undefined): string {
  if (topRole === undefined || (e.origin === "registry" && e.description)) return e.description;
  // Capitalise a lower-case first word ("former"), never a word that has capitals of its own ("iPhone").
  return /^[a-z]+\b/u.test(topRole) ? topRole[0]!.toUpperCase() + topRole.slice(1) : topRole;
}

/** Every entity's view, most mentioned first, and entity id → digest of the view's inputs. */
export function entityViews(index: EntityIndex, read?: ReadArticle): { views: EntityView[]; inputs: Map<string, string> } {
  const { articles, entities, counts, codes, ids, code, postings, tallies } = index;
  const names = ids.map((id) => entities.get(id)!.name);
  // Sentences are cut only for the (article, entity) pairs a page quotes: each entity's latest briefings.
  const quotes = articles.map(quoteMaker);
  const articleInputs = articles.map((a, i) => articleInput(a, counts[i]!));
  const inputs = new Map<string, string>();
  const co = new Int32Array(ids.length);
  const views: EntityView[] = [];
  const dossiers = entityDossiers(articles, entities, read);
  for (const e of entities.values()) {
    const self = code.get(e.id);
    const idxs = self === undefined ? [] : postings[self]!;
    // Co-mentioned entities in the order first met, which breaks ties between equal names.
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
      // popular entity would be one of the build's largest costs.
      .sort((x, y) => y.count - x.count || byName(x.name, y.name));
    for (const c of met) co[c] = 0;
    const dossier = dossiers.get(e.id);
    const roles = dossier?.roles ?? [];
    const dated = idxs.filter((i) => articles[i]!.article.date !== null);
    const ref = (i: number) => ({ slug: articles[i]!.article.slug, title: articles[i]!.article.title, date: articles[i]!.article.date });
    views.push({
      ...e,
      description: describe(e, roles[0]?.text),
      mentions,
      roles,
      quotes: dossier?.quotes ?? [],
      // Articles are newest first: the last dated one is the first appearance.
      firstSeen: dated.length ? ref(dated.at(-1)!) : null,
      lastSeen: dated.length ? ref(dated[0]!) : null,
      articles: list,
      coMentions,
      timeline: [...timeline.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([date, count]) => ({ date, count })),
    });
  }
  views.sort((a, b) => b.mentions - a.mentions || compareEnglish(a.name, b.name));
  return { views, inputs };
}
