import { ORG_HEAD_WORDS } from "./casing.js";
import { GAZ_CAPITAL, GAZ_CITY, GAZ_COUNTRY, GAZ_DEMONYM, type Gazetteer, type GazMatch } from "./gazetteer.js";
import { knownOrgIndex } from "./known-orgs.js";
import type { RuleSpan } from "./postrules.js";
import { TITLE_WORDS, titleKey } from "./titles.js";
import { tokenize } from "./tokenize.js";

const CAP = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.-]{1,7}$/u;
const LOWER = /^\p{Ll}/u;

/** Days and relative dates are never part of a name: "The Times of Israel on Friday". */
const DAY_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "yesterday", "today", "tomorrow", "tonight",
]);
const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
]);
const DIGIT = /^\p{N}/u;

function isCalendar(tokens: readonly string[], i: number): boolean {
  const w = tokens[i]!.toLowerCase();
  if (DAY_WORDS.has(w)) return true;
  // Months are also names ("Theresa May"): only next to a number or after "on"/"in"/"since".
  if (!MONTHS.has(w)) return false;
  return DIGIT.test(tokens[i + 1] ?? "") || DIGIT.test(tokens[i - 1] ?? "") || /^(?:on|in|since|until|by|last|next|this)$/i.test(tokens[i - 1] ?? "");
}

/**
 * Words that head a job title: a capitalised phrase ending in one of them ("National
 * Security Adviser", "Deputy Chief of Staff") is a title, and a name after it is a person.
 */
const TITLE_HEADS = new Set([
  "adviser", "advisor", "minister", "secretary", "president", "envoy", "spokesman", "spokeswoman", "spokesperson",
  "ambassador", "chairman", "chairwoman", "chairperson", "ceo", "director", "commissioner", "governor", "senator",
  "mayor", "chancellor", "premier", "sgt", "sergeant", "lieutenant", "captain", "colonel", "general", "commander",
  "chief", "coordinator", "negotiator", "attorney", "prosecutor", "rapporteur", "representative", "counsel",
  "correspondent", "editor", "founder", "leader", "officer", "staff", "deputy", "judge", "justice", "king", "queen",
  "prince", "emir", "sheikh", "mr", "mrs", "ms", "dr",
]);

/** Splits "National Security Adviser Michael Waltz" (any label) into the person after the title. */
function splitJobTitles(tokens: readonly string[], s: RuleSpan, firstNames: ReadonlySet<string>): RuleSpan | null {
  if (s.demonymOf) return s;
  let cut = -1;
  for (let i = s.start; i < s.end - 1; i++) if (TITLE_HEADS.has(titleKey(tokens[i]!))) cut = i;
  if (cut < 0) return s;
  const rest = tokens.slice(cut + 1, s.end);
  // "Staff" and "General" head titles but also names ("General Motors"): the rest must look like a person.
  if (rest.length > 4 || !rest.every((t) => CAP.test(t) || /^(?:bin|ibn|al|el|de|van|von|da)$/.test(t))) return s;
  if (rest.some((t) => ORG_HEAD_WORDS.has(t.toLowerCase()))) return s;
  const personLike = s.label === "PER" || firstNames.has(rest[0]!) || rest.length >= 2;
  if (!personLike) return s;
  // Only when the words before the head are title words or capitalised modifiers ("National Security").
  const head = tokens.slice(s.start, cut + 1);
  if (head.some((t) => !CAP.test(t) && !/^(?:of|for|the|and|&)$/.test(t))) return s;
  if (head.length === 1 && TITLE_WORDS.has(titleKey(head[0]!)) && s.label === "PER") return { ...s, start: cut + 1 };
  return { start: cut + 1, end: s.end, label: "PER" };
}

