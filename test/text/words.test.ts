// Word counts drive reading times; the counter must agree with splitting on `\s` exactly.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isSpace, wordCount } from "../../transforms/text/words.js";
import { ROOT } from "../helpers/project.js";

const bySplit = (s: string) => s.split(/\s+/u).filter(Boolean).length;

describe("wordCount", () => {
  it("agrees with `\\s` on every UTF-16 code unit", () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/u.test(String.fromCharCode(c)));
  });

  it("counts as splitting does, on real news and on edge cases, within a range", () => {
    const dir = path.join(ROOT, "content/raw");
    const texts = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), "utf8"));
    for (const t of [...texts, "", "   ", "a", " a  b\u00a0c\u2003d\ufeff", "one\u2028two\tthree\n"]) expect(wordCount(t)).toBe(bySplit(t));
    const t = texts[0]!;
    expect(wordCount(t, 100, 400)).toBe(bySplit(t.slice(100, 400)));
  });
});
