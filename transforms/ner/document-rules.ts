import type { RuleSpan } from "./postrules.js";
import { TITLE_WORDS, titleKey } from "./titles.js";
import type { EntityLabel } from "./types.js";

import { PARTICLE_NAME } from "./postrules.js";
import { startsUpper } from "./chars.js";

const isNameWord = (t: string): boolean => startsUpper(t) || PARTICLE_NAME.test(t);

function surface(tokens: readonly string[], s: RuleSpan): string {
  return tokens.slice(s.start, s.end).join(" ");
}

/**
 * News names an entity in full once and then shortens it ("Benjamin Netanyahu" …
 * "Netanyahu"), and a greedy tagger sees each sentence alone. This makes a document
 * consistent: every mention string takes its majority type, surnames of full person
 * names count as person mentions, and untagged repeats of a known mention are added.
 */
export function applyDocumentRules(sentences: readonly (readonly string[])[], spans: RuleSpan[][]): RuleSpan[][] {
  const votes = new Map<string, Map<EntityLabel, number>>();
  const vote = (key: string, label: EntityLabel, weight: number): void => {
    const v = votes.get(key) ?? new Map<EntityLabel, number>();
    v.set(label, (v.get(label) ?? 0) + weight);
    votes.set(key, v);
  };
  spans.forEach((list, si) => {
    const toks = sentences[si]!;
    for (const s of list) {
      if (s.demonymOf) continue;
      vote(surface(toks, s), s.label, 1);
      const last = toks[s.end - 1]!;
      if (s.label === "PER" && s.end - s.start >= 2 && isNameWord(last) && !TITLE_WORDS.has(titleKey(last))) {
        vote(last, "PER", 0.5);
      }
    }
  });
  const best = new Map<string, EntityLabel>();
  // Tokens never contain spaces, so a mention can only start at a token that some key starts with.
  const firstWords = new Set<string>();
  let longest = 1;
  for (const [key, v] of votes) {
    const [label] = [...v].sort((a, b) => b[1] - a[1])[0]!;
    best.set(key, label);
    const words = key.split(" ");
    firstWords.add(words[0]!);
    longest = Math.max(longest, words.length);
  }
  return spans.map((list, si) => {
    const toks = sentences[si]!;
    const out: RuleSpan[] = list.map((s) => {
      const label = s.demonymOf ? s.label : best.get(surface(toks, s));
      return label && label !== s.label ? { ...s, label } : s;
    });
    const covered = new Uint8Array(toks.length);
    for (const s of out) covered.fill(1, s.start, s.end);
    for (let i = 0; i < toks.length; i++) {
      if (covered[i] || !firstWords.has(toks[i]!) || !isNameWord(toks[i]!)) continue;
      for (let len = Math.min(longest, toks.length - i); len >= 1; len--) {
        const label = best.get(toks.slice(i, i + len).join(" "));
        if (!label || covered.subarray(i, i + len).some((c) => c === 1)) continue;
        // A repeat glued to more capitalised words ("Trump Tower") is a different name.
        if (i + len < toks.length && startsUpper(toks[i + len]!)) break;
        out.push({ start: i, end: i + len, label });
        covered.fill(1, i, i + len);
        i += len - 1;
        break;
      }
    }
    return out.sort((a, b) => a.start - b.start);
  });
}