/** Words that end place and facility names: "Bradley Airport", "George Washington Bridge". */
const LOC_HEADS = new Set([
  "airport", "street", "avenue", "square", "bridge", "river", "mountain", "mountains", "lake", "island", "islands",
  "park", "stadium", "valley", "bay", "sea", "ocean", "strip", "desert", "county", "province", "region", "district",
  "road", "highway", "peninsula", "gulf", "canal", "coast", "heights", "hills", "prefecture", "oblast", "state",
]);
/** Named storms and similar events are not PER/ORG/LOC. */
const EVENT_PREFIX = new Set(["hurricane", "typhoon", "cyclone", "storm"]);
/** Party labels before a name: "Republican Cory Gardner". */
const PARTY_ADJECTIVES = new Set(["Republican", "Democrat", "Democratic", "Labour", "Conservative", "Liberal", "Socialist"]);
const PARTICLES = /^(?:bin|ibn|bint|abu|ben|al|el|de|da|di|du|van|von|der|den|la|le|del|dos|das)$/;

const TRAILING_OFFICES = new Set(["prime", "minister", "president", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "chancellor", "premier", "mayor", "governor", "senator"]);

/**
 * Span clean-ups: lower-case words at the edges, a possessive inside ("Biden 's Twitter"),
 * storm names, a place or party label glued before a person ("Alaska Sarah Palin"),
 * and place head words deciding the type ("Bradley Airport").
 */
