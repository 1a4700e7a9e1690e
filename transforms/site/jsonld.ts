import type { EntityType } from "../model.js";

/** Schema.org types for the three entity types. */
export const SCHEMA_TYPE: Record<EntityType, "Person" | "Organization" | "Place"> = {
  person: "Person",
  organization: "Organization",
  place: "Place",
};

export interface JsonLdEntity {
  id: string;
  name: string;
  type: EntityType;
  description: string;
  aliases: readonly string[];
  wikidata: string | null;
}

export interface JsonLdArticle {
  slug: string;
  title: string;
  summary: string;
  date: string | null;
  source: string | null;
  url: string | null;
  words: number;
  entities: readonly { id: string; count: number }[];
  /** Front matter's desk keys (see transforms/ingest/frontmatter.ts); absent or empty when not given. */
  byline?: readonly { name: string; path: string }[];
  section?: string | null;
  tags?: readonly string[];
  updated?: string | null;
  image?: { lead?: { og: { url: string; width: number; height: number } } } | null;
}

export interface JsonLdSite {
  title: string;
  lang: string;
}

/** Turns a root-relative site path into the URL structured data should carry. */
export type UrlFor = (path: string) => string;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function wikidataUrl(qid: string): string {
  return `https://www.wikidata.org/wiki/${encodeURIComponent(qid)}`;
}

function thing(e: JsonLdEntity, url: UrlFor, detailed: boolean): { [key: string]: Json } {
  const out: { [key: string]: Json } = {
    "@type": SCHEMA_TYPE[e.type],
    "@id": `${url(`/entities/${e.id}/`)}#entity`,
    name: e.name,
    url: url(`/entities/${e.id}/`),
  };
  if (e.wikidata) out.sameAs = wikidataUrl(e.wikidata);
  if (detailed) {
    if (e.description) out.description = e.description;
    if (e.aliases.length) out.alternateName = [...e.aliases];
  }
  return out;
}

/**
 * A briefing as schema.org NewsArticle: every entity it mentions under `mentions`, and the ones it
 * is mostly about (mentioned at least half as often as the most-mentioned, at most three) under `about`.
 */
export function articleJsonLd(a: JsonLdArticle, entities: ReadonlyMap<string, JsonLdEntity>, site: JsonLdSite, url: UrlFor): { [key: string]: Json } {
  const known = a.entities.filter((c) => entities.has(c.id));
  const top = Math.max(0, ...known.map((c) => c.count));
  const about = known.filter((c) => c.count * 2 >= top).slice(0, 3);
  const page = url(`/briefings/${a.slug}/`);
  const out: { [key: string]: Json } = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${page}#article`,
    headline: a.title,
    description: a.summary,
    url: page,
    mainEntityOfPage: { "@type": "WebPage", "@id": page },
    inLanguage: site.lang,
    wordCount: a.words,
    publisher: { "@type": "Organization", name: site.title, url: url("/") },
    about: about.map((c) => thing(entities.get(c.id)!, url, false)),
    mentions: known.map((c) => thing(entities.get(c.id)!, url, false)),
  };
  if (a.date) out.datePublished = a.date;
  if (a.source) out.sourceOrganization = { "@type": "Organization", name: a.source };
  if (a.url) out.isBasedOn = a.url;
  if (a.byline?.length) out.author = a.byline.map((p) => ({ "@type": "Person", name: p.name, url: url(p.path) }));
  if (a.updated) out.dateModified = a.updated;
  if (a.section) out.articleSection = a.section;
  if (a.tags?.length) out.keywords = [...a.tags];
  const og = a.image?.lead?.og;
  if (og) out.image = { "@type": "ImageObject", url: url(og.url), width: og.width, height: og.height };
  return out;
}

/** An entity page as schema.org ProfilePage whose mainEntity is the Person, Organization or Place. */
export function entityJsonLd(e: JsonLdEntity, site: JsonLdSite, url: UrlFor): { [key: string]: Json } {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    "@id": url(`/entities/${e.id}/`),
    url: url(`/entities/${e.id}/`),
    name: `${e.name} · ${site.title}`,
    inLanguage: site.lang,
    isPartOf: { "@type": "WebSite", name: site.title, url: url("/") },
    mainEntity: thing(e, url, true),
  };
}

/**
 * JSON for inside `<script type="application/ld+json">`. The HTML parser ends a script at the first
 * `</script` whatever JSON thinks, so `<`, `>` and `&` become \u escapes (still the same JSON
 * strings), as do U+2028/2029, which older JavaScript parsers reject in string literals.
 */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, "\\u003c")
    .replace(/>/gu, "\\u003e")
    .replace(/&/gu, "\\u0026")
    .replace(/\u2028/gu, "\\u2028")
    .replace(/\u2029/gu, "\\u2029");
}
