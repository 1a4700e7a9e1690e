import type { TokenSpan } from "./conll.js";
import { GAZ_COUNTRY, GAZ_DEMONYM, type GazMatch } from "./gazetteer.js";
import { NEVER_ENTITY, TITLE_WORDS, titleKey } from "./titles.js";
import type { EntityLabel } from "./types.js";

/** A token-range span after the deterministic rules; `demonymOf` marks country adjectives. */
export interface RuleSpan extends TokenSpan {
  demonymOf?: string;
}

const WORDLIKE = /[\p{L}\p{N}]/u;
const HAS_UPPER = /\p{Lu}/u;
const POSSESSIVE = /^['’]s?$/i;

/** Arabic/Semitic name particles written joined to the next name part: "al-Thani", "el-Sheikh". */
export const PARTICLE_NAME = /^(?:al|el|ad|ash|as|at|az|ar|an|ibn|bin|abu|bint|ben|ould)-\p{Lu}/u;
const CONNECTOR = new Set(["bin", "ibn", "bint", "abu", "ben", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le"]);

/**
 * Titles that are reliably followed by a person's name, unlike "general" or "state",
 * so an untagged capitalised word after them ("Master Sgt. Ran Gvili") is a name.
 */
const NAME_TITLES = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sgt", "cpl", "pvt", "lt", "capt", "col", "maj", "adm", "president",
  "minister", "senator", "sen", "rep", "gov", "governor", "mayor", "ambassador", "envoy", "spokesman",
  "spokeswoman", "chancellor", "premier", "sheikh", "emir", "king", "queen", "prince", "princess", "pope",
  "rabbi", "imam", "judge", "secretary", "sir", "dame", "lord", "lady",
]);

/** News names where a leading "The" belongs to the name. */
const THE_IS_PART = new Set(["Times", "Post", "Guardian", "Telegraph", "Independent", "Economist", "Journal", "Herald", "Observer", "Atlantic", "Hill", "Intercept", "Sun", "Mirror", "Tribune", "Globe", "Chronicle", "Gazette", "Spectator", "Hague", "Gambia", "Bahamas", "Beatles", "Associated"]);

function isTitle(token: string): boolean {
  return TITLE_WORDS.has(titleKey(token));
}

function trimEdges(tokens: readonly string[], s: TokenSpan): TokenSpan | null {
  let { start, end } = s;
  while (start < end && !WORDLIKE.test(tokens[start]!)) start++;
  while (end > start && (!WORDLIKE.test(tokens[end - 1]!) || POSSESSIVE.test(tokens[end - 1]!))) end--;
  return start < end ? { start, end, label: s.label } : null;
}

/**
 * Person spans lose their leading titles ("Master Sgt. Ran Gvili" → "Ran Gvili"); a
 * country or demonym before the title becomes a place of its own ("US President Donald Trump").
 */
function splitTitles(tokens: readonly string[], s: TokenSpan, gazAt: Map<number, GazMatch>): RuleSpan[] {
  if (s.label !== "PER") return [s];
  const out: RuleSpan[] = [];
  let start = s.start;
  const g = gazAt.get(start);
  if (g && g.end < s.end && isTitle(tokens[g.end]!)) {
    out.push(placeFromGaz(g));
    start = g.end;
  }
  while (start < s.end - 1 && isTitle(tokens[start]!)) start++;
  // A lone title ("President") left after stripping is not a name.
  if (!(start === s.end - 1 && isTitle(tokens[start]!) && start > s.start)) out.push({ start, end: s.end, label: "PER" });
  return out;
}

/** Extends a span over trailing joined particles and "bin"/"al" connectors: "Mohammed bin Jassim al-Thani", "Sharm el-Sheikh". */
function extendParticles(tokens: readonly string[], s: RuleSpan): RuleSpan {
  let end = s.end;
  for (;;) {
    const t = tokens[end];
    if (t !== undefined && PARTICLE_NAME.test(t)) end++;
    else if (t !== undefined && CONNECTOR.has(t) && /^\p{Lu}/u.test(tokens[end + 1] ?? "")) end += 2;
    else break;
  }
  let start = s.start;
  while (start > 0 && PARTICLE_NAME.test(tokens[start - 1]!) && s.label === "PER") start--;
  return end === s.end && start === s.start ? s : { ...s, start, end };
}

function stripLeadingThe(tokens: readonly string[], s: RuleSpan): RuleSpan {
  if (s.end - s.start < 2 || !/^the$/i.test(tokens[s.start]!)) return s;
  if (tokens.slice(s.start + 1, s.end).some((t) => THE_IS_PART.has(t))) return s;
  return { ...s, start: s.start + 1 };
}

/** Untagged capitalised words right after a name title are that person's name. */
function namesAfterTitles(tokens: readonly string[], covered: Uint8Array): RuleSpan[] {
  const out: RuleSpan[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!NAME_TITLES.has(titleKey(tokens[i]!))) continue;
    let end = i + 1;
    while (
      end < tokens.length &&
      end - i <= 4 &&
      !covered[end] &&
      (/^\p{Lu}\p{Ll}/u.test(tokens[end]!) || PARTICLE_NAME.test(tokens[end]!)) &&
      !isTitle(tokens[end]!)
    ) end++;
    if (end > i + 1) {
      out.push({ start: i + 1, end, label: "PER" });
      covered.fill(1, i + 1, end);
      i = end - 1;
    }
  }
  return out;
}

function placeFromGaz(g: GazMatch): RuleSpan {
  const span: RuleSpan = { start: g.start, end: g.end, label: "LOC" };
  if (g.kind & GAZ_DEMONYM) span.demonymOf = g.country;
  return span;
}

export function isJunk(tokens: readonly string[], s: TokenSpan): boolean {
  const words = tokens.slice(s.start, s.end);
  if (!words.some((w) => HAS_UPPER.test(w))) return true;
  return words.length === 1 && NEVER_ENTITY.has(words[0]!.toLowerCase());
}

/**
 * Applies the span rules to one sentence: trims punctuation and possessives, strips
 * titles, drops calendar/holiday junk, and adds demonyms and untagged country names
 * from the gazetteer.
 */
export function applyRules(tokens: readonly string[], tagged: readonly TokenSpan[], gaz: readonly GazMatch[]): RuleSpan[] {
  const gazAt = new Map(gaz.map((g) => [g.start, g]));
  const spans: RuleSpan[] = [];
  for (const raw of tagged) {
    const trimmed = trimEdges(tokens, raw);
    if (!trimmed) continue;
    for (const split of splitTitles(tokens, trimmed, gazAt)) {
      const s = stripLeadingThe(tokens, extendParticles(tokens, split));
      if (isJunk(tokens, s)) continue;
      const g = gazAt.get(s.start);
      // A span that is exactly a demonym or country is a place, whatever type the tagger
      // guessed: the corpora sometimes tag governments-by-country ("US") as ORG.
      if (g && g.end === s.end && g.kind & (GAZ_DEMONYM | GAZ_COUNTRY)) spans.push(placeFromGaz(g));
      else spans.push(s);
    }
  }
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  spans.push(...namesAfterTitles(tokens, covered));
  for (const g of gaz) {
    if (!(g.kind & (GAZ_DEMONYM | GAZ_COUNTRY))) continue;
    if (covered.subarray(g.start, g.end).some((c) => c === 1)) continue;
    spans.push(placeFromGaz(g));
  }
  return spans.sort((a, b) => a.start - b.start);
}

export type { EntityLabel };
