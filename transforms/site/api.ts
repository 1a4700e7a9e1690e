// The data behind every page, as static files beside the site (`_site/api/`): JSON for notebooks and
// scripts, CSV that spreadsheets and Gephi open as they are. Pure: the build writes what this returns.
import type { Crosslinked, EntityView } from "../corpus/views.js";
import { absoluteUrl } from "./urls.js";

export interface ApiOptions {
  /** SITE_URL without a trailing slash, or "" for root-relative URLs. */
  origin: string;
  /** PATH_PREFIX, as Eleventy takes it. */
  pathPrefix: string;
}

/** An entity as `entities.json` lists it. */
export interface ApiEntity {
  id: string;
  name: string;
  type: EntityView["type"];
  aliases: string[];
  description: string;
  wikidata: string | null;
  url: string;
  articles: number;
  mentions: number;
  first_seen: string | null;
  last_seen: string | null;
}

/** `entities/<id>.json`: the entity with its roles, quotes, co-mentions and briefings. */
export interface ApiEntityDetail extends Omit<ApiEntity, "articles"> {
  roles: { text: string; count: number; articles: string[] }[];
  quotes: { text: string; article: string; date: string | null }[];
  co_mentions: { id: string; count: number }[];
  articles: { slug: string; title: string; date: string | null; url: string; mentions: number }[];
}

export interface ApiArticle {
  slug: string;
  title: string;
  date: string | null;
  url: string;
  source: string | null;
  entities: { id: string; count: number }[];
}

/** The folder under the site root that holds these files. */
export const API_DIR = "api";

/** One CSV field: quoted when it must be, and never read by a spreadsheet as a formula. */
function csvField(value: string | number | null): string {
  if (value === null) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}
const csvLine = (fields: readonly (string | number | null)[]) => `${fields.map(csvField).join(",")}\r\n`;

/**
 * Briefings each pair of entities shares, over the whole corpus, as `source,target,weight` lines in
 * the entities' order. The pages show each entity's top few; the data holds every pair.
 */
function coMentionsCsv(x: Crosslinked, ids: readonly string[]): string {
  // Pair keys in one typed array, sorted and counted in runs: a Map of hundreds of thousands of
  // pairs cost seconds at 5,000 articles. Lines are made straight from the runs.
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  let size = 0;
  for (const a of x.articles) size += (a.entities.length * (a.entities.length - 1)) / 2;
  const keys = new Float64Array(size);
  let k = 0;
  const codes = new Int32Array(n);
  for (const a of x.articles) {
    let m = 0;
    for (const e of a.entities) {
      const c = index.get(e.id);
      if (c !== undefined) codes[m++] = c;
    }
    const list = codes.subarray(0, m).sort();
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) keys[k++] = list[i]! * n + list[j]!;
  }
  const sorted = keys.subarray(0, k).sort();
  // Millions of lines at scale: each id is escaped once, and lines are joined, not concatenated.
  const safe = ids.map((id) => csvField(id));
  const lines = [csvLine(["source", "target", "weight"])];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    lines.push(`${safe[Math.floor(sorted[i]! / n)]},${safe[sorted[i]! % n]},${j - i}\r\n`);
    i = j;
  }
  return lines.join("");
}

/** Every API file, by path under `api/`, in a fixed order: the same corpus gives the same bytes. */
export function apiFiles(x: Crosslinked, options: ApiOptions): Map<string, string> {
  // The site's root URL once: every other URL is a root-relative path appended to it.
  const root = absoluteUrl("/", options.origin, options.pathPrefix);
  const url = (path: string) => `${root}${path.slice(1)}`;
  const files = new Map<string, string>();
  const ids = x.entities.map((e) => e.id);

  const summary = (e: EntityView): ApiEntity => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    description: e.description,
    wikidata: e.wikidata,
    url: url(`/entities/${e.id}/`),
    articles: e.articles.length,
    mentions: e.mentions,
    first_seen: e.firstSeen?.date ?? null,
    last_seen: e.lastSeen?.date ?? null,
  });
  const list = x.entities.map(summary);
  files.set("entities.json", JSON.stringify(list));
  x.entities.forEach((e, i) => {
    const { articles: _count, ...rest } = list[i]!;
    const detail: ApiEntityDetail = {
      ...rest,
      roles: e.roles.map((r) => ({ text: r.text, count: r.count, articles: r.articles })),
      quotes: e.quotes.map((q) => ({ text: q.text, article: q.article, date: q.date })),
      // The page's list, strongest first; every pair is in co-mentions.csv.
      co_mentions: e.coMentions.map((c) => ({ id: c.id, count: c.count })),
      articles: e.articles.map((a) => ({ slug: a.slug, title: a.title, date: a.date, url: url(`/briefings/${a.slug}/`), mentions: a.count })),
    };
    files.set(`entities/${e.id}.json`, JSON.stringify(detail));
  });
  const articles: ApiArticle[] = x.articles.map((a) => ({
    slug: a.slug,
    title: a.title,
    date: a.date,
    url: url(`/briefings/${a.slug}/`),
    source: a.source,
    entities: a.entities.map((e) => ({ id: e.id, count: e.count })),
  }));
  files.set("articles.json", JSON.stringify(articles));
  // Gephi reads a node table by its `id` and `label` columns; `label` is the entity's name.
  let csv = csvLine(["id", "label", "type", "aliases", "description", "wikidata", "url", "articles", "mentions", "first_seen", "last_seen"]);
  for (const e of list) csv += csvLine([e.id, e.name, e.type, e.aliases.join("; "), e.description, e.wikidata, e.url, e.articles, e.mentions, e.first_seen, e.last_seen]);
  files.set("entities.csv", csv);
  files.set("co-mentions.csv", coMentionsCsv(x, ids));
  return files;
}
