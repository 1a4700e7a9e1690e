import type { ArticleView, Context, EntityView } from "../crosslink.js";
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

function entry(a: ArticleView, fallback: string, contentHtml: string): FeedEntry {
  return {
    title: a.title,
    path: `/briefings/${a.slug}/`,
    published: a.date,
    updated: a.date ?? fallback,
    summary: a.summary,
    contentHtml,
    tags: a.entities.slice(0, 8).map((e) => e.name),
  };
}

/** The site's feed: the latest briefings, newest first. */
export function siteFeed(articles: readonly ArticleView[], site: { title: string; description: string }): Feed {
  const fallback = feedDate(articles);
  const entries = articles.slice(0, SITE_ENTRIES).map((a) => entry(a, fallback, `<p>${escapeXml(a.summary)}</p>`));
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

const ENTITY_ENTRIES = 50;
const fallbacks = new WeakMap<ReadonlyMap<string, ArticleView>, string>();

/** One entity's feed: the latest briefings that mention it, each with the sentences that do. */
export function entityFeed(e: EntityView, articles: ReadonlyMap<string, ArticleView>, site: { title: string }): Feed {
  // Scale (issue #6): the fallback is per corpus, not per entity, and a feed carries the latest
  // briefings only, as the site feed does; otherwise feeds grow with entities × articles.
  let fallback = fallbacks.get(articles);
  if (fallback === undefined) fallbacks.set(articles, (fallback = feedDate([...articles.values()])));
  const entries: FeedEntry[] = [];
  for (const ref of e.articles.slice(0, ENTITY_ENTRIES)) {
    const a = articles.get(ref.slug);
    if (!a) continue;
    const quotes = ref.contexts.map((c) => `<p>${contextHtml(c)}</p>`).join("");
    entries.push(entry(a, fallback, `<p>${escapeXml(a.summary)}</p>${quotes ? `<blockquote>${quotes}</blockquote>` : ""}`));
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
