// Document preparation for the recogniser: each token's word looked up once (case, shape, gazetteer
// and title evidence), shouted lines re-cased, and runs of capitalised words marked, so that the
// feature templates in features.ts only read what is prepared here.
import { hasLetter, hasLower, hasUpper, startsUpper, startsUpperOrDigit } from "./chars.js";
import { hashString } from "./hash.js";
import { GAZ_ORG_AMBIGUOUS, matchOrgsFrom, matchPhrasesFrom, type GazMatch } from "./gazetteer.js";
import { clusterOf } from "./clusters.js";
import { TITLE_WORDS, titleKey } from "./titles.js";
import { CASE_LOWER, HEAD_LOC, HEAD_ORG, HEAD_PER, IN_VOCAB, type Lexicons, type TokenInfo, type WordInfo } from "./features.js";

const UNKNOWN_WORD = 0x5bd1e995;

/** Extra gazetteer bits on top of the GAZ_* kinds (which use 1..32). */
const GAZ_INNER = 8;
const GAZ_MULTI = 16;
const GAZ_FIRST_NAME = 64;
const GAZ_LAST_NAME = 128;
const GAZ_TITLE = 256;

/** Folds typographic variants so “curly” and "straight" punctuation share weights. */
const NEEDS_NORMALISING = /[’‘`´“”„«»–—―\d]/;

export function normaliseToken(t: string): string {
  if (!NEEDS_NORMALISING.test(t)) return t;
  return t
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—―]/g, "--")
    .replace(/\d/g, "0");
}

/** Collapsed character-class shape: "Netanyahu" → "Xx", "U.S." → "X.X.", "al-Hayya" → "x-Xx", "1,000" → "d,d". */
export function wordShape(t: string): string {
  let out = "";
  let last = "";
  for (const ch of t) {
    let c: string;
    if (ch >= "a" && ch <= "z") c = "x";
    else if (ch >= "A" && ch <= "Z") c = "X";
    else if (ch >= "0" && ch <= "9") c = "d";
    else if (/\p{Ll}/u.test(ch)) c = "x";
    else if (/\p{Lu}/u.test(ch)) c = "X";
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}


/** Headlines in capitals carry no case signal; title-casing them lets the tagger reuse its case-aware weights. */
function isShoutedLine(tokens: readonly string[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    if (!hasLetter(t)) continue;
    if (hasLower(t)) return false;
    letters++;
  }
  return letters >= 3;
}

/** Common words go lower-case, everything else title case ("HAMAS AGREE TO" → "Hamas agree to"). */
function unshout(t: string, lex: Lexicons): string {
  if (t.length <= 1 || lex.gazetteer.phrases.has(t)) return t;
  const lower = t.toLowerCase();
  if (((lex.wordFlags.get(lower) ?? 0) & 3) === CASE_LOWER) return lower;
  return t[0] + lower.slice(1);
}

/**
 * Prepares one document (sentences of token strings) for tagging: per-token hashes,
 * gazetteer hits and document-level casing evidence.
 */
export function prepareDocument(sentences: readonly (readonly string[])[], lex: Lexicons): TokenInfo[][] {
  return prepareWithMatches(sentences, lex).infos;
}

export interface PreparedDocument {
  infos: TokenInfo[][];
  /**
   * Per sentence, the phrase gazetteer's matches over its tokens as given, which the span rules
   * need too; null where a shouted line was re-cased, so the matches here were over other tokens.
   */
  matches: (GazMatch[] | null)[];
}

export function prepareWithMatches(sentences: readonly (readonly string[])[], lex: Lexicons): PreparedDocument {
  const shouted = sentences.map(isShoutedLine);
  const cache = wordCache(lex);
  const words = sentences.map((s, si) => (shouted[si] ? s.map((t) => unshout(t, lex)) : s).map((t) => wordInfo(t, lex, cache)));
  const docUpper = new Set<string>();
  const docLower = new Set<string>();
  for (const s of words) {
    for (let i = 1; i < s.length; i++) {
      const w = s[i]!;
      if (w.capitalised) docUpper.add(w.rawLower);
      else if (w.hasLower) docLower.add(w.raw);
    }
  }
  const matches: (GazMatch[] | null)[] = [];
  const infos = words.map((s, si) => {
    const gazFlags = new Uint16Array(s.length);
    const phraseMatches = matchPhrasesFrom(s.map((w) => w.raw), s.map((w) => w.phrase));
    matches.push(shouted[si] ? null : phraseMatches);
    for (const m of [...phraseMatches, ...matchOrgsFrom(s.map((w) => w.raw), s.map((w) => w.orgs))]) {
      for (let k = m.start; k < m.end; k++) {
        gazFlags[k] = gazFlags[k]! | m.kind | (k === m.start ? 0 : GAZ_INNER) | (m.end - m.start > 1 ? GAZ_MULTI : 0);
      }
    }
    const runs = capitalisedRuns(s);
    return s.map((wi, i): TokenInfo => ({
      word: wi,
      gaz: gazFlags[i]! | wi.gaz,
      initial: i === 0 || (i === 1 && !s[0]!.hasLetter),
      docCase: (docUpper.has(wi.lower) ? 1 : 0) | (docLower.has(wi.lower) ? 2 : 0),
      run: runs[i]!,
      hist: 0,
    }));
  });
  return { infos, matches };
}

// Word-level values depend only on the word and the lexicons; news repeats words
// heavily, so memoising them is the largest single speed-up of `recognise`.
const wordCaches = new WeakMap<Lexicons, Map<string, WordInfo>>();
const WORD_CACHE_LIMIT = 200_000;

function wordCache(lex: Lexicons): Map<string, WordInfo> {
  let cache = wordCaches.get(lex);
  if (!cache) {
    cache = new Map();
    wordCaches.set(lex, cache);
  }
  return cache;
}

// Tag indices as in tags.ts: 2 I-PER, 4 I-ORG, 6 I-LOC.
const INSIDE_ANY = (1 << 2) | (1 << 4) | (1 << 6);

/**
 * Tags a word can never take, whatever the weights say. A spaced dash separates names
 * ("Likud – National Liberal Movement", "SOCCER – LEEDS WIN"), and a bare number sits between
 * the sides of a results line ("Aston Villa 1 Leeds 1"), so neither continues a name. The price
 * is the few names that end in a number ("Channel 4" → "Channel").
 */
function barredTags(normalised: string): number {
  return normalised === "--" || /^0+$/.test(normalised) ? INSIDE_ANY : 0;
}

function wordInfo(raw: string, lex: Lexicons, cache: Map<string, WordInfo>): WordInfo {
  const hit = cache.get(raw);
  if (hit) return hit;
  const n = normaliseToken(raw);
  const lower = n.toLowerCase();
  const len = lower.length;
  const capitalised = startsUpper(raw);
  const title = TITLE_WORDS.has(titleKey(raw));
  const gaz = lex.gazetteer;
  const names =
    (gaz.firstNames.has(raw) ? GAZ_FIRST_NAME : 0) |
    (gaz.lastNames.has(raw) ? GAZ_LAST_NAME : 0) |
    (capitalised && raw.length > 1 && gaz.ambiguousOrgs.has(raw.toLowerCase()) ? GAZ_ORG_AMBIGUOUS : 0);
  const flags = lex.wordFlags.get(lower) ?? 0;
  const known = (flags & IN_VOCAB) !== 0;
  const rawLower = raw.toLowerCase();
  const cf = lex.clusters ? clusterOf(lex.clusters, raw) : 0;
  const info: WordInfo = {
    lower,
    lw: known ? hashString(lower) : UNKNOWN_WORD,
    w: known ? hashString(n) : UNKNOWN_WORD + (capitalised ? 1 : 0),
    shape: hashString(wordShape(raw)),
    pre3: hashString(lower, 0, Math.min(3, len)),
    suf2: hashString(lower, Math.max(0, len - 2)),
    suf3: hashString(lower, Math.max(0, len - 3)),
    suf4: hashString(lower, Math.max(0, len - 4)),
    cf,
    cc: lex.clusters?.coarseOf[cf] ?? 0,
    barred: barredTags(n),
    caseClass: flags & 3,
    gaz: names | (title ? GAZ_TITLE : 0),
    title,
    capitalised,
    raw,
    rawLower,
    hasLower: hasLower(raw),
    hasUpper: hasUpper(raw),
    hasLetter: hasLetter(raw),
    phrase: gaz.trie.next!.get(raw),
    orgs: startsUpperOrDigit(raw) ? gaz.orgs.get(rawLower) : undefined,
    head: (lex.wordFlags.get(rawLower) ?? 0) & (HEAD_ORG | HEAD_LOC | HEAD_PER),
    prior: null,
    priorOf: null,
  };
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(raw, info);
  return info;
}

const CONNECTORS = new Set(["of", "the", "for", "and", "&", "de", "del", "da", "di", "du", "von", "van", "der", "bin", "ibn", "al", "el", "la", "le", "on"]);

/**
 * Encodes, per token, where it sits in a run of capitalised words ("Motion Picture
 * Association of America") and what the run's head word and first word suggest, so
 * every word of the run sees evidence that would otherwise be several tokens away.
 */
function capitalisedRuns(s: readonly WordInfo[]): Uint16Array {
  const out = new Uint16Array(s.length);
  let i = 0;
  while (i < s.length) {
    if (!s[i]!.hasUpper || !s[i]!.hasLetter) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < s.length && s[end]!.hasUpper && s[end]!.hasLetter) end++;
      else if (end + 1 < s.length && CONNECTORS.has(s[end]!.raw) && s[end + 1]!.hasUpper) end += 2;
      else break;
    }
    const head = s[end - 1]!.head;
    const first = s[i]!.gaz & GAZ_FIRST_NAME ? 1 : 0;
    const len = Math.min(end - i, 4);
    for (let k = i; k < end; k++) {
      const pos = end - i === 1 ? 0 : k === i ? 1 : k === end - 1 ? 2 : 3;
      out[k] = 1 + pos + 4 * len + 32 * first + 64 * head;
    }
    i = end;
  }
  return out;
}

