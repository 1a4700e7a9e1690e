// Author and section pages: each byline and each section gets a page listing its briefings, newest
// first, and a feed. Names are article text, so they are only ever printed (escaped by templates);
// slugs are made as article slugs are, and two names with one slug share a page under the first.
import type { ArticleView } from "../corpus/views.js";
import type { LeadImage } from "../model.js";
import { listFeed, type Feed, type FeedCard } from "./feeds.js";
import { compareEnglish } from "../text/collate.js";
import { listingPath, type ListingKind } from "../settings.js";

export interface ListItem {
  slug: string;
  title: string;
  date: string | null;
  summary: string;
  readingMinutes: number;
  /** The lead image, shown small beside the entry. */
  image: LeadImage | null;
}

export interface Listing {
  slug: string;
  name: string;
  /** Root-relative page path, "/authors/<slug>/" or "/sections/<slug>/". */
  path: string;
  articles: ListItem[];
  feed: Feed;
}

const NOUN: Record<ListingKind, (name: string) => string> = {
  authors: (name) => `Briefings by ${name}.`,
  sections: (name) => `Briefings in ${name}.`,
};

/**
 * One listing per distinct slug, in name order. `articles` come newest first and keep that order;
 * `cards` are the feeds' view of every briefing by slug.
 */
export function listings(kind: ListingKind, articles: readonly ArticleView[], cards: Readonly<Record<string, FeedCard>>, siteTitle: string): Listing[] {
  const bySlug = new Map<string, { name: string; path: string; articles: ListItem[] }>();
  for (const a of articles) {
    const names = kind === "authors" ? a.authors : a.section ? [a.section] : [];
    for (const name of names) {
      const path = listingPath(kind, name);
      let group = bySlug.get(path);
      if (!group) bySlug.set(path, (group = { name, path, articles: [] }));
      if (group.articles.at(-1)?.slug !== a.slug) group.articles.push({ slug: a.slug, title: a.title, date: a.date, summary: a.summary, readingMinutes: a.readingMinutes, image: a.image?.lead ?? null });
    }
  }
  return [...bySlug.values()]
    .sort((x, y) => compareEnglish(x.name, y.name))
    .map((g) => ({
      slug: g.path.split("/")[2]!,
      ...g,
      feed: listFeed({ title: `${g.name} · ${siteTitle}`, subtitle: NOUN[kind](g.name), path: g.path, slugs: g.articles.map((x) => x.slug) }, cards),
    }));
}

/** The byline's authors with their pages, for a briefing and for JSON-LD. */
export function bylines(authors: readonly string[]): { name: string; path: string }[] {
  return authors.map((name) => ({ name, path: listingPath("authors", name) }));
}
