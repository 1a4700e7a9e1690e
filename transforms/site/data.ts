import type { EntityType } from "../model.js";
import { ENTITY_TYPES } from "../model.js";
import type { ArticleView, Crosslinked, EntityView, RelatedArticle } from "../corpus/views.js";
import { QUOTED_ARTICLES } from "../corpus/quotes.js";
import { archiveByMonth, type Archive } from "./archive.js";
import { byLetter, type LetterGroup } from "./alphabet.js";
import { entityFeed, feedCard, feedDate, siteFeed, type Feed, type FeedCard } from "./feeds.js";
import { graphSummary, graphSvg, neighbourhood } from "./graph.js";
import { wikidataUrl } from "./jsonld.js";
import { recencyScores } from "./recency.js";
import { timelineChart, type TimelineChart } from "./timeline.js";
import { compareEnglish, compareEnglishBase } from "../text/collate.js";
import { bylines, listings, type Listing } from "./desk.js";
import { DEFAULT_SETTINGS, listingPath, type Logo, type SiteSettings } from "../settings.js";
import type { Redirect } from "./redirects.js";
import { newInBriefings, quoteGroups, roleLinks, rolesOverTime, type NewEntry, type QuoteGroup, type RoleLink } from "./dossier.js";
import type { RoleSummary } from "../corpus/dossier.js";

export const TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  person: { one: "Person", many: "People" },
  organization: { one: "Organisation", many: "Organisations" },
  place: { one: "Place", many: "Places" },
};

export interface IndexEntry {
  id: string;
  name: string;
  count: number;
  articles: number;
}

export interface NewsEntry extends IndexEntry {
  /** Mentions weighted toward the newest briefings (see recency.ts), rounded for display and tests. */
  score: number;
}

export interface ArticlePage extends ArticleView {
  year: string | null;
  related: (RelatedArticle & { reason: string })[];
  /** Each author with the path of their page. */
  byline: { name: string; path: string }[];
  sectionPath: string | null;
}

export interface EntityPage extends EntityView {
  typeLabel: string;
  wikidataUrl: string | null;
  timelineChart: TimelineChart;
  graph: { svg: string | null; summary: string };
  feed: Feed;
  /** How many of the latest briefings the page quotes sentences from. */
  quotedArticles: number;
  /** Its quotations by briefing, as the page shows them. */
  quoteGroups: QuoteGroup[];
  /** A person's roles in date order, when they changed; empty otherwise. */
  rolesOverTime: RoleSummary[];
  /** Its roles with the briefings that give them, as the page lists them. */
  roleLinks: RoleLink[];
}

/** What every page reads about the site: its settings (content/site.yml), the logo as rendered. */
export interface SiteInfo extends Omit<SiteSettings, "logo"> {
  logo: Logo | null;
}

export interface SiteData {
  site: SiteInfo;
  articles: ArticlePage[];
  /** Position of each article in `articles` by slug, so a briefing page can find its own view. */
  articleIndex: Record<string, number>;
  entities: EntityPage[];
  /** Entities A–Z within each type, with letter groups for jump links, for the index page. */
  index: { type: EntityType; label: string; entities: IndexEntry[]; letters: LetterGroup<IndexEntry>[] }[];
  /** What the home page shows: latest briefings and, per type, who is in the news lately. */
  home: { latest: ArticlePage[]; top: { type: EntityType; label: string; entities: NewsEntry[] }[]; fresh: NewEntry[] };
  archive: Archive;
  feeds: { site: Feed };
  /** A page and a feed per byline and per section (desk.ts). */
  authors: Listing[];
  sections: Listing[];
  /** Every briefing as feeds list it, by slug: what entity feeds are drawn from. */
  feedCards: Record<string, FeedCard>;
  /** Just what the markdown renderer needs to turn an entity tag into a link. */
  links: Record<string, { name: string; type: EntityType; description: string }>;
  typeLabels: typeof TYPE_LABELS;
  /** Entity pages an earlier build published that are gone, and where their URLs now lead. */
  redirects: Redirect[];
}

/** The site's name, description and origin (the other settings default as with no content/site.yml), and the pages an earlier build published that are gone. */
export type SiteOptions = Pick<SiteInfo, "title" | "description" | "url"> & Partial<SiteInfo> & { redirects?: Redirect[] };

const LATEST = 10;
const TOP_PER_TYPE = 8;
const REASON_NAMES = 3;

function entry(e: EntityView): IndexEntry {
  return { id: e.id, name: e.name, count: e.mentions, articles: e.articles.length };
}

