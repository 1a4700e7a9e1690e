import { ORG_HEAD_WORDS } from "./casing.js";
import { CORPORATE_SUFFIX, DESCRIPTOR_WORDS, EVENT_HEADS, EVENT_NAMES, FACILITY_HEADS, MEMBER_NOUNS, NAME_JOINERS, PARTY_ADJECTIVES } from "./descriptors.js";
import { CASE_LOWER } from "./features.js";
import { GAZ_COUNTRY, GAZ_DEMONYM, GAZ_ORG, type Gazetteer, type GazMatch } from "./gazetteer.js";
import { PARTICLE_NAME, type RuleSpan } from "./postrules.js";
import { knownOrgIndex } from "./known-orgs.js";
import { titleKey } from "./titles.js";
import { tokenize } from "./tokenize.js";

const CAP = /^\p{Lu}/u;
const LOWER_WORD = /^\p{Ll}[^\p{Lu}]*$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.]{1,7}$/u;

/** First words of the event and party-adjective names, so most spans are ruled out without joining their words. */
const DROPPED_FIRST_WORDS = new Set([...EVENT_NAMES, ...PARTY_ADJECTIVES].map((n) => n.split(" ")[0]!));

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"]);

/** What the span splitter knows about words beyond the sentence itself. */
export interface SplitLexicon {
  firstNames: ReadonlySet<string>;
  /** Lower-cased word → casing bits (CASE_*): a word usually written lower-case is a common word. */
  casing?: ReadonlyMap<string, number>;
  /** The organisation list, lower-cased token lists keyed by their first token. */
  orgs?: Gazetteer["orgs"];
}

interface Ctx {
  tokens: readonly string[];
  gazAt: ReadonlyMap<number, GazMatch>;
  lex: SplitLexicon;
}

function usuallyLower(ctx: Ctx, word: string): boolean {
  const flags = ctx.lex.casing?.get(word.toLowerCase());
  return flags !== undefined && (flags & 3) === CASE_LOWER;
}

function gazExact(ctx: Ctx, start: number, end: number, kinds = ~0): GazMatch | undefined {
  const g = ctx.gazAt.get(start);
  return g && g.end === end && g.kind & kinds ? g : undefined;
}

let known: Map<string, string[][]> | null = null;

function listedOrg(ctx: Ctx, start: number, end: number): boolean {
  const list = ctx.lex.orgs?.get(ctx.tokens[start]!.toLowerCase());
  if (list?.some((p) => p.length === end - start && p.every((w, k) => ctx.tokens[start + k]!.toLowerCase() === w))) return true;
  known ??= knownOrgIndex((name) => tokenize(name).map((t) => t.text));
  return known.get(ctx.tokens[start]!)?.some((p) => p.length === end - start && p.every((w, k) => ctx.tokens[start + k] === w)) === true;
}

function personLike(ctx: Ctx, start: number, end: number): boolean {
  return end - start >= 2 && end - start <= 4 && ctx.lex.firstNames.has(ctx.tokens[start]!) && ctx.tokens.slice(start, end).every((t) => CAP.test(t) || PARTICLE_NAME.test(t));
}

/** A piece that is a name by itself: listed, a first name and more, an acronym, or a name with an organisation head. */
function strongName(ctx: Ctx, start: number, end: number): boolean {
  if (gazExact(ctx, start, end) || listedOrg(ctx, start, end)) return true;
  if (personLike(ctx, start, end)) return true;
  const t = ctx.tokens;
  if (end - start === 1 && ACRONYM.test(t[start]!)) return true;
  return end - start >= 2 && CAP.test(t[start]!) && ORG_HEAD_WORDS.has(t[end - 1]!.toLowerCase());
}

/** A piece that could be a name: capitalised words, the last of them not a common word. */
function nameLike(ctx: Ctx, start: number, end: number): boolean {
  if (strongName(ctx, start, end)) return true;
  const t = ctx.tokens.slice(start, end);
  return t.length <= 4 && t.every((w) => CAP.test(w)) && !usuallyLower(ctx, t[t.length - 1]!) && !usuallyLower(ctx, t[0]!);
}

function piece(s: RuleSpan, start: number, end: number): RuleSpan[] {
  return start < end ? [{ start, end, label: s.label }] : [];
}

/** Where a span holding two names should be cut: [end of the first, start of the second], or null. */
function cutPoint(ctx: Ctx, s: RuleSpan): [number, number] | null {
  const t = ctx.tokens;
  for (let i = s.start + 1; i < s.end - 1; i++) {
    const w = t[i]!;
    // A verb or common word between names: "Apple Corps sues Apple", "Leeds v Chelsea".
    if (LOWER_WORD.test(w) && !NAME_JOINERS.has(w) && !PARTICLE_NAME.test(w)) return [i, i + 1];
    // "Toyota and General Motors"; not "Department of Health and Human Services", "Food and Drug Administration".
    if ((w === "and" || w === "or") && !t.slice(s.start, i).includes("of") && !gazExact(ctx, s.start, s.end)) {
      const left = nameLike(ctx, s.start, i);
      const right = nameLike(ctx, i + 1, s.end);
      const strongLeft = strongName(ctx, s.start, i);
      // "Bill and Melinda Gates Foundation": a head word can govern both sides, so the left must stand alone.
      const headed = ORG_HEAD_WORDS.has(t[s.end - 1]!.toLowerCase());
      if (left && right && (strongLeft || (!headed && strongName(ctx, i + 1, s.end)))) return [i, i + 1];
    }
    // "Chrysler LLC Jim Press": a corporate suffix ends a name.
    if (CORPORATE_SUFFIX.test(w) && CAP.test(t[i + 1]!)) return [i + 1, i + 1];
    // "Heathrow Airport Boeing": a facility followed by another known name.
    if (FACILITY_HEADS.has(w.toLowerCase()) && CAP.test(w) && strongName(ctx, i + 1, s.end)) return [i + 1, i + 1];
  }
  return null;
}

