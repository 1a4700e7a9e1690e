// The Pagefind stage's file handling: the binary is found and its failures reported, and a bundle
// that cannot be read back whole fails loudly, naming the file, instead of being rewritten.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stabiliseBundle } from "../../transforms/search/bundle.js";
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
    const entry = await stabiliseBundle(path.join(dir, "out"));
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([1]);

    mkdirSync(path.join(dir, "empty"));
    await expect(runPagefind(path.join(dir, "empty"), path.join(dir, "out2"))).rejects.toThrow(/exited with 1: .*not able to build an index/);
  });

  it("refuses to stabilise a bundle whose entry file is empty or whose metadata is missing, naming the file", async () => {
    mkdirSync(path.join(dir, "b"));
    writeFileSync(path.join(dir, "b/pagefind-entry.json"), "");
    await expect(stabiliseBundle(path.join(dir, "b"))).rejects.toThrow(/b\/pagefind-entry\.json: empty/);
    writeFileSync(path.join(dir, "b/pagefind-entry.json"), JSON.stringify({ version: "1.5.2", languages: { en: { hash: "en_123", wasm: "en", page_count: 1 } } }));
    await expect(stabiliseBundle(path.join(dir, "b"))).rejects.toThrow(/b\/pagefind\.en_123\.pf_meta: missing/);
    writeFileSync(path.join(dir, "b/pagefind.en_123.pf_meta"), "not gzip");
    await expect(stabiliseBundle(path.join(dir, "b"))).rejects.toThrow(/pagefind\.en_123\.pf_meta: not a Pagefind data file/);
  });
});
