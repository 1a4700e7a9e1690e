import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { LocalEntity, Mention } from "../../model.js";
import { FileCache } from "../../cache.js";

/** What an article's analysis adds to the article itself; the article is re-read, never cached. */
export interface CachedAnalysis {
  mentions: Mention[];
  locals: LocalEntity[];
}

/**
 * One small JSON file per article, named by its text's digest, under a record keyed by the analysis
 * code and registry (see fingerprint.ts). Another key empties the folder, so the cache never outgrows
 * one corpus; an entry that does not match its record is a miss.
 */
export class AnalysisCache {
  private readonly files: FileCache<null>;
  constructor(
    private readonly dir: string,
    version: string,
  ) {
    this.files = new FileCache({ name: "analyses", dir, inputs: [version] });
  }

  async open(): Promise<void> {
    await this.files.open();
  }

  private file(key: string): string {
    return `${key}.json`;
  }

  async get(key: string): Promise<CachedAnalysis | null> {
    const bytes = await this.files.read(this.file(key));
    return bytes && (JSON.parse(bytes.toString("utf8")) as CachedAnalysis);
  }

  async put(key: string, value: CachedAnalysis): Promise<void> {
    await this.files.write(this.file(key), Buffer.from(JSON.stringify(value)));
  }

  /** Records the entries this build used and drops every other file (edited or deleted articles, other versions). */
  async save(): Promise<void> {
    await this.files.save(null);
    const keep = new Set(Object.keys(this.files.entries()));
    const record = path.basename(this.files.recordFile);
    for (const e of await readdir(this.dir, { withFileTypes: true }).catch(() => [])) {
      if (e.name !== record && !keep.has(e.name)) await rm(path.join(this.dir, e.name), { recursive: true, force: true });
    }
  }
}
