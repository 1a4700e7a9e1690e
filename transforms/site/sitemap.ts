/** The parts of an Eleventy collection item the sitemap reads. */
export interface CollectionItem {
  url: string | false;
  outputPath: string | false;
  data: { noindex?: boolean; published?: string | Date | null };
}

export interface SitemapEntry {
  loc: string;
  /** ISO day of publication, when the page is a dated briefing. */
  lastmod: string | null;
}

/** Every HTML page a crawler should know, sorted by URL; pages marked `noindex` (the 404) are left out. */
export function sitemapEntries(items: readonly CollectionItem[], url: (path: string) => string): SitemapEntry[] {
  return items
    .filter((i): i is CollectionItem & { url: string; outputPath: string } => !!i.url && !!i.outputPath && i.outputPath.endsWith(".html") && !i.data.noindex)
    .map((i) => {
      const p = i.data.published;
      const lastmod = p instanceof Date ? p.toISOString().slice(0, 10) : typeof p === "string" && p ? p : null;
      return { loc: url(i.url), lastmod };
    })
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}
