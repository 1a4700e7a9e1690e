import type { ArticleView, Context, EntityView } from "../corpus/views.js";
import { escapeXml } from "./escape.js";

export interface FeedEntry {
  title: string;
  /** Root-relative path of the briefing. */
  path: string;
  /** ISO day, or null when the briefing is undated. */
  published: string | null;
  /** ISO day; Atom requires one, so undated briefings borrow the feed's (see `feedDate`). */
  updated: string;
  summary: string;
  /** Escaped HTML for the entry body. */
  contentHtml: string;
  tags: string[];
}

export interface Feed {
  title: string;
  subtitle: string;
  /** The HTML page the feed follows. */
  path: string;
  atomPath: string;
  jsonPath: string | null;
  updated: string;
  entries: FeedEntry[];
}

const SITE_ENTRIES = 50;
/** When nothing in the corpus is dated; fixed, so builds stay reproducible. */
const EPOCH = "1970-01-01";

/**
 * The date an undated briefing is stamped with in feeds: the newest date in the corpus. It keeps
 * feeds valid (Atom entries need `updated`) and reproducible, and never claims a briefing is newer
 * than the newest one actually dated.
 */
export function feedDate(articles: readonly { date: string | null }[]): string {
  return articles.reduce<string | null>((max, a) => (a.date && (!max || a.date > max) ? a.date : max), null) ?? EPOCH;
}

function contextHtml(ctx: Context): string {
  return ctx.map((r) => (r.mark ? `<mark>${escapeXml(r.text)}</mark>` : escapeXml(r.text))).join("");
}

/** A briefing as any feed lists it; feeds add their own content. */
export type FeedCard = Omit<FeedEntry, "contentHtml">;

/** `fallback`: the date undated briefings are stamped with (`feedDate`). */
export function feedCard(a: ArticleView, fallback: string): FeedCard {
  return {
    title: a.title,
    path: `/briefings/${a.slug}/`,
    published: a.date,
    updated: a.date ?? fallback,
    summary: a.summary,
    tags: a.entities.slice(0, 8).map((e) => e.name),
  };
}

/** The site's feed: the latest briefings, newest first. */
export function siteFeed(articles: readonly ArticleView[], site: { title: string; description: string }): Feed {
  const fallback = feedDate(articles);
  const entries = articles.slice(0, SITE_ENTRIES).map((a) => ({ ...feedCard(a, fallback), contentHtml: `<p>${escapeXml(a.summary)}</p>` }));
  return {
    title: site.title,
    subtitle: site.description,
    path: "/",
    atomPath: "/feed.xml",
    jsonPath: "/feed.json",
    updated: fallback,
    entries,
  };
}

/** How many of an entity's latest briefings its feed carries, as the site feed does. */
export const ENTITY_ENTRIES = 50;

/**
 * One entity's feed: the latest briefings that mention it, each with the sentences that do. `cards`
 * holds every briefing's card by slug; an entity's feed is drawn from them when its page renders, so
 * the stored site data holds each briefing's summary once, not once per entity it names.
 */
export function entityFeed(e: Pick<EntityView, "id" | "name" | "articles">, cards: Readonly<Record<string, FeedCard>>, site: { title: string }): Feed {
  const entries: FeedEntry[] = [];
  for (const ref of e.articles.slice(0, ENTITY_ENTRIES)) {
    const card = Object.hasOwn(cards, ref.slug) ? cards[ref.slug] : undefined;
    if (!card) continue;
    const quotes = ref.contexts.map((c) => `<p>${contextHtml(c)}</p>`).join("");
    entries.push({ ...card, contentHtml: `<p>${escapeXml(card.summary)}</p>${quotes ? `<blockquote>${quotes}</blockquote>` : ""}` });
  }
  return {
    title: `${e.name} · ${site.title}`,
    subtitle: `Briefings that mention ${e.name}.`,
    path: `/entities/${e.id}/`,
    atomPath: `/entities/${e.id}/feed.xml`,
    jsonPath: null,
    updated: entries.reduce((max, x) => (x.updated > max ? x.updated : max), EPOCH),
    entries,
  };
}
