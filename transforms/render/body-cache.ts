import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AnnotatedArticle } from "../model.js";
import { bodyMarkdown, toMdast } from "./markdown.js";
import { digest } from "../digest.js";
import { createTreeRenderer } from "./html.js";
import { bodyHtml, linkResolver, markdownDigest, type LinkRecord, type Links, type PrerenderedBody } from "./prerendered.js";

// The serialiser's and renderer's own source is part of every key, so editing either can never
// serve a stale body.
const CODE = createHash("sha256")
  .update(readFileSync(new URL("./markdown.ts", import.meta.url)))
  .update(readFileSync(new URL("./html.ts", import.meta.url)))
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
  const markdown = bodyMarkdown(a);
  const html = createTreeRenderer({ resolve: linkResolver(links) })(toMdast(a));
  return { markdown, html: html === undefined ? undefined : { of: markdownDigest(markdown), html } };
}

/**
 * Article bodies by content. A body's markdown depends only on the article's text and mentions, its
 * HTML also on the link record of each entity it tags; so a rebuild renders again only new or
 * re-linked articles. Kept as files under `dir`.
 */
export class BodyCache {
  private readonly used = new Set<string>();
  constructor(private readonly dir: string) {}

  private names(a: AnnotatedArticle, links: Links): [md: string, html: string] {
    const key = digest(CODE, a.article.text, JSON.stringify(a.mentions.map((m) => [m.start, m.end, m.entityId])));
    const linked = Object.entries(linksOf(a, links)).sort(([x], [y]) => (x < y ? -1 : 1));
    return [`${key}.md`, `${digest(key, JSON.stringify(linked))}.html`];
  }

  /** The cached body, its HTML by file name, or null when either part is missing. */
  async get(a: AnnotatedArticle, links: Links): Promise<Body | null> {
    const [md, html] = this.names(a, links);
    this.used.add(md).add(html);
    const file = path.join(this.dir, html);
    const markdown = await readFile(path.join(this.dir, md), "utf8").catch(() => null);
    if (markdown == null || !existsSync(file)) return null;
    return { markdown, html: { of: markdownDigest(markdown), file } };
  }

  /** Stores a rendered body; returns it with its HTML by file name, as `get` will. */
  async put(a: AnnotatedArticle, links: Links, body: Body): Promise<Body> {
    const [md, html] = this.names(a, links);
    this.used.add(md).add(html);
    await mkdir(this.dir, { recursive: true });
    await writeFile(path.join(this.dir, md), body.markdown);
    if (!body.html) return body;
    const file = path.join(this.dir, html);
    await writeFile(file, bodyHtml(body.html)!);
    return { markdown: body.markdown, html: { of: body.html.of, file } };
  }

  /** The files this cache read or wrote. */
  usedNames(): string[] {
    return [...this.used];
  }

  /** Drops files no article of this build used (`also`: files other caches over the same folder used). */
  async prune(also: Iterable<string> = []): Promise<void> {
    const used = new Set([...this.used, ...also]);
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => !used.has(n)).map((n) => rm(path.join(this.dir, n), { force: true })));
  }
}
