import { format, parseISO } from "date-fns";

export interface ArchiveItem {
  slug: string;
  title: string;
  date: string | null;
  titleDerived: boolean;
  readingMinutes: number;
}

export interface ArchiveMonth {
  /** `YYYY-MM`, also the section's fragment id. */
  key: string;
  label: string;
  articles: ArchiveItem[];
}

export interface Archive {
  months: ArchiveMonth[];
  years: { year: string; months: { key: string; label: string; count: number }[] }[];
  undated: ArchiveItem[];
}

/** Briefings by calendar month, newest month and newest day first; undated ones in their own group. */
export function archiveByMonth(articles: readonly ArchiveItem[]): Archive {
  const byMonth = new Map<string, ArchiveItem[]>();
  const undated: ArchiveItem[] = [];
  for (const full of articles) {
    // Only the fields the archive shows: callers pass whole article pages, and the archive is
    // stored in the site data that every Eleventy page shares.
    const a: ArchiveItem = { slug: full.slug, title: full.title, date: full.date, titleDerived: full.titleDerived, readingMinutes: full.readingMinutes };
    if (!a.date) {
      undated.push(a);
      continue;
    }
    const key = a.date.slice(0, 7);
    const list = byMonth.get(key);
    if (list) list.push(a);
    else byMonth.set(key, [a]);
  }
  const months = [...byMonth.entries()]
    .sort((x, y) => (x[0] < y[0] ? 1 : -1))
    .map(([key, list]) => ({
      key,
      label: format(parseISO(`${key}-01`), "MMMM yyyy"),
      articles: [...list].sort((x, y) => (x.date! < y.date! ? 1 : x.date! > y.date! ? -1 : 0)),
    }));
  const years: Archive["years"] = [];
  for (const m of months) {
    const year = m.key.slice(0, 4);
    const entry = { key: m.key, label: format(parseISO(`${m.key}-01`), "MMM"), count: m.articles.length };
    if (years.at(-1)?.year === year) years.at(-1)!.months.push(entry);
    else years.push({ year, months: [entry] });
  }
  return { months, years, undated };
}
