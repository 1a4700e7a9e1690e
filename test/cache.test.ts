// The reuse rule every cache follows (transforms/cache.ts): a stored file is reused only under the
// same key and only with the bytes its record describes; anything else is a miss, named once.
import { linkSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FileCache, type CacheRecord } from "../transforms/cache.js";
import { ignoreCaches } from "../transforms/config.js";
import { tempDirs } from "./helpers/temp.js";

const temp = tempDirs("cache");

describe("FileCache", () => {
  let dir: string;
  let warnings: string[];
  const cache = (inputs = ["code v1"], tools: Record<string, string> = {}) => new FileCache<{ n: number }>({ name: "test", dir, inputs, tools });
  beforeEach(() => {
    dir = temp();
    warnings = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      warnings.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    ignoreCaches(false);
  });

  async function stored(): Promise<void> {
    const c = cache();
    await c.open();
    await c.write("a.txt", Buffer.from("alpha"));
    await c.write("sub/b.txt", Buffer.from("beta"));
    await c.save({ n: 1 });
  }

  it("reuses what it stored, under the same key, and records Dossier's version and the tools' in the stamp", async () => {
    await stored();
    const c = cache();
    expect(await c.open()).toEqual({ n: 1 });
    expect((await c.read("sub/b.txt"))?.toString()).toBe("beta");
    expect(await c.read("unknown.txt")).toBeNull();
    const record = JSON.parse(readFileSync(path.join(dir, "record.json"), "utf8")) as CacheRecord<unknown>;
    expect(record.stamp.dossier).toMatch(/^\d+\.\d+\.\d+/u);
    expect(record.files["a.txt"]).toEqual([5, expect.stringMatching(/^[0-9a-f]{32}$/u)]);
    expect(warnings).toEqual([]);
  });

  it("misses, without a warning, under another key: other code or another tool version", async () => {
    await stored();
    expect(await cache(["code v2"]).open()).toBeNull();
    const other = cache(["code v1"], { pagefind: "9.9.9" });
    expect(await other.open()).toBeNull();
    expect(await other.read("a.txt")).toBeNull();
    expect(warnings).toEqual([]);
  });

  it("misses a file that changed, even at the same size, and one that is gone, naming each once", async () => {
    await stored();
    writeFileSync(path.join(dir, "a.txt"), "alphA");
    const c = cache();
    await c.open();
    expect(await c.read("a.txt")).toBeNull();
    expect(await c.read("a.txt")).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warning: test cache: .*a\.txt does not match its record; not reused\n$/u);
    writeFileSync(path.join(dir, "sub/b.txt"), "");
    expect(await c.read("sub/b.txt")).toBeNull();
    expect(warnings[1]).toMatch(/sub\/b\.txt has 0 bytes where its record says 4/u);
  });

  it("treats a missing or unreadable record beside stored files as a miss, named once", async () => {
    await stored();
    writeFileSync(path.join(dir, "record.json"), "{ torn");
    expect(await cache().open()).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/record\.json is unreadable; nothing in this cache is reused/u)]);
    const empty = temp();
    expect(await new FileCache({ name: "test", dir: empty, inputs: [] }).open()).toBeNull();
    expect(warnings).toHaveLength(1);
  });

  it("publishes a verified copy that shares nothing with the cache, and ignores everything on a fresh build", async () => {
    await stored();
    const c = cache();
    await c.open();
    const out = path.join(temp(), "a.txt");
    expect(await c.publish("a.txt", out)).toEqual([5, expect.any(String)]);
    expect(statSync(out).ino).not.toBe(statSync(path.join(dir, "a.txt")).ino);
    writeFileSync(out, "edited");
    expect(readFileSync(path.join(dir, "a.txt"), "utf8")).toBe("alpha");
    ignoreCaches();
    expect(await cache().open()).toBeNull();
    expect(warnings).toEqual([]);
  });

  it("links the last published copy only when it is as recorded and has no other name, else copies the cache's", async () => {
    await stored();
    const c = cache();
    await c.open();
    const [before, after] = [temp(), temp()];
    const ino = (f: string) => statSync(f).ino;
    // As recorded: linked, not copied.
    writeFileSync(path.join(before, "a.txt"), "alpha");
    expect(await c.publish("a.txt", path.join(after, "a.txt"), path.join(before, "a.txt"))).toEqual([5, expect.any(String)]);
    expect(ino(path.join(after, "a.txt"))).toBe(ino(path.join(before, "a.txt")));
    // Edited at the same size: the cache's copy stands in, with no warning (the cache is sound).
    writeFileSync(path.join(before, "b.txt"), "bet4");
    expect(await c.publish("sub/b.txt", path.join(after, "b.txt"), path.join(before, "b.txt"))).toEqual([4, expect.any(String)]);
    expect(readFileSync(path.join(after, "b.txt"), "utf8")).toBe("beta");
    expect([ino(path.join(before, "b.txt")), ino(path.join(dir, "sub/b.txt"))]).not.toContain(ino(path.join(after, "b.txt")));
    // As recorded, but another name shares it (here: the cache's own file): copied.
    linkSync(path.join(dir, "a.txt"), path.join(before, "shared.txt"));
    await c.publish("a.txt", path.join(after, "c.txt"), path.join(before, "shared.txt"));
    expect(ino(path.join(after, "c.txt"))).not.toBe(ino(path.join(dir, "a.txt")));
    expect(warnings).toEqual([]);
  });
});
