import { describe, expect, it } from "vitest";
import { ingest, ingestBytes, ingestString, ingestText, type IngestOutcome } from "../../transforms/ingest/index.js";
import { deriveTitle } from "../../transforms/ingest/title.js";
import { InputError } from "../../transforms/errors.js";

const enc = (s: string) => new TextEncoder().encode(s);
/** The warnings of a published outcome; fails the test if the file was skipped. */
function warningsOf(outcome: IngestOutcome): string[] {
  if (!outcome.ok) throw new Error(`expected the file to be published, it was skipped: ${outcome.reason}`);
  return outcome.warnings;
}
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

  it("reads text that is not valid UTF-8 as Windows-1252, with a warning", () => {
    // "£40 for “Société” €" as Windows-1252 bytes: 0xA3 £, 0x93/0x94 curly quotes, 0xE9 é, 0x80 €.
    const bytes = new Uint8Array([0xa3, 0x34, 0x30, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x93, 0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9, 0x94, 0x20, 0x80, 0x2e]);
    const out = ingest("content/raw/old.txt", bytes);
    expect(warningsOf(out).join()).toMatch(/not valid UTF-8; read it as Windows-1252/);
    expect(out.ok && out.article.text).toBe("£40 for “Société” €.");
  });

  it("decodes UTF-16 with a byte-order mark, and without one, with a warning", () => {
    const text = "Qatar hosted talks in Doha.\n";
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]);
    for (const bytes of [le, be, new Uint8Array(Buffer.from(text, "utf16le"))]) {
      const out = ingest("u16.txt", bytes);
      expect(warningsOf(out).join()).toMatch(/UTF-16/);
      expect(out.ok && out.article.text).toBe(text);
    }
  });

  it("skips a binary file, naming what it looks like", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(ingest("x.txt", png)).toEqual({ ok: false, reason: "is not text: it looks like a PNG image" });
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(ingest("y.txt", noise)).toMatchObject({ ok: false, reason: expect.stringMatching(/binary file \(\d+% control bytes\)/) });
  });

  it("strips a few NUL and control characters from text, with a warning", () => {
    const out = ingest("n.txt", enc("Qatar\u0000 hosted\u0007 talks.\n"));
    expect(warningsOf(out).join()).toMatch(/2 control characters \(such as NUL\) that were removed/);
    expect(out.ok && out.article.text).toBe("Qatar hosted talks.\n");
  });

  it("reads old Mac CR-only line endings as line breaks, keeping offsets", () => {
    const out = ingestString("cr.txt", "Storm hits coast\r\rThe storm hit.\rPeople fled.\r");
    expect(warningsOf(out).join()).toMatch(/CR-only/);
    expect(out.ok && out.article.title).toBe("Storm hits coast");
    expect(out.ok && out.article.text.length).toBe("Storm hits coast\r\rThe storm hit.\rPeople fled.\r".length);
  });

  it("removes zero-width and bidirectional controls inside names but keeps emoji joiners", () => {
    const out = ingestString("z.txt", "Ste\u200Bve Wit\u200Dkoff met Ben\u202Ejamin Netanyahu 👩\u200D🔬.\n");
    expect(warningsOf(out).join()).toMatch(/3 invisible formatting characters/);
    expect(out.ok && out.article.text).toBe("Steve Witkoff met Benjamin Netanyahu 👩\u200D🔬.\n");
  });

  it("skips an empty, blank or date-only article with the reason", () => {
    expect(ingest("empty.txt", new Uint8Array())).toEqual({ ok: false, reason: "is empty (0 bytes)" });
    expect(ingestString("blank.txt", "  \n\t\n")).toMatchObject({ ok: false, reason: expect.stringMatching(/only white space/) });
    expect(ingestString("date.txt", "date 2025-06-28\n\n")).toEqual({ ok: false, reason: "has only a date line and no article text" });
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

  it("ignores an impossible date token with a warning, and publishes the article undated", () => {
    const out = ingestString("x.txt", "date 2025-02-30 Text.\n");
    expect(warningsOf(out)).toEqual(["'date 2025-02-30' is not a real calendar date; ignored it"]);
    expect(out.ok && out.article.date).toBeNull();
    expect(out.ok && out.article.title).toBe("Text");
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

  it("ignores bad front matter with a warning naming the key, keeps the good keys, and never shows the block", () => {
    const cases: [string, RegExp][] = [
      ["---\ndate: someday\n---\nText.\n", /front matter 'date' must be a real YYYY-MM-DD day, got 'someday'; ignored it/],
      ["---\ntitle: [unclosed\n---\nText.\n", /front matter is not valid YAML at line \d+ \(.+\); ignored it/],
      ["---\npermalink: /../../evil/\neleventyComputed:\n  permalink: /x/\n---\nText.\n", /front matter key 'permalink' is not one Dossier reads/],
      ["---\nurl: javascript:alert(1)\n---\nText.\n", /front matter 'url': must be an http\(s\) URL; ignored it/],
      ["---\n- a list\n---\nText.\n", /front matter must be 'key: value' lines/],
      ["---\na: &a [x, x]\nb: *a\n---\nText.\n", /front matter could not be read|not one Dossier reads/],
    ];
    for (const [text, warning] of cases) {
      const out = ingestString("f.txt", text);
      expect(warningsOf(out).join("\n")).toMatch(warning);
      expect(out.ok && out.article.text.slice(out.article.blocks[0]!.kind === "list" ? 0 : (out.article.blocks[0] as { start: number }).start)).toBe("Text.\n");
    }
    const mixed = ingestString("m.txt", "---\ntitle: Kept\npermalink: /evil/\n---\nText.\n");
    expect(mixed.ok && mixed.article.title).toBe("Kept");
    expect(warningsOf(mixed)).toHaveLength(1);
  });

  it("reads an unclosed front matter fence as article text, with a warning", () => {
    const out = ingestString("u.txt", "---\ntitle: Never closed\n\nThe article starts here.\n");
    expect(warningsOf(out).join()).toMatch(/no closing '---' line/);
    expect(out.ok && out.article.title).not.toBe("Never closed");
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

describe("finding articles: symbolic links", () => {
  it("follows a link that stays inside the folder, even to a name starting with '..', and skips one that leads out", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { findTextFiles } = await import("../../transforms/ingest/files.js");
    const root = mkdtempSync(path.join(tmpdir(), "dossier-links-"));
    try {
      const raw = path.join(root, "raw");
      mkdirSync(raw);
      writeFileSync(path.join(raw, "..dotted..name..txt"), "Text.\n");
      writeFileSync(path.join(root, "outside.txt"), "Secret.\n");
      symlinkSync(path.join(raw, "..dotted..name..txt"), path.join(raw, "inside-link.txt"));
      symlinkSync(path.join(root, "outside.txt"), path.join(raw, "outside-link.txt"));
      const found = await findTextFiles([raw]);
      expect(found.files.map((f) => path.basename(f))).toEqual(["..dotted..name..txt", "inside-link.txt"]);
      expect(found.skipped.map((s) => path.basename(s.file))).toEqual(["outside-link.txt"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
