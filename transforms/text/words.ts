/** Whether a UTF-16 code unit is whitespace as `\s` in a JavaScript regular expression reads it. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The words of `text[start, end)`: runs of non-whitespace, as `slice().split(/\s+/u).filter(Boolean)`
 * counts them, without making the strings (counting every briefing's words is in every build).
 */
export function wordCount(text: string, start = 0, end = text.length): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
