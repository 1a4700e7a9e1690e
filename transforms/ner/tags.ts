import type { EntityLabel } from "./types.js";

/** IOB2 tag inventory; index 0 is "O" and B/I pairs are adjacent so `(t + 1) >> 1` gives the label. */
export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"] as const;
export const NUM_TAGS = TAGS.length;

const LABEL_OF: readonly (EntityLabel | null)[] = [null, "PER", "PER", "ORG", "ORG", "LOC", "LOC"];

export function tagIndex(tag: string): number {
  const i = (TAGS as readonly string[]).indexOf(tag);
  return i < 0 ? 0 : i;
}

export function tagLabel(t: number): EntityLabel | null {
  return LABEL_OF[t] ?? null;
}

export function isInside(t: number): boolean {
  return t > 0 && t % 2 === 0;
}

/** An I- tag may only continue an entity of its own type. */
export function allowed(prev: number, t: number): boolean {
  return !isInside(t) || prev === t || prev === t - 1;
}
