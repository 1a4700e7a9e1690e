/** One hand-marked quotation: how it starts, and who said it (spellings), or nobody the text names. */
export interface GoldQuote {
  start: string;
  speakers: string[] | null;
}

/** An attribution to score: the quotation's words and every name its speaker goes by. */
export interface PredictedQuote {
  text: string;
  names: string[];
}

/** `speaker<TAB>start of the quoted text` lines; `#` starts a comment, `-` marks no speaker. */
export function parseGold(tsv: string): GoldQuote[] {
  return tsv
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => {
      const [who, start] = l.split("\t");
      if (!who || !start) throw new Error(`gold line is not "speaker<TAB>quote start": ${l}`);
      return { start: squash(start), speakers: who === "-" ? null : who.split("|").map((s) => s.trim().toLowerCase()) };
    });
}

const squash = (s: string) => s.replace(/\s+/gu, " ").trim();

/** A speaker is right when one of its names is a marked spelling, or the end of one ("Jorgensen" of "Jo Jorgensen"). */
function sameSpeaker(names: readonly string[], gold: readonly string[]): boolean {
  return names.some((n) => {
    const name = n.toLowerCase();
    return gold.some((g) => g === name || g.endsWith(` ${name}`));
  });
}

/**
 * Precision counts every attribution made: one of a quotation marked as nobody's, or of text not
 * marked at all, is as wrong as a wrong speaker. Recall counts the marked quotations with a speaker.
 */
export function scoreQuotes(predicted: readonly PredictedQuote[], gold: readonly GoldQuote[]) {
  const used = new Set<number>();
  const errors: string[] = [];
  let correct = 0;
  for (const p of predicted) {
    const text = squash(p.text);
    const i = gold.findIndex((g, k) => !used.has(k) && text.startsWith(g.start));
    if (i < 0) {
      errors.push(`unmarked: ${p.names[0]} ← ${text.slice(0, 70)}`);
      continue;
    }
    used.add(i);
    const g = gold[i]!;
    if (g.speakers && sameSpeaker(p.names, g.speakers)) correct++;
    else errors.push(`wrong: ${p.names[0]} (marked ${g.speakers?.[0] ?? "-"}) ← ${text.slice(0, 70)}`);
  }
  for (const [k, g] of gold.entries()) if (g.speakers && !used.has(k)) errors.push(`missed: ${g.speakers[0]} ← ${g.start}`);
  return { correct, predicted: predicted.length, expected: gold.filter((g) => g.speakers).length, errors };
}
