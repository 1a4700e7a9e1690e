import { describe, expect, it } from "vitest";
import { sentenceBounds, tokenize } from "../../transforms/ner/tokenize.js";

describe("tokenize", () => {
  it("splits possessives and keeps abbreviations, particles and numbers whole", () => {
    const text = "Qatar’s PM met Mr. Ansari in the U.S. with Khalil al-Hayya; 1,000 people came.";
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual([
      "Qatar", "’s", "PM", "met", "Mr.", "Ansari", "in", "the", "U.S.", "with", "Khalil", "al-Hayya", ";",
      "1,000", "people", "came", ".",
    ]);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("separates a name from a lower-case hyphenated suffix", () => {
    expect(tokenize("the Hamas-run ministry").map((t) => t.text)).toEqual(["the", "Hamas", "-", "run", "ministry"]);
  });

  it("ends sentences at line breaks and sentence punctuation but not after Mr.", () => {
    const text = "He met Mr. Ansari. Then he left\nDoha";
    const toks = tokenize(text);
    const b = sentenceBounds(text, toks);
    expect(b.map((i) => toks[i]?.text ?? "<end>")).toEqual(["He", "Then", "Doha", "<end>"]);
  });
});
