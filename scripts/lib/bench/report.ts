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
  /** Extra figures for people; the keys above are the stable contract. */
  baseline_stages: Record<string, number>;
  baseline_peak_rss_mb: number;
  per_page_ratio: number;
  words: number;
  annotate_words_per_s: number;
  incremental_stages: Record<string, number>;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export function roundReport(r: BenchReport): BenchReport {
  const stages = (s: Record<string, number>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)]));
  return {
    ...r,
    stages: stages(r.stages),
    baseline_stages: stages(r.baseline_stages),
    incremental_stages: stages(r.incremental_stages),
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
  const rows: [string, string, string][] = [
    ["pages (HTML)", String(r.pages), String(r.baseline_pages)],
    ["  entity pages", String(r.entity_pages), "–"],
    ["annotate (ingest+NER+link)", s(r.stages.annotate), "–"],
    ["crosslink + markdown", s(r.stages.crosslink), "–"],
    ["eleventy", s(r.stages.eleventy), s(r.baseline_stages.eleventy)],
    ["pagefind", s(r.stages.pagefind), s(r.baseline_stages.pagefind)],
    ["total (wall)", s(r.total_s), s(r.baseline_s)],
    ["peak RSS (largest process)", `${Math.round(r.peak_rss_mb)} MB`, `${Math.round(r.baseline_peak_rss_mb)} MB`],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(7, ...rows.map((x) => x[1].length));
  const lines = [`${"".padEnd(w0)}  ${"Dossier".padStart(w1)}  baseline`, ...rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`)];
  lines.push(
    "",
    `${r.articles} articles, ${r.words} words`,
    `full build: ${r.ratio.toFixed(2)}× the baseline; render+index per page: ${r.per_page_ratio.toFixed(2)}× the baseline's`,
    `annotation: ${Math.round(r.annotate_words_per_s).toLocaleString("en")} words/s (cold cache)`,
    `incremental (one article added): ${s(r.incremental_s)} = ${((100 * r.incremental_s) / r.total_s).toFixed(1)}% of the full build`,
  );
  return lines.join("\n");
}
