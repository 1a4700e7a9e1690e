import { format, parseISO } from "date-fns";
import { dateToRfc3339, rssPlugin } from "@11ty/eleventy-plugin-rss";
import type { EleventyConfig } from "./types.js";
import type { SiteData } from "../site/data.js";
import type { Feed } from "../site/feeds.js";
import { articleJsonLd, entityJsonLd, serialiseJsonLd, type JsonLdEntity } from "../site/jsonld.js";
import { sitemapEntries, type CollectionItem } from "../site/sitemap.js";
import { absoluteUrl, feedId } from "../site/urls.js";
import { searchFilterText } from "../site/escape.js";

export interface SitePluginOptions {
  /** The deploy's path prefix, as given to Eleventy ("/" or "/briefing/"). */
  pathPrefix: string;
}

/** Front matter YAML turns bare dates into Date objects; both forms are read as the calendar day written. */
function day(value: string | Date): Date {
  return parseISO(value instanceof Date ? value.toISOString().slice(0, 10) : value);
}

/** Entities by id per data object; the data is built once per build, so a WeakMap keeps it to one pass. */
const entityMaps = new WeakMap<SiteData, Map<string, JsonLdEntity>>();
function entitiesOf(data: SiteData): Map<string, JsonLdEntity> {
  let map = entityMaps.get(data);
  if (!map) entityMaps.set(data, (map = new Map(data.entities.map((e) => [e.id, e]))));
  return map;
}

/** JSON Feed 1.1 for a feed model; built here because JSON is serialised by JSON.stringify, not a template. */
export function jsonFeed(feed: Feed, data: SiteData, url: (path: string) => string): string {
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: feed.title,
      description: feed.subtitle,
      home_page_url: url(feed.path),
      ...(feed.jsonPath ? { feed_url: url(feed.jsonPath) } : {}),
      language: data.site.lang,
      authors: [{ name: data.site.title }],
      items: feed.entries.map((e) => ({
        id: url(e.path),
        url: url(e.path),
        title: e.title,
        summary: e.summary,
        content_html: e.contentHtml,
        ...(e.published ? { date_published: dateToRfc3339(parseISO(e.published)) } : {}),
        date_modified: dateToRfc3339(parseISO(e.updated)),
        tags: e.tags,
      })),
    },
    null,
    2,
  );
}

/**
 * The site's presentation filters. Each one formats or serialises data computed in TypeScript;
 * the path prefix is known only to Eleventy, so anything that needs absolute URLs lives here.
 */
export function dossierSite(eleventyConfig: EleventyConfig, options: SitePluginOptions): void {
  eleventyConfig.addPlugin(rssPlugin);
  const url = (origin: string) => (path: string) => absoluteUrl(path, origin, options.pathPrefix);

  eleventyConfig.addFilter("searchFilterText", searchFilterText);
  eleventyConfig.addFilter("readableDate", (value: string | Date | null) => (value ? format(day(value), "d MMMM yyyy") : "Undated"));
  eleventyConfig.addFilter("isoDate", (value: string | Date) => format(day(value), "yyyy-MM-dd"));
  eleventyConfig.addFilter("toDate", (value: string | Date) => day(value));
  eleventyConfig.addFilter("siteUrl", (path: string, origin: string) => url(origin)(path));
  eleventyConfig.addFilter("feedId", (path: string, origin: string) => feedId(path, origin, options.pathPrefix));

  eleventyConfig.addFilter("jsonLdArticle", (slug: string, data: SiteData) => {
    const view = data.articles[data.articleIndex[slug] ?? -1];
    return view ? serialiseJsonLd(articleJsonLd(view, entitiesOf(data), data.site, url(data.site.url))) : "";
  });
  eleventyConfig.addFilter("jsonLdEntity", (id: string, data: SiteData) => {
    const e = entitiesOf(data).get(id);
    return e ? serialiseJsonLd(entityJsonLd(e, data.site, url(data.site.url))) : "";
  });
  eleventyConfig.addFilter("jsonFeed", (feed: Feed, data: SiteData) => jsonFeed(feed, data, url(data.site.url)));
  eleventyConfig.addFilter("sitemapEntries", (items: CollectionItem[], data: SiteData) => sitemapEntries(items, data, url(data.site.url)));
}
