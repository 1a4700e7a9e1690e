import type { GoldSentence } from "./conll.js";
import { iobSpans } from "./conll.js";
import { CASE_BOTH, CASE_LOWER, CASE_UPPER, HEAD_LOC, HEAD_ORG, HEAD_PER, IN_VOCAB } from "./features.js";

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * Learns how each word is cased when not sentence-initial. This is what tells a
 * sentence-initial "Despite" (usually lower-case) from "Doha" (always capitalised).
 */
export function learnCasing(sentences: Iterable<readonly string[]>, minCount = 2): Map<string, number> {
  const counts = new Map<string, [number, number]>();
  for (const s of sentences) {
    for (let i = 1; i < s.length; i++) {
      const t = s[i]!;
      const upper = UPPER_START.test(t);
      if (!upper && !LOWER_START.test(t)) continue;
      // All-caps words are acronyms or shouting; neither says how the word is usually written.
      if (upper && t.length > 1 && t === t.toUpperCase()) continue;
      const key = t.toLowerCase();
      const c = counts.get(key) ?? [0, 0];
      c[upper ? 1 : 0]++;
      counts.set(key, c);
    }
  }
  const out = new Map<string, number>();
  for (const [word, [low, up]] of counts) {
    if (low + up < minCount) continue;
    const ratio = up / (low + up);
    out.set(word, ratio >= 0.8 ? CASE_UPPER : ratio <= 0.2 ? CASE_LOWER : CASE_BOTH);
  }
  return out;
}

/**
 * Words that end organisation names in news whether or not the gold data has them often
 * enough: "Federal Security Service", "Emergencies Ministry", "The Times of Israel".
 */
export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set([
  "ministry", "committee", "party", "council", "agency", "service", "services", "university", "college",
  "institute", "times", "news", "post", "force", "forces", "army", "navy", "bank", "inc", "inc.", "group",
  "corporation", "corp", "corp.", "company", "co.", "ltd", "ltd.", "association", "organisation", "organization",
  "union", "commission", "court", "foundation", "department", "office", "assembly", "parliament", "congress",
  "senate", "police", "airlines", "airways", "club", "fc", "channel", "network", "press", "journal", "movement",
  "front", "alliance", "league", "federation", "authority", "board", "bureau", "hospital", "school", "academy",
  "society", "church", "fund", "trust", "guard", "brigades", "brigade", "coalition", "cabinet", "government",
  "administration", "tribune", "herald", "gazette", "telegraph", "guardian", "agency", "broadcasting",
  "television", "radio", "media", "holdings", "industries", "motors", "systems", "technologies", "labs",
  "unit", "directorate", "secretariat", "tribunal", "prosecutor's", "observatory", "monitor", "watch",
]);

/**
 * Marks words that usually end multi-word names of one type in the gold data
 * ("Association" → ORG, "River" → LOC), merged into the casing map's flag bits.
 */
export function learnHeads(sentences: readonly GoldSentence[], flags: Map<string, number>, minCount = 3): void {
  const counts = new Map<string, Record<string, number>>();
  for (const s of sentences) {
    for (const span of iobSpans(s.tags)) {
      if (span.end - span.start < 2) continue;
      const w = s.tokens[span.end - 1]!.toLowerCase();
      const c = counts.get(w) ?? {};
      c[span.label] = (c[span.label] ?? 0) + 1;
      counts.set(w, c);
    }
  }
  const bit: Record<string, number> = { ORG: HEAD_ORG, LOC: HEAD_LOC, PER: HEAD_PER };
  for (const w of ORG_HEAD_WORDS) flags.set(w, (flags.get(w) ?? 0) | HEAD_ORG);
  for (const [w, c] of counts) {
    const total = Object.values(c).reduce((a, b) => a + b, 0);
    for (const [label, n] of Object.entries(c)) {
      if (n >= minCount && n / total >= 0.7) flags.set(w, (flags.get(w) ?? 0) | (bit[label] ?? 0));
    }
  }
}

/** Flags lower-cased words seen at least `minCount` times in the training tokens. */
export function learnVocabulary(sentences: Iterable<readonly string[]>, flags: Map<string, number>, minCount = 2): void {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) {
    const w = t.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  for (const [w, n] of counts) if (n >= minCount) flags.set(w, (flags.get(w) ?? 0) | IN_VOCAB);
}
