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
 * Briefings each pair of entities shares, over the whole corpus: entity index pairs → count. The
 * pages show each entity's top few; the data holds every pair.
 */
function coMentions(x: Crosslinked, index: ReadonlyMap<string, number>): Map<number, number> {
  const pairs = new Map<number, number>();
  const n = index.size;
  for (const a of x.articles) {
    const codes = a.entities.map((e) => index.get(e.id)).filter((c): c is number => c !== undefined).sort((p, q) => p - q);
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        const key = codes[i]! * n + codes[j]!;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  return pairs;
}

/** Every API file, by path under `api/`, in a fixed order: the same corpus gives the same bytes. */
export function apiFiles(x: Crosslinked, options: ApiOptions): Map<string, string> {
  const url = (path: string) => absoluteUrl(path, options.origin, options.pathPrefix);
  const files = new Map<string, string>();
  const ids = x.entities.map((e) => e.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs = coMentions(x, index);
  const neighbours: { id: string; count: number }[][] = ids.map(() => []);
  const edges: [number, number, number][] = [];
  for (const [key, count] of pairs) {
    const [s, t] = [Math.floor(key / ids.length), key % ids.length];
    neighbours[s]!.push({ id: ids[t]!, count });
    neighbours[t]!.push({ id: ids[s]!, count });
    edges.push([s, t, count]);
  }
  const byCount = (p: { id: string; count: number }, q: { id: string; count: number }) => q.count - p.count || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0);

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
      co_mentions: neighbours[i]!.sort(byCount),
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
  edges.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  let edgeCsv = csvLine(["source", "target", "weight"]);
  for (const [s, t, w] of edges) edgeCsv += csvLine([ids[s]!, ids[t]!, w]);
  files.set("co-mentions.csv", edgeCsv);
  return files;
}