/** "shares Qatar, Hamas and Steve Witkoff", naming the most telling few and counting the rest. */
export function sharedReason(shared: readonly string[], max = REASON_NAMES): string {
  if (shared.length === 0) return "";
  const named = shared.slice(0, max);
  const rest = shared.length - named.length;
  if (rest > 0) return `shares ${named.join(", ")} and ${rest} more`;
  if (named.length === 1) return `shares ${named[0]}`;
  return `shares ${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
}

function articlePage(a: ArticleView): ArticlePage {
  return {
    ...a,
    year: a.date ? a.date.slice(0, 4) : null,
    related: a.related.map((r) => ({ ...r, reason: sharedReason(r.shared) })),
    byline: bylines(a.authors),
    sectionPath: a.section ? listingPath("sections", a.section) : null,
  };
}

/** What an entity's drawn fields are drawn from. */
type DrawSource = Pick<EntityView, "id" | "name" | "type" | "mentions" | "timeline" | "coMentions" | "articles" | "firstSeen">;

/** Entity page fields drawn from others: `SiteData` draws them on first read, and the store does not keep them. */
export const DRAWN = ["timelineChart", "graph", "feed"] as const;
type Drawn = Pick<EntityPage, (typeof DRAWN)[number]>;

/**
 * Adds an entity's charts and feed as properties drawn on first read. Stored, their SVG would be a
 * third of the site data and the feeds another third (each repeating summaries held once in
 * `feedCards`), all drawn for every entity in the single-threaded build stage; drawn on read, only
 * the Eleventy processes rendering the page pay for it, in parallel. What they are drawn from stays in
 * the data, so a changed chart or feed still changes the page's digest (render-plan.ts).
 */
export function defineDrawn<T extends DrawSource>(e: T, from: { cards: Readonly<Record<string, FeedCard>>; siteTitle: string }): T & Drawn {
  const lazy = <V>(key: string, make: () => V) => {
    let value: V | undefined;
    Object.defineProperty(e, key, { enumerable: true, configurable: true, get: () => (value ??= make()) });
  };
  lazy("timelineChart", () => {
    const dated = e.timeline.reduce((n, p) => n + p.count, 0);
    return timelineChart(e.timeline, { name: e.name, undated: e.mentions - dated, id: `timeline-${e.id}` });
  });
  lazy("graph", () => {
    const graph = neighbourhood(e);
    return { svg: graphSvg(graph, { id: `graph-${e.id}` }), summary: graphSummary(graph) };
  });
  lazy("feed", () => entityFeed(e, from.cards, { title: from.siteTitle }));
  return e as T & Drawn;
}

function entityPage(e: EntityView, from: { cards: Readonly<Record<string, FeedCard>>; siteTitle: string; titles: ReadonlyMap<string, string> }): EntityPage {
  const page = {
    ...e,
    typeLabel: TYPE_LABELS[e.type].one,
    wikidataUrl: e.wikidata ? wikidataUrl(e.wikidata) : null,
    quotedArticles: QUOTED_ARTICLES,
    quoteGroups: quoteGroups(e.quotes),
    rolesOverTime: rolesOverTime(e),
    roleLinks: roleLinks(e.roles, from.titles),
  };
  return defineDrawn(page, from);
}

/** What an entity tag's link shows, per entity: all a briefing body needs besides its article. */
export function linkRecords(entities: Iterable<Pick<EntityView, "id" | "name" | "type" | "description">>): SiteData["links"] {
  const links: SiteData["links"] = {};
  for (const e of entities) links[e.id] = { name: e.name, type: e.type, description: e.description };
  return links;
}

/** The one object handed to Eleventy as global data. Templates only present it. */
export function siteData(x: Crosslinked, given: SiteOptions): SiteData {
  const { redirects = [], ...info } = given;
  const options: SiteInfo = { ...DEFAULT_SETTINGS, logo: null, ...info };
  const articles = x.articles.map(articlePage);
  const fallback = feedDate(x.articles);
  const feedCards = Object.fromEntries(x.articles.map((a) => [a.slug, feedCard(a, fallback)]));
  const titles = new Map(x.articles.map((a) => [a.slug, a.title]));
  const entities = x.entities.map((e) => entityPage(e, { cards: feedCards, siteTitle: options.title, titles }));

  const index = ENTITY_TYPES.map((type) => {
    const list = x.entities
      .filter((e) => e.type === type)
      .map(entry)
      .sort((a, b) => compareEnglishBase(a.name, b.name));
    return { type, label: TYPE_LABELS[type].many, entities: list, letters: byLetter(list, type) };
  });

  const scores = recencyScores(x.articles);
  const top = ENTITY_TYPES.map((type) => ({
    type,
    label: TYPE_LABELS[type].many,
    entities: x.entities
      .filter((e) => e.type === type && (scores.get(e.id) ?? 0) > 0)
      .map((e) => ({ ...entry(e), score: Math.round((scores.get(e.id) ?? 0) * 1000) / 1000 }))
      .sort((a, b) => b.score - a.score || b.count - a.count || compareEnglish(a.name, b.name))
      .slice(0, TOP_PER_TYPE),
  }));

  const links = linkRecords(x.entities);
  return {
    site: options,
    articles,
    articleIndex: Object.fromEntries(articles.map((a, i) => [a.slug, i])),
    entities,
    index,
    home: { latest: articles.slice(0, LATEST), top, fresh: newInBriefings(x.entities, x.articles.find((a) => a.date)?.date ?? null) },
    archive: archiveByMonth(articles),
    feeds: { site: siteFeed(x.articles, options) },
    authors: listings("authors", x.articles, feedCards, options.title),
    sections: listings("sections", x.articles, feedCards, options.title),
    feedCards,
    links,
    typeLabels: TYPE_LABELS,
    redirects,
  };
}
