import type { Block, Range } from "../model.js";

/** Every text region of an article that carries prose, in document order. */
export function proseRanges(blocks: readonly Block[], title: Range | null): Range[] {
  const out: Range[] = title ? [title] : [];
  for (const block of blocks) {
    if (block.kind === "list") out.push(...block.items);
    else out.push({ start: block.start, end: block.end });
  }
  return out;
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Overlap and containment queries over a fixed set of ranges in O(log n) each, so per-mention checks
 * stay linear overall on a 10 MB article (a `some()` scan per mention would be quadratic there).
 */
/** Number of ranges in `sorted` (ordered by start) that start before `pos`, by binary search. */
function startsBefore(sorted: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class RangeIndex<T extends Range> {
  private readonly sorted: T[];
  /** Largest end among sorted[0..i]: any range before i that reaches past a point is seen here. */
  private readonly maxEnd: number[];

  constructor(ranges: Iterable<T>) {
    this.sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
    this.maxEnd = [];
    let max = -Infinity;
    for (const r of this.sorted) this.maxEnd.push((max = Math.max(max, r.end)));
  }

  private startsBefore(pos: number): number {
    return startsBefore(this.sorted, pos);
  }

  /** Whether any range overlaps `span`. */
  overlapsAny(span: Range): boolean {
    const n = this.startsBefore(span.end);
    return n > 0 && this.maxEnd[n - 1]! > span.start;
  }

  /** Every range that overlaps `span`, in order of start. */
  overlapping(span: Range): T[] {
    const out: T[] = [];
    for (let i = this.startsBefore(span.end) - 1; i >= 0 && this.maxEnd[i]! > span.start; i--) {
      if (this.sorted[i]!.end > span.start) out.push(this.sorted[i]!);
    }
    return out.reverse();
  }

  /** Whether one range contains `span` whole. */
  containsWhole(span: Range): boolean {
    for (let i = this.startsBefore(span.start + 1) - 1; i >= 0 && this.maxEnd[i]! >= span.end; i--) {
      if (this.sorted[i]!.end >= span.end) return true;
    }
    return false;
  }
}

/**
 * The items of `sorted` (ordered by start) that lie wholly inside `range`, found by binary search:
 * a scan of every mention for every paragraph is quadratic on a long article.
 */
export function within<T extends Range>(sorted: readonly T[], range: Range): T[] {
  const out: T[] = [];
  for (let i = startsBefore(sorted, range.start); i < sorted.length && sorted[i]!.start < range.end; i++) if (sorted[i]!.end <= range.end) out.push(sorted[i]!);
  return out;
}
