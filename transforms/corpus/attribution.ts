import type { Article, Mention, Range } from "../model.js";
import { findQuotations, hasWords, paragraphsOf, quotationText, type Quotation } from "../text/quotation.js";
import { sentenceRanges } from "../text/sentences.js";
import { RangeIndex } from "../text/ranges.js";
import { PARTICIPLE, PREPOSITION_BEFORE, PRONOUN, SPEECH_VERB, TITLE_CONTEXT, TRAILING_AUX, VERB_FIRST, canSpeak, looksLikeTitle, titleOnly } from "./speech.js";
import { bare, type RoleMention } from "./roles.js";

/** A direct quotation and who said it. */
export interface AttributedQuote extends Range {
  /** The words inside the marks, one range a paragraph. */
  pieces: Range[];
  text: string;
  /** The speaking entity. */
  speaker: string;
}

/** Quotations shorter than this are phrases held at arm's length ("so-called “peace”"), not statements. */
export const MIN_QUOTE_WORDS = 4;
/** Sentences back a pronoun looks for its person: further back, another person has usually come between. */
const PRONOUN_REACH = 1;

interface Found {
  speaker: string | null;
  /** Whether a speech verb tags the quotation at all: a tag naming nobody we know stops a quote borrowing a neighbour's speaker. */
  tagged: boolean;
  /** Where the tag after the quotation ends, so a quotation straight after it is the same speaker's. */
  tagEnd: number;
}

/**
 * Who said each direct quotation in an article, where the text makes it plain:
 * - a tag after it: "“…,” X said", "“…,” said X", "“…,” he added", "“…,” according to X";
 * - a tag before it: "X said: “…”", "X told reporters, “…”", "X said the plan was “…”";
 * - a quotation continued over sentences or interrupted by its tag: "“…,” he went on, “…”";
 * - "he" or "she" when the sentence before names exactly one person, and "the minister" when the
 *   article gives exactly one of its people that title.
 * Anything less clear is left unattributed: a wrong speaker is worse than none.
 */
