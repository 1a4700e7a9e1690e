// A 10 MB article builds, whole, beside the samples. The time and memory it takes are
// measured and written to test-results/huge-article.json for the record; the bound this test holds
// is its timeout (no speed assertion: those live in `npm run bench:huge`).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, ROOT, type Project } from "../helpers/project.js";
import { hugeArticle } from "../../scripts/lib/bench/huge.js";
import { runMeasured, type RunResult } from "../../scripts/lib/bench/run.js";

const BYTES = 10 * 1024 * 1024;

describe("a 10 MB article", () => {
  let project: Project;
  let text: string;
  let run: RunResult;

  beforeAll(async () => {
    project = makeProject();
    text = hugeArticle(BYTES);
    project.write("content/raw/huge.txt", text);
    run = await runMeasured(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: project.dir, env: { CI: "" } });
    mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
    const figures = { bytes: Buffer.byteLength(text), seconds: Math.round(run.seconds * 10) / 10, peak_rss_mb: Math.round(run.peakRssMb) };
    writeFileSync(path.join(ROOT, "test-results/huge-article.json"), `${JSON.stringify(figures)}\n`);
    process.stderr.write(`10 MB article: built in ${figures.seconds} s, peak ${figures.peak_rss_mb} MB (largest process)\n`);
  }, 900_000);
  afterAll(() => project?.cleanup());

  it("builds, with a warning that names the file", () => {
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(BYTES);
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    expect(run.stderr).toMatch(/warning: content\/raw\/huge\.txt: is 10\.0 MB, very long for one article; published it whole/);
    expect(run.stderr.trim().split("\n").at(-1)).toMatch(/^✓ 6 published, 1 warning, 0 skipped: /);
  });

  it("publishes the article whole, to its last paragraph, with its entities linked", () => {
    const site = path.join(project.dir, "_site");
    const html = readFileSync(path.join(site, "briefings/everything-the-wire-sent-this-year/index.html"), "utf8");
    const paragraphs = text.trim().split(/\n\s*\n/u);
    const last = paragraphs.at(-1)!.replace(/\s+/gu, " ");
    // The page escapes quotes and apostrophes; compare the last run of four plain words, tags removed.
    const tokens = last.split(" ");
    const plain = (w: string) => /^[\p{L}\p{N}]+$/u.test(w);
    let at = tokens.length - 4;
    while (at > 0 && !tokens.slice(at, at + 4).every(plain)) at--;
    const phrase = tokens.slice(at, at + 4).join(" ");
    expect(phrase.split(" ").every(plain)).toBe(true);
    expect(html.replace(/<[^>]*>/gu, "")).toContain(phrase);
    expect(html.length).toBeGreaterThan(BYTES);
    expect(html).toMatch(/class="entity entity--(?:person|place|organization) entity--first"/u);
    expect(readdirSync(path.join(site, "entities")).length).toBeGreaterThan(100);
    // Its most named entities are quoted a few sentences deep, the rest counted: pages stay readable.
    const biggest = readdirSync(path.join(site, "entities"))
      .map((id) => path.join(site, "entities", id, "index.html"))
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f, "utf8"))
      .sort((a, b) => b.length - a.length)[0]!;
    expect(biggest).toMatch(/\d+ more sentences in this briefing/u);
    expect(biggest.length).toBeLessThan(2_000_000);
  });
});
