import { createHash } from "node:crypto";
import { readdir, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AnnotatedArticle } from "../model.js";
import { bodyMarkdown, toMdast } from "./markdown.js";
import { digest } from "../digest.js";
import { FileCache, type FileEntry } from "../cache.js";
import { QUOTE_CODE } from "../corpus/code.js";
import { createTreeRenderer } from "./html.js";
import { bodyHtml, linkResolver, markdownDigest, type LinkRecord, type Links, type PrerenderedBody } from "./prerendered.js";

// The serialiser's and renderer's own source is part of every key, so editing either can never
// serve a stale body.
const CODE = createHash("sha256")
  .update(readFileSync(new URL("./markdown.ts", import.meta.url)))
  .update(readFileSync(new URL("./html.ts", import.meta.url)))
  .update(QUOTE_CODE)
  .digest("hex");

/** An article body: its annotated markdown and, unless a tag could not be resolved, its HTML. */
export interface Body {
  markdown: string;
  html: PrerenderedBody | undefined;
}


/** The link records an article's tags read: all its body's HTML depends on besides the article. */
export function linksOf(a: AnnotatedArticle, links: Links): Record<string, LinkRecord> {
  const out: Record<string, LinkRecord> = {};
  for (const m of a.mentions) if (Object.hasOwn(links, m.entityId)) out[m.entityId] = links[m.entityId]!;
  return out;
}

/** Renders a body, markdown and HTML, from one tree; pure, and what the worker threads run. */
export function renderBody(a: AnnotatedArticle, links: Links): Body {
  const tree = toMdast(a);
  const markdown = bodyMarkdown(a, tree);
  const html = createTreeRenderer({ resolve: linkResolver(links) })(tree);
  return { markdown, html: html === undefined ? undefined : { of: markdownDigest(markdown), html } };
}

/**
 * Article bodies by content. A body's markdown depends only on the article's text and mentions, its
 * HTML also on the link record of each entity it tags; so a rebuild renders again only new or
 * re-linked articles. Kept as files under `dir` with a record (see cache.ts); each thread that reads
 * or writes bodies has its own instance, and the main thread saves what they all used.
 */
export class BodyCache {
  private readonly files: FileCache<null>;
  private opened: Promise<unknown> | null = null;
  constructor(dir: string) {
    this.files = new FileCache({ name: "markdown bodies", dir, inputs: [CODE] });
  }

  private names(a: AnnotatedArticle, links: Links): [md: string, html: string] {
    const key = digest(CODE, a.article.text, JSON.stringify(a.mentions.map((m) => [m.start, m.end, m.entityId])));
    const linked = Object.entries(linksOf(a, links)).sort(([x], [y]) => (x < y ? -1 : 1));
    return [`${key}.md`, `${digest(key, JSON.stringify(linked))}.html`];
  }

  /** The cached body, its HTML by file name, or null when either part is missing or does not match its record. */
  async get(a: AnnotatedArticle, links: Links): Promise<Body | null> {
    await (this.opened ??= this.files.open());
    const [md, html] = this.names(a, links);
    if (!this.files.has(md) || !this.files.has(html)) return null;
    const [markdown, page] = await Promise.all([this.files.read(md), this.files.read(html)]);
    if (!markdown || !page) return null;
    const text = markdown.toString("utf8");
    return { markdown: text, html: { of: markdownDigest(text), file: path.join(this.files.dir, html), digest: this.files.entry(html)![1] } };
  }

  /** Stores a rendered body; returns it with its HTML by file name, as `get` will. */
  async put(a: AnnotatedArticle, links: Links, body: Body): Promise<Body> {
    const [md, html] = this.names(a, links);
    await this.files.write(md, Buffer.from(body.markdown));
    if (!body.html) return body;
    const [, hash] = await this.files.write(html, Buffer.from(bodyHtml(body.html)!));
    return { markdown: body.markdown, html: { of: body.html.of, file: path.join(this.files.dir, html), digest: hash } };
  }

  /** The files this instance verified or wrote, as record entries. */
  used(): Record<string, FileEntry> {
    return this.files.entries();
  }

  /** Records the files every thread used (`used`) and drops all others. */
  async save(used: readonly Record<string, FileEntry>[]): Promise<void> {
    for (const entries of used) this.files.adopt(entries);
    await this.files.save(null);
    const keep = new Set([...Object.keys(this.files.entries()), path.basename(this.files.recordFile)]);
    const names = await readdir(this.files.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => !keep.has(n)).map((n) => rm(path.join(this.files.dir, n), { recursive: true, force: true })));
  }
}
