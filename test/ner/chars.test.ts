import { describe, expect, it } from "vitest";
import { hasLetter, hasLower, hasUpper, startsUpper, startsUpperOrDigit } from "../../transforms/ner/chars.js";

// The fast paths must answer exactly what the regexes they replace answer.
const cases: [string, (t: string) => boolean, RegExp][] = [
  ["startsUpper", startsUpper, /^\p{Lu}/u],
  ["startsUpperOrDigit", startsUpperOrDigit, /^[\p{Lu}\p{N}]/u],
  ["hasUpper", hasUpper, /\p{Lu}/u],
  ["hasLower", hasLower, /\p{Ll}/u],
  ["hasLetter", hasLetter, /\p{L}/u],
];

const samples: string[] = ["", "a", "A", "1", "-", "al-Thani", "U.S.", "x1Y", "ÉLYSÉE", "élysée", "Łódź", "1,000", "’s", "Ω", "😀A", "a😀", "ǅ", "١٢"];
for (let c = 0; c < 0x3000; c++) samples.push(String.fromCharCode(c), `x${String.fromCharCode(c)}`, `-${String.fromCharCode(c)}`);

describe("char-class fast paths", () => {
  for (const [name, fast, re] of cases) {
    it(`${name} agrees with ${re}`, () => {
      const wrong = samples.filter((t) => fast(t) !== re.test(t));
      expect(wrong).toEqual([]);
    });
  }
});
