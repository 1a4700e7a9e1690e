import { clusterKey, type WordClusters } from "../clusters.js";
import { seededRandom } from "./random.js";

export interface ClusterOptions {
  fine: number;
  coarse: number;
  minCount: number;
  contextWords: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { fine: 256, coarse: 32, minCount: 4, contextWords: 400, iterations: 6, seed: 7 };

interface Sparse {
  idx: Int32Array;
  val: Float32Array;
}

function normalise(v: Float32Array): void {
  let n = 0;
  for (const x of v) n += x * x;
  const s = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (let i = 0; i < v.length; i++) v[i] = v[i]! * s;
}

/** Spherical k-means, seeded; returns each point's cluster (0-based) and the centroids. */
function kmeans(points: readonly Sparse[], dims: number, k: number, iterations: number, seed: number): { assign: Int32Array; centroids: Float32Array[] } {
  const random = seededRandom(seed);
  const centroids: Float32Array[] = [];
  const taken = new Set<number>();
  while (centroids.length < Math.min(k, points.length)) {
    const i = Math.floor(random() * points.length);
    if (taken.has(i)) continue;
    taken.add(i);
    const c = new Float32Array(dims);
    const p = points[i]!;
    for (let j = 0; j < p.idx.length; j++) c[p.idx[j]!] = p.val[j]!;
    centroids.push(c);
  }
  const assign = new Int32Array(points.length);
  for (let it = 0; it < iterations; it++) {
    points.forEach((p, pi) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < centroids.length; c++) {
        const cv = centroids[c]!;
        let s = 0;
        for (let j = 0; j < p.idx.length; j++) s += cv[p.idx[j]!]! * p.val[j]!;
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      assign[pi] = best;
    });
    for (const c of centroids) c.fill(0);
    points.forEach((p, pi) => {
      const cv = centroids[assign[pi]!]!;
      for (let j = 0; j < p.idx.length; j++) cv[p.idx[j]!] = cv[p.idx[j]!]! + p.val[j]!;
    });
    centroids.forEach(normalise);
  }
  return { assign, centroids };
}

/** Learns fine and coarse clusters of the words of `sentences`; deterministic for a given input and options. */
export function learnClusters(sentences: Iterable<readonly string[]>, opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): WordClusters {
  const docs: string[][] = [];
  const counts = new Map<string, number>();
  const contextCounts = new Map<string, number>();
  for (const s of sentences) {
    const keys = s.map(clusterKey);
    docs.push(keys);
    for (const k of keys) {
      counts.set(k, (counts.get(k) ?? 0) + 1);
      const l = k.toLowerCase();
      contextCounts.set(l, (contextCounts.get(l) ?? 0) + 1);
    }
  }
  const byCount = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  const contexts = new Map([...contextCounts].sort(byCount).slice(0, opts.contextWords).map(([w], i) => [w, i]));
  // Slot `contextWords` stands for the sentence edge; rarer neighbours are not counted.
  const width = opts.contextWords + 1;
  const vocab = new Map([...counts].filter(([, n]) => n >= opts.minCount).sort(byCount).map(([w], i) => [w, i]));
  const rows = Array.from({ length: vocab.size }, () => new Map<number, number>());
  const contextTotals = new Float64Array(2 * width);
  const ctx = (w: string | undefined): number => (w === undefined ? opts.contextWords : contexts.get(w.toLowerCase()) ?? -1);
  let total = 0;
  for (const keys of docs) {
    for (let i = 0; i < keys.length; i++) {
      const v = vocab.get(keys[i]!);
      if (v === undefined) continue;
      const row = rows[v]!;
      const left = ctx(keys[i - 1]);
      const right = ctx(keys[i + 1]);
      for (const c of [left, right < 0 ? -1 : width + right]) {
        if (c < 0) continue;
        row.set(c, (row.get(c) ?? 0) + 1);
        contextTotals[c] = contextTotals[c]! + 1;
        total++;
      }
    }
  }
  // Positive pointwise mutual information: a neighbour counts by how much more often than chance it
  // is seen beside the word, so "the" and "," do not make every word alike.
  const points: Sparse[] = rows.map((row) => {
    let rowTotal = 0;
    for (const n of row.values()) rowTotal += n;
    const entries = [...row]
      .map(([c, n]): [number, number] => [c, Math.log((n * total) / (rowTotal * contextTotals[c]!))])
      .filter(([, pmi]) => pmi > 0)
      .sort((a, b) => a[0] - b[0]);
    const val = Float32Array.from(entries, ([, pmi]) => pmi);
    normalise(val);
    return { idx: Int32Array.from(entries, ([i]) => i), val };
  });
  const fine = kmeans(points, 2 * width, opts.fine, opts.iterations, opts.seed);
  const centroidPoints: Sparse[] = fine.centroids.map((c) => ({ idx: Int32Array.from(c.keys()), val: c }));
  const coarse = kmeans(centroidPoints, 2 * width, opts.coarse, opts.iterations, opts.seed + 1);
  const out = new Map<string, number>();
  for (const [w, i] of vocab) out.set(w, fine.assign[i]! + 1);
  return { fine: out, coarseOf: [0, ...Array.from(coarse.assign, (c) => c + 1)] };
}

