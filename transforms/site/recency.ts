import { dayNumber } from "./dates.js";

export interface DatedArticle {
  date: string | null;
  entities: readonly { id: string; count: number }[];
}

/**
 * How much each article counts toward "in the news": it halves every `halfLifeDays` before the
 * newest dated article. The reference is the corpus, not the clock, so a build is reproducible and
 * an old archive still has a front page. Undated articles weigh as if a half-life older than the
 * oldest dated one: they count, but never outrank dated news.
 */
export function recencyWeights(articles: readonly DatedArticle[], halfLifeDays = 30): number[] {
  const days = articles.map((a) => (a.date ? dayNumber(a.date) : null));
  const dated = days.filter((d): d is number => d !== null);
  if (dated.length === 0) return articles.map(() => 1);
  const newest = Math.max(...dated);
  const oldestAge = newest - Math.min(...dated);
  return days.map((d) => 0.5 ** ((d === null ? oldestAge + halfLifeDays : newest - d) / halfLifeDays));
}

/** Sum over articles of mentions × article weight, per entity id. */
export function recencyScores(articles: readonly DatedArticle[], halfLifeDays = 30): Map<string, number> {
  const weights = recencyWeights(articles, halfLifeDays);
  const scores = new Map<string, number>();
  articles.forEach((a, i) => {
    for (const e of a.entities) scores.set(e.id, (scores.get(e.id) ?? 0) + e.count * weights[i]!);
  });
  return scores;
}
