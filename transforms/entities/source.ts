import type { Mention, Range } from "../model.js";

/**
 * Anything that finds entity mentions in an article's prose. The registry matcher is one; the
 * automatic recogniser is another. Sources are consulted in order and earlier ones win overlaps.
 */
export interface MentionSource {
  readonly name: string;
  find(text: string, ranges: readonly Range[]): Mention[];
}
