import slugify from "@sindresorhus/slugify";
import type { Article, Block, Range } from "../model.js";
import { InputError } from "../errors.js";
import { splitLines, trimRange, type Line } from "../text/lines.js";
import { decodeUtf8 } from "./decode.js";
import { splitFrontMatter } from "./frontmatter.js";
import { DATE_TOKEN, isoDay, parseDateline } from "./dates.js";
import { deriveTitle, isHeadline } from "./title.js";
import { toBlocks } from "./blocks.js";

const MAX_SLUG = 64;

/** A URL slug for a title: lowercase ASCII words, at most ~64 characters, cut between words. */
export function slugFor(title: string): string {
  const full = slugify(title) || "untitled";
  if (full.length <= MAX_SLUG) return full;
  const cut = full.lastIndexOf("-", MAX_SLUG);
  return full.slice(0, cut > 20 ? cut : MAX_SLUG);
}

/** Reads one raw article (bytes as on disk) into the model. Throws InputError naming the file. */
export function ingestBytes(file: string, bytes: Uint8Array): Article {
  try {
    return ingestText(file, decodeUtf8(bytes));
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, err instanceof Error ? err.message : String(err));
  }
}

/** Reads one raw article's text; `text` may start with a BOM, which offsets then exclude. */
export function ingestText(file: string, rawText: string): Article {
  const source = rawText.startsWith("\uFEFF") ? rawText.slice(1) : rawText;
  let fm;
  try {
    fm = splitFrontMatter(source);
  } catch (err) {
    throw new InputError(file, err instanceof Error ? err.message : String(err));
  }
  const { data } = fm;
  const lines = splitLines(source, fm.bodyStart);
  let i = nextContent(lines, 0);

  let tokenDate: string | null = null;
  const first = lines[i];
  if (first) {
    const m = DATE_TOKEN.exec(first.text);
    if (m) {
      tokenDate = isoDay(m[1]!);
      if (!tokenDate) throw new InputError(file, `'date ${m[1]}' is not a real calendar date`);
      // The token is cut off the line; whatever follows it on the same line is ordinary body text.
      lines[i] = { start: first.start + m[0].length, end: first.end, text: first.text.slice(m[0].length) };
      if (!trimRange(source, lines[i]!.start, lines[i]!.end)) i = nextContent(lines, i + 1);
    }
  }

  let titleRange: Range | null = null;
  const head = lines[i];
  const afterHead = lines[i + 1];
  if (!tokenDate && head && isHeadline(head.text) && afterHead && afterHead.text.trim() === "") {
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
  if (blocks.length === 0 && !titleRange) throw new InputError(file, "has no article text");

  let date: string | null = tokenDate ?? datelineDate;
  if (data.date !== undefined) {
    date = isoDay(data.date);
    if (!date) throw new InputError(file, `front matter 'date' must be a YYYY-MM-DD day, got '${String(data.date)}'`);
  }

  let title: string;
  let titleDerived = false;
  if (data.title) title = data.title;
  else if (titleRange) title = source.slice(titleRange.start, titleRange.end).replace(/\s+/gu, " ");
  else {
    title = deriveTitle(ledeText(source, blocks));
    titleDerived = true;
  }

  return {
    file,
    slug: data.slug ?? slugFor(title),
    text: source,
    title,
    titleDerived,
    date,
    source: data.source ?? null,
    url: data.url ?? null,
    titleRange,
    blocks,
  };
}

function nextContent(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.text.trim() === "") i++;
  return i;
}

function ledeText(source: string, blocks: readonly Block[]): string {
  const lede = blocks.find((b) => b.kind === "paragraph") ?? blocks[0];
  if (!lede) return "";
  if (lede.kind === "list") return lede.items[0] ? source.slice(lede.items[0].start, lede.items[0].end) : "";
  return source.slice(lede.start, lede.end);
}