/** Leading words that describe the person rather than name them: "Sprinter Kelly Holmes", "Briton Tim Henman". */
function stripDescriptors(ctx: Ctx, s: RuleSpan): RuleSpan[] {
  const t = ctx.tokens;
  const out: RuleSpan[] = [];
  // "The Washington Post": a name ending in an organisation head word is no person.
  if (ORG_HEAD_WORDS.has(t[s.end - 1]!.toLowerCase())) return [s];
  let start = s.start;
  for (;;) {
    const w = t[start]!;
    const rest = s.end - start - 1;
    if (rest < 1 || !CAP.test(w) || DETERMINERS.has(w.toLowerCase())) break;
    const listed = DESCRIPTOR_WORDS.has(titleKey(w));
    // Most persons start with a given name, which is no description unless listed ("Dane").
    const firstName = ctx.lex.firstNames.has(w);
    if (firstName && !listed) break;
    const demonym = gazExact(ctx, start, start + 1, GAZ_DEMONYM);
    const describes = listed || demonym !== undefined || usuallyLower(ctx, w) || /\p{Ll}ites?$/u.test(w);
    if (!describes) break;
    // The rest must still look like a person: a first name and a surname, or a listed descriptor before one word.
    const single = rest === 1 && !firstName && s.label === "PER" && listed && CAP.test(t[start + 1]!) && !ORG_HEAD_WORDS.has(t[start + 1]!.toLowerCase());
    const ok = (rest >= 2 && personLike(ctx, start + 1, s.end)) || single;
    if (!ok) break;
    if (demonym) out.push({ start, end: start + 1, label: "LOC", demonymOf: demonym.country });
    start++;
  }
  if (start === s.start) return [s];
  return [...out, { start, end: s.end, label: "PER" }];
}

/**
 * Splits spans that hold more than one name or words that are not a name: coordinations ("Toyota
 * and General Motors"), headline verbs ("Apple Corps sues Apple"), names glued after a corporate
 * suffix or a facility ("Chrysler LLC Jim Press", "Heathrow Airport Boeing"), descriptions before a
 * person ("Sprinter Kelly Holmes") and member nouns after a party ("Labour MPs" → "Labour"). Awards,
 * events and lone party adjectives ("Oscar", "Grand Slam", "Tory") are dropped.
 */
export function splitSpan(tokens: readonly string[], s: RuleSpan, gazAt: ReadonlyMap<number, GazMatch>, lex: SplitLexicon): RuleSpan[] {
  if (s.demonymOf) return [s];
  const ctx: Ctx = { tokens, gazAt, lex };
  return split(ctx, s, 0);
}

function split(ctx: Ctx, s: RuleSpan, depth: number): RuleSpan[] {
  const t = ctx.tokens;
  if (DROPPED_FIRST_WORDS.has(t[s.start]!.toLowerCase())) {
    const text = t.slice(s.start, s.end).join(" ").toLowerCase();
    if (EVENT_NAMES.has(text) || PARTY_ADJECTIVES.has(text)) return [];
  }
  // A results table's column headers: "W L T PF PA".
  if (s.end - s.start >= 2 && t.slice(s.start, s.end).every((w) => /^\p{Lu}{1,2}$/u.test(w))) return [];
  if (s.end - s.start >= 2 && EVENT_HEADS.has(t[s.end - 1]!.toLowerCase())) return [];
  if (s.end - s.start >= 2 && MEMBER_NOUNS.has(t[s.end - 1]!.toLowerCase())) {
    const end = s.end - 1;
    const country = gazExact(ctx, s.start, end, GAZ_COUNTRY | GAZ_DEMONYM);
    const label = country ? "LOC" : "ORG";
    return split(ctx, { start: s.start, end, label, ...(country && country.kind & GAZ_DEMONYM ? { demonymOf: country.country } : {}) }, depth + 1);
  }
  const cut = depth < 6 ? cutPoint(ctx, s) : null;
  if (cut) {
    const [a, b] = cut;
    return [...piece(s, s.start, a), ...piece(s, b, s.end)].flatMap((p) => split(ctx, relabel(ctx, p), depth + 1));
  }
  return s.label === "PER" || s.end - s.start >= 3 ? stripDescriptors(ctx, s) : [s];
}

/** A piece cut out of a longer span takes the type its own listing gives it ("Toyota and [General Motors]"). */
function relabel(ctx: Ctx, s: RuleSpan): RuleSpan {
  const g = gazExact(ctx, s.start, s.end);
  if (g && g.kind & GAZ_DEMONYM) return { ...s, label: "LOC", demonymOf: g.country };
  if (g && g.kind & GAZ_COUNTRY) return { ...s, label: "LOC" };
  if ((g && g.kind & GAZ_ORG) || (!g && listedOrg(ctx, s.start, s.end))) return { ...s, label: "ORG" };
  if (personLike(ctx, s.start, s.end) && (s.end - s.start === 2 || !ORG_HEAD_WORDS.has(ctx.tokens[s.end - 1]!.toLowerCase()))) return { ...s, label: "PER" };
  if (s.end - s.start >= 2 && ORG_HEAD_WORDS.has(ctx.tokens[s.end - 1]!.toLowerCase())) return { ...s, label: "ORG" };
  return s;
}
