export interface BenchReport {
  articles: number;
  pages: number;
  baseline_pages: number;
  stages: Record<string, number>;
  total_s: number;
  baseline_s: number;
  ratio: number;
  peak_rss_mb: number;
  incremental_s: number;
  entity_pages: number;
  /** Plain Eleventy + Pagefind building the same pages: the articles and one listing per entity page. */
  same_pages_baseline_s: number;
  same_pages_baseline_pages: number;
  /** The daily work, each from the site the step before left: a batch added, an edit, a registry edit. */
  batch_s: number;
  edit_s: number;
  registry_edit_s: number;
  /** Extra figures for people; the keys above are the stable contract. */
  same_pages_ratio: number;
  batch_size: number;
  baseline_stages: Record<string, number>;
  same_pages_baseline_stages: Record<string, number>;
  baseline_peak_rss_mb: number;
  per_page_ratio: number;
  words: number;
  annotate_words_per_s: number;
  incremental_stages: Record<string, number>;
  batch_stages: Record<string, number>;
  edit_stages: Record<string, number>;
  registry_edit_stages: Record<string, number>;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export function roundReport(r: BenchReport): BenchReport {
  const stages = (s: Record<string, number>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)]));
  return {
    ...r,
    stages: stages(r.stages),
    baseline_stages: stages(r.baseline_stages),
    incremental_stages: stages(r.incremental_stages),
    same_pages_baseline_stages: stages(r.same_pages_baseline_stages),
    batch_stages: stages(r.batch_stages),
    edit_stages: stages(r.edit_stages),
    registry_edit_stages: stages(r.registry_edit_stages),
    same_pages_baseline_s: round(r.same_pages_baseline_s),
    same_pages_ratio: round(r.same_pages_ratio),
    batch_s: round(r.batch_s),
    edit_s: round(r.edit_s),
    registry_edit_s: round(r.registry_edit_s),
    total_s: round(r.total_s),
    baseline_s: round(r.baseline_s),
    ratio: round(r.ratio),
    per_page_ratio: round(r.per_page_ratio),
    peak_rss_mb: Math.round(r.peak_rss_mb),
    baseline_peak_rss_mb: Math.round(r.baseline_peak_rss_mb),
    incremental_s: round(r.incremental_s),
    annotate_words_per_s: Math.round(r.annotate_words_per_s),
  };
}

/** The human-readable table `npm run bench` prints. */
export function formatReport(r: BenchReport): string {
  const s = (x: number | undefined) => (x === undefined ? "–" : `${x.toFixed(2)} s`);
  const b = r.baseline_stages;
  const same = r.same_pages_baseline_stages;
  const rows: string[][] = [
    ["pages (HTML)", String(r.pages), String(r.same_pages_baseline_pages), String(r.baseline_pages)],
    ["  entity pages", String(r.entity_pages), String(r.same_pages_baseline_pages - r.baseline_pages), "–"],
    ["annotate (ingest+NER+link)", s(r.stages.annotate), "–", "–"],
    ["crosslink + markdown", s(r.stages.crosslink), "–", "–"],
    ["eleventy", s(r.stages.eleventy), s(same.eleventy), s(b.eleventy)],
    ["pagefind", s(r.stages.pagefind), s(same.pagefind), s(b.pagefind)],
    ["total (wall)", s(r.total_s), s(r.same_pages_baseline_s), s(r.baseline_s)],
    ["peak RSS (largest process)", `${Math.round(r.peak_rss_mb)} MB`, `${Math.round(r.baseline_peak_rss_mb)} MB`, ""],
  ];
  const head = ["", "Dossier", "same pages", "articles only"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  const share = (x: number) => `${s(x)} = ${((100 * x) / r.total_s).toFixed(1)}% of the full build`;
  return [
    line(head),
    ...rows.map(line),
    "",
    `${r.articles} articles, ${r.words} words`,
    `full build: ${r.same_pages_ratio.toFixed(2)}× the same-pages baseline, ${r.ratio.toFixed(2)}× the articles-only one; render+index per page: ${r.per_page_ratio.toFixed(2)}× the articles-only baseline's`,
    `annotation: ${Math.round(r.annotate_words_per_s).toLocaleString("en")} words/s (cold cache)`,
    `one article added: ${share(r.incremental_s)}`,
    `a day's batch of ${r.batch_size} added: ${share(r.batch_s)}`,
    `one article edited: ${share(r.edit_s)}`,
    `one registry description changed: ${share(r.registry_edit_s)}`,
  ].join("\n");
}
