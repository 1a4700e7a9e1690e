import { describe, expect, it } from "vitest";
import { ingestBytes, ingestText } from "../../transforms/ingest/index.js";
import { deriveTitle } from "../../transforms/ingest/title.js";
import { InputError } from "../../transforms/errors.js";

const enc = (s: string) => new TextEncoder().encode(s);
const blockTexts = (a: ReturnType<typeof ingestText>) =>
  a.blocks.map((b) => (b.kind === "list" ? { list: b.items.map((r) => a.text.slice(r.start, r.end)) } : { [b.kind]: a.text.slice(b.start, b.end) }));

describe("ingest: encodings and line endings", () => {
  it("drops a BOM so offsets index the text without it", () => {
    const a = ingestBytes("bom.txt", enc("\uFEFFQatar hosted talks.\n"));
    expect(a.text.startsWith("Qatar")).toBe(true);
    expect(blockTexts(a)).toEqual([{ paragraph: "Qatar hosted talks." }]);
  });

  it("reads CRLF files like LF files", () => {
    const lf = ingestText("a.txt", "Storm hits coast\n\nFriday, January 4, 2019\n\nThe storm hit.\nPeople fled.\n");
    const crlf = ingestText("a.txt", "Storm hits coast\r\n\r\nFriday, January 4, 2019\r\n\r\nThe storm hit.\r\nPeople fled.\r\n");
    expect(crlf.title).toBe(lf.title);
    expect(crlf.date).toBe(lf.date);
    expect(blockTexts(crlf)).toEqual(blockTexts(lf));
  });

  it("rejects invalid UTF-8 with the file name and reason", () => {
    expect(() => ingestBytes("content/raw/bad.txt", new Uint8Array([0x51, 0xff, 0xfe, 0x41]))).toThrowError(/content\/raw\/bad\.txt: is not valid UTF-8/);
  });

  it("rejects an empty article", () => {
    expect(() => ingestText("empty.txt", "  \n\n")).toThrowError(InputError);
  });
});

describe("ingest: metadata", () => {
  it("takes a leading inline `date YYYY-MM-DD` token as the date and removes it from the body (sample 004)", () => {
    const a = ingestText("004.txt", " date 2025-06-28 Gaza mediators are in discussions with Israel.\n\nOn Tuesday, Israel and Iran reached a ceasefire.\n");
    expect(a.date).toBe("2025-06-28");
    expect(blockTexts(a)[0]).toEqual({ paragraph: "Gaza mediators are in discussions with Israel." });
    expect(a.text.includes("date 2025-06-28")).toBe(true); // offsets still index the untouched file text
  });

  it("rejects an impossible date token", () => {
    expect(() => ingestText("x.txt", "date 2025-02-30 Text.\n")).toThrowError(/x\.txt: 'date 2025-02-30' is not a real calendar date/);
  });

  it("reads a Wikinews headline and dateline", () => {
    const a = ingestText("w.txt", "Nancy Pelosi again elected Speaker\n\nFriday, January 4, 2019 \n\n\nNancy Pelosi was elected on Thursday.\n");
    expect(a.title).toBe("Nancy Pelosi again elected Speaker");
    expect(a.titleDerived).toBe(false);
    expect(a.date).toBe("2019-01-04");
    expect(a.text.slice(a.titleRange!.start, a.titleRange!.end)).toBe("Nancy Pelosi again elected Speaker");
    expect(blockTexts(a)).toEqual([{ paragraph: "Nancy Pelosi was elected on Thursday." }]);
  });

  it("leaves an article with no date undated", () => {
    expect(ingestText("u.txt", "Qatar and Israel met on Sunday.\n").date).toBeNull();
  });

  it("lets front matter win over inferred metadata", () => {
    const a = ingestText("f.txt", "---\ntitle: Talks resume\ndate: 2024-05-01\nsource: Example Times\nurl: https://example.com/a\n---\ndate 2025-06-28 Talks resumed in Doha.\n");
    expect(a).toMatchObject({ title: "Talks resume", titleDerived: false, date: "2024-05-01", source: "Example Times", url: "https://example.com/a" });
  });

  it("names the file and key for bad front matter", () => {
    expect(() => ingestText("f.txt", "---\ndate: someday\n---\nText.\n")).toThrowError(/f\.txt: front matter 'date' must be a YYYY-MM-DD day/);
    expect(() => ingestText("g.txt", "---\ntitle: [unclosed\n---\nText.\n")).toThrowError(/g\.txt: front matter is not valid YAML/);
    expect(() => ingestText("h.txt", "---\npermalink: /evil/\n---\nText.\n")).toThrowError(/h\.txt: front matter/);
    expect(() => ingestText("j.txt", "---\nurl: javascript:alert(1)\n---\nText.\n")).toThrowError(/j\.txt: front matter 'url': must be an http\(s\) URL/);
  });

  it("derives a headline from the lede when the first line is a sentence, never cutting a word", () => {
    const a = ingestText("d.txt", "Israeli and Qatari officials met in New York on Sunday, according to a report, in the first of a series of trilateral meetings set up by US envoy Steve Witkoff.\nMore text.\n");
    expect(a.titleDerived).toBe(true);
    expect(a.title.length).toBeLessThanOrEqual(91);
    expect(a.title.endsWith("…")).toBe(true);
    const words = a.title.replace("…", "").split(" ");
    const source = a.text.split(/\s+/);
    words.forEach((w, i) => expect(source[i]!.replace(/[,.]$/, "")).toBe(w.replace(/[,.]$/, "")));
  });

  it("keeps a short lede sentence whole as the derived title", () => {
    expect(deriveTitle("Hamas agreed to the deal. Talks go on.")).toBe("Hamas agreed to the deal");
  });
});

describe("ingest: body structure", () => {
  it("makes short title-like lines section headings and '-' lines lists (sample 002 shape)", () => {
    const a = ingestText(
      "002.txt",
      "What's happened\nUS officials expressed feelings of betrayal.\nWhat's behind the headline?\nThe revelations shed light.\nGo deeper\n-\nDonald John Trump is an American politician.\n-\nQatar is a country.\n",
    );
    expect(blockTexts(a)).toEqual([
      { heading: "What's happened" },
      { paragraph: "US officials expressed feelings of betrayal." },
      { heading: "What's behind the headline?" },
      { paragraph: "The revelations shed light." },
      { heading: "Go deeper" },
      { list: ["Donald John Trump is an American politician.", "Qatar is a country."] },
    ]);
  });

  it("treats a quoted short line as a heading (sample 004's ‘The right pressure’)", () => {
    const a = ingestText("q.txt", "Talks went on.\n\n‘The right pressure’\n\nA truce collapsed in March.\n");
    expect(blockTexts(a)).toContainEqual({ heading: "‘The right pressure’" });
  });

  it("joins hard-wrapped lines into one paragraph but keeps one-sentence lines apart", () => {
    const a = ingestText("w.txt", "The ministry said the talks, which began\nin March, would resume.\nA second paragraph follows.\n");
    expect(blockTexts(a)).toEqual([
      { paragraph: "The ministry said the talks, which began\nin March, would resume." },
      { paragraph: "A second paragraph follows." },
    ]);
  });

  it("reads '- text' bullet lines as list items", () => {
    const a = ingestText("b.txt", "Key points.\n\n- Qatar mediates\n- Egypt hosts talks\n");
    expect(blockTexts(a)[1]).toEqual({ list: ["Qatar mediates", "Egypt hosts talks"] });
  });
});
