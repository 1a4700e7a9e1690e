/**
 * The first `k` of `items` in `order`, which must rank higher `key`s first. Only items whose key
 * reaches the k-th largest are sorted with `order`: popular entities have thousands of co-mentions
 * and articles thousands of related candidates, and sorting them all would dominate crosslinking.
 */
export function topK<T>(items: T[], k: number, key: (item: T) => number, order: (a: T, b: T) => number): T[] {
  if (items.length > k) {
    // A plain loop: `Float64Array.from` with a map function takes V8's slow generic path.
    const keys = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) keys[i] = key(items[i]!);
    keys.sort();
    const threshold = keys[keys.length - k]!;
    items = items.filter((x) => key(x) >= threshold);
  }
  return items.sort(order).slice(0, k);
}
