export interface Line {
  start: number;
  /** End of the line's content, before any `\r\n` or `\n`. */
  end: number;
  text: string;
}

/** Splits `text[from..]` into lines, keeping offsets into `text` (LF and CRLF alike). */
export function splitLines(text: string, from = 0): Line[] {
  const out: Line[] = [];
  let start = from;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const stop = nl === -1 ? text.length : nl;
    const end = stop > start && text[stop - 1] === "\r" ? stop - 1 : stop;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/** The range with surrounding white space removed, or null when it is blank. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}
