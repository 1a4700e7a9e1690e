/** The parts of an Eleventy collection item the sitemap reads. */
export interface CollectionItem {
  url: string | false;
  outputPath: string | false;
  data: { noindex?: boolean; published?: string | Date | null };
}

export interface SitemapEntry {
  loc: string;
  /** ISO day the page last changed: a briefing's `updated`, else its publication day. */
  lastmod: string | null;
}

/** What the sitemap reads from the site data: every briefing with its dates, every entity. */
export interface SitemapData {
  archive: { months: { articles: { slug: string; date: string | null }[] }[]; undated: { slug: string; date: string | null }[] };
  entities: { id: string }[];
  /** Briefings corrected or updated since publication, by their front matter's `updated`. */
  articles?: readonly { slug: string; updated: string | null }[];
}

/**
 * Every HTML page a crawler should know, sorted by URL; pages marked `noindex` (the 404) are left out.
 * Briefings and entity pages come from the site data, not the collection: a build renders only the
 * pages whose inputs changed, so the collection may hold just the hand-written pages.
 */
export function sitemapEntries(items: readonly CollectionItem[], data: SitemapData, url: (path: string) => string): SitemapEntry[] {
  const fromData = new Map<string, string | null>();
  const updated = new Map((data.articles ?? []).map((a) => [a.slug, a.updated]));
  for (const a of [...data.archive.months.flatMap((m) => m.articles), ...data.archive.undated]) fromData.set(`/briefings/${a.slug}/`, updated.get(a.slug) ?? a.date);
  for (const e of data.entities) fromData.set(`/entities/${e.id}/`, null);
  const pages = items
    .filter((i): i is CollectionItem & { url: string; outputPath: string } => !!i.url && !!i.outputPath && i.outputPath.endsWith(".html") && !i.data.noindex && !fromData.has(i.url))
    .map((i) => {
      const p = i.data.published;
      const lastmod = p instanceof Date ? p.toISOString().slice(0, 10) : typeof p === "string" && p ? p : null;
      return { loc: url(i.url), lastmod };
    });
  for (const [path, date] of fromData) pages.push({ loc: url(path), lastmod: date });
  return pages.sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}
