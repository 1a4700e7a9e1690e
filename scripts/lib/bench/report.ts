/** A figure the run did not measure (`--archive` skips the baselines and most of the daily work). */
type Maybe<T> = T | null;
type Stages = Record<string, number>;

export interface BenchReport {
  articles: number;
  pages: number;
  baseline_pages: Maybe<number>;
  stages: Record<string, number>;
  total_s: number;
  baseline_s: Maybe<number>;
  ratio: Maybe<number>;
  peak_rss_mb: number;
  incremental_s: number;
  entity_pages: number;
  /** Plain Eleventy + Pagefind building the same pages: the articles and one listing per entity page. */
  same_pages_baseline_s: Maybe<number>;
  same_pages_baseline_pages: Maybe<number>;
  /** The daily work, each from the site the step before left: a batch added, an edit, a registry edit. */
  batch_s: Maybe<number>;
  edit_s: Maybe<number>;
  registry_edit_s: Maybe<number>;
  /** Extra figures for people; the keys above are the stable contract. */
  same_pages_ratio: Maybe<number>;
  batch_size: Maybe<number>;
  baseline_stages: Maybe<Stages>;
  same_pages_baseline_stages: Maybe<Stages>;
  baseline_peak_rss_mb: Maybe<number>;
  per_page_ratio: Maybe<number>;
  words: number;
  annotate_words_per_s: number;
  incremental_stages: Record<string, number>;
  batch_stages: Maybe<Stages>;
  edit_stages: Maybe<Stages>;
  registry_edit_stages: Maybe<Stages>;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const roundMaybe = (x: Maybe<number>, digits = 3) => (x === null ? null : round(x, digits));

export function roundReport(r: BenchReport): BenchReport {
  const stages = <S extends Maybe<Stages>>(s: S): S => (s === null ? s : (Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)])) as S));
  return {
    ...r,
    stages: stages(r.stages),
    baseline_stages: stages(r.baseline_stages),
    incremental_stages: stages(r.incremental_stages),
    same_pages_baseline_stages: stages(r.same_pages_baseline_stages),
    batch_stages: stages(r.batch_stages),
    edit_stages: stages(r.edit_stages),
    registry_edit_stages: stages(r.registry_edit_stages),
    same_pages_baseline_s: roundMaybe(r.same_pages_baseline_s),
    same_pages_ratio: roundMaybe(r.same_pages_ratio),
    batch_s: roundMaybe(r.batch_s),
    edit_s: roundMaybe(r.edit_s),
    registry_edit_s: roundMaybe(r.registry_edit_s),
    total_s: round(r.total_s),
    baseline_s: roundMaybe(r.baseline_s),
    ratio: roundMaybe(r.ratio),
    per_page_ratio: roundMaybe(r.per_page_ratio),
    peak_rss_mb: Math.round(r.peak_rss_mb),
    baseline_peak_rss_mb: roundMaybe(r.baseline_peak_rss_mb, 0),
    incremental_s: round(r.incremental_s),
    annotate_words_per_s: Math.round(r.annotate_words_per_s),
  };
}

/** The human-readable table `npm run bench` prints; a figure the run skipped shows as a dash. */
export function formatReport(r: BenchReport): string {
  const s = (x: Maybe<number> | undefined) => (x === undefined || x === null ? "–" : `${x.toFixed(2)} s`);
  const n = (x: Maybe<number>, unit = "") => (x === null ? "–" : `${Math.round(x)}${unit}`);
  const b = r.baseline_stages ?? {};
  const same = r.same_pages_baseline_stages ?? {};
  const listings = r.same_pages_baseline_pages === null || r.baseline_pages === null ? null : r.same_pages_baseline_pages - r.baseline_pages;
  const rows: string[][] = [
    ["pages (HTML)", String(r.pages), n(r.same_pages_baseline_pages), n(r.baseline_pages)],
    ["  entity pages", String(r.entity_pages), n(listings), "–"],
    ["annotate (ingest+NER+link)", s(r.stages.annotate), "–", "–"],
    ["crosslink + markdown", s(r.stages.crosslink), "–", "–"],
    ["eleventy", s(r.stages.eleventy), s(same.eleventy), s(b.eleventy)],
    ["pagefind", s(r.stages.pagefind), s(same.pagefind), s(b.pagefind)],
    ["total (wall)", s(r.total_s), s(r.same_pages_baseline_s), s(r.baseline_s)],
    ["peak RSS (largest process)", `${Math.round(r.peak_rss_mb)} MB`, n(r.baseline_peak_rss_mb, " MB"), ""],
  ];
  const head = ["", "Dossier", "same pages", "articles only"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  const share = (x: Maybe<number>) => (x === null ? "not measured (--archive)" : `${s(x)} = ${((100 * x) / r.total_s).toFixed(1)}% of the full build`);
  const times = (x: Maybe<number>) => (x === null ? "–" : `${x.toFixed(2)}×`);
  return [
    line(head),
    ...rows.map(line),
    "",
    `${r.articles} articles, ${r.words} words`,
    `full build: ${times(r.same_pages_ratio)} the same-pages baseline, ${times(r.ratio)} the articles-only one; render+index per page: ${times(r.per_page_ratio)} the articles-only baseline's`,
    `annotation: ${Math.round(r.annotate_words_per_s).toLocaleString("en")} words/s (cold cache)`,
    `one article added: ${share(r.incremental_s)}`,
    `a day's batch of ${r.batch_size ?? "–"} added: ${share(r.batch_s)}`,
    `one article edited: ${share(r.edit_s)}`,
    `one registry description changed: ${share(r.registry_edit_s)}`,
  ].join("\n");
}
