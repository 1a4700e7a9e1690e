// Lighthouse 12 over a served site, in the Chromium the browser tests use (scripts/lib/browser.ts),
// launched headless by chrome-launcher.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumPath } from "../e2e/browser.js";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

interface PageResult {
  url: string;
  scores: Scores;
  failing: string[];
}

async function once(url: string, port: number): Promise<PageResult> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Scores;
  const failing = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
    .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
  return { url, scores, failing };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Each page's score per category, 0–100, with the audits that cost points. Performance is timed on
 * a machine others share, so a page under `floor` in any category is run twice more and scored by
 * the median of the three runs, as Lighthouse's own guidance on variability advises.
 */
export async function lighthouseScores(urls: readonly string[], floor = 95): Promise<(PageResult & { runs: number })[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: FLAGS, logLevel: "silent" });
  try {
    const out = [];
    // One page at a time: Lighthouse measures timing, and two runs side by side would slow each other.
    for (const url of urls) {
      const first = await once(url, chrome.port);
      if (CATEGORIES.every((c) => first.scores[c] >= floor)) {
        out.push({ ...first, runs: 1 });
        continue;
      }
      const runs = [first, await once(url, chrome.port), await once(url, chrome.port)];
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Scores;
      out.push({ url, scores, failing: [...new Set(runs.flatMap((r) => r.failing))], runs: 3 });
    }
    return out;
  } finally {
    chrome.kill();
  }
}
