// The sentences an entity page quotes from each briefing, with the entity's mentions highlighted.
import type { AnnotatedArticle, Mention, Range } from "../model.js";
import { sentenceRanges } from "../text/sentences.js";
import { proseRanges } from "../text/ranges.js";
import type { Context } from "./views.js";

/**
 * An entity page quotes sentences from its latest briefings only; older ones are listed without
 * quotes. Quoting all of them would make the largest pages grow with the corpus (MBs at 20k
 * articles), and they would dominate build time and memory.
 */
export const QUOTED_ARTICLES = 20;
/**
 * …and at most this many sentences from any one briefing: a 10 MB article names its main subjects
 * thousands of times, and quoting every sentence would make their pages tens of MB.
 */
export const QUOTED_PER_BRIEFING = 10;

/**
 * Each sentence of an article's prose that holds mentions, with those mentions in order. One walk
 * over sentences and mentions together: filtering all mentions per paragraph and per sentence would be
 * quadratic, minutes on a 10 MB article. A mention that crosses a sentence break belongs to none.
 */
function* sentencesWithMentions(
  a: AnnotatedArticle,
  mentions: readonly Mention[] = a.mentions,
  sentencesIn: (paragraph: Range) => readonly Range[] = (r) => sentenceRanges(a.article.text, r.start, r.end),
): Generator<{ start: number; end: number; marks: Mention[] }> {
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  let next = 0;
  for (const r of proseRanges(a.article.blocks, a.article.titleRange)) {
    while (next < sorted.length && sorted[next]!.start < r.start) next++;
    if (next >= sorted.length) return;
    if (sorted[next]!.start >= r.end) continue;
    for (const s of sentencesIn(r)) {
      while (next < sorted.length && sorted[next]!.start < s.start) next++;
      const marks: Mention[] = [];
      for (; next < sorted.length && sorted[next]!.start < s.end; next++) if (sorted[next]!.end <= s.end) marks.push(sorted[next]!);
      if (marks.length > 0) yield { start: s.start, end: s.end, marks };
    }
  }
}

/** Sentences of one article that mention `entityId`, each split into plain and highlighted runs. */
export function contextsFor(a: AnnotatedArticle, entityId: string): Context[] {
  return quotesFor(a, entityId).contexts;
}

export type Quotes = { contexts: Context[]; more: number };

/** `contextsFor`, up to `cap` sentences and the rest counted, cutting paragraphs with `sentencesIn`. */
function quotesFor(a: AnnotatedArticle, entityId: string, cap = Infinity, sentencesIn?: (paragraph: Range) => readonly Range[]): Quotes {
  const own = a.mentions.filter((m) => m.entityId === entityId);
  const out: Quotes = { contexts: [], more: 0 };
  for (const s of sentencesWithMentions(a, own, sentencesIn)) {
    if (out.contexts.length < cap) out.contexts.push(runs(a.article.text, s.start, s.end, s.marks));
    else out.more++;
  }
  return out;
}

/**
 * One article's quotes per entity, each made when first asked for. Paragraphs are cut into sentences
 * once, for whichever entity asks first, and only those holding an asking entity's mentions: a full
 * build asks for every quoted entity, an incremental one mostly for those the new article names.
 */
export function quoteMaker(a: AnnotatedArticle): (entityId: string) => Quotes {
  const paragraphs = new Map<number, readonly Range[]>();
  const sentencesIn = (r: Range) => {
    let found = paragraphs.get(r.start);
    if (!found) paragraphs.set(r.start, (found = sentenceRanges(a.article.text, r.start, r.end)));
    return found;
  };
  const made = new Map<string, Quotes>();
  return (id) => {
    let q = made.get(id);
    if (!q) made.set(id, (q = quotesFor(a, id, QUOTED_PER_BRIEFING, sentencesIn)));
    return q;
  };
}

function runs(text: string, start: number, end: number, marks: readonly Mention[]): Context {
  const out: Context = [];
  let at = start;
  for (const m of marks) {
    if (m.start > at) out.push({ text: text.slice(at, m.start).replace(/\s+/gu, " "), mark: false });
    out.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < end) out.push({ text: text.slice(at, end).replace(/\s+/gu, " "), mark: false });
  return out;
}

