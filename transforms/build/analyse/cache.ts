import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LocalEntity, Mention } from "../../model.js";

/** What an article's analysis adds to the article itself; the article is re-read, never cached. */
export interface CachedAnalysis {
  mentions: Mention[];
  locals: LocalEntity[];
}

/**
 * One folder per analysis version, one small JSON file per article. A new version replaces the old
 * folders, so the cache never outgrows one corpus; a torn or unreadable entry is just a miss.
 */
export class AnalysisCache {
  private readonly dir: string;
  constructor(
    private readonly root: string,
    private readonly version: string,
  ) {
    this.dir = path.join(root, version);
  }

  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const name of await readdir(this.root)) {
      if (name !== this.version) await rm(path.join(this.root, name), { recursive: true, force: true });
    }
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  async get(key: string): Promise<CachedAnalysis | null> {
    try {
      return JSON.parse(await readFile(this.file(key), "utf8")) as CachedAnalysis;
    } catch {
      return null;
    }
  }

  async put(key: string, value: CachedAnalysis): Promise<void> {
    // Write then rename, so a build killed mid-write never leaves a half entry behind.
    const tmp = `${this.file(key)}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(value));
    await rename(tmp, this.file(key));
  }

  /** Drops entries no article uses any more (edited or deleted articles). */
  async prune(keep: ReadonlySet<string>): Promise<void> {
    for (const name of await readdir(this.dir)) {
      if (name.endsWith(".json") && !keep.has(name.slice(0, -5))) await rm(path.join(this.dir, name), { force: true });
    }
  }
}
