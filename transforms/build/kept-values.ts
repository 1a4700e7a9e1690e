// Values a build works out per article and keeps for the next build, when working them out costs
// more than reading them back: JSON values by key, in sixteen files by the key's first hex digit,
// with a record (see cache.ts). A build rewrites only the files whose values changed; a damaged file
// is named once and its values are worked out again.
import { FileCache } from "../cache.js";

const PARTS = "0123456789abcdef";
const partOf = (key: string) => `${key[0]}.json`;

export class KeptValues<T> {
  private readonly files: FileCache<null>;
  private readonly parts = new Map<string, Record<string, T>>();
  /** Parts to write: new values, or values no longer used. */
  private readonly changed = new Set<string>();
  private readonly used = new Set<string>();

  /** `name` is the cache's name in warnings; `inputs` what every value depends on besides its key (the code). */
  constructor(name: string, dir: string, inputs: readonly string[]) {
    this.files = new FileCache({ name, dir, inputs });
  }

  /** Reads the kept parts; a part that is missing or damaged starts empty. */
  async open(): Promise<void> {
    await this.files.open();
    for (const p of PARTS) {
      const name = `${p}.json`;
      const bytes = this.files.has(name) ? await this.files.read(name) : null;
      let part: Record<string, T> | null = null;
      try {
        part = bytes && (JSON.parse(bytes.toString("utf8")) as Record<string, T>);
      } catch {
        // Bytes the record vouches for that are not JSON: written by something else. Made again.
      }
      this.parts.set(name, part ?? {});
      if (!part) this.changed.add(name);
    }
  }

  /**
   * The value kept under `key` (a hex digest), or `make()`'s, kept from now on. A new value is
   * returned as the next build will read it back (through JSON), so that a build with a warm cache
   * and a cold one see the same values. Callers must not change what they are given.
   */
  get(key: string, make: () => T): T {
    const part = this.parts.get(partOf(key));
    if (!part) throw new Error("KeptValues.get before open");
    this.used.add(key);
    if (Object.hasOwn(part, key)) return part[key]!;
    const value = JSON.parse(JSON.stringify(make())) as T;
    part[key] = value;
    this.changed.add(partOf(key));
    return value;
  }

  /** Writes the parts that changed, dropping values this build did not ask for, then the record. */
  async save(): Promise<void> {
    for (const [name, part] of this.parts) {
      for (const key of Object.keys(part)) {
        if (this.used.has(key)) continue;
        delete part[key];
        this.changed.add(name);
      }
    }
    if (this.changed.size === 0) return;
    await this.files.invalidate();
    for (const [name, part] of this.parts) if (this.changed.has(name)) await this.files.write(name, Buffer.from(JSON.stringify(part)));
    this.files.retain();
    await this.files.save(null);
    this.changed.clear();
  }
}