function cleanSpan(tokens: readonly string[], s: RuleSpan, gazAt: Map<number, GazMatch>, firstNames: ReadonlySet<string>): RuleSpan[] {
  if (s.demonymOf) return [s];
  let { start, end } = s;
  while (start < end && !CAP.test(tokens[start]!) && !/^\p{N}/u.test(tokens[start]!) && !/^(?:al|el)-/.test(tokens[start]!) && !PARTICLES.test(tokens[start]!)) start++;
  while (end > start && !CAP.test(tokens[end - 1]!) && !/^\p{N}/u.test(tokens[end - 1]!) && !/^(?:al|el)-/.test(tokens[end - 1]!)) end--;
  // An office word never ends a name: "Qatari Prime [Minister …]" is a demonym and a title.
  while (end > start && TRAILING_OFFICES.has(titleKey(tokens[end - 1]!))) end--;
  if (start >= end) return [];
  const demonym = gazAt.get(start);
  if (end < s.end && demonym && demonym.end === end && demonym.kind & GAZ_DEMONYM) return [{ start, end, label: "LOC", demonymOf: demonym.country }];
  for (let i = start + 1; i < end - 1; i++) {
    if (/^['’]s?$/i.test(tokens[i]!)) {
      return [...cleanSpan(tokens, { ...s, start, end: i }, gazAt, firstNames), ...cleanSpan(tokens, { ...s, start: i + 1, end }, gazAt, firstNames)];
    }
  }
  if (EVENT_PREFIX.has(tokens[start]!.toLowerCase()) || (tokens[start] === "Tropical" && tokens[start + 1] === "Storm")) return [];
  const out: RuleSpan[] = [];
  const g = gazAt.get(start);
  if (g && g.end < end - 1 && firstNames.has(tokens[g.end]!) && g.kind & (GAZ_COUNTRY | GAZ_CITY | GAZ_CAPITAL) && !(g.kind & GAZ_DEMONYM)) {
    out.push({ start: g.start, end: g.end, label: "LOC" });
    return [...out, { start: g.end, end, label: "PER" }];
  }
  if (PARTY_ADJECTIVES.has(tokens[start]!) && end - start >= 3 && firstNames.has(tokens[start + 1]!)) return [{ start: start + 1, end, label: "PER" }];
  const last = tokens[end - 1]!.toLowerCase();
  const label = LOC_HEADS.has(last) && end - start >= 2 && s.label !== "LOC" && !tokens.slice(start, end).some((t) => ORG_HEAD_WORDS.has(t.toLowerCase()) && t !== "State") ? "LOC" : s.label;
  return [{ ...s, start, end, label }];
}

/** Cuts a span at a calendar word and drops lower-case words left dangling at its edges. */
function cutCalendar(tokens: readonly string[], s: RuleSpan): RuleSpan | null {
  let end = s.end;
  let start = s.start;
  for (let i = s.start; i < s.end; i++) {
    if (!isCalendar(tokens, i)) continue;
    if (i === s.start) start = i + 1;
    else {
      end = i;
      break;
    }
  }
  if (start === s.start && end === s.end) return s;
  while (end > start && !CAP.test(tokens[end - 1]!)) end--;
  while (start < end && !CAP.test(tokens[start]!)) start++;
  return start < end ? { ...s, start, end } : null;
}

let known: Map<string, string[][]> | null = null;
function knownOrgs(): Map<string, string[][]> {
  known ??= knownOrgIndex((name) => tokenize(name).map((t) => t.text));
  return known;
}

interface Candidate {
  start: number;
  end: number;
}

function knownOrgMatches(tokens: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const index = knownOrgs();
  for (let i = 0; i < tokens.length; i++) {
    const list = index.get(tokens[i]!);
    if (!list) continue;
    for (const p of list) {
      if (i + p.length > tokens.length) continue;
      if (p.every((t, k) => tokens[i + k] === t)) {
        // "AP" or "UN" glued to further capitalised words is another name ("UN Security Council").
        if (p.length === 1 && CAP.test(tokens[i + 1] ?? "") && !DAY_WORDS.has((tokens[i + 1] ?? "").toLowerCase())) break;
        out.push({ start: i, end: i + p.length });
        i += p.length - 1;
        break;
      }
    }
  }
  return out;
}

const RUN_INNER = new Set(["of", "for", "and", "&", "de"]);
/** Capitalised only because they start a sentence or headline: never the first word of a name. */
const FUNCTION_WORDS = new Set(["For", "In", "At", "On", "By", "With", "From", "To", "As", "And", "But", "Of", "A", "An", "After", "Before", "Under", "Since", "While", "When", "If", "According"]);
const NOT_ORG_HEAD = new Set(["government", "administration", "cabinet", "watch", "monitor", "unit"]);

/**
 * Capitalised runs whose head word marks an organisation: "Federal Security Service",
 * "Emergencies Ministry", "Bank of England", "The Times of Israel".
 */
function headWordOrgs(tokens: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!CAP.test(tokens[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < tokens.length && CAP.test(tokens[end]!) && !isCalendar(tokens, end)) end++;
      else if (end + 1 < tokens.length && RUN_INNER.has(tokens[end]!) && CAP.test(tokens[end + 1]!) && !isCalendar(tokens, end + 1)) end += 2;
      else if (end + 2 < tokens.length && tokens[end] === "of" && tokens[end + 1] === "the" && CAP.test(tokens[end + 2]!)) end += 3;
      else break;
    }
    // The head is the last word, or the word before "of" ("Bank of England", "Times of Israel").
    let headAt = -1;
    const last = tokens[end - 1]!.toLowerCase();
    if (ORG_HEAD_WORDS.has(last) && !NOT_ORG_HEAD.has(last)) headAt = end - 1;
    else {
      const of = tokens.indexOf("of", i);
      if (of > i && of < end && ORG_HEAD_WORDS.has(tokens[of - 1]!.toLowerCase()) && !NOT_ORG_HEAD.has(tokens[of - 1]!.toLowerCase())) headAt = of - 1;
    }
    let start = i;
    while (start < headAt && FUNCTION_WORDS.has(tokens[start]!)) start++;
    // A leading title or "The" is not part of the name, except for newspapers ("The Times").
    while (start < headAt && TITLE_WORDS.has(titleKey(tokens[start]!)) && !ORG_HEAD_WORDS.has(tokens[start]!.toLowerCase())) start++;
    if (tokens[start] === "The" && !/^(?:times|post|telegraph|guardian|independent|economist|journal|herald|tribune|gazette)$/i.test(tokens[headAt] ?? "")) start++;
    if (headAt > start) out.push({ start, end });
    i = end;
  }
  return out;
}

