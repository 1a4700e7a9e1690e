import { hasLetter, hasLower, hasUpper, startsUpper, startsUpperOrDigit } from "./chars.ts";
import { hashString, mix as importedMix } from "./hash.ts";
import { GAZ_ORG_AMBIGUOUS, matchOrgsFrom, matchPhrasesFrom, type Gazetteer, type GazMatch, type PhraseNode } from "./gazetteer.ts";
import { TITLE_WORDS, titleKey } from "./titles.ts";
import { clusterOf, type WordClusters } from "./clusters.ts";

// Imported functions used per token are read into module constants once: in worker threads tsx
// loads these modules as CommonJS, where each use of an imported name is a getter call that also
// keeps V8 from inlining the callee.
const mix = importedMix;

/** How a word is usually cased mid-sentence, learned from text at train time. */
export const CASE_LOWER = 1;
export const CASE_UPPER = 2;
export const CASE_BOTH = 3;
/** Word flags beyond casing: usual last word of multi-word ORG / LOC names ("Association", "River"). */
export const HEAD_ORG = 4;
export const HEAD_LOC = 8;
export const HEAD_PER = 16;
/**
 * Set for words seen at least twice in training. Other words are hashed as "unknown",
 * in training too, so the weights learn how to treat a never-seen name ("Trump" is
 * absent from the 2000s training text) from shape, context and gazetteers.
 */
export const IN_VOCAB = 32;
const UNKNOWN_WORD = 0x5bd1e995;

/** Extra gazetteer bits on top of the GAZ_* kinds (which use 1..32). */
const GAZ_INNER = 8;
const GAZ_MULTI = 16;
const GAZ_FIRST_NAME = 64;
const GAZ_LAST_NAME = 128;
const GAZ_TITLE = 256;

export interface Lexicons {
  gazetteer: Gazetteer;
  /** Lower-cased word → CASE_* in bits 0-1 plus HEAD_* bits. */
  wordFlags: ReadonlyMap<string, number>;
  /** Distributional word clusters learned at train time; without them every word is in cluster 0. */
  clusters?: WordClusters;
}

/** Word-level values, hashed once per distinct word and shared by all feature templates. */
export interface WordInfo {
  lower: string;
  lw: number;
  w: number;
  shape: number;
  pre3: number;
  suf2: number;
  suf3: number;
  suf4: number;
  /** Fine and coarse distributional cluster ids (0: none). */
  cf: number;
  cc: number;
  caseClass: number;
  /** Name-list and title bits; phrase gazetteer bits are added per token. */
  gaz: number;
  title: boolean;
  capitalised: boolean;
  /**
   * The rest answers, once per distinct word, questions the document preparation used to ask of
   * every token, each a lookup in a large map or set.
   */
  raw: string;
  rawLower: string;
  hasLower: boolean;
  hasUpper: boolean;
  hasLetter: boolean;
  /** The phrase gazetteer's trie node for phrases starting with this word. */
  phrase: PhraseNode | undefined;
  /** Organisation names starting with this word, if it is capitalised as a name's first word must be. */
  orgs: readonly (readonly string[])[] | undefined;
  /** HEAD_* bits of the word as written (lower-cased, not normalised). */
  head: number;
  /**
   * The tag scores of this word's `wordFeatures` for the model in `priorOf`, filled in by the
   * compact tagger: a cache slot here saves a second per-token map lookup.
   */
  prior: Float64Array | null;
  priorOf: object | null;
}

/** Per-token values: the word plus what depends on its position and document. */
export interface TokenInfo {
  word: WordInfo;
  gaz: number;
  initial: boolean;
  /** Whether the same word appears capitalised / lower-case mid-sentence elsewhere in the document. */
  docCase: number;
  /** Position in a run of capitalised words plus what the run's first and last words suggest. */
  run: number;
  /** Labels the document gave this word in earlier sentences (see `DocumentHistory`). */
  hist: number;
}

const PAD_WORD: WordInfo = {
  lower: "", lw: 1, w: 1, shape: 1, pre3: 1, suf2: 1, suf3: 1, suf4: 1, cf: 0, cc: 0, caseClass: 0, gaz: 0, title: false, capitalised: false,
  raw: "", rawLower: "", hasLower: false, hasUpper: false, hasLetter: false, phrase: undefined, orgs: undefined, head: 0,
  prior: null, priorOf: null,
};
const PAD: TokenInfo = { word: PAD_WORD, gaz: 0, initial: false, docCase: 0, run: 0, hist: 0 };
const PAD_END: TokenInfo = { ...PAD, word: { ...PAD_WORD, lw: 2, w: 2, shape: 2 } };

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

