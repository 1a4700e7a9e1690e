// The folders under transforms/ are the pipeline's stages in order (ARCHITECTURE.md), and data flows
// down that list: a module may import from shared ground, its own stage or an earlier one, never a
// later one. This reads every import and names any that runs back up.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Stage order; "" is shared ground (the files at the top of transforms/). */
const STAGES = ["", "text", "ingest", "ner", "entities", "corpus", "site", "render", "build", "eleventy", "search"];

const stageOf = (file: string): string => {
  const parts = file.split("/");
  return parts.length === 1 ? "" : parts[0]!;
};

/** Every relative import of `source` (a file path relative to transforms/) that reaches a later stage. */
export function upwardImports(file: string, source: string): string[] {
  const from = STAGES.indexOf(stageOf(file));
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom|\bimport\(|\brequire\()\s*["'](\.{1,2}\/[^"']+)["']/gu)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!));
    if (target.startsWith("..")) continue;
    const to = STAGES.indexOf(stageOf(target));
    if (to > from) found.push(`${file} → ${target}`);
  }
  return found;
}

describe("the layout", () => {
  it("has every folder of transforms/ in the stage order", () => {
    const folders = readdirSync("transforms", { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !STAGES.includes(f))).toEqual([]);
  });

  it("has no import that runs back up the pipeline", () => {
    const files = readdirSync("transforms", { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|cjs)$/u.test(f));
    expect(files.length).toBeGreaterThan(100);
    const upward = files.flatMap((f) => upwardImports(f.split(path.sep).join("/"), readFileSync(path.join("transforms", f), "utf8")));
    expect(upward).toEqual([]);
  });

  it("names an import from a later stage, and allows shared ground and earlier stages", () => {
    const source = 'import { a } from "../build/site-store.js";\nimport type { B } from "../model.js";\nimport { c } from "./data.js";\nimport { d } from "../entities/registry.js";';
    expect(upwardImports("site/schema.ts", source)).toEqual(["site/schema.ts → build/site-store.js"]);
    expect(upwardImports("config.ts", 'import { s } from "./site/settings.js";')).toEqual(["config.ts → site/settings.js"]);
  });
});
