import { sentenceRanges, squash } from "../text/sentences.js";

export const MAX_TITLE = 90;

/** A first line that reads as a headline: short, no closing full stop, not a list item. */
export function isHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 150) return false;
  if (/[.,;:]$/.test(t) || /^[-•]/.test(t)) return false;
  // Capitals, digits and quotes start English headlines; scripts without case (Arabic, Hebrew, CJK)
  // and emoji can start one too.
  if (!/^[\p{Lu}\p{Lt}\p{Lo}\p{N}‘“"'\p{Extended_Pictographic}]/u.test(t)) return false;
  return t.split(/\s+/u).length <= 20;
}

const WEAK_ENDING = /\s+(?:a|an|the|of|to|in|on|at|for|and|or|but|with|by|from|as|that|which|who|is|are|was|were|its|their|his|her)$/iu;

/**
 * A readable headline made from the lede: its first sentence, cut at a clause or word boundary so
 * it fits in about 90 characters, never mid-word, with an ellipsis when it was shortened.
 */
export function deriveTitle(fullLede: string): string {
  // The title comes from the first sentence; a megabyte-long lede need not be segmented whole.
  const lede = fullLede.slice(0, 4 * MAX_TITLE * 10);
  // A rule or row of symbols ("---") before the words is no headline.
  const first = sentenceRanges(lede).find((r) => /\p{L}/u.test(lede.slice(r.start, r.end)));
  const sentence = squash(first ? lede.slice(first.start, first.end) : lede).replace(/[\s.!?;:,]+$/u, "");
  if (sentence.length <= MAX_TITLE) return sentence;
  const head = sentence.slice(0, MAX_TITLE + 1);
  const clause = Math.max(head.lastIndexOf(", "), head.lastIndexOf(" — "), head.lastIndexOf(" – "));
  let cut = clause >= 50 ? clause : head.lastIndexOf(" ");
  if (cut <= 0) cut = MAX_TITLE;
  let text = sentence.slice(0, cut).replace(/[\s,;:—–-]+$/u, "");
  for (let i = 0; i < 3 && WEAK_ENDING.test(text); i++) text = text.replace(WEAK_ENDING, "");
  return `${text}…`;
}
