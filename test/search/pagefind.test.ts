// The Pagefind stage's file handling: the binary is found and its failures reported, and a bundle
// that cannot be read back fails loudly, naming the file; Pagefind's own output is in a stable order.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readEntry } from "../../transforms/search/bundle.js";
import { unpack, type FilterFile, type MetaFile } from "../../transforms/search/format.js";
import { pagefindBinary, runPagefind } from "../../transforms/search/cli.js";
import { readSettings } from "../../transforms/config.js";

describe("the Pagefind CLI", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "dossier-pagefind-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("finds the platform binary, or the one PAGEFIND_BINARY_PATH names", () => {
    expect(pagefindBinary({ binaries: {} })).toMatch(/@pagefind[/\\][a-z]+-[a-z0-9]+[/\\]bin[/\\]pagefind(_extended)?(\.exe)?$/);
    expect(pagefindBinary(readSettings({ PAGEFIND_BINARY_PATH: "/opt/pagefind" }).pagefind)).toBe("/opt/pagefind");
  });

  it("indexes a folder, and rejects with Pagefind's own error when there is nothing to index", async () => {
    mkdirSync(path.join(dir, "site/a"), { recursive: true });
    writeFileSync(path.join(dir, "site/a/index.html"), "<html lang=en><body><main data-pagefind-body><h1>Alpha</h1><p>Words here.</p></main></body></html>");
    await runPagefind(path.join(dir, "site"), path.join(dir, "out"));
    const entry = await readEntry(path.join(dir, "out"));
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([1]);

    mkdirSync(path.join(dir, "empty"));
    await expect(runPagefind(path.join(dir, "empty"), path.join(dir, "out2"))).rejects.toThrow(/exited with 1: .*not able to build an index/);
  });

  it("refuses an entry file that is missing, empty or not JSON, naming it", async () => {
    mkdirSync(path.join(dir, "b"));
    await expect(readEntry(path.join(dir, "b"))).rejects.toThrow(/b\/pagefind-entry\.json: missing/);
    writeFileSync(path.join(dir, "b/pagefind-entry.json"), "");
    await expect(readEntry(path.join(dir, "b"))).rejects.toThrow(/b\/pagefind-entry\.json: empty/);
    writeFileSync(path.join(dir, "b/pagefind-entry.json"), "{");
    await expect(readEntry(path.join(dir, "b"))).rejects.toThrow(/b\/pagefind-entry\.json: not JSON/);
  });

  // The build publishes Pagefind's bundle as written, and appends in the same order (pagefind-merge.ts).
  it("writes filters and their values in UTF-8 byte order, whatever order the pages were created in", async () => {
    const values = ["Zeta", "alpha", "Émile", "beta", "Beta", "ä", "10", "9", "Ωmega"];
    const filters = ["kind", "Author", "émoji", "a"];
    for (let i = 0; i < 12; i++) {
      const page = path.join(dir, "site", `p${11 - i}`);
      mkdirSync(page, { recursive: true });
      const spans = filters.map((f, j) => `<span data-pagefind-filter="${f}">${values[(i * 5 + j) % values.length]}</span>`).join("");
      writeFileSync(path.join(page, "index.html"), `<html lang=en><body><main data-pagefind-body><h1>P${i}</h1>${spans}<p>Words.</p></main></body></html>`);
    }
    await runPagefind(path.join(dir, "site"), path.join(dir, "out"));
    const entry = await readEntry(path.join(dir, "out"));
    const bytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    const meta = unpack<MetaFile>("meta", readFileSync(path.join(dir, "out", `pagefind.${entry.languages.en!.hash}.pf_meta`)));
    const names = meta[3].map(([name]) => name);
    expect(names).toEqual([...filters].sort(bytes));
    for (const [, hash] of meta[3]) {
      const [, list] = unpack<FilterFile>(hash, readFileSync(path.join(dir, "out", "filter", `${hash}.pf_filter`)));
      expect(list.map(([v]) => v)).toEqual(list.map(([v]) => v).sort(bytes));
      expect(list.length).toBeGreaterThan(3);
    }
  });
});
