import type { EntityLabel } from "./types.js";

/** One gold sentence: tokens and IOB2 tags restricted to PER/ORG/LOC (everything else is "O"). */
export interface GoldSentence {
  doc: string;
  tokens: string[];
  tags: string[];
}

export type ConllFormat = "uner" | "conll";

const KEPT = new Set<string>(["PER", "ORG", "LOC"]);

/** UNER files are tab-separated with a numeric first column; wikigold-style files are "token TAG". */
export function detectFormat(content: string): ConllFormat {
  for (const line of content.split("\n")) {
    const t = line.trim();
    if (t === "" || t.startsWith("#") || t.startsWith("-DOCSTART-")) continue;
    return /^\d+\t/.test(line) ? "uner" : "conll";
  }
  return "conll";
}

/**
 * Rewrites IOB1 or IOB2 tags as IOB2 and drops types other than PER/ORG/LOC.
 * An I- tag that does not continue an entity of the same type starts one, which
 * is exactly the IOB1 reading and a no-op on well-formed IOB2.
 */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prevType = "";
  for (const raw of tags) {
    const m = /^([BIE]|S|L|U)-(.+)$/.exec(raw);
    const type = m?.[2] ?? "";
    if (!m || !KEPT.has(type)) {
      out.push("O");
      prevType = "";
      continue;
    }
    const starts = m[1] === "B" || m[1] === "S" || m[1] === "U" || type !== prevType;
    out.push(`${starts ? "B" : "I"}-${type}`);
    prevType = m[1] === "E" || m[1] === "L" || m[1] === "S" || m[1] === "U" ? "" : type;
  }
  return out;
}

/** Parses a wikigold-style or UNER file into IOB2 sentences. */
export function parseConll(content: string, docPrefix = ""): GoldSentence[] {
  const format = detectFormat(content);
  const sentences: GoldSentence[] = [];
  let doc = `${docPrefix}0`;
  let docCount = 0;
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ doc, tokens, tags: toIob2(tags) });
    tokens = [];
    tags = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    if (format === "uner") {
      if (line.startsWith("#")) {
        const m = /^#\s*newdoc id\s*=\s*(\S+)/.exec(line);
        if (m?.[1]) {
          flush();
          doc = docPrefix + m[1];
        }
        continue;
      }
      const cols = line.split("\t");
      // Multi-word token ranges ("3-4") and empty nodes ("3.1") are not surface tokens.
      if (cols.length < 3 || !/^\d+$/.test(cols[0] ?? "")) continue;
      tokens.push(cols[1] ?? "");
      tags.push(cols[2] ?? "O");
    } else {
      if (line.startsWith("-DOCSTART-")) {
        flush();
        docCount++;
        doc = `${docPrefix}${docCount}`;
        continue;
      }
      const cut = line.lastIndexOf(" ");
      if (cut <= 0) continue;
      tokens.push(line.slice(0, cut));
      tags.push(line.slice(cut + 1).trim());
    }
  }
  flush();
  return sentences;
}

export interface TokenSpan {
  start: number;
  end: number;
  label: EntityLabel;
}

/** Entity spans of an IOB2 tag sequence, as [start, end) token ranges. */
export function iobSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const label = tag.slice(2);
    if (open && tag === `I-${open.label}`) {
      open.end = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = null;
    if ((tag.startsWith("B-") || tag.startsWith("I-")) && KEPT.has(label)) {
      open = { start: i, end: i + 1, label: label as EntityLabel };
    }
  });
  if (open) spans.push(open);
  return spans;
}
