import slugify from "@sindresorhus/slugify";
import { slug as slugOf, type Article, type Block, type Range } from "../model.js";
import { InputError } from "../errors.js";
import { splitLines, trimRange, type Line } from "../text/lines.js";
import { decodeText } from "./decode.js";
import { cleanText } from "./clean.js";
import { splitFrontMatter } from "./frontmatter.js";
import { DATE_TOKEN, isoDay, parseDateline } from "./dates.js";
import { deriveTitle, isHeadline } from "./title.js";
import { toBlocks } from "./blocks.js";

const MAX_SLUG = 64;

/**
 * A URL slug for a title: lowercase ASCII words, at most ~64 characters, cut between words. A title
 * with nothing to spell in ASCII ("🚀🔥🎉") falls back to the file's name, then to "untitled".
 */
export function slugFor(title: string, file = ""): string {
  const stem = file.replace(/\\/g, "/").split("/").pop()!.replace(/\.txt$/iu, "");
  const full = slugify(title) || slugify(stem) || "untitled";
  if (full.length <= MAX_SLUG) return full;
  const cut = full.lastIndexOf("-", MAX_SLUG);
  return full.slice(0, cut > 20 ? cut : MAX_SLUG);
}

/**
 * What became of one input file: published (possibly with warnings about what was repaired or
 * ignored) or skipped with the reason. Ingest never throws on content; the policy is in the README.
 */
export type IngestOutcome = { ok: true; article: Article; warnings: string[] } | { ok: false; reason: string };

/** Reads one raw article, bytes as on disk. */
export function ingest(file: string, bytes: Uint8Array): IngestOutcome {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const outcome = ingestString(file, decoded.text);
  return outcome.ok ? { ...outcome, warnings: [...decoded.warnings, ...outcome.warnings] } : outcome;
}

/** Reads one raw article's text; a leading BOM is dropped and offsets count from after it. */
export function ingestString(file: string, rawText: string): IngestOutcome {
  const cleaned = cleanText(rawText);
  const source = cleaned.text;
  const warnings = [...cleaned.warnings];
  if (source.trim() === "") return { ok: false, reason: rawText.length === 0 ? "is empty" : "has no text, only white space or invisible characters" };

  const fm = splitFrontMatter(source);
  warnings.push(...fm.warnings);
  const { data } = fm;
  const lines = splitLines(source, fm.bodyStart);
  let i = nextContent(lines, 0);

  let tokenDate: string | null = null;
  let hadToken = false;
  const first = lines[i];
  if (first) {
    const m = DATE_TOKEN.exec(first.text);
    if (m) {
      hadToken = true;
      tokenDate = isoDay(m[1]!);
      if (!tokenDate) warnings.push(`'date ${m[1]}' is not a real calendar date; ignored it`);
      // The token is cut off the line; whatever follows it on the same line is ordinary body text.
      lines[i] = { start: first.start + m[0].length, end: first.end, text: first.text.slice(m[0].length) };
      if (!trimRange(source, lines[i]!.start, lines[i]!.end)) i = nextContent(lines, i + 1);
    }
  }

  let titleRange: Range | null = null;
  const head = lines[i];
  const afterHead = lines[i + 1];
  if (!hadToken && head && isHeadline(head.text) && afterHead && afterHead.text.trim() === "") {
    titleRange = trimRange(source, head.start, head.end);
    i = nextContent(lines, i + 1);
  }

  let datelineDate: string | null = null;
  const maybeDateline = lines[i];
  if (maybeDateline) {
    datelineDate = parseDateline(maybeDateline.text);
    if (datelineDate) i = nextContent(lines, i + 1);
  }

  const blocks = toBlocks(source, lines.slice(i));
  if (blocks.length === 0 && !titleRange) return { ok: false, reason: hadToken || datelineDate ? "has only a date line and no article text" : "has no article text" };

  let date: string | null = tokenDate ?? datelineDate;
  if (data.date !== undefined) {
    const day = isoDay(data.date);
    if (day) date = day;
    else warnings.push(`front matter 'date' must be a real YYYY-MM-DD day, got '${String(data.date).slice(0, 40)}'; ignored it`);
  }

  let updated: string | null = null;
  if (data.updated !== undefined) {
    updated = isoDay(data.updated);
    if (!updated) warnings.push(`front matter 'updated' must be a real YYYY-MM-DD day, got '${String(data.updated).slice(0, 40)}'; ignored it`);
  }
  if (data.correction !== undefined && !updated) warnings.push("front matter 'correction' needs an 'updated' day to say when; ignored it");
  if (data.image !== undefined && data.image_alt === undefined) warnings.push(`front matter 'image' needs 'image_alt', a description for readers who cannot see it; published without the image`);
  if (data.image_alt !== undefined && data.image === undefined) warnings.push("front matter 'image_alt' describes no 'image'; ignored it");

  let title: string;
  let titleDerived = false;
  if (data.title) title = data.title;
  else if (titleRange) title = source.slice(titleRange.start, titleRange.end).replace(/\s+/gu, " ");
  else {
    title = deriveTitle(ledeText(source, blocks));
    titleDerived = true;
  }

  return {
    ok: true,
    warnings,
    article: {
      file,
      slug: slugOf(data.slug ?? slugFor(title, file)),
      text: source,
      title,
      titleDerived,
      date,
      source: data.source ?? null,
      url: data.url ?? null,
      authors: data.author ? [...new Set(data.author)] : [],
      section: data.section ?? null,
      tags: data.tags ? [...new Set(data.tags)] : [],
      image: data.image !== undefined && data.image_alt !== undefined ? { file: data.image, alt: data.image_alt } : null,
      updated,
      correction: updated ? (data.correction ?? null) : null,
      titleRange,
      blocks,
    },
  };
}

/** `ingest` for callers that only want publishable articles (tests, tools): a skip throws InputError. */
export function ingestBytes(file: string, bytes: Uint8Array): Article {
  return unwrap(file, ingest(file, bytes));
}

/** `ingestString` for callers that only want publishable articles: a skip throws InputError. */
export function ingestText(file: string, text: string): Article {
  return unwrap(file, ingestString(file, text));
}

function unwrap(file: string, outcome: IngestOutcome): Article {
  if (!outcome.ok) throw new InputError(file, outcome.reason);
  return outcome.article;
}

function nextContent(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.text.trim() === "") i++;
  return i;
}

function ledeText(source: string, blocks: readonly Block[]): string {
  // A rule or row of symbols ("---", "***") is no headline; the first paragraph with words is.
  const lede = blocks.find((b) => b.kind === "paragraph" && /\p{L}/u.test(source.slice(b.start, b.end))) ?? blocks[0];
  if (!lede) return "";
  if (lede.kind === "list") return lede.items[0] ? source.slice(lede.items[0].start, lede.items[0].end) : "";
  return source.slice(lede.start, lede.end);
}
