// Values kept between builds (transforms/build/kept-values.ts): a kept value is used as kept, values
// no build asks for go, and a damaged part of the cache is made again, never trusted.
import { readFileSync, readdirSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KeptValues } from "../../transforms/build/kept-values.js";
import { fileDigest, type CacheRecord } from "../../transforms/cache.js";
import { digest } from "../../transforms/digest.js";
import { tempDirs } from "../helpers/temp.js";

const temp = tempDirs("kept");
const keys = ["alpha", "beta", "gamma", "delta"].map((w) => [w, digest(w)] as const);

describe("KeptValues", () => {
  let dir: string;
  let warnings: string[];
  let made: string[];
  beforeEach(() => {
    dir = temp();
    warnings = [];
    made = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      warnings.push(String(chunk));
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  async function kept(code = "v1"): Promise<KeptValues<{ word: string; extra?: string }>> {
    const k = new KeptValues<{ word: string; extra?: string }>("test values", dir, [code]);
    await k.open();
    return k;
  }
  const make = (word: string) => () => {
    made.push(word);
    return { word, extra: undefined };
  };

  it("makes each value once, gives it back as JSON reads it, and reuses it on the next build", async () => {
    const first = await kept();
    for (const [w, key] of keys) expect(first.get(key, make(w))).toStrictEqual({ word: w });
    await first.save();
    const second = await kept();
    for (const [w, key] of keys) expect(second.get(key, make(w))).toStrictEqual({ word: w });
    expect(made).toEqual(["alpha", "beta", "gamma", "delta"]);
    // Other code: every value is made again, with no warning.
    const other = await kept("v2");
    other.get(keys[0]![1], make("alpha"));
    expect(made).toHaveLength(5);
    expect(warnings).toEqual([]);
  });

  it("uses a kept value as kept, and drops the values a build did not ask for", async () => {
    const first = await kept();
    for (const [w, key] of keys) first.get(key, make(w));
    await first.save();
    // A kept value changed, its record made to vouch for it.
    const [, key] = keys[0]!;
    const part = path.join(dir, `${key[0]}.json`);
    const values = JSON.parse(readFileSync(part, "utf8")) as Record<string, { word: string }>;
    values[key] = { word: "changed" };
    const bytes = Buffer.from(JSON.stringify(values));
    writeFileSync(part, bytes);
    const record = JSON.parse(readFileSync(path.join(dir, "record.json"), "utf8")) as CacheRecord<null>;
    record.files[`${key[0]}.json`] = [bytes.length, fileDigest(bytes)];
    writeFileSync(path.join(dir, "record.json"), JSON.stringify(record));
    const second = await kept();
    expect(second.get(key, make("alpha"))).toEqual({ word: "changed" });
    await second.save();
    const stored = readdirSync(dir).filter((f) => f !== "record.json").flatMap((f) => Object.keys(JSON.parse(readFileSync(path.join(dir, f), "utf8")) as object));
    expect(stored).toEqual([key]);
  });

  it("makes again the values of a damaged part, naming it once", async () => {
    const first = await kept();
    for (const [w, key] of keys) first.get(key, make(w));
    await first.save();
    const [, key] = keys[1]!;
    truncateSync(path.join(dir, `${key[0]}.json`), 5);
    const second = await kept();
    expect(second.get(key, make("beta"))).toEqual({ word: "beta" });
    expect(made.filter((w) => w === "beta")).toHaveLength(2);
    expect(warnings).toEqual([expect.stringMatching(/^warning: test values cache: .*\.json has 5 bytes where its record says \d+; not reused\n$/u)]);
    for (const [w, k] of keys) second.get(k, make(w));
    await second.save();
    const third = await kept();
    for (const [w, k] of keys) third.get(k, make(w));
    expect(warnings).toHaveLength(1);
    expect(made).toHaveLength(5);
  });
});
