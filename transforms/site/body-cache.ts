import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AnnotatedArticle } from "../model.js";
import { bodyMarkdown } from "../markdown.js";

// The serialiser's own source is part of every key, so editing it can never serve a stale body.
const CODE = createHash("sha256").update(readFileSync(new URL("../markdown.ts", import.meta.url))).digest("hex");

/**
 * Annotated markdown bodies by content: an article's body depends only on its text and its mentions,
 * so on a rebuild only new or re-linked articles go through remark-stringify again.
 */
export class BodyCache {
  private readonly used = new Set<string>();
  constructor(private readonly dir: string) {}

  async body(a: AnnotatedArticle): Promise<string> {
    const key = createHash("sha256")
      .update(CODE)
      .update(a.article.text)
      .update(JSON.stringify(a.mentions.map((m) => [m.start, m.end, m.entityId])))
      .digest("hex")
      .slice(0, 32);
    this.used.add(`${key}.md`);
    const file = path.join(this.dir, `${key}.md`);
    const cached = await readFile(file, "utf8").catch(() => null);
    if (cached !== null) return cached;
    const body = bodyMarkdown(a);
    await mkdir(this.dir, { recursive: true });
    await writeFile(file, body);
    return body;
  }

  /** Drops bodies no article of this build used. */
  async prune(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => !this.used.has(n)).map((n) => rm(path.join(this.dir, n), { force: true })));
  }
}