/** "the Religious Zionism party", "the Likud movement": the capitalised run before a lower-case org noun. */
function runsBeforeOrgNoun(tokens: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!/^(?:party|movement|faction|militia)$/.test(tokens[i]!)) continue;
    let start = i;
    while (start > 0 && CAP.test(tokens[start - 1]!) && !TITLE_WORDS.has(titleKey(tokens[start - 1]!))) start--;
    if (start < i && start > 0) out.push({ start, end: i });
  }
  return out;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Places an ORG candidate: it replaces spans inside it (a country inside "The Times of
 * Israel"); it is skipped if a span crosses its edge or a place gazetteer entry equals it.
 */
function placeOrg(spans: RuleSpan[], c: Candidate, gazAt: Map<number, GazMatch>, force: boolean): RuleSpan[] {
  const g = gazAt.get(c.start);
  if (!force && g && g.end === c.end && g.kind & (GAZ_COUNTRY | GAZ_DEMONYM | GAZ_CAPITAL | GAZ_CITY)) return spans;
  for (const s of spans) {
    if (!overlaps(s, c)) continue;
    const inside = s.start >= c.start && s.end <= c.end;
    if (!inside) return spans;
    // A person tagged inside a candidate run ("Kennedy School") stays only if the run is no longer than it.
  }
  const kept = spans.filter((s) => !overlaps(s, c));
  kept.push({ start: c.start, end: c.end, label: "ORG" });
  return kept;
}

/** Acronym in brackets after a name takes its type: "Federal Security Service (FSB)". */
function bracketAcronyms(tokens: readonly string[], spans: RuleSpan[]): RuleSpan[] {
  const out = [...spans];
  for (const s of spans) {
    if (tokens[s.end] !== "(" || tokens[s.end + 2] !== ")" || s.demonymOf) continue;
    const a = tokens[s.end + 1]!;
    if (!ACRONYM.test(a) || out.some((o) => o.start === s.end + 1)) continue;
    out.push({ start: s.end + 1, end: s.end + 2, label: s.label });
  }
  return out;
}

/** Splits "Israel-Iran" and "US-Israeli" into their place names before tagging; returns token counts per input token. */
export function splitPlaceHyphens(word: string, gaz: Gazetteer): string[] | null {
  if (!word.includes("-") || !CAP.test(word)) return null;
  const parts = word.split("-");
  if (parts.length < 2 || parts.some((p) => !CAP.test(p))) return null;
  for (const p of parts) {
    const list = gaz.phrases.get(p);
    if (!list?.some((e) => e.tokens.length === 1 && e.kind & (GAZ_COUNTRY | GAZ_DEMONYM | GAZ_CAPITAL))) return null;
  }
  return parts;
}

/**
 * Sentence-level refinements after the tagger and `applyRules`: calendar words and job
 * titles out of spans, and organisation recall from known names, head words, "X party"
 * and bracketed acronyms.
 */
export function refineSpans(
  tokens: readonly string[],
  input: readonly RuleSpan[],
  gaz: readonly GazMatch[],
  firstNames: ReadonlySet<string>,
): RuleSpan[] {
  const gazAt = new Map(gaz.map((g) => [g.start, g]));
  let spans: RuleSpan[] = [];
  for (const raw of input) {
    const cut = cutCalendar(tokens, raw);
    if (!cut) continue;
    const s = splitJobTitles(tokens, cut, firstNames);
    if (s) spans.push(...cleanSpan(tokens, s, gazAt, firstNames));
  }
  for (const c of knownOrgMatches(tokens)) spans = placeOrg(spans, c, gazAt, true);
  for (const c of headWordOrgs(tokens)) spans = placeOrg(spans, c, gazAt, false);
  for (const c of runsBeforeOrgNoun(tokens)) spans = placeOrg(spans, c, gazAt, false);
  spans = bracketAcronyms(tokens, spans);
  return spans.filter((s) => !(s.end - s.start === 1 && LOWER.test(tokens[s.start]!))).sort((a, b) => a.start - b.start);
}
