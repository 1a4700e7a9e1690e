import type { Range } from "../model.js";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// ICU breaks after every full stop; news text is full of titles and initials that do not end a sentence.
const ABBREVIATION = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Dr|Prof|Sgt|Gen|Lt|Col|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Fr|St|Jr|Sr|No|vs|Mt|Ft|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.\s*$/;

/**
 * V8's segmenter gets slower with every step on a long string (quadratic: 4 s for one 500 kB line),
 * so text is handed to it in pieces of a few thousand characters, cut where ICU breaks anyway: a
 * line break, else a full stop, question or exclamation mark before a capital, else white space.
 */
const CHUNK = 4096;
const SENTENCE_END = /[.!?]["”’)]*\s+(?=\p{Lu})/gu;
const SPACE = /\s+/gu;

function cutAfter(text: string, from: number, limit: number): number {
  if (limit - from <= 2 * CHUNK) return limit;
  const at = from + CHUNK;
  // Searching a window, not the rest of the text, keeps a text without any break linear too.
  const window = text.slice(at, at + CHUNK);
  const nl = window.indexOf("\n");
  if (nl !== -1) return at + nl + 1;
  for (const re of [SENTENCE_END, SPACE]) {
    re.lastIndex = 0;
    const m = re.exec(window);
    if (m && m.index + m[0].length < window.length) return at + m.index + m[0].length;
  }
  return at + CHUNK;
}

function* segments(text: string, start: number, end: number): Generator<{ start: number; text: string }> {
  for (let from = start; from < end; ) {
    const to = cutAfter(text, from, end);
    for (const seg of segmenter.segment(text.slice(from, to))) yield { start: from + seg.index, text: seg.segment };
    from = to;
  }
}

/** Sentence ranges within `text[start..end]`, trimmed, as offsets into `text`. */
export function sentenceRanges(text: string, start = 0, end = text.length): Range[] {
  const out: Range[] = [];
  let pending: Range | null = null;
  for (const seg of segments(text, start, end)) {
    const e = seg.start + seg.text.length;
    pending = pending ? { start: pending.start, end: e } : { start: seg.start, end: e };
    if (!ABBREVIATION.test(seg.text)) {
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
