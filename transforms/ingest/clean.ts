/**
 * Characters that have no business in published prose, removed before anything reads the text, so
 * names match, offsets stay consistent for every later stage, and nothing invisible reaches a page:
 * - C0/C1 control characters (NUL, bell, escape…) and non-characters, left by binary exports;
 * - invisible format characters: zero-width spaces, soft hyphens, bidirectional embeddings,
 *   overrides and isolates ("Trojan Source" reordering), tag characters (hidden-text smuggling).
 *   Zero-width joiners and non-joiners are kept where scripts and emoji need them (Persian, Indic,
 *   "👩‍🔬") and removed only between two Latin letters, where they can only break a name.
 * Old Mac line endings (a lone CR) become LF, which keeps every offset where it was.
 */
export interface Cleaned {
  text: string;
  warnings: string[];
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/gu;
// \p{Cf} less the joiners (handled below) and the Arabic/Syriac number signs, which render.
const INVISIBLE = /(?![\u200C\u200D\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}])\p{Cf}/gu;
const LATIN_JOINER = /(?<=\p{Script=Latin})[\u200C\u200D]+(?=\p{Script=Latin})/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const LONE_CR = /\r(?!\n)/gu;

/** Replaces every match of `re` (a global pattern) in one pass, counting them for the warning. */
function replaceCounted(text: string, re: RegExp, by: string): [string, number] {
  let n = 0;
  const out = text.replace(re, () => {
    n++;
    return by;
  });
  return [out, n];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function cleanText(input: string): Cleaned {
  const warnings: string[] = [];
  let text = input;
  // A BOM is not content; the `annotate` contract counts offsets from after it.
  if (text.startsWith("\uFEFF")) text = text.slice(1);

  let lone: number;
  [text, lone] = replaceCounted(text, LONE_CR, "\n");
  if (lone > 0) warnings.push(text.includes("\r\n") ? `has ${plural(lone, "stray carriage return", "stray carriage returns")}; read as line breaks` : "uses old Mac (CR-only) line endings; read them as line breaks");
  // Lone surrogates only reach here from strings (decoders already replace them); U+FFFD keeps offsets.
  text = text.replace(LONE_SURROGATE, "\uFFFD");

  let controls: number;
  [text, controls] = replaceCounted(text, CONTROL, "");
  if (controls > 0) warnings.push(`had ${plural(controls, "control character", "control characters")} (such as NUL) that were removed`);
  let invisible: number;
  let joiners: number;
  [text, invisible] = replaceCounted(text, INVISIBLE, "");
  [text, joiners] = replaceCounted(text, LATIN_JOINER, "");
  if (invisible + joiners > 0) {
    warnings.push(`had ${plural(invisible + joiners, "invisible formatting character", "invisible formatting characters")} (zero-width or bidirectional controls) that were removed`);
  }
  return { text, warnings };
}
