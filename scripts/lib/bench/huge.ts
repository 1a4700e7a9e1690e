import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/** The hand-annotated real news kept in the repository: text for oversized test articles. */
export const NEWS_TEXTS = path.resolve(import.meta.dirname, "../../../test/fixtures/news-gold/texts");

function paragraphs(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(path.join(dir, f), "utf8").split(/\n\s*\n/u))
    .map((p) => p.trim())
    .filter((p) => p.length > 80);
}

/**
 * One article of at least `bytes` bytes of real news paragraphs, in a fixed order, under one
 * headline: what a pasted archive or a runaway scraper puts in a single file. Deterministic.
 */
export function hugeArticle(bytes: number, dir = NEWS_TEXTS): string {
  const paras = paragraphs(dir);
  const out = ["Everything the wire sent this year", ""];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paras[i % paras.length]!;
    out.push(p, "");
    size += Buffer.byteLength(p) + 2;
  }
  return `${out.join("\n")}\n`;
}

/** A single line of at least `bytes` bytes: the same paragraphs with every line break removed. */
export function singleLineArticle(bytes: number, dir = NEWS_TEXTS): string {
  return hugeArticle(bytes, dir).replace(/\s*\n\s*/gu, " ").trim();
}
