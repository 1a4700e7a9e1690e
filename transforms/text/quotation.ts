import type { Block, Range } from "../model.js";

/**
 * A direct quotation: the words between double quotation marks, perhaps over several paragraphs
 * (a quote that runs on opens each paragraph and closes only at its end). Single quotation marks
 * are never quotations here: they nest inside double ones, mark scare quotes and stand for
 * apostrophes, and telling those apart is guesswork.
 */
export interface Quotation extends Range {
  /** The words inside the marks, one range a paragraph, in order. */
  pieces: Range[];
  /** Index of the paragraph (in `paragraphsOf`) where the quotation opens. */
  paragraph: number;
}

/** Paragraphs and list items: the prose a quotation can sit in, in document order. Headings never quote. */
export function paragraphsOf(blocks: readonly Block[]): Range[] {
  const out: Range[] = [];
  for (const b of blocks) {
    if (b.kind === "list") out.push(...b.items);
    else if (b.kind === "paragraph") out.push({ start: b.start, end: b.end });
  }
  return out;
}

const OPEN = "“";
const CLOSE = "”";
const STRAIGHT = '"';
/** A quotation left open this many paragraphs is a stray mark, not a long quote. */
const RUN_ON = 4;

/** A straight mark opens after a space, an opening bracket or dash, or at the start; otherwise it closes. */
function opensHere(text: string, at: number, paragraphStart: number): boolean {
  if (at === paragraphStart) return true;
  return /[\s([{—–\-/:]/u.test(text[at - 1]!);
}

/** Every double-quoted span of `paragraphs` (of `text`), in order. */
export function findQuotations(text: string, paragraphs: readonly Range[]): Quotation[] {
  const out: Quotation[] = [];
  let open: { start: number; pieces: Range[]; paragraph: number; pieceStart: number; straight: boolean; depth: number } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    if (open) {
      // A run-on quotation reopens with a mark at the paragraph's start, or simply carries on.
      const first = text[start];
      open.pieceStart = first === OPEN || (first === STRAIGHT && open.straight) ? start + 1 : start;
      if (p - open.paragraph >= RUN_ON) open = null;
    }
    const from: number = open ? open.pieceStart : start;
    for (let i = from; i < end; i++) {
      const c = text[i];
      if (c !== OPEN && c !== CLOSE && c !== STRAIGHT) continue;
      if (!open) {
        if (c === CLOSE || (c === STRAIGHT && !opensHere(text, i, start))) continue;
        open = { start: i, pieces: [], paragraph: p, pieceStart: i + 1, straight: c === STRAIGHT, depth: 0 };
        continue;
      }
      if (c === OPEN && !open.straight) open.depth++;
      else if ((c === CLOSE && !open.straight) || (c === STRAIGHT && open.straight)) {
        if (open.depth > 0) {
          open.depth--;
          continue;
        }
        open.pieces.push({ start: open.pieceStart, end: i });
        out.push({ start: open.start, end: i + 1, pieces: open.pieces, paragraph: open.paragraph });
        open = null;
      }
    }
    if (open) {
      // Left open at the paragraph's end. A quotation that opened the paragraph runs on into the next
      // (a long statement quoted over paragraphs); one opened mid-paragraph is a stray mark.
      if (open.start === paragraphs[open.paragraph]!.start) open.pieces.push({ start: open.pieceStart, end });
      else open = null;
    }
  }
  return out;
}

/** A quotation's words, as one line. */
export function quotationText(text: string, q: Quotation): string {
  return q.pieces
    .map((r) => text.slice(r.start, r.end))
    .join(" ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Whether a quotation has at least `n` words: under four it is a phrase held at arm's length, not a statement. */
export function hasWords(s: string, n: number): boolean {
  const word = /[\p{L}\p{N}][^\s]*/gu;
  let count = 0;
  while (word.exec(s)) if (++count >= n) return true;
  return false;
}
