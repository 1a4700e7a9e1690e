/**
 * The `k` smallest items under `compare`, in order, ties kept in input order: exactly
 * `[...items].sort(compare).slice(0, k)` (a stable sort), in O(n·k) instead of O(n log n) with a large n, e.g. the co-mentions of an
 * entity named beside thousands of others, kept to a couple of dozen.
 */
export function smallest<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  if (k <= 0) return out;
  for (const item of items) {
    if (out.length === k && compare(item, out[k - 1]!) >= 0) continue;
    let i = out.length === k ? k - 1 : out.length;
    while (i > 0 && compare(item, out[i - 1]!) < 0) {
      out[i] = out[i - 1]!;
      i--;
    }
    out[i] = item;
    if (out.length > k) out.length = k;
  }
  return out;
}
