import type { Range } from "../model.js";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// ICU breaks after every full stop; news text is full of titles and initials that do not end a sentence.
const ABBREVIATION = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Dr|Prof|Sgt|Gen|Lt|Col|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Fr|St|Jr|Sr|No|vs|Mt|Ft|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.\s*$/;

/** Sentence ranges within `text[start..end]`, trimmed, as offsets into `text`. */
export function sentenceRanges(text: string, start = 0, end = text.length): Range[] {
  const slice = text.slice(start, end);
  const out: Range[] = [];
  let pending: Range | null = null;
  for (const seg of segmenter.segment(slice)) {
    const s = start + seg.index;
    const e = s + seg.segment.length;
    pending = pending ? { start: pending.start, end: e } : { start: s, end: e };
    if (!ABBREVIATION.test(seg.segment)) {
      out.push(trim(text, pending));
      pending = null;
    }
  }
  if (pending) out.push(trim(text, pending));
  return out.filter((r) => r.end > r.start);
}

function trim(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Collapses runs of white space (line breaks inside a paragraph) to single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
