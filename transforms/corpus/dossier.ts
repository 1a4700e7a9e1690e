import type { AnnotatedArticle, Entity } from "../model.js";
import { attributeQuotes, type AttributedQuote } from "./attribution.js";
import { rolesIn, type RoleMention } from "./roles.js";

/** What one briefing says about the entities it names: their roles, and their words. */
export interface ArticleDossier {
  roles: RoleMention[];
  quotes: AttributedQuote[];
}

/**
 * What one article says on its own: every role it gives and every quotation it attributes. Roles
 * first: "the minister said" is resolved through the titles the article gives; quotes are read with
 * every role, as the briefing body marks them (transforms/render/markdown.ts). It depends only on the
 * article's text, blocks and mentions, so a build may keep it between builds (see `ReadArticle`).
 */
export function readArticle(a: AnnotatedArticle): ArticleDossier {
  const roles = rolesIn(a.article, a.mentions);
  return { roles, quotes: attributeQuotes(a.article, a.mentions, roles) };
}

/** How the dossiers read an article: `readArticle`, or a build's cache of its results. */
export type ReadArticle = (a: AnnotatedArticle) => ArticleDossier;

/**
 * An article's reading for the dossiers: only the roles listed drop an entity's own possessive
 * ("Hamas's armed wing" says nothing of Hamas). Pure.
 */
export function articleDossier(a: AnnotatedArticle, entities: ReadonlyMap<string, Pick<Entity, "name">>, read: ReadArticle = readArticle): ArticleDossier {
  const { roles, quotes } = read(a);
  const own = (r: RoleMention) => {
    const name = entities.get(r.entityId)?.name.toLowerCase();
    return name !== undefined && r.text.toLowerCase().startsWith(`${name}'s `);
  };
  return { roles: roles.filter((r) => !own(r)), quotes };
}

/** One role of an entity across the corpus: how often it is given, where, and over which dates. */
export interface RoleSummary {
  text: string;
  count: number;
  /** Briefing slugs, newest first. */
  articles: string[];
  first: string | null;
  last: string | null;
}

/** One quotation of an entity, with the briefing it is from. */
export interface QuoteRef {
  text: string;
  article: string;
  title: string;
  date: string | null;
}

export interface EntityDossier {
  roles: RoleSummary[];
  quotes: QuoteRef[];
}

/**
 * Per entity, its roles (most often given first) and its quotations (newest briefing first, in text
 * order within one). `articles` must be newest first, as the corpus keeps them. Roles that differ only
 * in case are one role, shown as most often written.
 */
export function entityDossiers(articles: readonly AnnotatedArticle[], entities: ReadonlyMap<string, Pick<Entity, "name">>, read: ReadArticle = readArticle): Map<string, EntityDossier> {
  const roles = new Map<string, Map<string, RoleSummary & { forms: Map<string, number> }>>();
  const quotes = new Map<string, QuoteRef[]>();
  for (const a of articles) {
    const { slug, title, date } = a.article;
    const d = articleDossier(a, entities, read);
    for (const r of d.roles) {
      let mine = roles.get(r.entityId);
      if (!mine) roles.set(r.entityId, (mine = new Map()));
      const key = r.text.toLowerCase();
      let s = mine.get(key);
      if (!s) mine.set(key, (s = { text: r.text, count: 0, articles: [], first: null, last: null, forms: new Map() }));
      s.count++;
      s.forms.set(r.text, (s.forms.get(r.text) ?? 0) + 1);
      if (s.articles.at(-1) !== slug) s.articles.push(slug);
      if (date) {
        s.first = s.first === null || date < s.first ? date : s.first;
        s.last = s.last === null || date > s.last ? date : s.last;
      }
    }
    for (const q of d.quotes) {
      let list = quotes.get(q.speaker);
      if (!list) quotes.set(q.speaker, (list = []));
      // The comma before "he said" is the sentence's, not the speaker's.
      list.push({ text: q.text.replace(/\s*[,;:]$/u, ""), article: slug, title, date });
    }
  }
  const out = new Map<string, EntityDossier>();
  for (const id of new Set([...roles.keys(), ...quotes.keys()])) {
    const summaries = [...(roles.get(id)?.values() ?? [])].map(({ forms, ...s }) => ({
      ...s,
      text: [...forms.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0],
    }));
    summaries.sort((x, y) => y.count - x.count || y.articles.length - x.articles.length || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
    out.set(id, { roles: summaries, quotes: quotes.get(id) ?? [] });
  }
  return out;
}
