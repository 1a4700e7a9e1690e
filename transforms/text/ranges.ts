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
