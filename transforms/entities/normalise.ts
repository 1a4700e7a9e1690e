/**
 * The single place that decides when two surface forms are "the same name": accents, case of
 * particles, hyphens versus spaces and curly versus straight apostrophes are folded; letters are not.
 */

export interface Token {
  start: number;
  end: number;
  /** Folded form used for lookups: lowercase, accents removed. */
  key: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Name particles that may be written in either case ("al-Thani" / "Al Thani", "the Strip"). */
export const PARTICLES = new Set([
  "al", "el", "ad", "ud", "bin", "ibn", "bint", "abu", "de", "del", "della", "di", "da", "du", "dos", "das",
  "van", "von", "der", "den", "la", "le", "the", "of", "and", "y", "e", "bte", "ben",
]);

export function fold(word: string): string {
  // Most words are ASCII, where decomposing and stripping marks changes nothing; skipping them is
  // a large share of the registry matcher's time.
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) return word.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
  }
  return word.toLowerCase();
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const s = m.index;
    const e = Math.min(s + m[0].length, end);
    out.push({ start: s, end: e, key: fold(text.slice(s, e)) });
  }
  return out;
}

/**
 * What separates two words, reduced to what matters for a name: spaces, hyphens and dashes all count
 * as one gap (so "al-Thani" matches "Al Thani"); full stops and commas must match ("U.S.", "Washington, D.C.").
 */
export function gapKey(gap: string): string {
  return gap
    .replace(/[’‘`´]/gu, "'")
    .replace(/[\s\-‐‑‒–—]+/gu, " ")
    .trim();
}

/** How a word in an alias constrains the capitalisation of the text it matches. */
export type CaseRule = "exact" | "capital" | "any";

export function caseRuleFor(word: string): CaseRule {
  if (PARTICLES.has(fold(word))) return "any";
  if (word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) return "exact";
  if (/^\p{Lu}/u.test(word)) return "capital";
  if (/^\p{N}/u.test(word)) return "any";
  return "any";
}

/** Whether the text's word satisfies the alias word's capitalisation. */
export function caseMatches(rule: CaseRule, aliasWord: string, textWord: string): boolean {
  if (rule === "any") return true;
  if (rule === "exact") return textWord === aliasWord || fold(textWord) === fold(aliasWord) && textWord === textWord.toUpperCase();
  return /^\p{Lu}/u.test(textWord);
}

/** A canonical key for a whole name, for comparing names across articles and registry files. */
export function nameKey(name: string): string {
  const toks = tokenize(name);
  return toks.map((t) => t.key).join(" ");
}