function wordInfo(raw: string, lex: Lexicons, cache: Map<string, WordInfo>): WordInfo {
  const hit = cache.get(raw);
  if (hit) return hit;
  const n = normaliseToken(raw);
  const lower = n.toLowerCase();
  const len = lower.length;
  const capitalised = startsUpper(raw);
  const title = TITLE_WORDS.has(titleKey(raw));
  const gaz = lex.gazetteer;
  const capitalisedName = capitalised && raw.length > 1;
  const names =
    (gaz.firstNames.has(raw) ? GAZ_FIRST_NAME : 0) |
    (gaz.lastNames.has(raw) ? GAZ_LAST_NAME : 0) |
    (capitalisedName && gaz.ambiguousOrgs.has(raw.toLowerCase()) ? GAZ_ORG_AMBIGUOUS : 0);
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

/**
 * Writes the hashed ids of the features that do not depend on predicted tags into `out`
 * and returns how many were written. Template ids are the first argument of `mix`.
 */
export function staticFeatures(sent: readonly TokenInfo[], i: number, out: Uint32Array): number {
  return contextFeatures(sent, i, out, wordFeatures(sent[i]!.word, out));
}

/** The first static features, bias included: they depend on the token's word alone, so the tagger can score them once per distinct word. */
export function wordFeatures(t: WordInfo, out: Uint32Array): number {
  let k = 0;
  out[k++] = 1;
  out[k++] = mix(2, t.lw);
  out[k++] = mix(3, t.w);
  out[k++] = mix(4, t.shape);
  out[k++] = mix(5, t.pre3);
  out[k++] = mix(6, t.suf3);
  out[k++] = mix(7, t.suf4);
  out[k++] = mix(8, t.suf2);
  out[k++] = mix(mix(35, t.cf), t.capitalised ? 1 : 0);
  out[k++] = mix(mix(36, t.cc), t.capitalised ? 1 : 0);
  return k;
}

/** The static features after the word's own, written from `out[k]` on; returns the new count. */
export function contextFeatures(sent: readonly TokenInfo[], i: number, out: Uint32Array, k: number): number {
  const tt = sent[i]!;
  const pt = i > 0 ? sent[i - 1]! : PAD;
  const nt = i + 1 < sent.length ? sent[i + 1]! : PAD_END;
  const t = tt.word;
  const p1 = pt.word;
  const n1 = nt.word;
  const p2 = (i > 1 ? sent[i - 2]! : PAD).word;
  const n2 = (i + 2 < sent.length ? sent[i + 2]! : PAD_END).word;
  const cap = t.capitalised ? 1 : 0;
  out[k++] = mix(9, p1.lw);
  out[k++] = mix(10, n1.lw);
  out[k++] = mix(11, p2.lw);
  out[k++] = mix(12, n2.lw);
  out[k++] = mix(mix(13, p1.shape), t.shape);
  out[k++] = mix(mix(14, t.shape), n1.shape);
  out[k++] = mix(mix(15, p1.lw), t.lw);
  out[k++] = mix(mix(16, t.lw), n1.lw);
  out[k++] = mix(mix(17, t.shape), (tt.initial ? 8 : 0) | t.caseClass);
  out[k++] = mix(mix(18, t.caseClass), cap | (tt.initial ? 2 : 0) | (tt.docCase << 2));
  out[k++] = mix(mix(19, tt.gaz), cap);
  out[k++] = mix(20, pt.gaz);
  out[k++] = mix(21, nt.gaz);
  out[k++] = mix(mix(22, p1.title ? 1 : 0), (t.title ? 2 : 0) | cap);
  out[k++] = mix(mix(mix(23, p1.shape), t.shape), n1.shape);
  out[k++] = mix(mix(24, p1.lw), t.shape);
  out[k++] = mix(mix(25, t.shape), n1.lw);
  out[k++] = mix(mix(26, t.lw), p1.shape);
  out[k++] = mix(27, n1.w);
  out[k++] = mix(28, p1.w);
  out[k++] = mix(mix(29, n1.caseClass), n1.capitalised ? 1 : 0);
  out[k++] = mix(mix(30, p1.caseClass), p1.capitalised ? 1 : 0);
  out[k++] = mix(31, tt.run);
  out[k++] = mix(mix(32, tt.run), t.shape);
  out[k++] = mix(mix(33, tt.gaz), pt.gaz);
  out[k++] = mix(mix(34, tt.gaz), nt.gaz);
  out[k++] = mix(mix(37, p1.cc), t.cc);
  out[k++] = mix(mix(38, t.cc), n1.cc);
  out[k++] = mix(mix(39, t.cf), tt.run);
  out[k++] = mix(mix(40, tt.hist), cap | (tt.initial ? 2 : 0));
  out[k++] = mix(mix(41, tt.hist), pt.hist);
  return k;
}

export const MAX_FEATURES = 48;

/** Features conjoining the tagger's own previous decisions with the current token. */
export function historyFeatures(t: TokenInfo, prev: number, prev2: number, out: Uint32Array, k: number): number {
  out[k++] = mix(100, prev);
  out[k++] = mix(101, prev * 16 + prev2);
  out[k++] = mix(mix(102, prev), t.word.lw);
  out[k++] = mix(mix(103, prev), t.word.shape);
  out[k++] = mix(mix(104, prev), t.gaz);
  return k;
}