export function attributeQuotes(article: Article, mentions: readonly Mention[], roles: readonly RoleMention[] = []): AttributedQuote[] {
  const { text } = article;
  const paragraphs = paragraphsOf(article.blocks);
  const quotations = findQuotations(text, paragraphs);
  if (quotations.length === 0) return [];
  const quoted = new RangeIndex(quotations);
  const speakers = [...mentions].filter((m) => !quoted.overlapsAny(m)).sort((a, b) => a.start - b.start);
  const byEnd = new Map(speakers.map((m) => [m.end, m]));
  const byStart = new Map(speakers.map((m) => [m.start, m]));
  const titles = titleIndex(roles);
  const sentenceCache = new Map<number, Range[]>();
  const sentencesOf = (p: number) => {
    let s = sentenceCache.get(p);
    if (!s) sentenceCache.set(p, (s = sentenceRanges(text, paragraphs[p]!.start, paragraphs[p]!.end)));
    return s;
  };
  const paragraphAt = (pos: number) => paragraphs.findIndex((r) => r.start <= pos && pos < r.end);
  const sentenceAt = (p: number, pos: number) => sentencesOf(p).find((s) => s.start <= pos && pos < s.end) ?? paragraphs[p]!;

  /** The sentence before the one holding `pos`, in this paragraph or at the end of the one before. */
  const sentenceBefore = (p: number, pos: number): { range: Range; p: number } | null => {
    const list = sentencesOf(p);
    let i = list.length - 1;
    while (i >= 0 && list[i]!.start > pos) i--;
    if (i > 0) return { range: list[i - 1]!, p };
    const last = p > 0 ? sentencesOf(p - 1).at(-1) : undefined;
    return last ? { range: last, p: p - 1 } : null;
  };
  const previousSentence = (p: number, pos: number): Range | null => sentenceBefore(p, pos)?.range ?? null;

  const results: (Found & { q: Quotation; attributed: string | null })[] = [];

  /**
   * "he said": the one person named between the pronoun and the start of the sentence before it
   * (`PRONOUN_REACH`), or the speaker of the last quotation when no one else is named since.
   */
  const pronoun = (p: number, pos: number): string | null => {
    let [para, from] = [p, pos];
    for (let back = 0; back < PRONOUN_REACH; back++) {
      const prev = sentenceBefore(para, from);
      if (!prev || prev.p < p - 1) return null;
      [para, from] = [prev.p, prev.range.start];
      const people = new Set(speakers.filter((m) => m.type === "person" && m.start >= from && m.end <= pos).map((m) => m.entityId));
      if (people.size === 1) return [...people][0]!;
      if (people.size > 1) return null;
      const last = results.at(-1);
      if (last?.attributed && last.q.end >= from && speakers.find((m) => m.entityId === last.attributed)?.type === "person") return last.attributed;
    }
    return null;
  };

  /** "the foreign minister said": the one entity of the article with that title. */
  const described = (before: string): string | null => {
    const m = /\bthe\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)$/iu.exec(before);
    if (!m) return null;
    const ids = titles.get(bare(m[1]!.split(/\s+/u).at(-1)!));
    return ids && ids.size === 1 ? [...ids][0]! : null;
  };

  /** The subject that ends at `end` (before its verb), looking past an apposition or a prepositional phrase. */
  const subjectEndingAt = (sentence: Range, end: number, p: number): string | null => {
    // "Mark Hay, a marine ecologist, who said": the relative pronoun stands for the name before it.
    const from = Math.max(sentence.start, end - 400);
    sentence = { start: from, end: sentence.end };
    let s = text.slice(from, end);
    s = (s.slice(0, -120) + s.slice(-120).replace(TRAILING_AUX, "")).replace(/\s+$/u, "").replace(/,?\s+who$/u, "");
    for (let tries = 0; tries < 3; tries++) {
      const at = sentence.start + s.length;
      const word = /(\S+)$/u.exec(s)?.[1] ?? "";
      if (PRONOUN.test(word)) return pronoun(p, at - word.length);
      const m = byEnd.get(at);
      if (m && !PREPOSITION_BEFORE.test(text.slice(sentence.start, m.start))) return canSpeak(m) ? m.entityId : null;
      if (s.endsWith(",")) {
        // "X, the head of Y, said" names X; "The prime minister, Boris Johnson, tweeted" names Johnson.
        const open = s.lastIndexOf(",", s.length - 2);
        if (open < 0) return null;
        const inner = s.slice(open + 1, -1).trim();
        const whole = byStart.get(sentence.start + open + 1 + (s.slice(open + 1).length - s.slice(open + 1).trimStart().length));
        if (whole && whole.text.length === inner.length) return canSpeak(whole) ? whole.entityId : null;
        s = s.slice(0, open).trimEnd();
        continue;
      }
      const pp = /\s+(?:of|from|at)\s+[^,]{1,60}$/u.exec(s);
      if (pp) {
        s = s.slice(0, pp.index);
        continue;
      }
      const title = described(s);
      if (title) return title;
      return null;
    }
    return null;
  };

  /** The main clause's subject, for a participle ("Ghebreyesus agreed, saying …"): a name followed by its verb. */
  const clauseSubject = (sentence: Range, p: number): string | null => {
    const lead = /^(?:[^,“”"]{1,60},\s+)?(he|she)\s/iu.exec(text.slice(sentence.start, sentence.end));
    if (lead) return pronoun(p, sentence.start + lead[0].length - lead[1]!.length - 1);
    for (const m of speakers) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      if (PREPOSITION_BEFORE.test(text.slice(sentence.start, m.start))) continue;
      const after = text.slice(m.end, Math.min(sentence.end, m.end + 120));
      if (/^(?:,[^,“”"]{1,80},)?\s+(?:(?:also|then|later|had|has|have|would|will)\s+)*(?:[a-z]+ed|[a-z]+s)\b/u.test(after) || VERB_FIRST.test(after.trimStart())) {
        return canSpeak(m) ? m.entityId : null;
      }
      return null;
    }
    return null;
  };

  /**
   * The name a title leads to, read from `from`: "said Qatar foreign ministry spokesman Majed al-Ansari"
   * names the spokesman, not the ministry in his title; an organisation speaks only when no person follows.
   */
  const titled = (from: number): Mention | null => {
    let org: Mention | null = null;
    for (const m of speakers) {
      if (m.start < from) continue;
      if (m.start > from + 100 || !titleOnly(text.slice(from, m.start))) break;
      if (m.type === "person") return m;
      if (m.type === "organization") org = m;
    }
    return org;
  };

  /** A tag after the quotation: from its closing mark to the end of that sentence. */
  const fromTail = (q: Quotation, next: Quotation | undefined): Found => {
    const p = paragraphAt(q.end - 1);
    const sentence = sentenceAt(p, q.end - 1);
    const limit = Math.min(Math.max(sentence.end, q.end), next && next.start > q.end ? next.start : Infinity, paragraphs[p]!.end);
    const tail = text.slice(q.end, limit);
    const lead = /^[\s,.;:—–-]*/u.exec(tail)![0].length;
    const from = q.end + lead;
    const rest = tail.slice(lead);
    const none = { speaker: null, tagged: false, tagEnd: q.end };
    // "… ,” said Qatar foreign ministry spokesman Majed al-Ansari", "… ,” said the minister"
    const verb = VERB_FIRST.exec(rest);
    if (verb) {
      const after = from + verb[0].length;
      const m = titled(after);
      if (m) return { speaker: m.entityId, tagged: true, tagEnd: m.end };
      const object = /^\s+([^,.;:!?“”"]{1,60})/u.exec(text.slice(after, limit))?.[1] ?? "";
      if (PRONOUN.test(object.trim())) return { speaker: pronoun(p, after), tagged: true, tagEnd: after + object.length + 1 };
      return { speaker: /^the\s/iu.test(object) ? described(object.trim()) : null, tagged: true, tagEnd: after };
    }
    const according = /^according\s+to\s+/iu.exec(rest);
    if (according) {
      const after = from + according[0].length;
      const m = titled(after);
      // A report "according to" a paper or agency is its report, not its words: only a person speaks so.
      return m?.type === "person" ? { speaker: m.entityId, tagged: true, tagEnd: m.end } : { ...none, tagged: true };
    }
    // "… ,” Witkoff said", "… ,” he added", "… ,” the minister said", "… ,” Mr. Ansari, the spokesman, stated"
    SPEECH_VERB.lastIndex = 0;
    const v = SPEECH_VERB.exec(rest.slice(0, 120));
    if (!v || v.index === 0 || PARTICIPLE.test(v[1]!)) return none;
    let subject = rest.slice(0, v.index);
    if (/[;:!?“”"]/u.test(subject) || subject.split(/\s+/u).filter(Boolean).length > 12) return none;
    const tagEnd = from + v.index + v[0].length;
    subject = subject.replace(TRAILING_AUX, "").replace(/\s+$/u, "");
    // An apposition after the name ("Mr. Ansari, the spokesman, said") does not change who speaks.
    if (subject.endsWith(",")) subject = subject.slice(0, subject.indexOf(","));
    if (/[,.]\s/u.test(subject.replace(/\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|St|Jr|Sr)\.\s/gu, ""))) return none;
    if (PRONOUN.test(subject.trim())) return { speaker: pronoun(p, from), tagged: true, tagEnd };
    const m = byEnd.get(from + subject.length);
    if (m && m.start >= from && titleOnly(text.slice(from, m.start))) return { speaker: canSpeak(m) ? m.entityId : null, tagged: true, tagEnd };
    return { speaker: described(subject.trim()), tagged: true, tagEnd };
  };

  /** A tag before the quotation, in its own sentence: the last speech verb there and its subject. */
  const fromHead = (q: Quotation, previous: Quotation | undefined): Found => {
    let p = q.paragraph;
    let sentence = sentenceAt(p, q.start);
    let head = { start: Math.max(sentence.start, previous && previous.end <= q.start ? previous.end : 0), end: q.start };
    const none = { speaker: null, tagged: false, tagEnd: q.end };
    if (!/\S/u.test(text.slice(head.start, head.end)) && q.start === paragraphs[p]!.start && p > 0) {
      // A statement quoted in a paragraph of its own, introduced at the end of the one before: "X writes:".
      const before = sentencesOf(p - 1).at(-1);
      if (!before || !/:\s*$/u.test(text.slice(before.start, before.end))) return none;
      p -= 1;
      sentence = before;
      head = { start: before.start, end: before.end };
    }
    // The tag sits near the quotation: a long lead-in is read from its last few hundred characters.
    head.start = Math.max(head.start, head.end - 300);
    const words = text.slice(head.start, head.end);
    if (TITLE_CONTEXT.test(words.slice(-60))) return none;
    let verb: RegExpExecArray | null = null;
    SPEECH_VERB.lastIndex = 0;
    for (let m = SPEECH_VERB.exec(words); m; m = SPEECH_VERB.exec(words)) verb = m;
    if (!verb) return none;
    const between = words.slice(verb.index + verb[0].length);
    if (between.split(/\s+/u).filter(Boolean).length > 30 || /[.!?;]\s/u.test(between)) return none;
    const verbAt = head.start + verb.index;
    const speaker = PARTICIPLE.test(verb[1]!) ? clauseSubject(sentence, p) : subjectEndingAt(sentence, verbAt, p);
    return { speaker, tagged: true, tagEnd: q.end };
  };

  const words: string[] = [];
  for (const [i, q] of quotations.entries()) {
    words.push(quotationText(text, q));
    // A phrase, a title or a scare quote is nobody's statement; it is not even read for a tag.
    if (!hasWords(words[i]!, MIN_QUOTE_WORDS) || looksLikeTitle(words[i]!) || TITLE_CONTEXT.test(text.slice(Math.max(0, q.start - 40), q.start))) {
      results.push({ q, attributed: null, tagged: false, tagEnd: q.end, speaker: null });
      continue;
    }
    const tail = fromTail(q, quotations[i + 1]);
    const head = fromHead(q, quotations[i - 1]);
    let attributed: string | null = tail.speaker ?? head.speaker;
    // Two tags naming different speakers: the text does not say which.
    if (tail.speaker && head.speaker && tail.speaker !== head.speaker) attributed = null;
    results.push({ q, attributed, tagged: tail.tagged || head.tagged, tagEnd: tail.tagged ? tail.tagEnd : q.end, speaker: null });
  }
  continueQuotes(text, results, previousSentence, paragraphAt);
  return results.flatMap((r, i) =>
    r.attributed !== null && hasWords(words[i]!, MIN_QUOTE_WORDS) ? [{ start: r.q.start, end: r.q.end, pieces: r.q.pieces, text: words[i]!, speaker: r.attributed }] : [],
  );
}

/**
 * Quotations with no tag of their own take the speaker of the quotation just before them, when
 * nothing but its tag stands between ("“…,” Witkoff said. “And …”") or it ended the sentence or
 * paragraph before; and an untagged quotation straight before a tagged one takes that one's speaker.
 */
function continueQuotes(
  text: string,
  results: (Found & { q: Quotation; attributed: string | null })[],
  previousSentence: (p: number, pos: number) => Range | null,
  paragraphAt: (pos: number) => number,
): void {
  // Only punctuation, or the rest of the tag's clause ("“…,” wrote Trump on Twitter, “and …”").
  const gapOnly = (from: number, to: number) => from <= to && /^[\s.,;:—–-]*$|^\s+[^.!?;“”"]{1,60},\s*$/u.test(text.slice(from, to));
  for (let i = 1; i < results.length; i++) {
    const [before, r] = [results[i - 1]!, results[i]!];
    if (r.attributed || r.tagged || !before.tagged) continue;
    const prev = previousSentence(r.q.paragraph, r.q.start);
    const endsBefore = prev !== null && before.q.end > prev.start && before.q.end <= prev.end && /^\s*$/u.test(text.slice(prev.end, r.q.start));
    if (gapOnly(before.tagEnd, r.q.start) || (endsBefore && paragraphAt(before.q.end - 1) >= r.q.paragraph - 1)) {
      // A continuation of a speaker the text does not name stays unnamed, whatever follows it.
      r.attributed = before.attributed;
      r.tagged = true;
    }
  }
  for (let i = results.length - 2; i >= 0; i--) {
    const [r, after] = [results[i]!, results[i + 1]!];
    if (!r.attributed && !r.tagged && after.attributed && gapOnly(r.q.end, after.q.start)) r.attributed = after.attributed;
  }
}

/** Title head word ("minister") → the entities the article gives it, for "the minister said". */
function titleIndex(roles: readonly RoleMention[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of roles) {
    const core = r.text.split(/\s+(?:of|for|to|at|in|on|from)\s+/u)[0]!;
    const head = bare(core.split(/\s+/u).at(-1)!);
    let set = out.get(head);
    if (!set) out.set(head, (set = new Set()));
    set.add(r.entityId);
  }
  return out;
}
