/**
 * Character-class tests that run for nearly every token. Unicode-property regexes cost tens of
 * nanoseconds per call; most tokens are ASCII, so those are decided by char codes and everything
 * else still goes to the regex, which keeps the answers exactly the regexes' answers.
 */

const UPPER_START = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const UPPER_OR_DIGIT_START = /^[\p{Lu}\p{N}]/u;

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/** `/^\p{Lu}/u.test(t)` */
export function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) : UPPER_START.test(t);
}

/** `/^[\p{Lu}\p{N}]/u.test(t)` */
export function startsUpperOrDigit(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) || (c >= 48 && c <= 57) : UPPER_OR_DIGIT_START.test(t);
}

/** `/\p{Lu}/u.test(t)` */
export function hasUpper(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return HAS_UPPER.test(t);
    if (isAsciiUpper(c)) return true;
  }
  return false;
}

/** `/\p{Ll}/u.test(t)` */
export function hasLower(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return HAS_LOWER.test(t);
    if (isAsciiLower(c)) return true;
  }
  return false;
}

/** `/\p{L}/u.test(t)` */
export function hasLetter(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return HAS_LETTER.test(t);
    if (isAsciiUpper(c) || isAsciiLower(c)) return true;
  }
  return false;
}
