import { describe, expect, it } from "vitest";
import { detectFormat, iobSpans, parseConll, toIob2 } from "../../transforms/ner/conll.js";
import { goldDocuments } from "../../transforms/ner/train/evaluate.js";

const WIKIGOLD = `-DOCSTART- O

The I-ORG
Mad I-ORG
Capsule I-ORG
Markets I-ORG
visited O
Japanese I-MISC
Paris I-LOC
B-LOC B-LOC
. O

-DOCSTART- O

John I-PER
Smith I-PER
Jane B-PER
Doe I-PER
`;

const UNER = `# newdoc id = n01001
# sent_id = n01001-0001
# text = Obama met Kori Schulman in the United States.
1\tObama\tB-PER\t-\t-
2\tmet\tO\t-\t-
3\tKori\tB-PER\t-\tblvns
4\tSchulman\tI-PER\t-\tblvns
5\tin\tO\t-\t-
6\tthe\tO\t-\t-
7\tUnited\tB-LOC\t-\t-
8\tStates\tI-LOC\t-\t-
9\t.\tO\t-\t-

# newdoc id = n01002
1\tUber\tB-ORG\t-\t-
2\tgrew\tO\t-\t-
`;

describe("format detection", () => {
  it("tells UNER tab-separated files from wikigold token-tag files", () => {
    expect(detectFormat(UNER)).toBe("uner");
    expect(detectFormat(WIKIGOLD)).toBe("conll");
  });
});

describe("IOB1 (wikigold)", () => {
  const sents = parseConll(WIKIGOLD);
  it("splits documents and sentences", () => {
    expect(sents).toHaveLength(2);
    expect(sents[0]!.doc).not.toBe(sents[1]!.doc);
  });
  it("converts IOB1 to IOB2, keeps adjacent same-type entities apart and drops MISC", () => {
    expect(sents[0]!.tags).toEqual(["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-LOC", "B-LOC", "O"]);
    expect(iobSpans(sents[1]!.tags)).toEqual([
      { start: 0, end: 2, label: "PER" },
      { start: 2, end: 4, label: "PER" },
    ]);
  });
});

describe("IOB2 (UNER)", () => {
  const sents = parseConll(UNER, "x:");
  it("reads tokens and tags, skipping comments, with document ids", () => {
    expect(sents).toHaveLength(2);
    expect(sents[0]!.tokens.slice(0, 4)).toEqual(["Obama", "met", "Kori", "Schulman"]);
    expect(sents[0]!.doc).toBe("x:n01001");
    expect(sents[1]!.doc).toBe("x:n01002");
    expect(iobSpans(sents[0]!.tags).map((s) => s.label)).toEqual(["PER", "PER", "LOC"]);
  });
  it("rebuilds text with gold character offsets", () => {
    const [doc] = goldDocuments(sents);
    expect(doc!.text).toBe("Obama met Kori Schulman in the United States .");
    expect(doc!.gold.map((g) => doc!.text.slice(g.start, g.end))).toEqual(["Obama", "Kori Schulman", "United States"]);
  });
  it("treats a stray I- tag as the start of an entity", () => {
    expect(toIob2(["O", "I-PER", "I-PER", "I-LOC"])).toEqual(["O", "B-PER", "I-PER", "B-LOC"]);
  });
});
