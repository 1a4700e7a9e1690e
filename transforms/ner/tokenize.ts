import type { Token } from "./types.js";

/**
 * Abbreviations whose trailing period belongs to the token, so "Mr." and "Sgt."
 * look like they do in the UD/PTB-tokenised training corpora.
 */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "sgt", "gen", "col", "capt", "cpl", "pvt", "lt",
  "maj", "adm", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "messrs",
  "inc", "corp", "ltd", "co", "bros", "no", "vs", "etc", "mt", "ft", "ave", "blvd", "rd",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

// Numbers first so "1,000" and "6.5" stay whole; words may contain inner
// apostrophes, hyphens, periods and ampersands ("O'Brien", "al-Hayya", "U.S", "AT&T").
const TOKEN_RE =
  /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|\S/gu;

const UPPER_RE = /^\p{Lu}/u;
const ALL_LOWER_RE = /^[\p{Ll}]+$/u;

function push(out: Token[], text: string, start: number): void {
  out.push({ text, start, end: start + text.length });
}

/** Splits "Hamas-run"/"Iran-backed" so the name can be a span of its own, but keeps "al-Hayya" and "Coca-Cola". */
function splitHyphenSuffix(out: Token[], word: string, start: number): boolean {
  const cut = word.lastIndexOf("-");
  if (cut <= 0 || !UPPER_RE.test(word)) return false;
  const tail = word.slice(cut + 1);
  if (!ALL_LOWER_RE.test(tail) || tail.length < 3) return false;
  pushWord(out, word.slice(0, cut), start);
  push(out, "-", start + cut);
  push(out, tail, start + cut + 1);
  return true;
}

function pushWord(out: Token[], word: string, start: number): void {
  if (splitHyphenSuffix(out, word, start)) return;
  // Possessive and contraction clitics are separate tokens in the training corpora.
  const m = /^(.+?)(['’][sS]|[nN]['’][tT]|['’](?:re|ve|ll|d|m))$/u.exec(word);
  if (m && m[1] && m[2]) {
    push(out, m[1], start);
    push(out, m[2], start + m[1].length);
    return;
  }
  push(out, word, start);
}

/** Tokenises text into word and punctuation tokens with exact string offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const word = m[0];
    const start = m.index;
    let end = start + word.length;
    if (word.length > 1 || /[\p{L}\p{N}]/u.test(word)) {
      // Keep the period of known abbreviations, initials ("J.") and dotted acronyms ("U.S.").
      if (text.charCodeAt(end) === 46 /* . */) {
        const lower = word.toLowerCase();
        if (
          ABBREVIATIONS.has(lower) ||
          (word.length === 1 && UPPER_RE.test(word)) ||
          (word.includes(".") && /^[\p{L}.]+$/u.test(word))
        ) {
          end += 1;
          TOKEN_RE.lastIndex = end;
          push(out, text.slice(start, end), start);
          continue;
        }
      }
      pushWord(out, word, start);
    } else {
      push(out, word, start);
    }
  }
  return out;
}

const SENTENCE_END = new Set([".", "!", "?"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]"]);

/**
 * Groups tokens into sentences: a line break always ends one, and ".", "!" or "?"
 * (plus closing quotes) ends one when the next token is not lowercase.
 * Returns the index of the first token of each sentence, plus tokens.length.
 */
export function sentenceBounds(text: string, tokens: readonly Token[]): number[] {
  const bounds = [0];
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const cur = tokens[i]!;
    if (text.slice(prev.end, cur.start).includes("\n")) {
      bounds.push(i);
      continue;
    }
    let j = i - 1;
    while (j > 0 && CLOSERS.has(tokens[j]!.text)) j--;
    const endTok = tokens[j]!.text;
    const endsSentence = SENTENCE_END.has(endTok) || (endTok.endsWith(".") && endTok.length > 1 && j === i - 1 && /^\p{Lu}/u.test(cur.text) && !/^(?:mr|mrs|ms|dr|st|sgt|gen|col|capt|lt|gov|sen|rep|rev|prof)\.$/i.test(endTok) && !/^\p{Lu}\.$/u.test(endTok));
    if (endsSentence && !CLOSERS.has(cur.text) && !/^\p{Ll}/u.test(cur.text)) bounds.push(i);
  }
  bounds.push(tokens.length);
  return bounds;
}
