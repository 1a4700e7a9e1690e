import type { Block, Range } from "../model.js";
import type { Line } from "../text/lines.js";
import { trimRange } from "../text/lines.js";

const LIST_MARKER = /^[ \t]*[-•][ \t]*/;
const ENDS_SENTENCE = /[.!?…:;"”’')\]]$/u;

/**
 * A short line that reads as a section title: "What's happened", "Go deeper", "‘The right pressure’".
 * It may end in "?" but not in a full stop, comma or colon, and it starts like a title.
 */
export function isHeadingLike(line: string): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 80) return false;
  if (/[.,;:!—–-]$/u.test(t)) return false;
  if (!/^[\p{Lu}\p{N}‘“"']/u.test(t)) return false;
  if (!/\p{L}/u.test(t)) return false;
  return t.split(/\s+/u).length <= 10;
}

type Open = { kind: "paragraph"; range: Range; lastLine: string } | null;

/**
 * Groups body lines into headings, paragraphs and lists. A paragraph is one line, or lines wrapped
 * mid-sentence; a line that ends a sentence closes it, so unwrapped one-paragraph-per-line text and
 * hard-wrapped text both come out right.
 */
export function toBlocks(text: string, lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let para: Open = null;
  let list: { kind: "list"; items: Range[] } | null = null;
  let item: Range | null = null;

  const closeItem = () => {
    if (list && item) list.items.push(item);
    item = null;
  };
  const closeList = () => {
    closeItem();
    if (list && list.items.length > 0) blocks.push(list);
    list = null;
  };
  const closePara = () => {
    if (para) blocks.push({ kind: "paragraph", ...para.range });
    para = null;
  };

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const content = trimRange(text, line.start, line.end);
    if (!content) {
      closePara();
      closeList();
      continue;
    }
    const marker = LIST_MARKER.exec(line.text);
    if (marker && (marker[0].trim().length > 0) && (line.text.trim().length === 1 || /[ \t]/.test(marker[0]))) {
      closePara();
      closeItem();
      list ??= { kind: "list", items: [] };
      const rest = trimRange(text, line.start + marker[0].length, line.end);
      item = rest;
      continue;
    }
    if (list) {
      // Text lines after a bare "-" belong to that item until the next marker or a blank line.
      item = item ? { start: item.start, end: content.end } : content;
      continue;
    }
    const lineText = text.slice(content.start, content.end);
    const startsFresh = !para || ENDS_SENTENCE.test(para.lastLine);
    // A following line that starts in lower case continues this line's sentence: it was wrapped.
    const continues = /^\s*\p{Ll}/u.test(lines[li + 1]?.text ?? "");
    if (startsFresh && !continues && isHeadingLike(lineText)) {
      closePara();
      blocks.push({ kind: "heading", ...content });
      continue;
    }
    if (para && !ENDS_SENTENCE.test(para.lastLine)) {
      para = { kind: "paragraph", range: { start: para.range.start, end: content.end }, lastLine: lineText };
    } else {
      closePara();
      para = { kind: "paragraph", range: content, lastLine: lineText };
    }
  }
  closePara();
  closeList();
  return blocks;
}
