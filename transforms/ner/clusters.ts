/**
 * Distributional word clusters learned from unlabelled text at train time. A word's cluster says
 * which words share its neighbours ("Nokia" near "Microsoft", "Leeds" near "Everton" where the text
 * has them), so the tagger can carry what it learned about frequent names to rarer ones.
 *
 * Each word is a vector of its left and right neighbours among the most frequent words (positive
 * PMI); spherical k-means groups those vectors into `fine` clusters, and the fine centroids are
 * grouped again into `coarse` ones, so each word has a fine and a coarse id (`train/learn-clusters.ts`).
 */
export interface WordClusters {
  /** Word as written (digits folded to 0) → fine cluster id, from 1. */
  fine: Map<string, number>;
  /** Fine id → coarse id, from 1; index 0 is unused. */
  coarseOf: number[];
}

const DIGIT = /\d/g;

/** The key a word is clustered and looked up under. */
export function clusterKey(token: string): string {
  return token.replace(DIGIT, "0");
}

/** The fine cluster of a token: as written, else title-cased (for words in capitals), else lower-cased. */
export function clusterOf(clusters: WordClusters, token: string): number {
  const key = clusterKey(token);
  const hit = clusters.fine.get(key);
  if (hit !== undefined) return hit;
  if (key.length > 1 && key === key.toUpperCase()) {
    const title = key[0] + key.slice(1).toLowerCase();
    const t = clusters.fine.get(title);
    if (t !== undefined) return t;
  }
  return clusters.fine.get(key.toLowerCase()) ?? 0;
}
