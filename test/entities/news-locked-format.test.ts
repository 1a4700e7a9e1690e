import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The locked evaluation set is only ever scored in aggregate, so nobody looks at its lines:
// a broken offset or a stray file would silently skew every score. These checks stand in for that look.

const DIR = new URL("../fixtures/news-locked/", import.meta.url);
const TYPES = new Set(["person", "organization", "place"]);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: string;
  entity: string;
}
interface GoldLine {
  file: string;
  mentions: GoldMention[];
}

/** Every broken invariant of one gold line against its text, as readable messages. */
function lineProblems(line: GoldLine, text: string): string[] {
  const problems: string[] = [];
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let previousEnd = -1;
  for (const [i, m] of line.mentions.entries()) {
    const where = `${line.file} mention ${i} (${JSON.stringify(m.text)})`;
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > text.length || m.start >= m.end) {
      problems.push(`${where}: bad offsets ${m.start}-${m.end}`);
      continue;
    }
    if (text.slice(m.start, m.end) !== m.text) problems.push(`${where}: text is not the slice ${JSON.stringify(text.slice(m.start, m.end))}`);
    if (m.text !== m.text.trim()) problems.push(`${where}: span has outer whitespace`);
    if (isWordChar(text[m.start - 1]) || isWordChar(text[m.end])) problems.push(`${where}: span cuts a word`);
    if (m.start < previousEnd) problems.push(`${where}: not sorted or overlaps the previous mention`);
    if (!TYPES.has(m.type)) problems.push(`${where}: unknown type ${m.type}`);
    if (!SLUG.test(m.entity)) problems.push(`${where}: entity id is not a lowercase slug: ${m.entity}`);
    previousEnd = Math.max(previousEnd, m.end);
  }
  return problems;
}

/** Problems of the whole set: each line against its file, and files against lines. */
function setProblems(lines: GoldLine[], texts: Map<string, string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (seen.has(line.file)) problems.push(`${line.file}: more than one line`);
    seen.add(line.file);
    const text = texts.get(line.file);
    if (text === undefined) problems.push(`${line.file}: line without a text file`);
    else problems.push(...lineProblems(line, text));
  }
  for (const file of texts.keys()) if (!seen.has(file)) problems.push(`${file}: text file without a line`);
  return problems;
}

const lines: GoldLine[] = readFileSync(new URL("gold.jsonl", DIR), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as GoldLine);
const texts = new Map(
  readdirSync(new URL("texts/", DIR))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => [f, readFileSync(new URL(`texts/${f}`, DIR), "utf8")] as const),
);

describe("news-locked gold file", () => {
  it("holds 36 articles with mentions of all three types", () => {
    expect(lines).toHaveLength(36);
    expect(texts.size).toBe(36);
    expect(new Set(lines.flatMap((l) => l.mentions.map((m) => m.type)))).toEqual(TYPES);
    for (const line of lines) expect(line.mentions.length, line.file).toBeGreaterThan(0);
  });

  it("matches its texts exactly: slices, order, no overlap, valid types and ids, one line per file", () => {
    expect(setProblems(lines, texts)).toEqual([]);
  });

  it("keeps texts as UTF-8 without BOM or CR, so UTF-16 offsets mean the same everywhere", () => {
    for (const [file, text] of texts) {
      expect(text.startsWith("\uFEFF"), file).toBe(false);
      expect(text.includes("\r"), file).toBe(false);
    }
  });

  it("reports each kind of damage", () => {
    const text = "Theresa May met Boris Johnson in London.";
    const ok: GoldMention[] = [
      { start: 0, end: 11, text: "Theresa May", type: "person", entity: "theresa-may" },
      { start: 16, end: 29, text: "Boris Johnson", type: "person", entity: "boris-johnson" },
      { start: 33, end: 39, text: "London", type: "place", entity: "london" },
    ];
    const one = (mentions: GoldMention[]) => lineProblems({ file: "t.txt", mentions }, text);
    const [may, johnson, london] = ok as [GoldMention, GoldMention, GoldMention];
    expect(one(ok)).toEqual([]);
    expect(one([{ ...may, end: 10, text: "Theresa Ma" }])[0]).toMatch(/cuts a word/);
    expect(one([{ ...may, start: 1 }])[0]).toMatch(/not the slice/);
    expect(one([johnson, may])[0]).toMatch(/not sorted/);
    expect(one([may, { ...may, start: 8, end: 11, text: "May" }])[0]).toMatch(/overlaps/);
    expect(one([{ ...london, type: "location" }])[0]).toMatch(/unknown type/);
    expect(one([{ ...london, entity: "London" }])[0]).toMatch(/lowercase slug/);
    expect(one([{ ...london, end: 99 }])[0]).toMatch(/bad offsets/);
    const files = new Map([["t.txt", text], ["u.txt", text]]);
    expect(setProblems([{ file: "t.txt", mentions: ok }, { file: "v.txt", mentions: [] }], files)).toEqual([
      "v.txt: line without a text file",
      "u.txt: text file without a line",
    ]);
  });
});
